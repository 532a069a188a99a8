/**
 * The request behind `<ev-volume-chart>`: the shared filter without its time range, over the
 * view window (a preset ending now or a custom one), widened so the shared range stays in view.
 * A new query object only when something changed, so the task re-runs only then.
 */
import { isoMs } from '../../client/filter-match.js';
import { filterKey } from '../../client/query.js';
import type { EventFilter, VolumeQuery } from '../../client/types.js';
import type { RangePreset } from './volume-chart.strings.js';
import { type Span, baseWindow, widened } from './volume-window.js';

/** The filter without its time range: the chart's window replaces it; the range is highlighted. */
export function filterWithoutTime(filter: EventFilter): EventFilter {
  const { since: _since, until: _until, ...rest } = filter;
  return rest;
}

/** The shared time range in ms (open ends infinite), or undefined. */
export function selectionOf(filter: EventFilter): Span | undefined {
  const { since, until } = filter;
  if (!since && !until) return undefined;
  const span = { since: since ? isoMs(since) : -Infinity, until: until ? isoMs(until) : Infinity };
  return Number.isNaN(span.since) || Number.isNaN(span.until) ? undefined : span;
}

export interface QueryInput {
  range: RangePreset;
  from: string | undefined;
  to: string | undefined;
  /** The shared filter (its time range is the selection, not part of the request). */
  filter: EventFilter;
  /** Bumped by a reload: a new window and a new request. */
  reload: number;
  /** How far (ms, ≤ 0) the request's `until` is pulled back from now: the server's clock may be behind (see `volume-inflight.ts`). */
  lead?: number;
}

export class VolumeQueryState {
  /** The view window in ms. */
  window: Span = { since: 0, until: 0 };
  /** The window was widened to keep the selection in view (a preset then stops sliding). */
  extended = false;
  /** The current request (a new object only when it changed). */
  query?: VolumeQuery;
  #baseKey = '';
  #queryKey = '';

  update({ range, from, to, filter: shared, reload, lead = 0 }: QueryInput): void {
    const filter = filterWithoutTime(shared);
    const base = JSON.stringify([range, from, to, filterKey(filter), reload]);
    const selection = selectionOf(shared);
    if (base !== this.#baseKey || (this.extended && !selection)) {
      this.window = baseWindow(range, from, to, Date.now());
      this.#baseKey = base;
      this.extended = false;
    }
    // The selected range stays in view: a range outside the window widens it.
    const wider = widened(this.window, selection);
    if (wider) {
      this.window = wider;
      this.extended = true;
    }
    const query: VolumeQuery = { ...filter, since: new Date(this.window.since).toISOString(), until: new Date(this.window.until).toISOString() };
    // A reload always re-runs.
    const key = JSON.stringify([query, reload]);
    if (key !== this.#queryKey) {
      // Asked for up to the moment it is sent, never into the server's future: the answer's `until`
      // is then its watermark, and live events from then on are not in it (see `volume-inflight.ts`).
      const now = Date.now();
      const end = Math.min(this.window.until, now + Math.min(0, lead));
      if (end > this.window.since && end < this.window.until) query.until = new Date(end).toISOString();
      this.query = query;
      this.#queryKey = key;
    }
  }
}
