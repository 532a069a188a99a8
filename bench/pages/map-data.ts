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

