/**
 * Wall-clock times in the shared time-zone setting (`local`, `UTC` or an IANA name), for the
 * custom range inputs (`datetime-local` values have no zone), the export's timestamp column (with
 * the UTC offset) and its file name.
 * Only Intl; no time-zone database of our own.
 */
import { isoMs } from '../../client/filter-match.js';
import { intlZone, zoneOffsetMs } from '../../format/time.js';
import { utcMs } from '../../format/utc.js';

/** `YYYY-MM-DDTHH:mm:ss.sssZ` of the wall clock in the zone at instant `ms` (the `Z` is not meant). */
const wallIso = (ms: number, setting: string): string => new Date(ms + zoneOffsetMs(ms, setting)).toISOString();

/** The IANA name of a setting (`local` → the browser's zone). */
export function zoneName(setting: string): string {
  return intlZone(setting) ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** `YYYY-MM-DD HH:mm:ss` of an instant in the zone (the export's timestamp format); '' when `iso` is no time (`isoMs`). */
export function formatWall(iso: string, setting: string): string {
  const ms = isoMs(iso);
  if (Number.isNaN(ms)) return '';
  const wall = wallIso(ms, setting);
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)}`;
}

/** `+hh:mm` or `-hh:mm` (with `:ss` when the offset has seconds) of a zone offset in milliseconds. */
function offsetText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}${seconds ? `:${pad(seconds)}` : ''}`;
}

/**
 * `YYYY-MM-DD HH:mm:ss ±hh:mm`: the instant's wall-clock time in the zone with the zone's UTC
 * offset then (the export's timestamp column), so the two 02:30s of a DST fall-back differ
 * (`… 02:30:00 +02:00`, `… 02:30:00 +01:00`). '' when `iso` is no time (`isoMs`: also "5", which
 * Date.parse reads as May 2001): the export claims no date the log does not show.
 */
export function formatWallOffset(iso: string, setting: string): string {
  const ms = isoMs(iso);
  if (Number.isNaN(ms)) return '';
  return `${formatWall(iso, setting)} ${offsetText(zoneOffsetMs(ms, setting))}`;
}

/** The `datetime-local` value (`YYYY-MM-DDTHH:mm`) of an ISO instant in the zone. */
export function toInputValue(iso: string | undefined, setting: string): string {
  const ms = isoMs(iso);
  if (Number.isNaN(ms)) return '';
  return wallIso(ms, setting).slice(0, 16);
}

/** The ISO instant of a `datetime-local` value read in the zone, or undefined when empty / invalid. */
export function fromInputValue(value: string, setting: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const asUtc = utcMs(y, mo - 1, d, h, mi, s);
  // The zone's offset at a guess, applied twice so DST transitions settle on the right side.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - zoneOffsetMs(guess, setting);
  return Number.isNaN(guess) ? undefined : new Date(guess).toISOString();
}
