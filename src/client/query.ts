/**
 * The shared filter as authentik query parameters, and back. Used by the authentik adapter and
 * by URL syncing, so a filter has exactly one representation in both places.
 */
import type { EventFilter, EventQuery } from './types.js';

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

/** authentik query parameters for a filter (empty values left out; `actions` repeated). */
export function filterToParams(filter: EventFilter, options: { timeRange?: boolean } = {}): Params {
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
  return params;
}

/** authentik list parameters for a query: the filter plus ordering and paging. */
export function queryToParams(query: EventQuery, options: { timeRange?: boolean } = {}): Params {
  const params = filterToParams(query, options);
  if (query.ordering) params.ordering = query.ordering;
  if (query.page !== undefined) params.page = String(query.page);
  if (query.pageSize !== undefined) params.page_size = String(query.pageSize);
  return params;
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
  const since = search.get(SINCE_PARAM);
  const until = search.get(UNTIL_PARAM);
  if (since && !Number.isNaN(Date.parse(since))) filter.since = since;
  if (until && !Number.isNaN(Date.parse(until))) filter.until = until;
  return filter;
}

/** A stable key for a filter (same filter → same string), for caches. */
export function filterKey(filter: EventFilter): string {
  const params = filterToParams(filter);
  const entries: Array<[string, unknown]> = Object.keys(params)
    .sort()
    .map((k) => [k, Array.isArray(params[k]) ? [...(params[k] as string[])].sort() : params[k]]);
  const { area } = filter;
  if (area) entries.push(['area', [area.north, area.south, area.east, area.west]]);
  return JSON.stringify(entries);
}
