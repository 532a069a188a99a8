// <ev-map>'s popup of a really dense cluster: 100,000 events, each at its own place, all within
// centimetres of one spot (one cluster at the deepest zoom). What the click costs end to end, and
// its stages against the old way (the zoom asked, then every place of the cluster copied from the
// worker as a list and walked on the main thread) in the same run. Then new data while that popup
// is open: the popup's refresh in the element, and its matching of the popup's places in the new
// data against the old way (a text key per place, old and new) on the same two indexes.
import '../../src/define.js';
import type { EvMap } from '../../src/components/map/map.js';
import { Clusterer } from '../../src/components/map/cluster-client.js';
import { PlaceIndex } from '../../src/components/map/locations.js';
import { PlacePopup } from '../../src/components/map/map-popup.js';
import { placeKey, placesAtSameCoordinates } from '../../src/components/map/place-match.js';
import type { EventRecord } from '../../src/client/types.js';
import { makeEvents } from '../../test/fixtures/events.js';
import type { BenchRow } from '../types.js';
import { DENSE_SPOT } from './map-data.js';
import { clickOnlyMarker } from './map-popup-click.js';
import { idle, median } from './stats.js';

const group = 'ev-map';
const RUNS = 11;

/** 100,000 events at 100,000 places on a 3 cm patch, oldest first. */
function densestEvents(): EventRecord[] {
  const [lat, long] = DENSE_SPOT;
  return makeEvents({ count: 100_000, seed: 4, gapMs: 5_000 })
    .map((e, i) => ({ ...e, context: { ...e.context, geo: { city: 'Paris', country: 'FR', lat: lat + (i % 317) * 1e-9, long: long + Math.floor(i / 317) * 1e-9 } } }))
    .reverse();
}

/** Opens the popup of the only marker by a click: ms until the popup is in the DOM, and its count. */
async function openPopup(el: EvMap): Promise<{ ms: number; count: string }> {
  const ms = await clickOnlyMarker(el, 150);
  return { ms, count: el.shadowRoot!.querySelector('[part=popup] .popup-count')?.textContent ?? '' };
}

interface Stages {
  /** Worker round trips, ms. */
  worker: number;
  /** The main thread's walk over the answer, ms. */
  host: number;
}

/**
 * The click's worker round trips and main-thread work, the old way (the zoom asked, then every
 * place as a list copied from the worker, filtered, summed, keyed for later refreshes) and the new
 * way (one round trip, the places in a buffer handed over; summed, keyed only on a refresh),
 * alternately on the same index. Both pick the same newest events.
 */
async function stages(events: EventRecord[]): Promise<{ old: Stages; now: Stages }> {
  const index = new PlaceIndex();
  index.add(events);
  const clusterer = new Clusterer();
  index.setPlaces(await clusterer.load(index.points()));
  const [lat, long] = DENSE_SPOT;
  const [item] = await clusterer.query([long - 0.001, lat - 0.001, long + 0.001, lat + 0.001], 18);
  const cluster = item!.cluster;
  const old: Stages[] = [];
  const now: Stages[] = [];
  for (let run = 0; run < RUNS; run++) {
    await idle(150);
    let t = performance.now();
    await clusterer.expansionZoom(cluster);
    const ids = await clusterer.leaves(cluster, Infinity);
    const oldWorker = performance.now() - t;
    t = performance.now();
    const places = ids.filter((p) => index.places[p]);
    let total = 0;
    for (const p of places) total += index.places[p]!.count;
    const keys = places.map((p) => placeKey(index.places[p]!));
    const oldNewest = index.newestAt(places, 5);
    old.push({ worker: oldWorker, host: performance.now() - t });
    if (total !== events.length || keys.length !== events.length) throw new Error('old way: wrong cluster');

    await idle(150);
    t = performance.now();
    const opening = await clusterer.open(cluster, 18, 18);
    const nowWorker = performance.now() - t;
    t = performance.now();
    const all = opening.places!;
    let shown = true;
    for (let i = 0; i < all.length; i++) shown &&= index.places[all[i]!] !== undefined;
    let sum = 0;
    for (let i = 0; i < all.length; i++) sum += index.places[all[i]!]!.count;
    const newest = index.newestAt(all, 5);
    now.push({ worker: nowWorker, host: performance.now() - t });
    if (!shown || sum !== total || newest.join() !== oldNewest.join()) throw new Error('new way: not the same popup');
  }
  clusterer.dispose();
  const mid = (list: Stages[]): Stages => ({ worker: median(list.map((s) => s.worker)), host: median(list.map((s) => s.host)) });
  return { old: mid(old), now: mid(now) };
}

/** 10,000 newer events at every 10th place of `events` (live updates, newest first): every place gets a new id. */
function newerEvents(events: EventRecord[]): EventRecord[] {
  return makeEvents({ count: 10_000, seed: 5, gapMs: 1_000, now: Date.parse(events[events.length - 1]!.created) + 20_000_000 }).map((e, i) => ({
    ...e,
    context: { ...e.context, geo: events[events.length - 1 - 10 * i]!.context.geo! },
  }));
}

/** The old way: a text key for every place of the popup and every place of the new data. */
function placesByKey(from: PlaceIndex, ids: ArrayLike<number>, to: PlaceIndex): number[] {
  const wanted = new Set<string>();
  for (let i = 0; i < ids.length; i++) wanted.add(placeKey(from.places[ids[i]!]!));
  const places: number[] = [];
  to.places.forEach((place, id) => {
    if (wanted.has(placeKey(place))) places.push(id);
  });
  return places;
}

async function indexed(events: EventRecord[], clusterer: Clusterer): Promise<PlaceIndex> {
  const index = new PlaceIndex();
  index.add(events);
  index.setPlaces(await clusterer.load(index.points()));
  return index;
}

/** The matching of the dense popup's 100,000 places in new data, old way and new, alternately on the same indexes (ms, medians). */
async function matching(events: EventRecord[], newer: EventRecord[]): Promise<{ old: number; now: number; found: number; newest: number }> {
  const clusterer = new Clusterer();
  const from = await indexed(events, clusterer);
  const to = await indexed([...newer, ...events], clusterer);
  clusterer.dispose();
  const ids = Uint32Array.from(from.places.keys());
  const old: number[] = [];
  const now: number[] = [];
  const newest: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    await idle(50);
    let t = performance.now();
    const before = placesByKey(from, ids, to);
    old.push(performance.now() - t);
    await idle(50);
    t = performance.now();
    const after = placesAtSameCoordinates(from, ids, to);
    now.push(performance.now() - t);
    if (after.length !== before.length || after.some((id, i) => id !== before[i])) throw new Error('not the same places');
    found = after.length;
    t = performance.now();
    to.newestAt(after, 5);
    newest.push(performance.now() - t);
  }
  return { old: median(old), now: median(now), found, newest: median(newest) };
}

/** Times every `PlacePopup.refresh` of the page (the whole refresh: matching, newest events, the popup rebuilt). */
function timeRefreshes(): { times: number[]; restore: () => void } {
  const times: number[] = [];
  const native = PlacePopup.prototype.refresh;
  PlacePopup.prototype.refresh = function (this: PlacePopup, ...args: Parameters<PlacePopup['refresh']>) {
    const t = performance.now();
    native.apply(this, args);
    times.push(performance.now() - t);
  };
  return { times, restore: () => (PlacePopup.prototype.refresh = native) };
}

/** New data while the dense popup is open, `UPDATES` times (alternating with and without `newer`): the refresh of each, ms. */
async function updates(el: EvMap, events: EventRecord[], newer: EventRecord[]): Promise<{ refresh: number[]; counts: string[] }> {
  const root = el.shadowRoot!;
  await openPopup(el);
  const timed = timeRefreshes();
  const counts: string[] = [];
  try {
    for (let run = 0; run < UPDATES; run++) {
      const before = timed.times.length;
      el.events = run % 2 === 0 ? [...newer, ...events] : events;
      await el.updateComplete;
      while (timed.times.length === before) await idle(20);
      counts.push(root.querySelector('[part=popup] .popup-count')?.textContent ?? 'closed');
      await idle(300);
    }
  } finally {
    timed.restore();
  }
  return { refresh: timed.times, counts };
}

const UPDATES = 10;

window.evBench = async (): Promise<BenchRow[]> => {
  const el = document.querySelector<EvMap>('ev-map')!;
  const events = densestEvents();
  // Room for the newer events of the update rows (the default cap is 100,000).
  el.maxEvents = 200_000;
  el.events = events;
  await el.updateComplete;
  while (!el.view) await idle(5);
  await el.rendered;
  await el.setView(DENSE_SPOT, 18);
  await el.rendered;
  await idle(500);
  const popups: Array<{ ms: number; count: string }> = [];
  for (let run = 0; run < RUNS; run++) popups.push(await openPopup(el));
  const newer = newerEvents(events);
  const live = await updates(el, events, newer);
  el.shadowRoot!.querySelector<HTMLElement>('[part=popup-close]')?.click();
  el.events = undefined;
  await idle(500);
  const { old, now } = await stages(events);
  const match = await matching(events, newer);
  const ms = (s: Stages) => `worker round trips ${s.worker.toFixed(1)} ms, main thread ${s.host.toFixed(1)} ms`;
  return [
    {
      group,
      name: 'densest cluster popup opened (100,000 events at 100,000 places in one spot, set oldest first): marker clicked → popup in the DOM',
      value: median(popups.map((p) => p.ms)),
      unit: 'ms',
      goal: '<= 100',
      note: `median of ${popups.map((p) => Math.round(p.ms)).join(' / ')} ms; popup says "${popups[0]?.count}"`,
    },
    {
      group,
      name: '… its click, stage by stage: one worker round trip (places in a buffer handed over) + the main thread summing them (no keys made)',
      value: now.worker + now.host,
      unit: 'ms',
      baseline: { name: 'the old way: zoom, then every place as a list; filtered, summed and keyed on the main thread', value: old.worker + old.host },
      note: `now ${ms(now)}; old ${ms(old)} (medians of ${RUNS}, alternating)`,
    },
    {
      group,
      name: 'that popup open while new data comes (100,000 ↔ 110,000 events at its 100,000 places, every place renumbered): its refresh (places matched, newest found, popup rebuilt)',
      value: median(live.refresh),
      unit: 'ms',
      note: `median of ${live.refresh.map((t) => t.toFixed(1)).join(' / ')} ms; popup says ${[...new Set(live.counts)].map((c) => `"${c}"`).join(' / ')}`,
    },
    {
      group,
      name: '… its places matched in the new data: a hash table over their coordinates\' bits (no text keys)',
      value: match.now,
      unit: 'ms',
      baseline: { name: 'the old way: a text key per place of the popup and of the new data', value: match.old },
      note: `${match.found.toLocaleString('en-US')} places found, the same both ways (medians of ${RUNS}, alternating); the refresh's next step, the newest 5 of their events, ${match.newest.toFixed(1)} ms`,
    },
  ];
};
