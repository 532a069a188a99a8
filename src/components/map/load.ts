/**
 * Fetches every event of a filter page by page (newest first) up to a cap, handing each page
 * to `onPage` as it arrives (`last` for the final one). Page numbers and cursors both work. Aborts with the signal.
 *
 * Events may arrive while the pages are crawled: with page numbers they push older events onto
 * the next page (fetched twice: kept once), with cursors they are not in the crawl at all
 * (the next load has them). Either way the reported total grows, so whether `max-events`
 * capped the data is decided by the crawl itself (`capped`), not by comparing counts.
 */
import type { EventFilter, EventQuery, EventRecord, EventsClient } from '../../client/types.js';

export interface LoadResult {
  /** Events fetched (each once). */
  loaded: number;
  /** Events matching the filter, as last reported by the source (null when it cannot count). */
  total: number | null;
  /** `max-events` stopped the crawl while the source had more. */
  capped: boolean;
}

export const LOAD_PAGE_SIZE = 1000;

export async function loadAll(
  client: EventsClient,
  filter: EventFilter,
  maxEvents: number,
  onPage: (events: EventRecord[], progress: LoadResult, last: boolean) => void | Promise<void>,
  signal: AbortSignal,
): Promise<LoadResult> {
  const cap = Math.max(0, Math.floor(maxEvents));
  const seen = new Set<string>();
  let loaded = 0;
  let total: number | null = null;
  let capped = false;
  let query: EventQuery = { ...filter, ordering: '-created', page: 1 };
  while (loaded < cap) {
    const page = await client.listEvents({ ...query, pageSize: LOAD_PAGE_SIZE }, { signal });
    total = page.total;
    const fresh = page.items.filter((e) => {
      const key = `${typeof e.pk}:${String(e.pk)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const items = fresh.slice(0, cap - loaded);
    loaded += items.length;
    const more = page.next !== null && page.items.length > 0;
    capped = items.length < fresh.length || (more && loaded >= cap);
    await onPage(items, { loaded, total, capped }, !more || loaded >= cap);
    if (!more || page.next === null) break;
    query =
      typeof page.next === 'number'
        ? { ...filter, ordering: '-created', page: page.next }
        : { ...filter, ordering: '-created', cursor: page.next };
  }
  return { loaded, total, capped };
}
