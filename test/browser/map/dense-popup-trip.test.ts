/**
 * A click on a dense cluster (too close to split at the deepest zoom) costs one round trip to the
 * cluster worker: the zoom it splits at and its places come in one answer (before: one message for
 * the zoom, then one for a list of every place, copied across the worker boundary). The popup
 * says the same, and keeps following its places as new data comes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, drawn, eventsAt, text } from './helpers.js';

/** Counts the messages the map sends to its cluster worker (at `Worker.prototype.postMessage`). */
function countWorkerMessages() {
  const native = Worker.prototype.postMessage;
  let sent = 0;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    sent++;
    native.apply(this, args as never);
  } as Worker['postMessage'];
  return { sent: () => sent, restore: () => (Worker.prototype.postMessage = native) };
}

const SPOT = { lat: 48.8566, long: 2.3522 };

/** `count` events at `places` places on a 20 cm square, `perPlace` each, the newest first. */
function denseEvents(places: number, perPlace: number, seed = 1) {
  return eventsAt(places * perPlace, SPOT, seed).map((e, i) => {
    const p = i % places;
    return { ...e, context: { ...e.context, geo: { lat: SPOT.lat + (p % 50) * 4e-8, long: SPOT.long + Math.floor(p / 50) * 4e-8, city: 'Paris', country: 'FR' } } };
  });
}

async function openByKeyboard(el: EvMap): Promise<HTMLElement> {
  $(el, '[part=map]')!.focus();
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'marker', 'on the marker');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup', { timeout: 5000 });
  return $(el, '[part=popup]')!;
}

describe('<ev-map> a dense cluster opened in one worker round trip', () => {
  let worker: ReturnType<typeof countWorkerMessages>;
  beforeEach(() => (worker = countWorkerMessages()));
  afterEach(() => worker.restore());

  it('2,000 places of 3 events: one message to the worker, and the popup counts all 6,000 events with the newest five', async () => {
    const events = denseEvents(2000, 3);
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" .events=${events}></ev-map>`);
    await drawn(el);
    expect(el.clustering).to.equal('worker');
    await el.setView([SPOT.lat, SPOT.long], 18);
    await el.rendered;
    expect($$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Paris, France and 1,999 more places, 6,000 events']);
    const before = worker.sent();
    const popup = await openByKeyboard(el);
    expect(worker.sent() - before, 'messages to the cluster worker for one click').to.equal(1);
    expect(text(popup.querySelector('.popup-count'))).to.equal('6,000 events');
    expect(text(popup.querySelector('.popup-place'))).to.equal('Paris, France');
    expect(text(popup.querySelector('.popup-more'))).to.equal('and 5,995 more events');
    // eventsAt's data comes newest first.
    const shown = $$(el, '.popup-event time').map((t) => new Date(t.getAttribute('datetime')!).toISOString());
    expect(shown).to.deep.equal(events.slice(0, 5).map((e) => new Date(e.created).toISOString()));
  });

  it('the open popup of a dense cluster takes the new count when more events come to its places', async () => {
    const events = denseEvents(2000, 3);
    const el = await fixture<EvMap>(html`<ev-map lang="en-US" .events=${events}></ev-map>`);
    await drawn(el);
    await el.setView([SPOT.lat, SPOT.long], 18);
    await el.rendered;
    const popup = await openByKeyboard(el);
    expect(text(popup.querySelector('.popup-count'))).to.equal('6,000 events');
    el.events = [...events, ...denseEvents(2000, 1, 7)];
    await drawn(el);
    await waitUntil(() => text($(el, '[part=popup] .popup-count')) === '8,000 events', `the popup says ${text($(el, '[part=popup] .popup-count'))}`);
    expect($$(el, '.popup-event').length).to.equal(5);
  });
});
