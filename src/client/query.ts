/**
 * The shared filter as authentik query parameters, and back. Used by the authentik adapter and
 * by URL syncing, so a filter has exactly one representation in both places.
 */
import { isCalendarDay } from './calendar-day.js';
import { foldLongitude, isValidArea } from './geo.js';
import type { EventFilter, EventQuery, GeoArea } from './types.js';

type Params = Record<string, string | string[]>;

/** Filter fields that map 1:1 to an authentik query parameter of the same name. */
export const PLAIN_FILTER_KEYS = [
  'username',
  'client_ip',
  'brand_name',
  'context_model_app',
  'context_model_name',
  'context_model_pk',
  'context_authorized_app',
  'search',
] as const satisfies ReadonlyArray<keyof EventFilter>;

/**
 * Time-range parameters. authentik's events API has no time filter; these are the Django
 * filter names the reference server implements. Stock authentik ignores them.
 */
export const SINCE_PARAM = 'created__gte';
export const UNTIL_PARAM = 'created__lt';

/**
 * The area (`<ev-map>`'s "filter to this area") as `south,west,north,east` in degrees: the
 * reference server's extension; stock authentik ignores it.
 */
export const GEO_BOUNDS_PARAM = 'geo_bounds';

export interface ParamOptions {
  /** Send `since` / `until` as `created__gte` / `created__lt` (default true). */
  timeRange?: boolean;
  /** Send `area` as `geo_bounds` (default true). */
  geoBounds?: boolean;
}

const degrees = (n: number): string => String(Number(n.toFixed(6)));

const latitude = (n: number): number => Math.min(90, Math.max(-90, n));

/**
 * The places an area filters to (as `inArea` reads it), in the ranges people and servers read:
 * latitudes past a pole as the pole, longitudes stored past ±180° (a map panned round the world,
 * an old link) folded back into [-180, 180], a box at least 360° wide as the whole world.
 */
export function clampArea(area: GeoArea): GeoArea {
  const world = area.east - area.west >= 360;
  return {
    south: latitude(area.south),
    north: latitude(area.north),
    west: world ? -180 : foldLongitude(area.west),
    east: world ? 180 : foldLongitude(area.east),
  };
}

/** `south,west,north,east` of an area (6 decimals, about 0.1 m), as servers accept it: see `clampArea`. */
export function formatBounds(area: GeoArea): string {
  const { south, west, north, east } = clampArea(area);
  return [south, west, north, east].map(degrees).join(',');
}

/**
 * An area from `south,west,north,east`, read as `formatBounds` sends it (`clampArea`: an old link
 * past a pole keeps its area, as the pole); undefined when it is not four finite numbers with
 * south <= north (an inverted box is a broken link, even where both edges clamp to the pole).
 */
export function parseBounds(text: string | null | undefined): GeoArea | undefined {
  const parts = (text ?? '').split(',');
  if (parts.length !== 4 || parts.some((p) => p.trim() === '')) return undefined;
  const [south, west, north, east] = parts.map(Number) as [number, number, number, number];
  const area = { north, south, east, west };
  return isValidArea(area) ? clampArea(area) : undefined;
}

/** authentik query parameters for a filter (empty values left out; `actions` repeated). */
export function filterToParams(filter: EventFilter, options: ParamOptions = {}): Params {
  const params: Params = {};
  if (filter.actions?.length) params.actions = [...filter.actions];
  for (const key of PLAIN_FILTER_KEYS) {
    const value = filter[key]?.trim();
    if (value) params[key] = value;
  }
  if (options.timeRange !== false) {
    if (filter.since) params[SINCE_PARAM] = filter.since;
    if (filter.until) params[UNTIL_PARAM] = filter.until;
  }
  if (options.geoBounds !== false && filter.area && isValidArea(filter.area)) params[GEO_BOUNDS_PARAM] = formatBounds(filter.area);
  return params;
}

/** authentik list parameters for a query: the filter plus ordering and paging. */
export function queryToParams(query: EventQuery, options: ParamOptions = {}): Params {
  const params = filterToParams(query, options);
  if (query.ordering) params.ordering = query.ordering;
  if (query.page !== undefined) params.page = String(query.page);
  if (query.pageSize !== undefined) params.page_size = String(query.pageSize);
  return params;
}

/**
 * A time from a URL as a full ISO timestamp, or undefined when it is not an ISO 8601 date or
 * date-time. A time without a zone (`2026-11-01T10:00`, as people write links) is local time, as
 * `Date.parse` and the in-memory client read it; servers get it with its zone, so they agree.
 */
function timeParam(value: string | null): string | undefined {
  // An unencoded `+` of a UTC offset arrives as a space.
  const text = (value ?? '').trim().replace(/([T ][\d:.]+) (\d\d:?\d\d)$/, '$1+$2');
  // Date.parse moves a day the month does not have (2026-02-30) into the next month.
  if (!/^\d{4}-\d\d-\d\d(?:$|[T ]\d)/.test(text) || !isCalendarDay(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Reads a filter back from query parameters (e.g. `location.search`). Unknown parameters are ignored. */
export function paramsToFilter(search: URLSearchParams): EventFilter {
  const filter: EventFilter = {};
  const actions = search.getAll('actions').filter(Boolean);
  const single = search.get('action');
  if (single && !actions.includes(single)) actions.push(single);
  if (actions.length) filter.actions = actions;
  for (const key of PLAIN_FILTER_KEYS) {
    const value = search.get(key);
    if (value) filter[key] = value;
  }
  const since = timeParam(search.get(SINCE_PARAM));
  const until = timeParam(search.get(UNTIL_PARAM));
  if (since) filter.since = since;
  if (until) filter.until = until;
  const area = parseBounds(search.get(GEO_BOUNDS_PARAM));
  if (area) filter.area = area;
  return filter;
}

/** A stable key for a filter (same filter → same string), for caches. */
export function filterKey(filter: EventFilter): string {
  const params = filterToParams(filter, { geoBounds: false });
  const entries: Array<[string, unknown]> = Object.keys(params)
    .sort()
    .map((k) => [k, Array.isArray(params[k]) ? [...(params[k] as string[])].sort() : params[k]]);
  const { area } = filter;
  if (area) entries.push(['area', [area.north, area.south, area.east, area.west]]);
  return JSON.stringify(entries);
}
