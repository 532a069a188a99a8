/**
 * Finding an open popup's places in new data, by their coordinates (place ids are renumbered with
 * every new set of data). A dense cluster's popup may hold 100,000 places: they are matched through
 * a hash table over the raw bits of their coordinates, with no text key made per place.
 */
import type { PlaceIndex } from './locations.js';

/** A place's identity across data changes: its coordinates (as text, for the few places looked up one by one). */
export const placeKey = (place: { lat: number; long: number }): string => `${place.lat},${place.long}`;

/** The bits of two coordinates, for `hashOf`. */
const pair = new Float64Array(2);
const bits = new Uint32Array(pair.buffer);

/** A hash of a coordinate pair (every bit of both reaches the low bits a table slot is taken from); -0 is 0, as in the engine's merge and `placeKey`. */
function hashOf(lat: number, long: number): number {
  pair[0] = lat + 0;
  pair[1] = long + 0;
  let h = Math.imul(bits[0]!, 0x9e3779b1) ^ bits[1]!;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ bits[2]!;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ bits[3]!;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The coordinates of the places `ids` of `from`, `[lat0, long0, lat1, long1, …]`: what finds them in any later data (`placesAt`). */
export function coordinatesOf(from: PlaceIndex, ids: ArrayLike<number>): Float64Array {
  const coords = new Float64Array(2 * ids.length);
  for (let i = 0; i < ids.length; i++) {
    const place = from.places[ids[i]!]!;
    coords[2 * i] = place.lat;
    coords[2 * i + 1] = place.long;
  }
  return coords;
}

/**
 * The ids of the places of `to` at any of the coordinates `coords` (`[lat0, long0, …]`), ascending
 * (the order of `to`). Coordinates are equal as numbers: the same places as equal `placeKey`s (the
 * coordinates are finite, so only -0 and 0 are told apart by their bits, and `+ 0` makes them one).
 */
export function placesAt(coords: Float64Array, to: PlaceIndex): number[] {
  const n = coords.length / 2;
  if (n === 0) return [];
  let size = 8;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  /** Entry (into `coords`) + 1 per slot, 0 for an empty slot. */
  const slots = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    let slot = hashOf(coords[2 * i]!, coords[2 * i + 1]!) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  const found: number[] = [];
  const places = to.places;
  for (let id = 0; id < places.length; id++) {
    const { lat, long } = places[id]!;
    for (let slot = hashOf(lat, long) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (coords[2 * entry] === lat && coords[2 * entry + 1] === long) {
        found.push(id);
        break;
      }
    }
  }
  return found;
}

/** The ids of the places of `to` at the coordinates of the places `ids` of `from` (`placesAt`). */
export function placesAtSameCoordinates(from: PlaceIndex, ids: ArrayLike<number>, to: PlaceIndex): number[] {
  return placesAt(coordinatesOf(from, ids), to);
}
