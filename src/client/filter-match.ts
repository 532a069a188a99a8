/**
 * What an `EventFilter` means for one event, in one place. The memory adapter answers queries
 * with it (its answers equal the reference server's, `test/node/client/filter-match.test.ts`),
 * and the live views use it to decide whether a live event belongs to the current filter (the
 * live stream carries every event): `<ev-log>`'s live tail and `<ev-volume-chart>`'s live counts.
 *
 * Semantics: any of `actions`; exact matches on the named fields (trimmed; empty means no
 * constraint); the map's `area` (edges included, see `geo.ts`); a case-insensitive substring
 * `search`; the half-open time range `since` <= created < `until`. No DOM: runs in Node too.
 */
import { utcMs } from '../format/utc.js';
import { eventLatLng, inArea, isValidArea } from './geo.js';
import { yearMs } from './year-ms.js';
import type { EventFilter, EventRecord } from './types.js';

/** The number the decimal digits of `text` from `from` to `to` spell, or NaN when one is no digit. */
function digitsAt(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Milliseconds of an ISO timestamp; a fast path for `YYYY-MM-DDTHH:MM:SS(.fff…)Z`. Total: NaN for
 * anything that is no time, a value that is no string (an event's `created` may be null or a number)
 * and a string without a year ("5", "May 5") included.
 */
export function isoMs(text: unknown): number {
  if (typeof text !== 'string') return NaN;
  if (text.length >= 20 && text.charCodeAt(text.length - 1) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */) {
    let ms = 0;
    if (text.charCodeAt(19) === 46 /* . */) {
      const digits = Math.min(text.length - 21, 3);
      ms = digits > 0 ? digitsAt(text, 20, 20 + digits) * 10 ** (3 - digits) : 0;
    }
    const month = digitsAt(text, 5, 7);
    const day = digitsAt(text, 8, 10);
    const hour = digitsAt(text, 11, 13);
    const minute = digitsAt(text, 14, 16);
    const second = digitsAt(text, 17, 19);
    // Only fields in their ranges, between the right separators (45 "-", 58 ":"): anything else is
    // left to Date.parse (no time for month 13 or minute 60, where utcMs would roll over; 24:00 is a time).
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58) {
      const value = utcMs(digitsAt(text, 0, 4), month - 1, day, hour, minute, second, ms);
      if (!Number.isNaN(value)) return value;
    }
  }
  // Other forms as the browser reads them, but only with a year (see `yearMs`).
  return yearMs(text);
}

/** A value inside `context` by path, as a string; undefined when missing, null or under a non-object. */
export function contextString(event: EventRecord, ...path: string[]): string | undefined {
  let node: unknown = event.context;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node === undefined || node === null ? undefined : String(node);
}

/** The exact-match filter fields, each with the event value it is compared with. */
export const EXACT_FIELDS = {
  username: (e: EventRecord) => e.user?.username,
  client_ip: (e: EventRecord) => e.client_ip ?? undefined,
  brand_name: (e: EventRecord) => e.brand?.name,
  context_model_app: (e: EventRecord) => contextString(e, 'model', 'app'),
  context_model_name: (e: EventRecord) => contextString(e, 'model', 'model_name'),
  context_model_pk: (e: EventRecord) => contextString(e, 'model', 'pk'),
  context_authorized_app: (e: EventRecord) => contextString(e, 'authorized_application', 'pk'),
} as const satisfies Partial<Record<keyof EventFilter, (e: EventRecord) => string | undefined>>;

export type ExactField = keyof typeof EXACT_FIELDS;

/**
 * What `search` looks through, lower-cased: the fields the server searches (authentik's
 * `search_fields`): the user and the context as JSON, the action, the app and the client IP.
 */
export function searchText(e: EventRecord): string {
  return `${e.user ? JSON.stringify(e.user) : ''}\n${e.action}\n${e.app}\n${e.client_ip ?? ''}\n${JSON.stringify(e.context)}`.toLowerCase();
}

/**
 * A test of one event. `haystack` returns `searchText(event)`: the memory index passes its
 * per-event cache; without it the text is built when a search needs it.
 */
export type EventTest = (event: EventRecord, haystack?: () => string) => boolean;

/**
 * The test for every filter field except the time range (the memory index answers that by
 * binary search), or undefined when none of them is set. `search: false` leaves the free-text
 * search out (for a caller that cannot decide it).
 */
export function fieldTest(filter: EventFilter, options: { search?: boolean } = {}): EventTest | undefined {
  const tests: EventTest[] = [];
  if (filter.actions?.length) {
    const actions = new Set(filter.actions);
    tests.push((e) => actions.has(e.action));
  }
  for (const field of Object.keys(EXACT_FIELDS) as ExactField[]) {
    const wanted = filter[field]?.trim();
    if (!wanted) continue;
    const get = EXACT_FIELDS[field];
    tests.push((e) => get(e) === wanted);
  }
  const area = filter.area;
  if (area && isValidArea(area)) {
    tests.push((e) => {
      const at = eventLatLng(e);
      return at !== undefined && inArea(at[0], at[1], area);
    });
  }
  const search = options.search === false ? undefined : filter.search?.trim().toLowerCase();
  if (search) tests.push((e, haystack) => (haystack ? haystack() : searchText(e)).includes(search));
  if (tests.length === 0) return undefined;
  if (tests.length === 1) return tests[0];
  return (e, haystack) => {
    for (let k = 0; k < tests.length; k++) if (!tests[k]!(e, haystack)) return false;
    return true;
  };
}

/** `since` / `until` in milliseconds (NaN when unreadable); undefined when not set. */
export function timeBounds(filter: EventFilter): { since?: number; until?: number } {
  return { since: filter.since ? isoMs(filter.since) : undefined, until: filter.until ? isoMs(filter.until) : undefined };
}

/** A test of the whole filter, time range included (an unreadable bound matches nothing). */
export function eventMatcher(filter: EventFilter): (event: EventRecord) => boolean {
  const test = fieldTest(filter);
  const { since, until } = timeBounds(filter);
  return (event) => {
    if (since !== undefined || until !== undefined) {
      const created = isoMs(event.created);
      if (since !== undefined && !(created >= since)) return false;
      if (until !== undefined && !(created < until)) return false;
    }
    return !test || test(event);
  };
}

/** Whether one event matches the whole filter (for many events, build `eventMatcher(filter)` once). */
export function matchesFilter(event: EventRecord, filter: EventFilter): boolean {
  return eventMatcher(filter)(event);
}
