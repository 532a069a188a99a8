/**
 * Polling ticks built only on `listEvents` / `listNotifications`, so every adapter gets live
 * updates. The first tick records a baseline; later ticks emit what is new, oldest first. Each
 * tick that answered reports `polling` when done: a subscriber that hears `polling` twice in a row
 * knows a tick ran since it started listening (the baseline is taken; from then on nothing new is
 * missed), so it can list what happened before that once (`<ev-log>`'s catch-up).
 * More new events or notifications than one page (after a long offline stretch, a hidden tab, a
 * long backoff): the tick follows the pages' next links, newest first, one request after another,
 * until a page reaches past the look-back window (notifications; `LOOKBACK_MS` before the newest
 * seen, for items visible after a newer one) or the last page (events, listed `since` the window),
 * up to `MAX_TICK_PAGES`; beyond that it emits the newest (1,000 events, 500 notifications) and
 * flags its `polling` status `missed`, naming the kinds that overflowed in `missedKinds`, so a
 * subscriber that needs every item of its kind lists them itself (and only after its kind overflowed).
 * When fewer than a page are new or in the window (the quiet path) a tick makes one request per kind.
 */
import type { Emit } from './live.js';
import type { EventNotification, EventQuery, EventRecord, EventsClient, Page, PageToken } from './types.js';
import { yearMs } from './year-ms.js';

/** Events one tick lists per request. */
export const TICK_PAGE_SIZE = 100;
/** Notifications one tick lists per request. */
export const NOTIFICATION_TICK_PAGE_SIZE = 50;
/** Requests one tick makes at most per kind to list new items (so at most 1,000 events, 500 notifications per tick). */
export const MAX_TICK_PAGES = 10;

/**
 * How far back of the newest `created` seen a tick still looks for items it has not emitted: one
 * stamped before a newer one already listed but visible only after it (its transaction committed
 * later, or the server stamping it has a clock behind the one stamping the newer one) is emitted
 * on the next tick, if it is less than this older than the newest. Events are listed `since`
 * the newest minus this; a quiet tick makes one request as long as fewer than a page (100 events,
 * 50 notifications) were created in it.
 */
export const LOOKBACK_MS = 30_000;

/** What a tick lists with: `listEvents` for the `event` kind, `listNotifications` for `notification`. */
type Listing = Partial<Pick<EventsClient, 'listEvents' | 'listNotifications'>>;

/**
 * Emits each item once: keeps the newest `created` seen (up to the client's clock) and the pks of
 * those taken less than `LOOKBACK_MS` before it (the window; memory bounded by the items in it).
 * One in the window not taken is new too: stamped before the newest, visible after it. Older than
 * the window is old, as is one older than the oldest a listing cut short held (the baseline's one
 * page, a tick stopped at `MAX_TICK_PAGES`): not listed then, so not known. An item whose
 * `created` is no time (`yearMs`: null, words, "5") or is ahead of the clock (a server clock
 * ahead, skew between the clocks stamping items, hostile data: 9999) has no place below it, so it
 * cannot hide one stamped earlier that is listed after it (no allowance:
 * one 3 minutes ahead hid, for good, one stamped 30 s after the clock that arrived 30 s later).
 * It is new until taken once (its pk is kept), emitted after the timed ones new with it, and never
 * ends a tick's paging. Its pk is kept only while it can be listed: until the clock passes it (the
 * watermark moves over it then, listed or not), or until a listing that went past its place (an
 * older item; no time: the last page) no longer holds it: it is gone, and new again should it
 * ever come back.
 */
export function watermark<T extends { pk: string; created: string }>() {
  let newestMs = -Infinity;
  /** Taken, in the window: time by pk. */
  const recent = new Map<string, number>();
  /** Emitted, not below the watermark: no time, or ahead of the clock; by pk. */
  const ahead = new Map<string, T>();
  const ms = (item: T) => yearMs(item.created);
  const mark = {
    /** Where the window starts (-Infinity before the first timed item): events are listed since it. */
    floor: -Infinity,
    /** The first `take` (the baseline) is done. */
    started: false,
    /**
     * True when a page (newest first) holds the last of what is new: an item older than the window,
     * or it ends with one taken before while ahead of the clock (a clock behind the server's).
     * Not any such item: one created in 9999 tops every page.
     */
    ends: (page: readonly T[]): boolean => page.some((i) => ms(i) <= mark.floor) || ahead.has(page.at(-1)!.pk),
    /**
     * Items not taken before, not older than the window (those with no time or ahead of the clock too), oldest first, no time last (none on the first call, which sets the baseline); advances it.
     * `end`: `items` reach the list's last page; `cut`: they stop short of what is new.
     */
    take(items: readonly T[], end?: boolean, cut?: boolean): T[] {
      // Each item's time read once (by pk); no time (NaN) sorts as Infinity: last.
      const at = new Map(items.map((i) => [i.pk, ms(i)]));
      const key = (i: T) => (at.get(i.pk)! < Infinity ? at.get(i.pk)! : Infinity);
      const limit = Date.now();
      const above = items.filter((i) => !(at.get(i.pk)! <= mark.floor || recent.has(i.pk))).sort((a, b) => key(a) - key(b));
      const fresh = above.filter((i) => !ahead.has(i.pk));
      const oldest = Math.min(...[...at.values()].filter((t) => t > -Infinity));
      // Taken before while ahead of the clock, now passed by it (listed or not): the watermark moves
      // over it too. Not listed by a listing that went past its place (an older item listed; no
      // time: the last page): gone, forgotten (new should it come back).
      for (const item of [...ahead.values(), ...above]) {
        const time = at.get(item.pk) ?? ms(item);
        if (time <= limit) {
          newestMs = Math.max(newestMs, time);
          recent.set(item.pk, time);
          ahead.delete(item.pk);
        } else if (at.has(item.pk)) ahead.set(item.pk, item);
        else if (end || time > oldest) ahead.delete(item.pk);
      }
      mark.floor = Math.max(newestMs - LOOKBACK_MS, mark.floor, cut ? Math.min(oldest, limit) : -Infinity);
      // Only the window is remembered.
      for (const [pk, time] of recent) if (time <= mark.floor) recent.delete(pk);
      const emit = mark.started;
      mark.started = true;
      return emit ? fresh : [];
    },
  };
  return mark;
}

/** Lists one page: the first with no token, later ones by the previous page's `next` (page number or cursor). */
type PageAt<T> = (at: { page?: number; cursor?: string }) => Promise<Page<T>>;

/** The query part asking for the page a `next` token names: its number, or its cursor. */
export const pageAt = (next: PageToken): { page: number } | { cursor: string } => (typeof next === 'number' ? { page: next } : { cursor: next });

/**
 * What is new since `mark`, oldest first, and advances it; nothing on the first call (the
 * baseline, one request). Pages newest first until a page `ends` what is new (everything newer, the
 * look-back window too, is listed then; a clock behind the server's costs one request a tick), the last page, or `MAX_TICK_PAGES`
 * requests: `missed` when it stopped there with more to list (the newest are returned). Pages
 * shifted by items created meanwhile can list one twice: it is kept once.
 */
export async function takeNew<T extends { pk: string; created: string }>(mark: Watermark<T>, list: PageAt<T>): Promise<{ fresh: T[]; missed: boolean }> {
  const items: T[] = [];
  // The baseline needs only the newest page; later ticks page through what is new.
  const baseline = !mark.started;
  let next: PageToken | null = null;
  let end = false;
  for (let n = 0; n < (baseline ? 1 : MAX_TICK_PAGES); n++) {
    const page = await list(next === null ? {} : pageAt(next));
    items.push(...page.items);
    end = page.next === null;
    // Newest first: a page that reaches past the window holds the last of what is new.
    next = page.items.length && !mark.ends(page.items) ? page.next : null;
    if (next === null) break;
  }
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(i.pk) && Boolean(seen.add(i.pk)));
  return { fresh: mark.take(unique, end, next !== null), missed: next !== null && !baseline };
}

export type Watermark<T extends { pk: string; created: string }> = ReturnType<typeof watermark<T>>;

export function pollTick(client: Listing, kinds: ReadonlyArray<'event' | 'notification'> = ['event', 'notification']) {
  const events = watermark<EventRecord>();
  const notifications = watermark<EventNotification>();
  return async (emit: Emit, signal: AbortSignal): Promise<void> => {
    const missedKinds: Array<'event' | 'notification'> = [];
    if (kinds.includes('event') && client.listEvents) {
      const query: EventQuery = { ordering: '-created', pageSize: TICK_PAGE_SIZE, ...(events.floor > -Infinity ? { since: new Date(events.floor).toISOString() } : {}) };
      const got = await takeNew(events, (at) => client.listEvents!({ ...query, ...at }, { signal }));
      for (const event of got.fresh) emit({ type: 'event', event });
      if (got.missed) missedKinds.push('event');
    }
    if (kinds.includes('notification') && client.listNotifications) {
      const got = await notificationsSince(notifications, (q, o) => client.listNotifications!(q, o), signal);
      for (const notification of got.fresh) emit({ type: 'notification', notification });
      if (got.missed) missedKinds.push('notification');
    }
    emit(missedKinds.length ? { type: 'status', status: 'polling', missed: true, missedKinds } : { type: 'status', status: 'polling' });
  };
}

/** `takeNew` for notifications (newest first, `NOTIFICATION_TICK_PAGE_SIZE` a page): the bell client's tick too. */
export const notificationsSince = (mark: Watermark<EventNotification>, list: EventsClient['listNotifications'], signal: AbortSignal) =>
  takeNew(mark, (at) => list({ ordering: '-created', pageSize: NOTIFICATION_TICK_PAGE_SIZE, ...at }, { signal }));
