/**
 * Wall-clock times in the shared time-zone setting (`local`, `UTC` or an IANA name), for the
 * custom range inputs (`datetime-local` values have no zone) and the export's timestamp column.
 * Only Intl; no time-zone database of our own.
 */
import { intlZone } from '../../format/time.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(key, format);
  }
  return format;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wall(ms: number, zone: string | undefined): Wall {
  const out: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(ms)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute!, second: out.second! };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The IANA name of a setting (`local` → the browser's zone). */
export function zoneName(setting: string): string {
  return intlZone(setting) ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** `YYYY-MM-DD HH:mm:ss` of an instant in the zone (the export's timestamp format). */
export function formatWall(iso: string, setting: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const w = wall(ms, intlZone(setting));
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** The `datetime-local` value (`YYYY-MM-DDTHH:mm`) of an ISO instant in the zone. */
export function toInputValue(iso: string | undefined, setting: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const w = wall(ms, intlZone(setting));
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The ISO instant of a `datetime-local` value read in the zone, or undefined when empty / invalid. */
export function fromInputValue(value: string, setting: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const zone = intlZone(setting);
  // The zone's offset at a guess, applied twice so DST transitions settle on the right side.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wall(guess, zone);
    const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - guess;
    guess = asUtc - offset;
  }
  return Number.isNaN(guess) ? undefined : new Date(guess).toISOString();
}
