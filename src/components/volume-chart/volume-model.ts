/**
 * The chart's data: counts per (action, bar) in typed arrays, built from zero-filled or sparse
 * volume buckets, re-bucketed to the bar width, with the derived figures every view needs
 * (totals, busiest bar, top actions). No DOM, no Chart.js.
 */
import { isoMs } from '../../client/filter-match.js';
import type { VolumeBucket } from '../../client/types.js';
import { AUTHENTIK_BUCKET_MS, bucketStart } from '../../client/volume.js';

export interface VolumeModel {
  /** Start of the first bar (epoch ms, on the bar grid: aligned to `bucketMs`, or to the phase of hand-given buckets). */
  start: number;
  /** Width of one bar (ms). */
  bucketMs: number;
  /** The source's own bucket width: the smallest bar it can give (authentik: 6 hours). */
  sourceBucketMs: number;
  /** Number of bars. */
  size: number;
  /** Actions in stacking order, bottom first (most events first; actions seen later are appended); the group last. */
  actions: ActionKey[];
  /** `counts[a][i]`: events of `actions[a]` in bar `i`. */
  counts: Float64Array[];
  /** Changes whenever the counts or the bars change (a cache key). */
  version: number;
  /** The actions grouped in the `OTHER_ACTIONS` row, when there are more than `SERIES_LIMIT + 1`. */
  other?: OtherActions;
}

/**
 * The most actions drawn as their own series; beyond `SERIES_LIMIT + 1` the less frequent ones are
 * one "Other actions (N)" series, so 3,000 custom actions are not 3,000 legend buttons to Tab
 * through and 3,000 Chart.js datasets (which froze the tab).
 */
export const SERIES_LIMIT = 10;

/**
 * The key of the grouped row in `actions` (and in the hidden set): a symbol, so no action name a
 * client sends (any string) can be taken for it.
 */
export const OTHER_ACTIONS: unique symbol = Symbol('other-actions');

/** A row of the chart: an action's name, or the group of less frequent actions. */
export type ActionKey = string | typeof OTHER_ACTIONS;

/** A cache key for a set of rows (JSON of the names: no two sets give the same key). */
export function keysText(keys: Iterable<ActionKey>): string {
  return JSON.stringify([...keys].map((k) => (typeof k === 'string' ? k : 0)));
}

/** The actions of the grouped row, with their own counts so every total stays known. */
export interface OtherActions {
  /** Events per grouped action in the bars shown. */
  totals: Map<string, number>;
  /** Per bar start (epoch ms): events per grouped action, so a slide can drop them. */
  bars: Map<number, Map<string, number>>;
}

function addOther(other: OtherActions, action: string, barStartMs: number, count: number): void {
  other.totals.set(action, (other.totals.get(action) ?? 0) + count);
  let bar = other.bars.get(barStartMs);
  if (!bar) other.bars.set(barStartMs, (bar = new Map()));
  bar.set(action, (bar.get(action) ?? 0) + count);
}

/** Moves the rows from `from` on into the grouped row (in place). */
function group(model: VolumeModel, from: number): void {
  const other: OtherActions = model.other ?? { totals: new Map(), bars: new Map() };
  const row = new Float64Array(model.size);
  for (let a = from; a < model.actions.length; a++) {
    const action = model.actions[a]!;
    if (typeof action !== 'string') continue;
    const counts = model.counts[a]!;
    if (!other.totals.has(action)) other.totals.set(action, 0);
    for (let i = 0; i < counts.length; i++) {
      const v = counts[i]!;
      if (v > 0) {
        row[i]! += v;
        addOther(other, action, barStart(model, i), v);
      }
    }
  }
  model.actions.splice(from, Infinity, OTHER_ACTIONS);
  model.counts.splice(from, Infinity, row);
  model.other = other;
}

/** The grouped actions with their totals, most first (ties by name). */
export function otherTotals(model: VolumeModel): Array<{ action: string; total: number }> {
  if (!model.other) return [];
  return [...model.other.totals].map(([action, total]) => ({ action, total })).sort((x, y) => y.total - x.total || (x.action < y.action ? -1 : x.action > y.action ? 1 : 0));
}

/**
 * The grouped actions with events in bar `i`, most first (ties by name): the first `limit` and
 * how many more. One pass over the bar's actions (thousands of them in each of 2,000 table rows).
 */
export function otherInBar(model: VolumeModel, i: number, limit: number): { top: Array<{ action: string; count: number }>; more: number } {
  const top: Array<{ action: string; count: number }> = [];
  let n = 0;
  for (const [action, count] of model.other?.bars.get(barStart(model, i)) ?? []) {
    if (!(count > 0)) continue;
    n++;
    let k = top.length;
    while (k > 0 && (count > top[k - 1]!.count || (count === top[k - 1]!.count && action < top[k - 1]!.action))) k--;
    if (k >= limit) continue;
    top.splice(k, 0, { action, count });
    if (top.length > limit) top.pop();
  }
  return { top, more: n - top.length };
}

export interface BuildOptions {
  /** First instant to show (aligned down to a bar). */
  since: number;
  /** End of the range, exclusive (aligned up to a bar). */
  until: number;
  bucketMs: number;
  sourceBucketMs: number;
  /** Actions that get a row even without events (e.g. the filter's). */
  actions?: readonly string[];
  /** At most this many bars; the oldest are dropped. */
  maxBars: number;
  /**
   * An instant on the bar grid (default: the epoch, so bars are aligned to `bucketMs`). Hand-given
   * buckets pass their first start, so hourly buckets at :30 give bars from :30, not :00.
   */
  origin?: number;
}

let versions = 0;

/** Sums `buckets` into bars of `bucketMs` between `since` and `until`; every bar exists, zeros included. */
export function buildModel(buckets: readonly VolumeBucket[], options: BuildOptions): VolumeModel {
  const { bucketMs } = options;
  const origin = options.origin ?? 0;
  let start = origin + bucketStart(options.since - origin, bucketMs);
  const end = Math.max(start + bucketMs, origin + Math.ceil((options.until - origin) / bucketMs) * bucketMs);
  let size = Math.round((end - start) / bucketMs);
  if (size > options.maxBars) {
    start = end - options.maxBars * bucketMs;
    size = options.maxBars;
  }
  const index = new Map<string, number>();
  const rows: Float64Array[] = [];
  const rowOf = (action: string): number => {
    let a = index.get(action);
    if (a === undefined) {
      a = rows.length;
      index.set(action, a);
      rows.push(new Float64Array(size));
    }
    return a;
  };
  for (const action of options.actions ?? []) rowOf(action);
  // Zero-filled buckets repeat each time once per action: parse each distinct string once.
  let lastTime = '';
  let t = NaN;
  for (const b of buckets) {
    if (b.time !== lastTime) {
      lastTime = b.time;
      t = isoMs(b.time);
    }
    if (!(t >= start && t < end) || !(b.count > 0)) {
      if (t >= start && t < end) rowOf(b.action);
      continue;
    }
    rows[rowOf(b.action)]![Math.floor((t - start) / bucketMs)]! += b.count;
  }
  const totals = rows.map((r) => r.reduce((s, v) => s + v, 0));
  const order = [...index.entries()].sort((x, y) => totals[y[1]]! - totals[x[1]]! || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const model: VolumeModel = {
    start,
    bucketMs,
    sourceBucketMs: options.sourceBucketMs,
    size,
    actions: order.map(([action]) => action),
    counts: order.map(([, a]) => rows[a]!),
    version: ++versions,
  };
  if (model.actions.length > SERIES_LIMIT + 1) group(model, SERIES_LIMIT);
  return model;
}

/** The bucket width of hand-given buckets: the smallest gap between their times (authentik's 6 h when unknown). */
export function inferBucketMs(buckets: readonly VolumeBucket[]): number {
  const times = [...new Set(buckets.map((b) => isoMs(b.time)).filter(Number.isFinite))].sort((a, b) => a - b);
  let gap = Infinity;
  for (let i = 1; i < times.length; i++) gap = Math.min(gap, times[i]! - times[i - 1]!);
  return Number.isFinite(gap) && gap > 0 ? gap : AUTHENTIK_BUCKET_MS;
}

/** First and last-plus-one instants covered by `buckets`, or undefined when there are none. */
export function extentOf(buckets: readonly VolumeBucket[], bucketMs: number): { since: number; until: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  let lastTime = '';
  let t = NaN;
  for (const b of buckets) {
    if (b.time !== lastTime) {
      lastTime = b.time;
      t = isoMs(b.time);
    }
    if (!Number.isFinite(t)) continue;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return Number.isFinite(min) ? { since: min, until: max + bucketMs } : undefined;
}

export function barStart(model: VolumeModel, i: number): number {
  return model.start + i * model.bucketMs;
}

export function barEnd(model: VolumeModel, i: number): number {
  return model.start + (i + 1) * model.bucketMs;
}

/** The bar containing instant `t`, or -1 when it is outside. */
export function barAt(model: VolumeModel, t: number): number {
  const i = Math.floor((t - model.start) / model.bucketMs);
  return i >= 0 && i < model.size ? i : -1;
}

/**
 * Counts one live event. A time after the last bar slides the window forward (when `slide`),
 * dropping the oldest bars. Returns the bar counted in, or -1 when the event is outside the window.
 * Which live events may slide the window at all is decided before (`volume-inflight.ts`).
 */
export function addEvent(model: VolumeModel, action: string, t: number, slide: boolean): number {
  if (!Number.isFinite(t) || t < model.start) return -1;
  let i = Math.floor((t - model.start) / model.bucketMs);
  if (i >= model.size) {
    if (!slide) return -1;
    const shift = i - model.size + 1;
    for (const row of model.counts) {
      if (shift >= model.size) row.fill(0);
      else {
        row.copyWithin(0, shift);
        row.fill(0, model.size - shift);
      }
    }
    model.start += shift * model.bucketMs;
    i = model.size - 1;
    dropOther(model);
  }
  let a = model.actions.indexOf(action);
  if (a < 0 && !model.other && model.actions.length === SERIES_LIMIT + 1) {
    // One action more than the series shown: the last one and this one become the group.
    group(model, SERIES_LIMIT);
  }
  if (a < 0 && model.other) {
    a = model.actions.indexOf(OTHER_ACTIONS);
    addOther(model.other, action, barStart(model, i), 1);
  }
  if (a < 0) {
    a = model.actions.length;
    model.actions.push(action);
    model.counts.push(new Float64Array(model.size));
  }
  model.counts[a]![i]!++;
  model.version = ++versions;
  return i;
}

/** Forgets the grouped counts of bars that slid out of the model. */
function dropOther(model: VolumeModel): void {
  const other = model.other;
  if (!other) return;
  for (const [t, bar] of other.bars) {
    if (t >= model.start) continue;
    for (const [action, count] of bar) other.totals.set(action, (other.totals.get(action) ?? 0) - count);
    other.bars.delete(t);
  }
}

export interface VolumeStats {
  /** Events per bar over the visible actions. */
  barTotals: Float64Array;
  /** Events per action (all actions, visible or not), same order as `model.actions`. */
  actionTotals: number[];
  /** Sum over visible actions and every bar. */
  total: number;
  /** Tallest stack. */
  max: number;
  /** Index of the tallest bar, or -1 when every bar is empty. */
  busiest: number;
}

/** The derived figures, over the actions not in `hidden`. */
export function statsOf(model: VolumeModel, hidden: ReadonlySet<ActionKey>): VolumeStats {
  const barTotals = new Float64Array(model.size);
  const actionTotals: number[] = [];
  let total = 0;
  model.counts.forEach((row, a) => {
    let sum = 0;
    const visible = !hidden.has(model.actions[a]!);
    for (let i = 0; i < row.length; i++) {
      const v = row[i]!;
      sum += v;
      if (visible) barTotals[i]! += v;
    }
    actionTotals.push(sum);
    if (visible) total += sum;
  });
  let max = 0;
  let busiest = -1;
  for (let i = 0; i < barTotals.length; i++) {
    if (barTotals[i]! > max) {
      max = barTotals[i]!;
      busiest = i;
    }
  }
  return { barTotals, actionTotals, total, max, busiest };
}

/** The visible actions of bar `i` with events, most first. */
export function barBreakdown(model: VolumeModel, i: number, hidden: ReadonlySet<ActionKey>): Array<{ action: ActionKey; count: number }> {
  const out: Array<{ action: ActionKey; count: number }> = [];
  model.counts.forEach((row, a) => {
    const action = model.actions[a]!;
    const count = row[i] ?? 0;
    if (count > 0 && !hidden.has(action)) out.push({ action, count });
  });
  return out.sort((x, y) => y.count - x.count);
}

/** The visible action whose segment of bar `i` contains `value` (stacked bottom-up in model order). */
export function segmentAt(model: VolumeModel, i: number, value: number, hidden: ReadonlySet<ActionKey>): ActionKey | undefined {
  if (value < 0) return undefined;
  let top = 0;
  for (let a = 0; a < model.actions.length; a++) {
    const action = model.actions[a]!;
    if (hidden.has(action)) continue;
    const count = model.counts[a]![i] ?? 0;
    if (count > 0 && value >= top && value < top + count) return action;
    top += count;
  }
  return undefined;
}

/** Bottom and top (in events) of `action`'s segment in bar `i`, or undefined when it has none. */
export function segmentBounds(model: VolumeModel, i: number, action: ActionKey, hidden: ReadonlySet<ActionKey>): { from: number; to: number } | undefined {
  let top = 0;
  for (let a = 0; a < model.actions.length; a++) {
    const name = model.actions[a]!;
    if (hidden.has(name)) continue;
    const count = model.counts[a]![i] ?? 0;
    if (name === action) return count > 0 ? { from: top, to: top + count } : undefined;
    top += count;
  }
  return undefined;
}

/** The bar to start keyboard navigation on: the selected range's first, else the latest bar with events. */
export function initialBar(model: VolumeModel, stats: VolumeStats | undefined, selection: { since: number } | undefined): number {
  const first = selection ? Math.floor((selection.since - model.start) / model.bucketMs) : -1;
  if (first >= 0 && first < model.size) return first;
  for (let i = model.size - 1; i >= 0; i--) if ((stats?.barTotals[i] ?? 0) > 0) return i;
  return model.size - 1;
}
