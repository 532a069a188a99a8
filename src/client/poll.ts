/**
 * Polling ticks built only on `listEvents` / `listNotifications`, so every adapter gets live
 * updates. The first tick records a baseline; later ticks emit what is new, oldest first. Each
 * tick that answered reports `polling` when done: a subscriber that hears `polling` twice in a row
 * knows a tick ran since it started listening (the baseline is taken; from then on nothing new is
 * missed), so it can list what happened before that once (`<ev-log>`'s catch-up).
 */
import type { Emit } from './live.js';
import type { EventNotification, EventRecord, EventsClient } from './types.js';

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
    if (kinds.includes('event') && client.listEvents) {
      const page = await client.listEvents(
        { ordering: '-created', pageSize: 100, ...(events.newest ? { since: events.newest } : {}) },
        { signal },
      );
      for (const event of events.take(page.items)) emit({ type: 'event', event });
    }
    if (kinds.includes('notification') && client.listNotifications) {
      const page = await client.listNotifications({ ordering: '-created', pageSize: 50 }, { signal });
      for (const notification of notifications.take(page.items)) emit({ type: 'notification', notification });
    }
    emit({ type: 'status', status: 'polling' });
  };
}
