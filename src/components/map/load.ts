/**
 * Fetches every event of a filter page by page (newest first) up to a cap, handing each page
 * to `onPage` as it arrives. Page numbers and cursors both work. Aborts with the signal.
 */
import type { EventFilter, EventQuery, EventRecord, EventsClient } from '../../client/types.js';

export interface LoadResult {
  /** Events fetched. */
  loaded: number;
  /** Events matching the filter, as reported by the source (null when it cannot count). */
  total: number | null;
}

export const LOAD_PAGE_SIZE = 1000;

export async function loadAll(
  client: EventsClient,
  filter: EventFilter,
  maxEvents: number,
  onPage: (events: EventRecord[], progress: LoadResult) => void | Promise<void>,
  signal: AbortSignal,
): Promise<LoadResult> {
  const cap = Math.max(0, Math.floor(maxEvents));
  let loaded = 0;
  let total: number | null = null;
  let query: EventQuery = { ...filter, ordering: '-created', page: 1 };
  while (loaded < cap) {
    const page = await client.listEvents({ ...query, pageSize: LOAD_PAGE_SIZE }, { signal });
    total = page.total;
    const items = page.items.slice(0, cap - loaded);
    loaded += items.length;
    await onPage(items, { loaded, total });
    if (page.next === null || page.items.length === 0) break;
    query =
      typeof page.next === 'number'
        ? { ...filter, ordering: '-created', page: page.next }
        : { ...filter, ordering: '-created', cursor: page.next };
  }
  return { loaded, total };
}
