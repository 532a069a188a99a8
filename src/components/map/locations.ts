/**
 * Merges events at identical coordinates into places, the unit the cluster index works on:
 * 100,000 events at 2,000 distinct places cluster as 2,000 points. Runs on the main thread
 * (the events live there for popups), in chunks that yield between them.
 */
import { eventLatLng, inArea, isValidArea } from '../../client/geo.js';
import type { EventRecord, GeoArea } from '../../client/types.js';

export interface Place {
  lat: number;
  long: number;
  /** Indexes into `PlaceIndex.events`, in the order they were added (newest first when loaded newest first). */
  events: number[];
  /** Event count per action id (`PlaceIndex.actions`). */
  actionCounts: Map<number, number>;
  /** `context.geo.city` / `country` of the first event at the place, when they are strings. */
  city?: string;
  country?: string;
}

/** What the cluster worker needs: coordinates and per-place action counts, as transferable arrays. */
export interface PlacePoints {
  /** `[long0, lat0, long1, lat1, …]` */
  coords: Float64Array;
  /** Place i's (action id, count) pairs are `pairs[2 * offsets[i] … 2 * offsets[i + 1])`. */
  offsets: Uint32Array;
  pairs: Uint32Array;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, 200) : undefined;
}

/** Waits for the browser to handle input and rendering (between chunks of work). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const CHUNK = 5000;

export class PlaceIndex {
  /** Located events (events without a valid location are only counted). */
  readonly events: EventRecord[] = [];
  readonly places: Place[] = [];
  /** Action names by id. */
  readonly actions: string[] = [];
  /** Events seen without a valid location (or outside the area). */
  unlocated = 0;
  readonly #actionIds = new Map<string, number>();
  readonly #byKey = new Map<string, number>();

  constructor(readonly area?: GeoArea) {
    if (area && !isValidArea(area)) this.area = undefined;
  }

  /** Adds events synchronously. */
  add(events: readonly EventRecord[]): void {
    for (const event of events) this.#addOne(event);
  }

  /** Adds events in chunks, yielding to the browser between chunks; stops early when aborted. */
  async addChunked(events: readonly EventRecord[], signal?: AbortSignal): Promise<void> {
    for (let start = 0; start < events.length; start += CHUNK) {
      if (signal?.aborted) return;
      const end = Math.min(events.length, start + CHUNK);
      for (let i = start; i < end; i++) this.#addOne(events[i]!);
      if (end < events.length) await yieldToMain();
    }
  }

  #addOne(event: EventRecord): void {
    const at = eventLatLng(event);
    if (!at || (this.area && !inArea(at[0], at[1], this.area))) {
      this.unlocated++;
      return;
    }
    const key = `${at[0]}|${at[1]}`;
    let placeId = this.#byKey.get(key);
    if (placeId === undefined) {
      placeId = this.places.length;
      const geo = event.context.geo as Record<string, unknown>;
      this.places.push({ lat: at[0], long: at[1], events: [], actionCounts: new Map(), city: text(geo.city), country: text(geo.country) });
      this.#byKey.set(key, placeId);
    }
    const place = this.places[placeId]!;
    const action = typeof event.action === 'string' ? event.action : String(event.action);
    let actionId = this.#actionIds.get(action);
    if (actionId === undefined) {
      actionId = this.actions.length;
      this.actions.push(action);
      this.#actionIds.set(action, actionId);
    }
    place.events.push(this.events.length);
    place.actionCounts.set(actionId, (place.actionCounts.get(actionId) ?? 0) + 1);
    this.events.push(event);
  }

  /** Compact arrays for the cluster worker. */
  points(): PlacePoints {
    const n = this.places.length;
    const coords = new Float64Array(n * 2);
    const offsets = new Uint32Array(n + 1);
    let pairCount = 0;
    for (const place of this.places) pairCount += place.actionCounts.size;
    const pairs = new Uint32Array(pairCount * 2);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const place = this.places[i]!;
      coords[2 * i] = place.long;
      coords[2 * i + 1] = place.lat;
      offsets[i] = k;
      for (const [action, count] of place.actionCounts) {
        pairs[2 * k] = action;
        pairs[2 * k + 1] = count;
        k++;
      }
    }
    offsets[n] = k;
    return { coords, offsets, pairs };
  }

  /** Event count per action name, largest first. */
  actionTotals(): Array<{ action: string; count: number }> {
    const totals = new Map<number, number>();
    for (const place of this.places) for (const [id, count] of place.actionCounts) totals.set(id, (totals.get(id) ?? 0) + count);
    return [...totals]
      .map(([id, count]) => ({ action: this.actions[id]!, count }))
      .sort((a, b) => b.count - a.count || (a.action < b.action ? -1 : 1));
  }

  /** Place ids with the most events, largest first. */
  topPlaces(limit: number): number[] {
    return this.places
      .map((place, id) => ({ id, count: place.events.length }))
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .slice(0, limit)
      .map((p) => p.id);
  }

  /** The dominant (most frequent) action at a place. */
  dominantAction(placeId: number): string {
    let best = -1;
    let bestCount = -1;
    for (const [id, count] of this.places[placeId]!.actionCounts) {
      if (count > bestCount) {
        best = id;
        bestCount = count;
      }
    }
    return this.actions[best] ?? '';
  }

  /** South-west and north-east corners around every place, or undefined when there is none. */
  bounds(): { south: number; west: number; north: number; east: number } | undefined {
    if (this.places.length === 0) return undefined;
    let south = 90;
    let north = -90;
    let west = 180;
    let east = -180;
    for (const { lat, long } of this.places) {
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (long < west) west = long;
      if (long > east) east = long;
    }
    return { south, west, north, east };
  }
}
