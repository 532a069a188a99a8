/**
 * Polling ticks built only on `listEvents` / `listNotifications`, so every adapter gets live
 * updates. The first tick records a baseline; later ticks emit what is new, oldest first.
 */
import type { Emit } from './live.js';
import type { EventNotification, EventRecord, EventsClient } from './types.js';

type Listing = Pick<EventsClient, 'listEvents' | 'listNotifications'>;

/** Keeps the newest `created` seen and the pks at that instant, to emit each item once. */
class Watermark<T extends { pk: string; created: string }> {
  newest = '';
  #newestMs = -Infinity;
  #atNewest = new Set<string>();
  started = false;

  /** Items newer than the watermark (oldest first); advances it. */
  take(items: readonly T[]): T[] {
    const fresh: T[] = [];
    for (const item of items) {
      const ms = Date.parse(item.created);
      if (ms > this.#newestMs || (ms === this.#newestMs && !this.#atNewest.has(item.pk))) fresh.push(item);
    }
    for (const item of fresh) {
      const ms = Date.parse(item.created);
      if (ms > this.#newestMs) {
        this.#newestMs = ms;
        this.newest = item.created;
        this.#atNewest = new Set();
      }
      if (ms === this.#newestMs) this.#atNewest.add(item.pk);
    }
    const wasStarted = this.started;
    this.started = true;
    return wasStarted ? fresh.sort((a, b) => Date.parse(a.created) - Date.parse(b.created)) : [];
  }
}

export function pollTick(client: Listing, kinds: ReadonlyArray<'event' | 'notification'> = ['event', 'notification']) {
  const events = new Watermark<EventRecord>();
  const notifications = new Watermark<EventNotification>();
  return async (emit: Emit, signal: AbortSignal): Promise<void> => {
    if (kinds.includes('event')) {
      const page = await client.listEvents(
        { ordering: '-created', pageSize: 100, ...(events.newest ? { since: events.newest } : {}) },
        { signal },
      );
      for (const event of events.take(page.items)) emit({ type: 'event', event });
    }
    if (kinds.includes('notification')) {
      const page = await client.listNotifications({ ordering: '-created', pageSize: 50 }, { signal });
      for (const notification of notifications.take(page.items)) emit({ type: 'notification', notification });
    }
  };
}
