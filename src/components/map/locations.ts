/**
 * The map's data on the main thread: located events, their coordinates and action ids in
 * typed arrays (read in time-sliced chunks, so the page stays responsive), and — once the
 * cluster worker has merged identical coordinates — the places with their counts.
 * 100,000 events at 2,000 distinct places cluster as 2,000 points.
 */
import { eventLatLng, inArea, isValidArea } from '../../client/geo.js';
import type { EventRecord, GeoArea } from '../../client/types.js';
// The small module (the cluster worker imports this one): the same rule as `format/invisible.ts`.
import { isBlankName } from '../../format/invisible-marks.js';
import { clipText } from '../../format/clip.js';
import { eventMs } from '../../format/event-time.js';

/*
 * Where the map can draw a latitude: Web Mercator ends at about ±85.05° (the world is square). A
 * place beyond (an event at a pole, lat ±90) is plotted at the map's edge — its marker, the fit to
 * the data — while its name and popups keep its real latitude.
 */

/** The northmost latitude Web Mercator (and Leaflet's EPSG:3857) shows: atan(sinh(π)) in degrees. */
export const MAX_PLOTTED_LAT = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI;

/** A latitude as plotted: clamped to ±`MAX_PLOTTED_LAT`. */
export function plottedLat(lat: number): number {
  return lat > MAX_PLOTTED_LAT ? MAX_PLOTTED_LAT : lat < -MAX_PLOTTED_LAT ? -MAX_PLOTTED_LAT : lat;
}

/** What the cluster engine needs: one entry per located event. */
export interface EventPoints {
  /** `[lat0, long0, lat1, long1, …]` */
  coords: Float64Array;
  /** Action id per event. */
  actions: Uint32Array;
}

/** Identical coordinates merged (computed by the cluster engine). */
export interface MergedPlaces {
  /** Place id of every event. */
  placeOf: Uint32Array;
  /** `[lat0, long0, …]` per place. */
  coords: Float64Array;
  /** Events per place. */
  counts: Uint32Array;
  /** The first event (index) of each place. */
  first: Uint32Array;
}

export interface Place {
  lat: number;
  long: number;
  count: number;
  /** `context.geo.city` / `country` of the place's first event, when they are strings. */
  city?: string;
  country?: string;
}

/**
 * A city or country as shown: cut to 200 characters with "…" (never inside a surrogate pair), or undefined when it is no string or shows
 * nothing (the next name, else the coordinates, stand for it). Nothing to see is what the log and
 * the detail show as "(invisible name: …)" (`isBlankName`): white space, default-ignorable and
 * control characters, the Braille blank.
 */
export function placeText(value: unknown): string | undefined {
  return typeof value === 'string' && !isBlankName(value) ? clipText(value, 200) : undefined;
}

/** Waits for the browser to handle input and rendering (between chunks of work). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest stretch of work between yields. */
const SLICE_MS = 8;

export class PlaceIndex {
  /** Located events (events without a valid location, or outside the area, are only counted). */
  readonly events: EventRecord[] = [];
  /** Action names by id. */
  readonly actions: string[] = [];
  /** Events seen without a valid location (or outside the area). */
  unlocated = 0;
  /** Set by `setPlaces` once the engine merged the coordinates. */
  places: Place[] = [];
  #placeOf?: Uint32Array;
  #coords: number[] = [];
  #actionOf: number[] = [];
  /** `created` of every located event in epoch ms (NaN: no time), read once as it is added. */
  #times: number[] = [];
  #actionTotals: number[] = [];
  readonly #actionIds = new Map<string, number>();
  #sliceStart = performance.now();
  #totalsCache?: { events: number; value: Array<{ action: string; count: number }> };
  #topCache?: { places: Place[]; limit: number; value: number[] };
  #south = 90;
  #north = -90;
  #west = 180;
  #east = -180;

  constructor(readonly area?: GeoArea) {
    if (area && !isValidArea(area)) this.area = undefined;
  }

  /** Adds events synchronously. */
  add(events: readonly EventRecord[]): void {
    for (const event of events) this.#addOne(event);
  }

  /**
   * Adds events in slices of a few milliseconds, yielding to the browser between them; stops
   * when aborted. The slice carries over between calls, so pages that arrive back to back
   * (microtasks, no new task in between) still yield every few milliseconds.
   */
  async addChunked(events: readonly EventRecord[], signal?: AbortSignal): Promise<void> {
    let i = 0;
    while (i < events.length) {
      if (signal?.aborted) return;
      if (performance.now() - this.#sliceStart >= SLICE_MS) {
        await yieldToMain();
        this.#sliceStart = performance.now();
        if (signal?.aborted) return;
      }
      const end = Math.min(events.length, i + 500);
      for (; i < end; i++) this.#addOne(events[i]!);
    }
  }

  #addOne(event: EventRecord): void {
    const at = eventLatLng(event);
    if (!at || (this.area && !inArea(at[0], at[1], this.area))) {
      this.unlocated++;
      return;
    }
    const [lat, long] = at;
    // An action that is no string (null, a number, an object) or shows nothing is no name: all of them are one "Unnamed action" (`actionParts`).
    const action = placeText(event.action) === undefined ? '' : event.action;
    let actionId = this.#actionIds.get(action);
    if (actionId === undefined) {
      actionId = this.actions.length;
      this.actions.push(action);
      this.#actionIds.set(action, actionId);
      this.#actionTotals.push(0);
    }
    this.#actionTotals[actionId]!++;
    this.#coords.push(lat, long);
    this.#actionOf.push(actionId);
    this.#times.push(eventMs(event.created));
    this.events.push(event);
    if (lat < this.#south) this.#south = lat;
    if (lat > this.#north) this.#north = lat;
    if (long < this.#west) this.#west = long;
    if (long > this.#east) this.#east = long;
  }

  /** Compact arrays for the cluster engine (a snapshot: events added later are not in it). */
  points(): EventPoints {
    return { coords: Float64Array.from(this.#coords), actions: Uint32Array.from(this.#actionOf) };
  }

  /** Takes the places the engine merged from `points()`. */
  setPlaces(merged: MergedPlaces): void {
    const places: Place[] = new Array(merged.counts.length);
    for (let p = 0; p < places.length; p++) {
      const geo = this.events[merged.first[p]!]!.context.geo as Record<string, unknown>;
      places[p] = { lat: merged.coords[2 * p]!, long: merged.coords[2 * p + 1]!, count: merged.counts[p]!, city: placeText(geo.city), country: placeText(geo.country) };
    }
    this.places = places;
    this.#placeOf = merged.placeOf;
  }

  /**
   * Indexes (into `events`) of the `limit` newest events at some places, newest first, whatever
   * order the data came in: one pass over the times read as the events were added (no event is
   * read again), keeping the `limit` best. Events whose `created` is no time come last; events
   * of the same time (or none) in data order.
   */
  newestAt(placeIds: ArrayLike<number>, limit: number): number[] {
    const placeOf = this.#placeOf;
    if (!placeOf || limit <= 0) return [];
    const wanted = new Uint8Array(this.places.length);
    for (let i = 0; i < placeIds.length; i++) wanted[placeIds[i]!] = 1;
    const times = this.#times;
    const top: number[] = [];
    const topMs: number[] = [];
    for (let i = 0; i < placeOf.length; i++) {
      if (wanted[placeOf[i]!] !== 1) continue;
      const t = times[i]!;
      const ms = t === t ? t : -Infinity;
      if (top.length === limit && ms <= topMs[limit - 1]!) continue;
      let at = top.length === limit ? limit - 1 : top.length;
      while (at > 0 && topMs[at - 1]! < ms) {
        top[at] = top[at - 1]!;
        topMs[at] = topMs[at - 1]!;
        at--;
      }
      top[at] = i;
      topMs[at] = ms;
    }
    return top;
  }

  /** Event count per action name, largest first. */
  actionTotals(): Array<{ action: string; count: number }> {
    if (this.#totalsCache?.events === this.events.length) return this.#totalsCache.value;
    const value = this.#actionTotals
      .map((count, id) => ({ action: this.actions[id]!, count }))
      .filter((a) => a.count > 0)
      .sort((a, b) => b.count - a.count || (a.action < b.action ? -1 : 1));
    this.#totalsCache = { events: this.events.length, value };
    return value;
  }

  /** Place ids with the most events, largest first (cached until the places change). */
  topPlaces(limit: number): number[] {
    const cached = this.#topCache;
    if (cached && cached.places === this.places && cached.limit === limit) return cached.value;
    const value = this.places
      .map((place, id) => ({ id, count: place.count }))
      .sort((a, b) => b.count - a.count || a.id - b.id)
      .slice(0, limit)
      .map((p) => p.id);
    this.#topCache = { places: this.places, limit, value };
    return value;
  }

  /**
   * Corners around every located event as plotted (latitudes beyond Web Mercator's ±85.05° at its
   * edge: `plottedLat`), or undefined when there is none. Events on both sides of the antimeridian
   * (Fiji and Samoa) get the narrow box across it (`east` past 180), not one around the world.
   */
  bounds(): { south: number; west: number; north: number; east: number } | undefined {
    if (this.events.length === 0) return undefined;
    const box = { south: plottedLat(this.#south), west: this.#west, north: plottedLat(this.#north), east: this.#east };
    // Within 180° no gap between two longitudes can be wider than the one around the back.
    if (box.east - box.west <= 180) return box;
    const longs = new Float64Array(this.#coords.length / 2);
    for (let i = 0; i < longs.length; i++) longs[i] = this.#coords[2 * i + 1]!;
    longs.sort();
    let gap = 360 - (box.east - box.west);
    for (let i = 1; i < longs.length; i++) {
      if (longs[i]! - longs[i - 1]! > gap) {
        gap = longs[i]! - longs[i - 1]!;
        box.west = longs[i]!;
        box.east = longs[i - 1]! + 360;
      }
    }
    return box;
  }
}
