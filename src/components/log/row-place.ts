/**
 * Live events a newest-first source lists among the rows, not on top: their `created` is a real
 * time, but not newer than the newest row (created concurrently on another worker and delivered
 * late, or backdated). Held behind the button, one is put at its place among the rows (`place`):
 * the rows after it move down by one. Shown on top (`lift`), its place is left out: a page listing
 * it drops it, and a page below it starts one row earlier. Private to `row-cache.ts`.
 */
import type { EventRecord } from '../../client/types.js';

/** A page of rows held by the cache (base coordinates). */
export interface PlacedEntry {
  start: number;
  items: EventRecord[];
  error?: unknown;
}

/** Whether a newest-first source lists `event` above `row`. */
export type Above = (event: EventRecord, row: EventRecord) => boolean;

/**
 * The place of an event among loaded pages (sorted by start): `index` is the base index of the
 * first loaded row the event is listed `above`; rows from there on move down by one. With `entry`
 * (and `at`) the row before it is loaded too: the event goes into that page there. Without, its
 * place is among rows not loaded yet, just above `index`: its page will list it.
 * Null: it is listed after every loaded row.
 */
export function placeAmong(entries: readonly PlacedEntry[], above: (row: EventRecord) => boolean): { index: number; entry?: PlacedEntry; at?: number } | null {
  let prev: PlacedEntry | undefined;
  for (const entry of entries) {
    if (entry.error !== undefined) continue;
    const i = entry.items.findIndex(above);
    if (i > 0) return { index: entry.start + i, entry, at: i };
    if (i === 0) {
      const adjacent = prev !== undefined && prev.start + prev.items.length >= entry.start;
      return adjacent ? { index: entry.start, entry, at: 0 } : { index: entry.start };
    }
    if (entry.items.length) prev = entry;
  }
  return null;
}

export class AmongRows {
  /** Pks of events put among rows not loaded yet (their page lists them). */
  readonly pending = new Set<string>();
  /** Pks of every event put among the rows (`place`) and not lifted since. */
  readonly placed = new Set<string>();
  /** Events shown on top whose place among the rows is left out, in the order lifted. */
  readonly lifted: EventRecord[] = [];
  /** Events put into loaded pages: a page holds at most this many rows more than asked. */
  spliced = 0;
  #above: Above = () => false;

  /**
   * Puts `event` at its place: into a loaded page, at the end when `atEnd` (the last row is loaded),
   * or among rows not loaded yet. Returns the base index of the first row that moved (-1: none).
   */
  place(entries: PlacedEntry[], event: EventRecord, above: Above, atEnd: PlacedEntry | undefined): number {
    this.#above = above;
    const spot = placeAmong(entries, (row) => above(event, row));
    this.placed.add(event.pk);
    if (spot?.entry) spot.entry.items.splice(spot.at!, 0, event);
    else if (!spot && atEnd) atEnd.items.push(event);
    else this.pending.add(event.pk);
    if (!this.pending.has(event.pk)) this.spliced++;
    if (!spot) return -1;
    for (const e of entries) if (e !== spot.entry && e.start >= spot.index) e.start++;
    return spot.index;
  }

  /** Takes a placed `event` out of the rows (it is shown on top now): true if it was there. */
  unplace(entries: PlacedEntry[], event: EventRecord): boolean {
    if (!this.placed.delete(event.pk)) return false;
    this.pending.delete(event.pk);
    for (const entry of entries) {
      const i = entry.items.findIndex((e) => e.pk === event.pk);
      if (i < 0) continue;
      entry.items.splice(i, 1);
      for (const e of entries) if (e !== entry && e.start > entry.start + i) e.start--;
      return true;
    }
    const spot = placeAmong(entries, (row) => this.#above(event, row));
    if (spot) for (const e of entries) if (e.start >= spot.index) e.start--;
    return true;
  }

  /** Marks events shown on top that the source lists among the rows: their place is left out from now on. */
  lift(event: EventRecord, above: Above): void {
    this.#above = above;
    this.lifted.push(event);
  }

  /** How many lifted events are known to be listed before base index `b`: above the last loaded row up to it. */
  before(entries: readonly PlacedEntry[], b: number): number {
    let row: EventRecord | undefined;
    for (const e of entries) if (e.error === undefined && e.items.length && e.start <= b) row = e.items[Math.min(b - e.start, e.items.length - 1)];
    return row ? this.lifted.filter((event) => this.#above(event, row)).length : 0;
  }

  /**
   * A page listed with `known` events lifted: how many of those it lists below (its first row moves
   * up by as many), its items without any lifted event, and how many lifted events the source counts.
   */
  store(items: readonly EventRecord[], known: number): { up: number; items: EventRecord[]; listed: number } {
    if (this.lifted.length === 0) return { up: 0, items: [...items], listed: 0 };
    const pks = new Set(items.map((e) => e.pk));
    const up = items.length ? this.lifted.slice(0, known).filter((e) => !pks.has(e.pk) && this.#above(e, items[0]!)).length : 0;
    const lifted = new Set(this.lifted.map((e) => e.pk));
    const listed = known + this.lifted.slice(known).filter((e) => pks.has(e.pk)).length;
    return { up, items: items.filter((e) => !lifted.has(e.pk)), listed };
  }
}

/** Whether sorted `spans` cover every index in [from, to]. */
export function covered(spans: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  if (to < from) return true;
  let next = from;
  for (const [s, e] of spans) {
    if (s > next) break;
    if (e >= next) next = e + 1;
    if (next > to) return true;
  }
  return next > to;
}
