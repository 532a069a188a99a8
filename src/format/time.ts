/**
 * Dates and relative times, only through Intl, in one time-zone setting: `local`, `UTC` or an
 * IANA name. Formatters are cached per (locale, zone, style).
 */
import { utcMs } from './utc.js';

export type TimeZoneSetting = string;

const knownZones = new Map<string, boolean>();

/**
 * The IANA zone for Intl, or undefined for the browser's local zone. A zone Intl does not know
 * (a typo in a `time-zone` attribute) is the local zone too, so labels, times and offsets agree
 * and the setting's text is never shown as a zone name.
 */
export function intlZone(setting: TimeZoneSetting | undefined): string | undefined {
  if (!setting || setting === 'local') return undefined;
  let known = knownZones.get(setting);
  if (known === undefined) knownZones.set(setting, (known = isValidTimeZone(setting)));
  return known ? setting : undefined;
}

/** True when Intl knows the zone (`local` and `UTC` always). */
export function isValidTimeZone(setting: string): boolean {
  if (setting === 'local') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: setting });
    return true;
  } catch {
    return false;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export type DateStyle = 'long' | 'short' | 'time' | 'date' | 'zoned';

/**
 * The short style's two-digit year is read back as 1950–2049 (the usual pivot, Date.parse's too):
 * `01` and `99` would misstate years 1 and 9999. It is used only for instants in those years in
 * every zone (a day's margin); any other instant gets the full year (`year-short`).
 */
const TWO_DIGIT_FROM = Date.UTC(1950, 0, 2);
const TWO_DIGIT_UNTIL = Date.UTC(2049, 11, 31);
const twoDigitYears = (...ms: number[]) => ms.every((t) => t >= TWO_DIGIT_FROM && t < TWO_DIGIT_UNTIL);

/** The `zoned` style: `long` with the zone's short name. */
const zonedOptions = (): Intl.DateTimeFormatOptions => ({ dateStyle: 'medium', timeStyle: 'long' });

/** Intl's options for each style (`timeZone` is added per zone). */
function styleOptions(style: string): Intl.DateTimeFormatOptions {
  return style === 'zoned'
    ? zonedOptions()
    : style === 'long'
      ? { dateStyle: 'medium', timeStyle: 'medium' }
      : style === 'short'
        ? { dateStyle: 'short', timeStyle: 'short' }
        : style === 'year-short'
          ? { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }
          : style === 'date'
            ? { month: 'short', day: 'numeric' }
            : { hour: '2-digit', minute: '2-digit' };
}

/**
 * The cached formatter of `style`, with the options `optionsOf` gives for it (asked only when not
 * cached yet); `zone` is intlZone's answer (a zone Intl knows, or undefined for local).
 */
function dateFormat(locale: string, zone: string | undefined, style: DateStyle | 'year-short', optionsOf: (style: string) => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone ?? ''}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options = { ...optionsOf(style), timeZone: zone };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // Only the locale can be at fault: `zone` comes from intlZone, which answers only zones Intl knows.
      format = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** The formatter of `style` for instants `ms`: the full-year one for `short` ones outside 1950–2049. */
const styleFormat = (locale: string, timeZone: TimeZoneSetting | undefined, style: DateStyle, ...ms: number[]): Intl.DateTimeFormat =>
  dateFormat(locale, intlZone(timeZone), style === 'short' && !twoDigitYears(...ms) ? 'year-short' : style, styleOptions);

/**
 * An absolute date and time, e.g. `Nov 20, 2026, 1:05:09 PM` (`long`), `11/20/26, 1:05 PM`
 * (`short`; the full year outside 1950–2049: `1/1/1, 12:00 AM`), `13:05` (`time`), `Nov 20`
 * (`date`) or `Nov 20, 2026, 1:05:09 PM GMT+1` (`zoned`: `long` with the zone's short name, never
 * ambiguous). Takes an ISO string or epoch milliseconds; invalid input is returned as is.
 */
export function formatDateTime(iso: string | number, locale: string, timeZone?: TimeZoneSetting, style: DateStyle = 'long'): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  return Number.isFinite(ms) ? styleFormat(locale, timeZone, style, ms).format(ms) : String(iso);
}

/**
 * `formatDateTime(iso, locale, timeZone, 'zoned')` without the other styles' code, for a bundle
 * that shows only this one (the bell's).
 */
export function formatZoned(iso: string | number, locale: string, timeZone?: TimeZoneSetting): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  return Number.isFinite(ms) ? dateFormat(locale, intlZone(timeZone), 'zoned', zonedOptions).format(ms) : String(iso);
}

/**
 * A time range with the shared parts written once, e.g. `11/20/26, 6:00 – 9:00 AM` (Intl
 * formatRange). A reversed range (end before start) is shown as given, start first, each end in
 * full: it is not swapped into a range it is not.
 */
export function formatDateRange(start: number, end: number, locale: string, timeZone?: TimeZoneSetting, style: DateStyle = 'short'): string {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return `${start} – ${end}`;
  const format = styleFormat(locale, timeZone, style, start, end);
  return end >= start ? format.formatRange(start, end) : `${format.format(start)} – ${format.format(end)}`;
}

const HOUR = 3_600_000;
const HALF_DAY = 12 * HOUR;
const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;

/**
 * True when the wall-clock time of instant `ms` in the zone happens twice: the repeated hour when
 * clocks go back (e.g. 02:00–03:00 on the last Sunday of October in Europe/Berlin).
 */
export function isRepeatedLocalTime(ms: number, timeZone?: TimeZoneSetting): boolean {
  const zone = intlZone(timeZone);
  if (!Number.isFinite(ms) || zone === 'UTC') return false;
  // An instant is repeated only within the size of a clock change going back, either side of it:
  // 1 h almost everywhere, 30 min on Lord Howe Island, 2 h at most (Antarctica/Troll). The probes
  // at ms − 12 h and ms + 12 h, floored to the whole hour, lie in (ms − 13 h, ms − 12 h] and
  // (ms + 11 h, ms + 12 h]: still on either side of any such change, so equal offsets there mean
  // no change near `ms` and nothing repeated. Flooring lets every row of a day share the same few
  // cached probes; only instants within half a day of a change cost more look-ups.
  const before = memoOffset(floorHour(ms - HALF_DAY), zone);
  const after = memoOffset(floorHour(ms + HALF_DAY), zone);
  if (before === after) return false;
  const offset = memoOffset(ms, zone);
  const wall = ms + offset;
  // Repeated when the same wall-clock time, read with the offset on the other side of the change, is that instant's reading too.
  for (const other of [before, after]) {
    if (other !== offset && memoOffset(wall - other, zone) === other) return true;
  }
  return false;
}

/** Offsets by zone and instant: a table of rows or hourly bars asks about the same instants again and again. */
const memoOffsets = new Map<string, Map<number, number>>();
let memoSize = 0;

function memoOffset(ms: number, zone: string | undefined): number {
  const key = zone ?? '';
  let offsets = memoOffsets.get(key);
  if (!offsets) memoOffsets.set(key, (offsets = new Map()));
  let offset = offsets.get(ms);
  if (offset === undefined) {
    if (memoSize >= 20_000) {
      for (const m of memoOffsets.values()) m.clear();
      memoSize = 0;
    }
    offsets.set(ms, (offset = zoneOffsetMs(ms, zone)));
    memoSize++;
  }
  return offset;
}

/**
 * `formatDateTime`, with the zone's short name after it when the wall-clock time happens twice
 * (the repeated hour when clocks go back), e.g. `10/25/26, 2:00 AM GMT+2` and `… GMT+1`.
 * Any other instant reads exactly as `formatDateTime` gives it.
 */
export function formatDateTimeUnambiguous(iso: string | number, locale: string, timeZone?: TimeZoneSetting, style: DateStyle = 'long'): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  if (!Number.isFinite(ms)) return String(iso);
  const text = formatDateTime(ms, locale, timeZone, style);
  return isRepeatedLocalTime(ms, timeZone) ? `${text} ${zoneLabel(locale, timeZone, ms)}` : text;
}

/**
 * `formatDateRange`, except when an end's wall-clock time happens twice (DST fall-back): then each
 * end is written in full with the zone's short name, e.g. `10/25/26, 2:00 AM GMT+2 – 10/25/26,
 * 2:00 AM GMT+1` (Intl's formatRange would collapse that range into one time).
 */
export function formatDateRangeUnambiguous(start: number, end: number, locale: string, timeZone?: TimeZoneSetting, style: DateStyle = 'short'): string {
  if (!isRepeatedLocalTime(start, timeZone) && !isRepeatedLocalTime(end, timeZone)) return formatDateRange(start, end, locale, timeZone, style);
  const full = (ms: number) => `${formatDateTime(ms, locale, timeZone, style)} ${zoneLabel(locale, timeZone, ms)}`;
  return `${full(start)} – ${full(end)}`;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at instant `ms`, in milliseconds (e.g. +3,600,000 for CET). */
export function zoneOffsetMs(ms: number, timeZone?: TimeZoneSetting): number {
  const zone = intlZone(timeZone);
  if (!zone) return -new Date(ms).getTimezoneOffset() * 60_000;
  let format = offsetFormats.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      return 0;
    }
    offsetFormats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = utcMs(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** The short name of the zone as shown in column headers, e.g. `UTC`, `CET`, `GMT+5:30`. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

export function zoneLabel(locale: string, timeZone?: TimeZoneSetting, at = Date.now()): string {
  const zone = intlZone(timeZone);
  try {
    const key = `${locale}|${zone ?? ''}`;
    let format = zoneFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
      zoneFormats.set(key, format);
    }
    return format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? zone ?? '';
  } catch {
    return zone ?? '';
  }
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** `5 minutes ago`, `in 2 days`, `now`, through Intl.RelativeTimeFormat. Takes an ISO string or epoch milliseconds. */
export function formatRelative(iso: string | number, locale: string, now = Date.now()): string {
  const diff = (typeof iso === 'number' ? iso : Date.parse(iso)) - now;
  // Unvalidated sources can hand over anything: show it as text, never return a non-string.
  if (!Number.isFinite(diff)) return String(iso);
  let format = relativeFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    } catch {
      format = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });
    }
    relativeFormats.set(locale, format);
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') return format.format(Math.round(diff / size), unit);
  }
  return format.format(0, 'second');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale, e.g. `1,000,000` / `1.000.000`. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  // Plain numbers are formatted in bulk (tables, charts): no JSON key for them.
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country name from an ISO 3166 code through Intl.DisplayNames (falls back to the code). */
export function countryName(code: string, locale: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
