/**
 * An open popup follows its places by their coordinates when new data comes, whatever ids the new
 * data gives them: a dense cluster's popup keeps exactly the places it showed (reordered, some gone,
 * new ones at the same spot not taken in), and a place at longitude -0 is the place at 0 (as their
 * texts, `placeKey`, are equal).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, drawn, eventsAt, text, popupCount, shownTimes, newest } from './helpers.js';

const SPOT = { lat: 48.8566, long: 2.3522 };

/** Place `p` of a 20 cm square (`shift` moves it off the grid: another place in the same spot). */
const at = (p: number, shift = 0) => ({ lat: SPOT.lat + (p % 50) * 4e-8 + shift, long: SPOT.long + Math.floor(p / 50) * 4e-8, city: 'Paris', country: 'FR' });

/** `perPlace` events at each of places `from` … `to - 1`, the newest first. */
function denseEvents(from: number, to: number, perPlace: number, seed: number, shift = 0): EventRecord[] {
  const places = to - from;
  return eventsAt(places * perPlace, SPOT, seed).map((e, i) => ({ ...e, context: { ...e.context, geo: at(from + (i % places), shift) } }));
}


/** Opens the popup of the only marker at `spot` at the deepest zoom by keyboard. */
async function openDense(el: EvMap, spot: { lat: number; long: number }): Promise<void> {
  await el.setView([spot.lat, spot.long], 18);
  await el.rendered;
  expect($$(el, '[part=marker]').length, 'one marker').to.equal(1);
  $(el, '[part=map]')!.focus();
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'marker', 'on the marker');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup', { timeout: 5000 });
}

describe('<ev-map> an open popup keeps its places through new data', () => {
  it('a dense popup keeps the places it showed when new data renumbers them, drops some and adds others in the same spot', async () => {
    const events = denseEvents(0, 2000, 3, 1);
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" .events=${events}></ev-map>`);
    await drawn(el);
    await openDense(el, SPOT);
    expect(popupCount(el)).to.equal('6,000 events');
    // 500 new places first (2 cm off the old grid: other places, same cluster), then the events of
    // the old places 1,000 … 1,999 in reverse: every kept place has a new id.
    const kept = events.filter((_, i) => i % 2000 >= 1000);
    el.events = [...denseEvents(0, 500, 2, 9, 2e-8), ...[...kept].reverse()];
    await drawn(el);
    await waitUntil(() => popupCount(el) === '3,000 events', `the popup says ${popupCount(el)}`);
    expect(text($(el, '[part=popup] .popup-more'))).to.equal('and 2,995 more events');
    expect(shownTimes(el)).to.deep.equal(newest(kept));
  });

  it('a dense popup of places at longitude -0 follows them when the new data has them at 0', async () => {
    // 20 places on a 9 cm line along the prime meridian, at -0 (as "-0" reads), 2 events each.
    const line = (long: number) => Array.from({ length: 20 }, (_, k) => ({ lat: 10 + k * 4e-8, long, city: 'Null Island East', country: 'GH' }));
    const events = line(-0).flatMap((place, k) => eventsAt(2, place, 10 + k));
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" .events=${events}></ev-map>`);
    await drawn(el);
    await openDense(el, { lat: 10, long: 0 });
    expect(popupCount(el)).to.equal('40 events');
    // One newer event at each of them, now at 0 (first in the data: the places take its 0).
    el.events = [...line(0).flatMap((place, k) => eventsAt(1, place, 40 + k)), ...events];
    await drawn(el);
    await waitUntil(() => popupCount(el) === '60 events', `the popup says "${popupCount(el)}"`);
    expect(text($(el, '[part=popup] .popup-place'))).to.equal('Null Island East, Ghana');
  });
});
