/**
 * Where the rows come from: a client (`listEvents` with the filter, ordering and page), or an
 * array handed to the element. An unfiltered array in its given order is paged synchronously
 * with no copy and no parsing (the 1,000,000-row mount path); any filter or other ordering goes
 * through an in-memory client built on first use. Neither makes a network request.
 */
import { createMemoryClient } from '../../client/adapters/memory.js';
import type { EventFilter, EventRecord, EventsClient, Page } from '../../client/types.js';
import type { PageFetcher } from './row-cache.js';

export const DEFAULT_ORDERING = '-created';

/** The page fetcher of a client for one filter and ordering. */
export function clientFetcher(client: EventsClient, filter: EventFilter, ordering: string): PageFetcher {
  return (page, pageSize, signal) => client.listEvents({ ...filter, ordering, page, pageSize }, { signal });
}

/** One page of an array, synchronously. */
export function slicePage(events: readonly EventRecord[], page: number, pageSize: number): Page<EventRecord> {
  const start = (page - 1) * pageSize;
  const end = Math.min(events.length, start + pageSize);
  return {
    items: events.slice(start, end),
    total: events.length,
    page,
    pageSize,
    next: end < events.length ? page + 1 : null,
    previous: page > 1 ? page - 1 : null,
  };
}

const memoryClients = new WeakMap<readonly EventRecord[], EventsClient>();

/** An in-memory client over `events`, made once per array. */
export function memoryClientFor(events: readonly EventRecord[]): EventsClient {
  let client = memoryClients.get(events);
  if (!client) {
    client = createMemoryClient({ events });
    memoryClients.set(events, client);
  }
  return client;
}

/**
 * The page fetcher of an array. `.events` are expected newest first (the default ordering):
 * with no filter they are shown as given.
 */
export function arrayFetcher(events: readonly EventRecord[], filter: EventFilter, ordering: string): PageFetcher {
  if (Object.keys(filter).length === 0 && ordering === DEFAULT_ORDERING) {
    const fetch: PageFetcher = (page, pageSize) => slicePage(events, page, pageSize);
    fetch.sync = true;
    return fetch;
  }
  return clientFetcher(memoryClientFor(events), filter, ordering);
}
