/**
 * An open popup shows what the data holds now for the places it was opened on: lowering
 * `max-events` (or newer events pushing older ones out of the cap) shrinks its count and list, and
 * raising it again brings them back while it stays open (before, the places it lost were dropped
 * for good: "6 events" where 40 were back). When none of its places is left it closes, says so in a
 * live region, and focus that was in it goes to the map, not to the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, POTSDAM, drawn, eventsAt, text, popupCount, shownTimes, newest } from './helpers.js';

const SPOT = { lat: 48.8566, long: 2.3522 };

/** `perPlace` events at each of `places` places on a 20 cm square (event `i` at place `i % places`), the newest first. */
function denseEvents(places: number, perPlace: number, seed = 1): EventRecord[] {
  return eventsAt(places * perPlace, SPOT, seed).map((e, i) => {
    const p = i % places;
    return { ...e, context: { ...e.context, geo: { lat: SPOT.lat + (p % 50) * 4e-8, long: SPOT.long + Math.floor(p / 50) * 4e-8, city: 'Paris', country: 'FR' } } };
  });
}

const focusInPopup = (el: EvMap) => Boolean(el.shadowRoot!.activeElement?.closest('[part=popup]'));
const said = (el: EvMap) => $$(el, '[role=status]').map((region) => text(region));

/** Opens the popup of the only marker in view by keyboard (focus moves into it). */
async function openByKeyboard(el: EvMap, center: { lat: number; long: number }, zoom: number): Promise<void> {
  await el.setView([center.lat, center.long], zoom);
  await el.rendered;
  $(el, '[part=map]')!.focus();
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'marker', 'on the marker');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup', { timeout: 5000 });
  expect(focusInPopup(el), 'focus in the popup').to.equal(true);
}

describe('<ev-map> an open popup follows the data held for its places', () => {
  it('a dense popup shrinks when max-events is lowered and grows back when it is raised again', async () => {
    const events = denseEvents(20, 2);
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" max-events="40" .events=${events}></ev-map>`);
    await drawn(el);
    await openByKeyboard(el, SPOT, 18);
    expect(popupCount(el)).to.equal('40 events');

    el.maxEvents = 3;
    await drawn(el);
    await waitUntil(() => popupCount(el) === '3 events', `the popup says "${popupCount(el)}"`);
    expect(shownTimes(el)).to.deep.equal(newest(events.slice(0, 3)));
    expect($(el, '[part=popup] .popup-more')).to.equal(null);
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    await expect(el).to.be.accessible();

    el.maxEvents = 40;
    await drawn(el);
    await waitUntil(() => popupCount(el) === '40 events', `the popup says "${popupCount(el)}"`);
    expect(text($(el, '[part=popup] .popup-more'))).to.equal('and 35 more events');
    expect(shownTimes(el)).to.deep.equal(newest(events));
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
  });

  it("a place's popup shrinks when newer events elsewhere push its events out of the cap, and grows back when they are gone", async () => {
    const berlin = eventsAt(3, BERLIN, 1);
    const potsdam = eventsAt(3, POTSDAM, 2);
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" max-events="6" .events=${[...potsdam, ...berlin]}></ev-map>`);
    await drawn(el);
    await openByKeyboard(el, BERLIN, 12);
    expect(text($(el, '[part=popup] .popup-place'))).to.equal('Berlin, Germany');
    expect(popupCount(el)).to.equal('3 events');

    // Two newer events in Potsdam: only the first of Berlin's is still held.
    el.events = [...eventsAt(2, POTSDAM, 3), ...potsdam, ...berlin];
    await drawn(el);
    await waitUntil(() => popupCount(el) === '1 event', `the popup says "${popupCount(el)}"`);
    expect(shownTimes(el)).to.deep.equal(newest(berlin.slice(0, 1)));

    el.events = [...potsdam, ...berlin];
    await drawn(el);
    await waitUntil(() => popupCount(el) === '3 events', `the popup says "${popupCount(el)}"`);
    expect(shownTimes(el)).to.deep.equal(newest(berlin));
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
  });

  it('a popup whose places all leave the data closes, says so, and focus goes to the map', async () => {
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" .events=${[...eventsAt(3, POTSDAM, 2), ...eventsAt(3, BERLIN, 1)]}></ev-map>`);
    await drawn(el);
    await openByKeyboard(el, BERLIN, 12);

    el.maxEvents = 3;
    await drawn(el);
    await waitUntil(() => $(el, '[part=popup]') === null, 'the popup stays open');
    await waitUntil(() => said(el).includes('Popup closed: no events of Berlin, Germany in the data shown now.'), `said: ${said(el).join(' | ')}`);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('map');
    await expect(el).to.be.accessible();
  });
});
