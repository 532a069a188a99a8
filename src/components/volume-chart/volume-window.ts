/**
 * What the chart asks for and how it turns the answer into bars: the view window (a preset
 * ending now, or a custom one, widened to keep the shared range in view), and the bar width
 * (the server's bucket, or a coarser one so a view never needs more than `maxBars` bars).
 */
import { isoMs } from '../../client/filter-match.js';
import type { VolumeBucket, VolumeResult } from '../../client/types.js';
import { DAY, chooseBucketMs } from '../../client/volume.js';
import type { RangePreset } from './volume-chart.strings.js';
import { type VolumeModel, buildModel, extentOf, inferBucketMs } from './volume-model.js';

export const PRESET_MS: Record<Exclude<RangePreset, 'custom'>, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY };

export interface Span {
  since: number;
  until: number;
}

/**
 * The calendar a window may cover: the years 1 to 9999 (a day in from each end, so every time
 * zone's wall clock stays there too). Outside them a date has no 4-digit ISO form: APIs reject it
 * (Python's datetime ends there), the date inputs cannot show it, and the largest JavaScript
 * dates break date arithmetic and formatting.
 */
export const CALENDAR: Span = { since: Date.parse('0001-01-02T00:00:00Z'), until: Date.parse('9999-12-30T00:00:00Z') };

/** `t` inside `CALENDAR`. */
function onCalendar(t: number): number {
  return Math.min(CALENDAR.until, Math.max(CALENDAR.since, t));
}

/** `span` cut to `CALENDAR`; a window wholly outside keeps its length from the nearer edge. */
function clamped({ since, until }: Span): Span {
  let start = onCalendar(since);
  let end = onCalendar(until);
  if (start === end && until > since) {
    if (start === CALENDAR.since) end = onCalendar(start + (until - since));
    else start = onCalendar(end - (until - since));
  }
  return { since: start, until: end };
}

/**
 * The window of a preset (ending `now`) or of a custom `from` / `to` (ISO; a bad value falls back:
 * no `to` is now, no `from` 7 days before `to`; `from` after `to` is swapped).
 */
export function baseWindow(range: RangePreset, from: string | undefined, to: string | undefined, now: number): Span {
  if (range === 'custom') {
    // Date.parse: `from` / `to` are hand-written ISO in any form.
    const start = from ? Date.parse(from) : NaN;
    const end = to ? Date.parse(to) : NaN;
    if (start > end) return clamped({ since: end, until: start });
    const until = Number.isFinite(end) ? end : now;
    return clamped({ since: Number.isFinite(start) && start < until ? start : until - PRESET_MS['7d'], until });
  }
  return { since: now - (PRESET_MS[range] ?? PRESET_MS['7d']), until: now };
}

/** The window widened to contain `selection` (open ends ignored), or undefined when it already does. */
export function widened(window: Span, selection: Span | undefined): Span | undefined {
  if (!selection) return undefined;
  const since = Number.isFinite(selection.since) ? Math.min(window.since, selection.since) : window.since;
  const until = Number.isFinite(selection.until) ? Math.max(window.until, selection.until) : window.until;
  return since < window.since || until > window.until ? clamped({ since, until }) : undefined;
}

/**
 * Bars from a client's answer, re-bucketed when the window needs coarser bars than the server's.
 * `viewUntil`: the end of the view when the request stopped short of it (at the moment it was
 * sent); the bars still reach it.
 */
export function modelFromResult(result: VolumeResult, maxBars: number, actions: readonly string[] | undefined, viewUntil = -Infinity): VolumeModel {
  const since = isoMs(result.since);
  const until = Math.max(isoMs(result.until), Math.ceil(viewUntil / result.bucketMs) * result.bucketMs);
  const display = chooseBucketMs(until - since, result.bucketMs, maxBars);
  // A coarser bar starting before the fetched data would be undercounted: start at the next whole bar.
  const start = display === result.bucketMs ? since : Math.min(Math.ceil(since / display) * display, until - display);
  return buildModel(result.buckets, { since: start, until, bucketMs: display, sourceBucketMs: result.bucketMs, actions, maxBars });
}

/**
 * Bars from hand-given buckets: their own extent, their own bucket width (given or inferred) and
 * their own phase (the first bucket starts the first bar, on the hour or not).
 */
export function modelFromBuckets(buckets: readonly VolumeBucket[], bucketMs: number | undefined, maxBars: number, actions: readonly string[] | undefined, now = Date.now()): VolumeModel {
  const source = bucketMs && bucketMs > 0 ? bucketMs : inferBucketMs(buckets);
  const own = extentOf(buckets, source);
  const extent = own ?? { since: now - DAY, until: now };
  const display = chooseBucketMs(extent.until - extent.since, source, maxBars);
  const wanted = actions?.length ? new Set(actions) : undefined;
  return buildModel(wanted ? buckets.filter((b) => wanted.has(b.action)) : buckets, { ...extent, bucketMs: display, sourceBucketMs: source, actions, maxBars, origin: own?.since });
}
