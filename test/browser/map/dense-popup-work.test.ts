/**
 * The popup of a dense cluster (thousands of jittered places in one spot, too close to split at
 * the deepest zoom) opens without going through every event of the cluster: its count comes from
 * the counts the cluster index already has, and the events shown are the newest of the whole
 * cluster, picked from the times read once as the data was added (before, one click read the time
 * of every event, 2M for 20,000 places of 100 events: a frozen tab). The work is counted (reads of
 * `created`), not timed; popup-newest.test.ts has data in other orders.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, drawn, eventsAt, text } from './helpers.js';

describe('<ev-map> a dense cluster popup', () => {
  it('20,000 events at 2,000 places: the popup counts them all and reads no times but those it shows', async () => {
    const spot = { lat: 48.8566, long: 2.3522 };
    let reads = 0;
    const count = (e: EventRecord): EventRecord =>
      new Proxy(e, {
        get(target, key, receiver) {
          if (key === 'created') reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    // 2,000 places on a 20 cm square, 10 events each.
    const events = eventsAt(20000, spot, 1).map((e, i) => {
      const p = i % 2000;
      return count({ ...e, context: { ...e.context, geo: { lat: spot.lat + (p % 50) * 4e-8, long: spot.long + Math.floor(p / 50) * 4e-8, city: 'Paris', country: 'FR' } } });
    });
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    await el.setView([spot.lat, spot.long], 18);
    await el.rendered;
    expect($$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Paris, France and 1,999 more places, 20,000 events']);
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'marker', 'on the marker');
    reads = 0;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
    const popupReads = reads;
    const popup = $(el, '[part=popup]')!;
    expect(text(popup.querySelector('.popup-count'))).to.equal('20,000 events');
    expect(text(popup.querySelector('.popup-place'))).to.equal('Paris, France');
    expect($$(el, '.popup-event').length).to.equal(5);
    // The newest events of the data are shown (it comes newest first).
    const shown = $$(el, '.popup-event time').map((t) => t.getAttribute('datetime'));
    const newest = [...events].map((e) => e.created).sort().reverse().slice(0, 5).map((c) => new Date(c).toISOString());
    expect(shown.map((d) => new Date(d!).toISOString())).to.deep.equal(newest);
    expect(popupReads, 'times read for one popup').to.be.at.most(50);
  });
});
