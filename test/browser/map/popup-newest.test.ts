/**
 * A popup lists the newest events of its place or dense cluster whatever order `.events` come in.
 * Before, it took them from the first 1,000 events of the place in data order (right for fetched
 * data, newest first): a page that set its events oldest first saw its oldest events listed as the
 * newest. Events whose `created` is no time come last, after every event with a time (one before
 * 1970 included).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/ev-map.js';
import '../../../src/components/source/ev-source.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

const SPOT = { lat: 48.8566, long: 2.3522, city: 'Paris', country: 'FR' };

/** `count` events at `place`, newest first; the five newest by the users `newest-1` … `newest-5`. */
function withNewestNamed(count: number, place: typeof SPOT): EventRecord[] {
  return eventsAt(count, place, 3).map((e, i) => (i < 5 ? { ...e, user: { pk: 900 + i, username: `newest-${i + 1}`, email: '' } } : e));
}

async function mapOf(events: EventRecord[]): Promise<EvMap> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC">
    <ev-map lang="en-US" style="width: 640px; height: 400px" .events=${events}></ev-map>
  </ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  return el;
}

async function openByEnter(el: EvMap, target: HTMLElement): Promise<HTMLElement> {
  target.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, '[part=popup]') !== null, 'Enter opened no popup', { timeout: 5000 });
  return $(el, '[part=popup]')!;
}

const users = (el: EvMap) => $$(el, '.popup-event .popup-user').map((u) => text(u));
const times = (el: EvMap) => $$(el, '.popup-event time').map((t) => text(t).replace(/[\u2066-\u2069]/g, ''));

describe('<ev-map> popup: the newest events in any data order', () => {
  it('3,000 events at one place, set oldest first: the popup lists the five newest, newest first', async () => {
    const events = withNewestNamed(3000, SPOT);
    const el = await mapOf([...events].reverse());
    const popup = await openByEnter(el, $$(el, '[part=location]')[0]!);
    expect(text(popup.querySelector('.popup-count'))).to.equal('3,000 events');
    expect(users(el)).to.deep.equal(['newest-1', 'newest-2', 'newest-3', 'newest-4', 'newest-5']);
    expect($$(el, '.popup-event time').map((t) => t.getAttribute('datetime'))).to.deep.equal(events.slice(0, 5).map((e) => e.created));
  });

  it('a dense cluster of 3,000 events at 300 places, shuffled: the popup lists the five newest of the whole cluster', async () => {
    // 300 places on a 20 cm square (too close to split at the deepest zoom), 10 events each.
    const events = withNewestNamed(3000, SPOT).map((e, i) => {
      const p = (i * 7) % 300;
      return { ...e, context: { ...e.context, geo: { ...SPOT, lat: SPOT.lat + (p % 20) * 4e-8, long: SPOT.long + Math.floor(p / 20) * 4e-8 } } };
    });
    // Oldest first, the five newest spread over the last half of the data.
    const shuffled = [...events].reverse();
    for (const [from, to] of [[2999, 1600], [2998, 2100], [2997, 1700], [2996, 2500], [2995, 1900]] as const) [shuffled[from], shuffled[to]] = [shuffled[to]!, shuffled[from]!];
    const el = await mapOf(shuffled);
    await el.setView([SPOT.lat, SPOT.long], 18);
    await el.rendered;
    expect($$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Paris, France and 299 more places, 3,000 events']);
    const popup = await openByEnter(el, $$(el, '[part=marker]')[0]!);
    expect(text(popup.querySelector('.popup-count'))).to.equal('3,000 events');
    expect(users(el)).to.deep.equal(['newest-1', 'newest-2', 'newest-3', 'newest-4', 'newest-5']);
    expect($$(el, '.popup-event time').map((t) => t.getAttribute('datetime'))).to.deep.equal(events.slice(0, 5).map((e) => e.created));
    await expect(el).to.be.accessible();
  });

  it('events whose created is no time come after every event with a time, one of 1960 included', async () => {
    const base = eventsAt(1503, BERLIN, 1);
    const noTime = base.slice(0, 1500).map((e) => ({ ...e, created: 'yesterday' }));
    const timed = [
      { ...base[1500]!, created: '1960-05-01T10:00:00Z', user: { pk: 1, username: 'in-1960', email: '' } },
      { ...base[1501]!, created: '2026-11-20T12:00:00Z', user: { pk: 2, username: 'in-2026', email: '' } },
      { ...base[1502]!, created: '1999-12-31T23:00:00Z', user: { pk: 3, username: 'in-1999', email: '' } },
    ];
    const el = await mapOf([...noTime, ...timed]);
    await openByEnter(el, $$(el, '[part=location]')[0]!);
    expect(users(el).slice(0, 3)).to.deep.equal(['in-2026', 'in-1999', 'in-1960']);
    expect(times(el)).to.deep.equal(['Nov 20, 2026, 12:00:00 PM', 'Dec 31, 1999, 11:00:00 PM', 'May 1, 1960, 10:00:00 AM', 'Time unknown', 'Time unknown']);
  });
});
