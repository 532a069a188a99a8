/**
 * The bell feed's catch-up after a gap in the live connection (a reconnect that replays nothing,
 * a long poll backoff): lists what arrived meanwhile, hands it to the feed, and resyncs the feed
 * from the server when more arrived than it lists. No DOM, no Lit.
 */
import { LOOKBACK_MS, pageAt } from '../../client/poll.js';
import type { EventNotification, NotificationClient, PageToken } from '../../client/types.js';
import { yearMs } from '../../client/year-ms.js';

/** What catching up needs of the feed. */
export interface CatchUpFeed {
  readonly client: NotificationClient;
  readonly unread: number | null;
  refreshCount(): Promise<void>;
}

/**
 * Fetches what arrived since `LOOKBACK_MS` before `since` (the newest notification known not ahead
 * of the clock; as poll.ts, one stamped before it but visible only after it was listed: a late
 * commit, a clock behind) and is not `known` (what the feed held by pk when it started: every one
 * in that window, and every unread one since `low`, the oldest it ever knew), oldest first, into
 * `receive`, then the true count. `counted`: the server count just taken includes them. One listed
 * stamped before `low` is received after the count, when the count explains it (below).
 * Fewer than a page (100) created in that window and after: one request.
 */
export async function catchUpFeed(
  feed: CatchUpFeed,
  since: string | undefined,
  receive: (items: EventNotification[], counted: boolean) => void,
  resync: () => void,
  known: ReadonlyMap<string, EventNotification>,
  low: number,
): Promise<void> {
  // With nothing known to start from (none listed or pushed yet: an empty Unread list, a bell
  // never opened), the unread count grew by n: the newest n unread arrived meanwhile (fewer when
  // some were read elsewhere), and the server count taken includes them.
  const before = feed.unread;
  if (!since) await feed.refreshCount();
  const gained = since ? Infinity : before === null || feed.unread === null ? 0 : feed.unread - before;
  const after = since && new Date(yearMs(since) - LOOKBACK_MS).toISOString();
  // The newest known one listed (not a page's first: one created in 9999 tops the list).
  let top = -Infinity;
  // Unknown ones listed stamped before `low`: the feed holds every unread one since (lists load
  // newest first, pushes and catch-ups add what comes), not those before (a bell that only heard
  // pushes): each is new, or was unread before the feed heard anything (told apart by the count).
  if (!since) low = -Infinity;
  let early: EventNotification[] = [];
  try {
    const missed: EventNotification[] = [];
    // Following the next links (page number or cursor), at most 20 pages (2,000 notifications).
    let next: PageToken | null = gained > 0 ? 1 : null;
    for (let n = 0; n < 20 && next !== null && missed.length < gained; n++) {
      const result = await feed.client.listNotifications({ ...(after ? { createdAfter: after } : { seen: false }), ordering: '-created', pageSize: 100, ...pageAt(next) });
      missed.push(...result.items);
      for (const n of result.items.slice(1)) if (known.has(n.pk) && yearMs(n.created) > top) top = yearMs(n.created);
      // Newest first: a page reaching `LOOKBACK_MS` below the newest known one listed holds the
      // last of what arrived. So a clock behind the server's (`since` then an older one) costs a
      // request, not a listing of everything since then at every gap. So does one reaching below
      // `low`: no page is asked for only for those (a window full of read ones costs nothing).
      next = result.items.length && !result.items.some((n) => yearMs(n.created) <= top - LOOKBACK_MS || yearMs(n.created) < low) ? result.next : null;
    }
    const fresh = missed.slice(0, gained).filter((n) => !known.has(n.pk)).reverse();
    early = fresh.filter((n) => yearMs(n.created) < low);
    receive(fresh.filter((n) => !early.includes(n)), !since);
    // More than that (more pages, fewer than gained): the lists from the server again, and the
    // announcement says "more than" (the count below is the server's anyway).
    if (next !== null && missed.length < gained) resync();
  } catch {
    /* the next reconnect or poll tries again */
  }
  if (since) {
    const unread = feed.unread;
    await feed.refreshCount();
    early = early.filter((n) => !n.seen);
    // New only when the server count grew by all of them beyond what the feed knew of.
    if (early.length <= feed.unread! - (unread ?? Infinity)) receive(early, true);
  }
}
