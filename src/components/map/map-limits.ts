/**
 * `<ev-map>`'s numeric attributes as the element reads them: `max-events` and `top-locations`
 * fall back to their defaults when they are no number (`"abc"`, `""`) or negative, so a typo never
 * empties the map or its list.
 */

/** Default of `max-events`. */
export const DEFAULT_MAX_EVENTS = 100_000;

/** Default of `top-locations`. */
export const DEFAULT_TOP_LOCATIONS = 10;

/** Reads a count attribute: `Number(text)`, but an empty or blank attribute is no number (NaN), not 0. */
export const countAttribute = {
  fromAttribute: (value: string | null): number => (value === null || value.trim() === '' ? NaN : Number(value)),
};

/** The events loaded at most: `max-events` when it is at least 1, else the default (a cap of 0 would show nothing). */
export function eventLimit(maxEvents: number): number {
  return maxEvents >= 1 ? Math.floor(maxEvents) : DEFAULT_MAX_EVENTS;
}

/** The places listed: `top-locations` when it is 0 or more (0 hides the list), else the default. */
export function placeLimit(topLocations: number): number {
  return topLocations >= 0 ? Math.floor(topLocations) : DEFAULT_TOP_LOCATIONS;
}
