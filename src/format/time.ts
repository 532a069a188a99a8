/**
 * Dates and relative times, only through Intl, in one time-zone setting: `local`, `UTC` or an
 * IANA name. Formatters are cached per (locale, zone, style).
 */

export type TimeZoneSetting = string;

/** The IANA zone for Intl, or undefined for the browser's local zone. */
export function intlZone(setting: TimeZoneSetting | undefined): string | undefined {
  if (!setting || setting === 'local') return undefined;
  return setting;
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

function dateFormat(locale: string, zone: string | undefined, style: 'long' | 'short' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}|${zone ?? ''}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { dateStyle: 'medium', timeStyle: 'medium', timeZone: zone }
        : style === 'short'
          ? { dateStyle: 'short', timeStyle: 'short', timeZone: zone }
          : { hour: '2-digit', minute: '2-digit', timeZone: zone };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: zone && isValidTimeZone(zone) ? zone : undefined });
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** An absolute date and time, e.g. `Nov 20, 2026, 1:05:09 PM`. Invalid input is returned as is. */
export function formatDateTime(iso: string, locale: string, timeZone?: TimeZoneSetting, style: 'long' | 'short' | 'time' = 'long'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return dateFormat(locale, intlZone(timeZone), style).format(ms);
}

/** The short name of the zone as shown in column headers, e.g. `UTC`, `CET`, `GMT+5:30`. */
export function zoneLabel(locale: string, timeZone?: TimeZoneSetting, at = Date.now()): string {
  const zone = intlZone(timeZone);
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone ?? '';
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

/** `5 minutes ago`, `in 2 days`, `now`, through Intl.RelativeTimeFormat. */
export function formatRelative(iso: string, locale: string, now = Date.now()): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  let format = relativeFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    } catch {
      format = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });
    }
    relativeFormats.set(locale, format);
  }
  const diff = ms - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') return format.format(Math.round(diff / size), unit);
  }
  return format.format(0, 'second');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale, e.g. `1,000,000` / `1.000.000`. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
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
