/**
 * The places an open popup keeps when new data comes: those of the new data at the coordinates of
 * its places, found through a hash table over the coordinates' bits — the same places, in the same
 * order, as a text key (`placeKey`) per place finds, -0 being 0 as in the text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventRecord } from '../../../src/client/types.js';
import { mergePlaces } from '../../../src/components/map/cluster-core.js';
import { PlaceIndex } from '../../../src/components/map/locations.js';
import { placeKey, placesAtSameCoordinates } from '../../../src/components/map/place-match.js';
import { makeEvents } from '../../fixtures/events.js';

/** An index of events at `coords` (one event each; equal coordinates are one place). */
function indexOf(coords: ReadonlyArray<readonly [number, number]>): PlaceIndex {
  const base = makeEvents({ count: 1, seed: 1 })[0]!;
  const events: EventRecord[] = coords.map(([lat, long]) => ({ ...base, context: { geo: { lat, long } } }));
  const index = new PlaceIndex();
  index.add(events);
  index.setPlaces(mergePlaces(index.points()));
  return index;
}

/** The text-key way: every place of `to` whose `placeKey` is one of the places `ids` of `from`. */
function byKey(from: PlaceIndex, ids: readonly number[], to: PlaceIndex): number[] {
  const wanted = new Set(ids.map((id) => placeKey(from.places[id]!)));
  return to.places.flatMap((place, id) => (wanted.has(placeKey(place)) ? [id] : []));
}

/** A seeded generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('placesAtSameCoordinates', () => {
  test('finds the places the text keys find, in the new data’s order, through many rounds of random data', () => {
    const rand = random(7);
    // Few distinct values per axis (many equal pairs, long probe runs), -0 and 0 among them.
    const axis = [-0, 0, 1e-9, -1e-9, 52.52, 52.520000000000003, 13.405, -180, 180, 90, -90, 48.8566 + 4e-8];
    const pick = () => axis[Math.floor(rand() * axis.length)]!;
    for (let round = 0; round < 200; round++) {
      const from = indexOf(Array.from({ length: 1 + Math.floor(rand() * 60) }, () => [pick(), pick()] as const));
      const to = indexOf(Array.from({ length: Math.floor(rand() * 60) }, () => [pick(), pick()] as const));
      const ids = from.places.map((_, id) => id).filter(() => rand() < 0.6);
      assert.deepEqual(placesAtSameCoordinates(from, ids, to), byKey(from, ids, to), `round ${round}`);
    }
  });

  test('a dense cluster’s 20,000 places, renumbered and half of them gone, with 5,000 others in the same spot', () => {
    const grid = (from: number, to: number, shift = 0) => Array.from({ length: to - from }, (_, i) => [48.8566 + ((from + i) % 200) * 1e-9 + shift, 2.3522 + Math.floor((from + i) / 200) * 1e-9] as const);
    const from = indexOf(grid(0, 20_000));
    const to = indexOf([...grid(0, 5_000, 5e-10), ...grid(10_000, 20_000).reverse()]);
    const ids = from.places.map((_, id) => id);
    const found = placesAtSameCoordinates(from, ids, to);
    assert.equal(found.length, 10_000);
    assert.deepEqual(found, byKey(from, ids, to));
  });

  test('no places to find: none found', () => {
    assert.deepEqual(placesAtSameCoordinates(indexOf([[1, 2]]), [], indexOf([[1, 2]])), []);
  });
});
