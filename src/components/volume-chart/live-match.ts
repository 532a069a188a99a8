/**
 * Whether a live event belongs in the chart under the shared filter. Exact-match fields are
 * checked here; a free-text `search` is the server's to interpret, so the answer is then
 * "unknown" and the chart re-fetches instead of guessing.
 */
import { eventLatLng, inArea, isValidArea } from '../../client/geo.js';
import type { EventFilter, EventRecord } from '../../client/types.js';

function contextString(event: EventRecord, ...path: string[]): string | undefined {
  let node: unknown = event.context;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node === undefined || node === null ? undefined : String(node);
}

/** true: counts; false: filtered out; undefined: cannot tell without the server. */
export function liveMatch(event: EventRecord, filter: EventFilter): boolean | undefined {
  if (filter.actions?.length && !filter.actions.includes(event.action)) return false;
  const checks: Array<[string | undefined, string | undefined]> = [
    [filter.username, event.user?.username],
    [filter.client_ip, event.client_ip ?? undefined],
    [filter.brand_name, event.brand?.name],
    [filter.context_model_app, contextString(event, 'model', 'app')],
    [filter.context_model_name, contextString(event, 'model', 'model_name')],
    [filter.context_model_pk, contextString(event, 'model', 'pk')],
    [filter.context_authorized_app, contextString(event, 'authorized_application', 'pk')],
  ];
  for (const [wanted, actual] of checks) {
    const value = wanted?.trim();
    if (value && value !== actual) return false;
  }
  if (filter.area && isValidArea(filter.area)) {
    const at = eventLatLng(event);
    if (!at || !inArea(at[0], at[1], filter.area)) return false;
  }
  return filter.search?.trim() ? undefined : true;
}
