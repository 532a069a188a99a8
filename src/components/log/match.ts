/**
 * Whether a live event belongs to the current filter, decided in the browser (the live stream
 * carries every event). Mirrors the server's semantics: exact matches on the named fields, a
 * case-insensitive substring search, the half-open time range and the map's area.
 */
import { eventLatLng, inArea, isValidArea } from '../../client/geo.js';
import type { EventFilter, EventRecord } from '../../client/types.js';

function contextValue(event: EventRecord, ...path: string[]): string | undefined {
  let node: unknown = event.context;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node === undefined || node === null ? undefined : String(node);
}

function same(wanted: string | undefined, actual: string | undefined | null): boolean {
  const w = wanted?.trim();
  return !w || w === actual;
}

export function matchesFilter(event: EventRecord, filter: EventFilter): boolean {
  if (filter.actions?.length && !filter.actions.includes(event.action)) return false;
  if (!same(filter.username, event.user?.username)) return false;
  if (!same(filter.client_ip, event.client_ip)) return false;
  if (!same(filter.brand_name, event.brand?.name)) return false;
  if (!same(filter.context_model_app, contextValue(event, 'model', 'app'))) return false;
  if (!same(filter.context_model_name, contextValue(event, 'model', 'model_name'))) return false;
  if (!same(filter.context_model_pk, contextValue(event, 'model', 'pk'))) return false;
  if (!same(filter.context_authorized_app, contextValue(event, 'authorized_application', 'pk'))) return false;
  const created = Date.parse(event.created);
  if (filter.since && !(created >= Date.parse(filter.since))) return false;
  if (filter.until && !(created < Date.parse(filter.until))) return false;
  if (filter.area && isValidArea(filter.area)) {
    const at = eventLatLng(event);
    if (!at || !inArea(at[0], at[1], filter.area)) return false;
  }
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const haystack = `${event.user?.username ?? ''}\n${event.action}\n${event.app}\n${event.client_ip ?? ''}\n${JSON.stringify(event.context)}`;
    if (!haystack.toLowerCase().includes(search)) return false;
  }
  return true;
}
