/**
 * Time-axis ticks on round instants of the chosen time zone (hours, local midnights, Mondays,
 * first days of months), so labels read naturally whatever the bucket alignment.
 */
import { formatDateTime, formatDateTimeUnambiguous, isRepeatedLocalTime, zoneOffsetMs } from '../../format/time.js';
import { utcMs } from '../../format/utc.js';
import type { AxisTick } from './chart-runtime.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Steps that divide a day, then whole days. */
const STEPS = [MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/** The instant whose wall-clock time in `zone` is `wall` (ms since the epoch, as if UTC). */
export function instantOf(wall: number, zone: string): number {
  let t = wall - zoneOffsetMs(wall, zone);
  t = wall - zoneOffsetMs(t, zone);
  return t;
}

export function wallOf(t: number, zone: string): number {
  return t + zoneOffsetMs(t, zone);
}

/** Tick instants in (min, max] for a range and plot width. */
export function tickInstants(min: number, max: number, widthPx: number, zone: string, minSpacingPx = 96): { ticks: number[]; step: number } {
  const range = max - min;
  if (!(range > 0)) return { ticks: [], step: DAY };
  const maxTicks = Math.max(2, Math.floor(widthPx / minSpacingPx));
  const step = STEPS.find((s) => range / s <= maxTicks);
  const ticks: number[] = [];
  const push = (t: number) => {
    if (t > min && t < max && (ticks.length === 0 || t > ticks[ticks.length - 1]!)) ticks.push(t);
  };
  if (step !== undefined && step <= DAY) {
    for (let wall = Math.ceil(wallOf(min, zone) / step) * step; ; wall += step) {
      const t = instantOf(wall, zone);
      // A wall-clock time that happens twice (clocks going back) gets both ticks at hourly steps or finer.
      const other = step <= HOUR && isRepeatedLocalTime(t, zone) ? [t - 12 * HOUR, t + 12 * HOUR].map((x) => wall - zoneOffsetMs(x, zone)).find((x) => x !== t) : undefined;
      if (other !== undefined && other < t) push(other);
      if (t >= max) break;
      push(t);
      if (other !== undefined && other > t && other < max) push(other);
    }
    return { ticks, step };
  }
  if (step !== undefined) {
    const days = step / DAY;
    // Weekly ticks fall on Mondays (epoch day 4 was a Monday).
    const phase = days === 7 || days === 14 ? 4 : 0;
    let day = Math.ceil(wallOf(min, zone) / DAY);
    while ((((day - phase) % days) + days) % days !== 0) day++;
    for (; ; day += days) {
      const t = instantOf(day * DAY, zone);
      if (t >= max) break;
      push(t);
    }
    return { ticks, step };
  }
  const months = MONTH_STEPS.find((m) => range / (m * 30.44 * DAY) <= maxTicks) ?? 120;
  const start = new Date(wallOf(min, zone));
  let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
  index = Math.ceil(index / months) * months;
  for (; ; index += months) {
    const t = instantOf(utcMs(Math.floor(index / 12), index % 12), zone);
    if (t >= max) break;
    push(t);
  }
  return { ticks, step: months * 30 * DAY };
}

/** Ticks with labels: times (with the date under the first and under each midnight) or dates. */
export function timeTicks(min: number, max: number, widthPx: number, lang: string, zone: string): AxisTick[] {
  const { ticks, step } = tickInstants(min, max, widthPx, zone);
  return ticks.map((t, k) => {
    if (step >= DAY) return { value: t, label: formatDateTime(t, lang, zone, 'date') };
    const time = formatDateTimeUnambiguous(t, lang, zone, 'time');
    const midnight = ((wallOf(t, zone) % DAY) + DAY) % DAY === 0;
    return { value: t, label: k === 0 || midnight ? [time, formatDateTime(t, lang, zone, 'date')] : time };
  });
}
