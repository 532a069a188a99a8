/**
 * Whether a live event belongs in the chart under the shared filter. The exact-match fields,
 * actions and area are decided by the client's filter semantics (`src/client/filter-match.ts`);
 * a free-text `search` is left to the server, so the answer is then "unknown" and the chart
 * re-fetches instead of guessing.
 */
import { fieldTest } from '../../client/filter-match.js';
import type { EventFilter, EventRecord } from '../../client/types.js';

/** true: counts; false: filtered out; undefined: cannot tell without the server. */
export function liveMatch(event: EventRecord, filter: EventFilter): boolean | undefined {
  const test = fieldTest(filter, { search: false });
  if (test && !test(event)) return false;
  return filter.search?.trim() ? undefined : true;
}
