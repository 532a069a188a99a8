/**
 * The bell feed's catch-up after a gap in the live connection (a reconnect that replays nothing,
 * a long poll backoff): lists what arrived meanwhile, hands it to the feed, and resyncs the feed
 * from the server when more arrived than it lists. No DOM, no Lit.
 */
import { pageAt } from '../../client/poll.js';
import type { EventNotification, NotificationClient, PageToken } from '../../client/types.js';

/** What catching up needs of the feed. */
export interface CatchUpFeed {
  readonly client: NotificationClient;
  readonly unread: number | null;
  refreshCount(): Promise<void>;
}

/**
 * Fetches what arrived since `since` (the newest notification known not ahead of the clock), oldest
 * first, into `receive`, then the true count. `counted`: the server count just taken includes them.
 * `known`: the notifications the feed has, by pk.
 */
export async function catchUpFeed(
  feed: CatchUpFeed,
  since: string | undefined,
  receive: (items: EventNotification[], counted: boolean) => void,
  resync: () => void,
  known: ReadonlyMap<string, unknown>,
): Promise<void> {
  // With nothing known to start from (none listed or pushed yet: an empty Unread list, a bell
  // never opened), the unread count grew by n: the newest n unread arrived meanwhile (fewer when
  // some were read elsewhere), and the server count taken includes them.
  const before = feed.unread;
  if (!since) await feed.refreshCount();
  const gained = since ? Infinity : before === null || feed.unread === null ? 0 : feed.unread - before;
  try {
    const missed: EventNotification[] = [];
    // Following the next links (page number or cursor), at most 20 pages (2,000 notifications).
    let next: PageToken | null = gained > 0 ? 1 : null;
    for (let n = 0; n < 20 && next !== null && missed.length < gained; n++) {
      const result = await feed.client.listNotifications({ ...(since ? { createdAfter: since } : { seen: false }), ordering: '-created', pageSize: 100, ...pageAt(next) });
      missed.push(...result.items);
      // Newest first: a page holding one known already (not its first: one created in 9999 tops
      // the list) holds the last of what arrived. So a clock behind the server's (`since` then an
      // older one) costs a request, not a listing of everything since then at every gap.
      next = result.items.length && !result.items.slice(1).some((n) => known.has(n.pk)) ? result.next : null;
    }
    receive(missed.slice(0, gained).reverse(), !since);
    // More than that (more pages, fewer than gained): the lists from the server again, and the
    // announcement says "more than" (the count below is the server's anyway).
    if (next !== null && missed.length < gained) resync();
  } catch {
    /* the next reconnect or poll tries again */
  }
  if (since) await feed.refreshCount();
}
