// The data of the <ev-map> bench: shared with the profile test.
import type { EventRecord } from '../../src/client/types.js';
import { makeEvents } from '../../test/fixtures/events.js';

export const COUNT = 100_000;
export const PLACES = 2_000;

/** 100,000 events at 2,000 distinct places (a 40 × 50 grid over the inhabited latitudes). */
export function geoEvents(seed = 1): EventRecord[] {
  return makeEvents({ count: COUNT, seed, gapMs: 5_000 }).map((e, i) => {
    const p = (i * 7919) % PLACES;
    return { ...e, context: { ...e.context, geo: { city: `City ${p}`, country: 'DE', lat: -55 + (p % 40) * 3.1, long: -175 + Math.floor(p / 40) * 7 } } };
  });
}


/** Where `denseEvents` are: one spot in Paris. */
export const DENSE_SPOT: [number, number] = [48.8566, 2.3522];

/**
 * 100,000 events at 20,000 places on a 30 cm patch (too close to split at the deepest zoom: one
 * cluster, one popup of them all), handed over oldest first as a page may set `.events`.
 */
export function denseEvents(): EventRecord[] {
  const [lat, long] = DENSE_SPOT;
  return makeEvents({ count: COUNT, seed: 3, gapMs: 5_000 })
    .map((e, i) => {
      const p = (i * 7919) % 20_000;
      return { ...e, context: { ...e.context, geo: { city: 'Paris', country: 'FR', lat: lat + (p % 100) * 2e-8, long: long + Math.floor(p / 100) * 2e-8 } } };
    })
    .reverse();
}
