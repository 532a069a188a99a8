/**
 * Polling ticks built only on `listEvents` / `listNotifications`, so every adapter gets live
 * updates. The first tick records a baseline; later ticks emit what is new, oldest first. Each
 * tick that answered reports `polling` when done: a subscriber that hears `polling` twice in a row
 * knows a tick ran since it started listening (the baseline is taken; from then on nothing new is
 * missed), so it can list what happened before that once (`<ev-log>`'s catch-up).
 * More new events than one page (after a long offline stretch): the tick follows the pages' next
 * links, one request after another, up to `MAX_TICK_PAGES`; beyond that it emits the newest and
 * flags its `polling` status `missed`, so a subscriber that needs every event lists them itself.
 */
import type { Emit } from './live.js';
import type { EventNotification, EventQuery, EventRecord, EventsClient, PageToken } from './types.js';

/** Events one tick lists per request. */
export const TICK_PAGE_SIZE = 100;
/** Requests one tick makes at most to list new events (so at most 1,000 events per tick). */
export const MAX_TICK_PAGES = 10;

/** What a tick lists with: `listEvents` for the `event` kind, `listNotifications` for `notification`. */
type Listing = Partial<Pick<EventsClient, 'listEvents' | 'listNotifications'>>;

/** Emits each item once: keeps the newest `created` seen and the pks at that instant. */
export function watermark<T extends { pk: string; created: string }>() {
  let newestMs = -Infinity;
  let atNewest = new Set<string>();
  let started = false;
  const ms = (item: T) => Date.parse(item.created);
  const mark = {
    /** The newest `created` seen ('' before the first item). */
    newest: '',
    /** Items newer than the watermark, oldest first (none on the first call, which sets the baseline); advances it. */
    take(items: readonly T[]): T[] {
      const fresh = items.filter((i) => ms(i) > newestMs || (ms(i) === newestMs && !atNewest.has(i.pk))).sort((a, b) => ms(a) - ms(b));
      for (const item of fresh) {
        if (ms(item) > newestMs) [newestMs, mark.newest, atNewest] = [ms(item), item.created, new Set()];
        atNewest.add(item.pk);
      }
      const emit = started;
      started = true;
      return emit ? fresh : [];
    },
  };
  return mark;
}

export function pollTick(client: Listing, kinds: ReadonlyArray<'event' | 'notification'> = ['event', 'notification']) {
  const events = watermark<EventRecord>();
  const notifications = watermark<EventNotification>();
  return async (emit: Emit, signal: AbortSignal): Promise<void> => {
    let missed = false;
    if (kinds.includes('event') && client.listEvents) {
      const query: EventQuery = { ordering: '-created', pageSize: TICK_PAGE_SIZE, ...(events.newest ? { since: events.newest } : {}) };
      const items: EventRecord[] = [];
      let next: PageToken | null = null;
      // The baseline needs only the newest page; later ticks page through what is new.
      for (let n = 0; n < (events.newest ? MAX_TICK_PAGES : 1); n++) {
        const at: EventQuery = next === null ? {} : typeof next === 'number' ? { page: next } : { cursor: next };
        const page = await client.listEvents({ ...query, ...at }, { signal });
        items.push(...page.items);
        next = page.items.length ? page.next : null;
        if (next === null) break;
      }
      missed = next !== null && events.newest !== '';
      // Events created meanwhile shift later pages: one can come twice (kept once), none is skipped.
      const seen = new Set<string>();
      const unique = items.filter((e) => !seen.has(e.pk) && Boolean(seen.add(e.pk)));
      for (const event of events.take(unique)) emit({ type: 'event', event });
    }
    if (kinds.includes('notification') && client.listNotifications) {
      const page = await client.listNotifications({ ordering: '-created', pageSize: 50 }, { signal });
      for (const notification of notifications.take(page.items)) emit({ type: 'notification', notification });
    }
    emit(missed ? { type: 'status', status: 'polling', missed } : { type: 'status', status: 'polling' });
  };
}
