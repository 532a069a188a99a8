/**
 * The data of `<ev-map>`: the handed events, or every page of the shared filter from a client
 * (up to `max-events`), indexed by place and shown while the rest streams in. And how the element
 * reads its numeric attributes: `max-events` and `top-locations` fall back to their defaults when
 * they are no number (`"abc"`, `""`) or negative, so a typo never empties the map or its list.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../client/errors.js';
import type { EventFilter, EventRecord, EventsClient, GeoArea } from '../../client/types.js';
import { type LoadResult, loadAll } from './load.js';
import { PlaceIndex } from './locations.js';
import type { Fit } from './map-stage.js';
import type { MapData } from './map.parts.js';

/** Default of `max-events`. */
export const DEFAULT_MAX_EVENTS = 100_000;

/** Default of `top-locations`. */
export const DEFAULT_TOP_LOCATIONS = 10;

/** Reads a count attribute: `Number(text)`, but an empty or blank attribute is no number (NaN), not 0. */
export const countAttribute = {
  fromAttribute: (value: string | null): number => (value === null || value.trim() === '' ? NaN : Number(value)),
};

/** The events loaded at most: `max-events` when it is at least 1, else the default (a cap of 0 would show nothing). */
export function eventLimit(maxEvents: number): number {
  return maxEvents >= 1 ? Math.floor(maxEvents) : DEFAULT_MAX_EVENTS;
}

/** The places listed: `top-locations` when it is 0 or more (0 hides the list), else the default. */
export function placeLimit(topLocations: number): number {
  return topLocations >= 0 ? Math.floor(topLocations) : DEFAULT_TOP_LOCATIONS;
}

/** While events stream in, the clusters are refreshed at most this often. */
const PROGRESS_REFRESH_MS = 750;

export type MapDataArgs = readonly [
  client: EventsClient | undefined,
  filter: EventFilter | undefined,
  area: GeoArea | undefined,
  maxEvents: number,
  events: readonly EventRecord[] | undefined,
];

export interface MapDataHooks {
  /** Clusters and draws the index (see `MapStage.show`); `partial` while more pages are still to come. */
  show: (index: PlaceIndex, fit: Fit, signal: AbortSignal, partial: boolean) => Promise<void>;
  /** Pages fetched so far (undefined when a new load starts). */
  progress: (progress: LoadResult | undefined) => void;
  /** A request failed (never called for aborts). */
  reportError: (error: unknown) => void;
}

export async function gatherMapData(
  [client, filter, area, maxEvents, events]: MapDataArgs,
  signal: AbortSignal,
  hooks: MapDataHooks,
): Promise<MapData | undefined> {
  const index = new PlaceIndex(area);
  maxEvents = eventLimit(maxEvents);
  if (events) {
    const slice = events.length > maxEvents ? events.slice(0, maxEvents) : events;
    await index.addChunked(slice, signal);
    signal.throwIfAborted();
    await hooks.show(index, true, signal, false);
    return { index, loaded: slice.length, total: events.length, capped: slice.length < events.length };
  }
  if (!client) return undefined;
  hooks.progress(undefined);
  let lastShown = performance.now();
  let fitted = false;
  const result = await loadAll(
    client,
    filter ?? {},
    maxEvents,
    async (items, progress, last) => {
      await index.addChunked(items, signal);
      hooks.progress(progress);
      const now = performance.now();
      // Show what is in while the rest streams in: the first page at once, then now and then.
      if ((!fitted || now - lastShown >= PROGRESS_REFRESH_MS) && !last) {
        lastShown = now;
        await hooks.show(index, !fitted, signal, true);
        fitted = true;
      }
    },
    signal,
  ).catch((error: unknown) => {
    if (!isAbortError(error)) hooks.reportError(error);
    throw error;
  });
  signal.throwIfAborted();
  // All of it in view, unless the user has moved the map since the first page was fitted.
  await hooks.show(index, fitted ? 'unless-moved' : true, signal, false);
  return { index, ...result };
}

/** Where the element's data comes from: its handed `events`, else its client and the shared filter. */
export interface MapDataSource {
  events: () => readonly EventRecord[] | undefined;
  client: () => EventsClient | undefined;
  filter: () => EventFilter;
  maxEvents: () => number;
}

/** The element's data as a task (`gatherMapData`), run again when its source changes; `complete` gets every completed load. */
export function mapDataTask(host: ReactiveControllerHost, source: MapDataSource, hooks: MapDataHooks & { complete: (data: MapData | undefined) => void }) {
  return new Task(host, {
    task: (args: MapDataArgs, { signal }) => gatherMapData(args, signal, hooks),
    onComplete: (data) => hooks.complete(data),
    // Stable identities only (the store makes a new filter object per change): handed events
    // depend on the area alone, fetched ones on the whole filter.
    args: (): MapDataArgs => {
      const events = source.events();
      const filter = source.filter();
      return events ? [undefined, undefined, filter.area, source.maxEvents(), events] : [source.client(), filter, filter.area, source.maxEvents(), undefined];
    },
  });
}
