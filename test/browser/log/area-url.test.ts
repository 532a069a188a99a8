/**
 * `<ev-log sync-url>` opened from a link whose `geo_bounds` runs past a pole (an old link, or one
 * written by hand): the area filter is kept, read as the pole, instead of being dropped silently
 * (which showed every event, with no chip saying so).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { dataRows, rowText, settle, shadow, waitFor } from './helpers.js';

const PLACES: Array<[string, number, number]> = [
  ['berlin-user', 52.5, 13.4],
  ['mcmurdo-user', -77.8, 166.7],
  ['tromso-user', 69.6, 18.9],
];

function located(): EventRecord[] {
  return makeEvents({ count: PLACES.length }).map((e, i) => {
    const [username, lat, long] = PLACES[i]!;
    return { ...e, user: { ...e.user, username }, context: { ...e.context, geo: { lat, long } } };
  });
}

async function openAt(bounds: string) {
  history.replaceState(null, '', `${location.pathname}?geo_bounds=${bounds}`);
  const el = await fixture<EvLog>(html`<ev-log sync-url style="height: 480px; width: 1000px" .events=${located()}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)'), 'ready');
  await settle(el, 3);
  const chip = shadow(el).querySelector<HTMLElement>('[part=filter-chip][data-field=area]');
  const users = dataRows(el)
    .map((r) => PLACES.find(([u]) => rowText(r).includes(u))?.[0])
    .filter(Boolean)
    .sort();
  return { el, value: chip?.querySelector('.filter-chip-value')?.textContent?.trim(), users };
}

describe('<ev-log sync-url> with geo_bounds past a pole in the URL', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('south -95° reads as "90° S" and still filters to the area', async () => {
    const { el, value, users } = await openAt('-95,10,60,170');
    expect(value).to.equal('90° S – 60° N, 10° E – 170° E');
    expect(users).to.deep.equal(['berlin-user', 'mcmurdo-user']);
    await expect(el).to.be.accessible();
  });

  it('north 100° reads as "90° N" and still filters to the area', async () => {
    const { value, users } = await openAt('60,0,100,20');
    expect(value).to.equal('60° N – 90° N, 0° E – 20° E');
    expect(users).to.deep.equal(['tromso-user']);
  });

  it('an inverted area is still not a filter: no chip, every event', async () => {
    const { value, users } = await openAt('100,0,95,20');
    expect(value).to.equal(undefined);
    expect(users).to.deep.equal(['berlin-user', 'mcmurdo-user', 'tromso-user']);
  });
});
