/**
 * A filter that filters nothing is not shown as one: a brand (or any text filter) of only spaces,
 * from another element or a link (`?brand_name=%20`), and an area that is not an area (south
 * above north, NaN) are dropped from the shared state, so no blank "Brand" chip, no "NaN° E"
 * chip and no "Clear filters" appear while every event is listed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EvLog } from '../../../src/components/log/log.js';
import type { GeoArea } from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';

const events = makeEvents({ count: 12 });
const chips = (el: EvLog) => [...shadow(el).querySelectorAll('[part=filter-chip]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const clearFilters = (el: EvLog) => shadow(el).querySelector('[part=clear-filters]');
const count = (el: EvLog) => shadow(el).querySelector('[part="count"]')?.textContent;

describe('<ev-log> filters that filter nothing', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('a brand, an authorized app, a username and a search of only spaces: no chip, no "Clear filters", every event', async () => {
    const el = await mountLog({ events });
    el.store.patchFilter({ brand_name: '   ', context_authorized_app: '\t', username: '  ', search: ' ', actions: [' '] });
    await settle(el, 3);
    expect(chips(el)).to.deep.equal([]);
    expect(clearFilters(el)).to.equal(null);
    expect(count(el)).to.equal('12 events');
    expect(el.store.filter).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('a brand of spaces from the link (?brand_name=%20): no chip, no "Clear filters"', async () => {
    history.replaceState(null, '', `${location.pathname}?brand_name=%20&context_authorized_app=%20%20`);
    const el = await fixture<EvLog>(html`<ev-log sync-url style="height: 480px" .events=${events}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    expect(chips(el)).to.deep.equal([]);
    expect(clearFilters(el)).to.equal(null);
    expect(count(el)).to.equal('12 events');
  });

  it('a real brand still shows its chip', async () => {
    const el = await mountLog({ events });
    el.store.patchFilter({ brand_name: ' Acme ' });
    await settle(el, 3);
    expect(chips(el)).to.have.length(1);
    expect(clearFilters(el)).to.not.equal(null);
  });

  const invalid: Array<[string, GeoArea]> = [
    ['south above north', { south: 40, north: 10, west: 0, east: 10 }],
    ['NaN', { south: 0, north: 10, west: NaN, east: 10 }],
    ['Infinity', { south: 0, north: Infinity, west: 0, east: 10 }],
  ];
  for (const [name, area] of invalid) {
    it(`an area that is not one (${name}): no chip, no "Clear filters", not kept in the state or the URL`, async () => {
      const el = await fixture<EvLog>(html`<ev-log sync-url style="height: 480px" .events=${events}></ev-log>`);
      await waitFor(() => el.matches(':state(ready)'), 'ready');
      el.store.patchFilter({ area });
      await settle(el, 3);
      expect(chips(el)).to.deep.equal([]);
      expect(clearFilters(el)).to.equal(null);
      expect(count(el)).to.equal('12 events');
      expect(el.store.filter.area).to.equal(undefined);
      expect(location.search).to.not.contain('geo_bounds');
    });
  }

  it('an invalid area replacing a valid one removes the area filter (it no longer applies)', async () => {
    const el = await mountLog({ events });
    el.store.patchFilter({ area: { south: -10, north: 10, west: -10, east: 10 } });
    await settle(el, 3);
    expect(chips(el)).to.have.length(1);
    el.store.patchFilter({ area: { south: 10, north: -10, west: -10, east: 10 } });
    await settle(el, 3);
    expect(chips(el)).to.deep.equal([]);
    expect(count(el)).to.equal('12 events');
  });
});
