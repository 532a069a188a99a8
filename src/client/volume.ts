/**
 * Volume buckets: alignment, zero-filling and re-bucketing. APIs omit empty buckets
 * (authentik does); charts need every bucket of every action.
 */
import type { VolumeBucket, VolumeResult } from './types.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** authentik's fixed volume bucket. */
export const AUTHENTIK_BUCKET_MS = 6 * HOUR;

/** Start of the bucket containing `ms` (buckets are aligned to the Unix epoch, i.e. UTC). */
export function bucketStart(ms: number, bucketMs: number): number {
  return Math.floor(ms / bucketMs) * bucketMs;
}

export interface ZeroFillOptions {
  /** First instant to cover (aligned down to a bucket). */
  since: number;
  /** End of the covered range, exclusive (aligned up to a bucket). */
  until: number;
  bucketMs: number;
  /** Actions that must appear even without any count (e.g. the filter's actions). */
  actions?: readonly string[];
  /** At most this many buckets; older buckets are dropped first. Default 10,000. */
  maxBuckets?: number;
}

/**
 * Sums `buckets` into aligned buckets of `bucketMs` (coarser than or equal to the source's)
 * and returns every (time, action) pair in range, zeros included, sorted by time then action.
 */
export function zeroFill(buckets: readonly VolumeBucket[], options: ZeroFillOptions): VolumeResult {
  const { bucketMs } = options;
  const maxBuckets = options.maxBuckets ?? 10_000;
  let end = Math.ceil(options.until / bucketMs) * bucketMs;
  let start = bucketStart(options.since, bucketMs);
  if (end <= start) end = start + bucketMs;
  if ((end - start) / bucketMs > maxBuckets) start = end - maxBuckets * bucketMs;

  const actions = new Set(options.actions ?? []);
  const sums = new Map<string, number>();
  for (const b of buckets) {
    const t = Date.parse(b.time);
    if (Number.isNaN(t) || t < start || t >= end) continue;
    actions.add(b.action);
    const key = `${bucketStart(t, bucketMs)}|${b.action}`;
    sums.set(key, (sums.get(key) ?? 0) + b.count);
  }
  const sorted = [...actions].sort();
  const out: VolumeBucket[] = [];
  for (let t = start; t < end; t += bucketMs) {
    const time = new Date(t).toISOString();
    for (const action of sorted) out.push({ action, time, count: sums.get(`${t}|${action}`) ?? 0 });
  }
  return { buckets: out, bucketMs, since: new Date(start).toISOString(), until: new Date(end).toISOString() };
}

/**
 * A bucket size (a multiple of `minBucketMs`) that keeps `rangeMs` within `maxBuckets` bars: the
 * first of the round steps up to 30 days that does, else the smallest whole number of days (of
 * server buckets when those do not make up a day).
 */
export function chooseBucketMs(rangeMs: number, minBucketMs: number, maxBuckets = 2000): number {
  const steps = [
    60_000,
    5 * 60_000,
    15 * 60_000,
    30 * 60_000,
    HOUR,
    3 * HOUR,
    6 * HOUR,
    12 * HOUR,
    DAY,
    2 * DAY,
    7 * DAY,
    14 * DAY,
    30 * DAY,
  ];
  for (const step of steps) {
    if (step >= minBucketMs && step % minBucketMs === 0 && rangeMs / step <= maxBuckets) return step;
  }
  const multiple = Math.ceil(rangeMs / maxBuckets / minBucketMs);
  // Past a day, whole days (a bar of 1,458 days, not of 34,980 hours) when they are whole server buckets.
  if (multiple * minBucketMs > DAY && DAY % minBucketMs === 0) return Math.ceil(rangeMs / maxBuckets / DAY) * DAY;
  return Math.max(1, multiple) * minBucketMs;
}
