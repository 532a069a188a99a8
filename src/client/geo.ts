/**
 * Event locations: `context.geo.lat` / `context.geo.long` (authentik's GeoIP context), read
 * defensively because event data is attacker-controlled, and bounding-box tests for the
 * `area` filter. No DOM: runs in Node too.
 */
import type { EventRecord, GeoArea } from './types.js';

/**
 * A plain decimal number as text (`52.52`, `-0.5`, `.5`, `+13`), white space around it allowed.
 * Not JavaScript's other number syntaxes (`Number()` reads `0x10` as 16, `0b1`, `0o7`, `1e1`,
 * `Infinity`) nor an empty string: GeoIP writes coordinates as plain decimals, so anything else is
 * no place. A JSON number (exponent form included) is a number and read as it is.
 */
const DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

function coordinate(value: unknown, limit: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

/** `[lat, long]` of an event, or undefined when it has no valid location (missing, non-numeric, out of range). */
export function eventLatLng(event: Pick<EventRecord, 'context'>): [number, number] | undefined {
  const geo = (event.context as Record<string, unknown> | null | undefined)?.geo;
  if (typeof geo !== 'object' || geo === null || Array.isArray(geo)) return undefined;
  const lat = coordinate((geo as Record<string, unknown>).lat, 90);
  const long = coordinate((geo as Record<string, unknown>).long, 180);
  return lat === undefined || long === undefined ? undefined : [lat, long];
}

/** True when the area has four finite edges with `south <= north` (`west > east` crosses the antimeridian). */
export function isValidArea(area: unknown): area is GeoArea {
  if (typeof area !== 'object' || area === null) return false;
  const { north, south, east, west } = area as Record<string, unknown>;
  return [north, south, east, west].every((v) => typeof v === 'number' && Number.isFinite(v)) && (south as number) <= (north as number);
}

/** A longitude in [-180, 180]; values already in range are returned as they are (no rounding error at the edges). */
export function foldLongitude(x: number): number {
  return x >= -180 && x <= 180 ? x : ((((x + 180) % 360) + 360) % 360) - 180;
}

/** True when the point lies inside the area (edges included). */
export function inArea(lat: number, long: number, area: GeoArea): boolean {
  if (lat < area.south || lat > area.north) return false;
  if (area.east - area.west >= 360) return true;
  const west = foldLongitude(area.west);
  const east = foldLongitude(area.east);
  return west <= east ? long >= west && long <= east : long >= west || long <= east;
}
