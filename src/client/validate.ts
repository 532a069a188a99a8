/**
 * Validation at the client boundary: hand-written guards rather than a schema library.
 * The guards are ~2 kB minified, where a schema library plus schemas would add 10–40 kB to
 * every element's bundle (the bell's budget is 5 kB of own code). Each guard returns a value
 * of the domain type or throws `EventsValidationError` naming the offending JSON path.
 * Unknown extra fields are ignored; unknown action names are kept.
 */
import { isCalendarDay } from './calendar-day.js';
import { EventsValidationError } from './errors.js';
import type {
  ActionInfo,
  EventNotification,
  EventRecord,
  EventUser,
  JsonObject,
  ModelRef,
  Severity,
  TopPerUser,
  VolumeBucket,
} from './types.js';

/** Deepest nesting accepted inside `context` (deeper data is a validation error, not a stack overflow). */
export const MAX_DEPTH = 100;

type Raw = Record<string, unknown>;

export function fail(path: string, expected: string): never {
  throw new EventsValidationError(path.length > 200 ? `${path.slice(0, 200)}…` : path, expected);
}

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): Raw {
  if (!isRecord(value)) fail(path, 'an object');
  return value;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array');
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'a string');
  return value;
}

export function optionalString(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  return string(value, path);
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a number');
  return value;
}

/** A whole number from 0 to `Number.MAX_SAFE_INTEGER`: past it, sums stop being exact (two 1e308 make Infinity). */
export function count(value: unknown, path: string): number {
  const n = number(value, path);
  if (n < 0 || !Number.isSafeInteger(n)) fail(path, 'a safe integer ≥ 0');
  return n;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false');
  return value;
}

/**
 * An ISO 8601 timestamp; returned unchanged. A day its month does not have (2026-02-30) is
 * refused (`isCalendarDay`); "24:00:00", the end of a day in ISO 8601 and ECMAScript, is kept as
 * `Date.parse` keeps it (it refuses every other hour 24).
 */
export function timestamp(value: unknown, path: string): string {
  const text = string(value, path);
  if (text.length > 40 || !/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(text) || Number.isNaN(Date.parse(text)) || !isCalendarDay(text)) {
    fail(path, 'an ISO 8601 date-time');
  }
  return text;
}

/** Stands in for a container nested deeper than `MAX_DEPTH` inside `context` (see `jsonObject`). */
export const TRUNCATED = `[nested deeper than ${MAX_DEPTH} levels]`;

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Any JSON object. Walked iteratively, so a 10,000-deep value cannot overflow the stack; a
 * container nested `maxDepth` levels deep is replaced by `TRUNCATED` (in place) rather than
 * rejected: one event with an absurdly deep context must not take the whole page down.
 */
export function jsonObject(value: unknown, path: string, maxDepth = MAX_DEPTH): JsonObject {
  const root = object(value, path);
  const stack: Array<[object, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    // An array's indices come from its own iterator: `Object.keys` of a million-item array is slow.
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      const child = (node as Raw)[key];
      if (!isContainer(child)) continue;
      if (depth + 1 >= maxDepth) (node as Raw)[key] = TRUNCATED;
      else stack.push([child, depth + 1]);
    }
  }
  return root as JsonObject;
}

/** A guard: the value of the domain type, or `EventsValidationError` naming `path`. */
export type Guard<T> = (value: unknown, path: string) => T;

/**
 * The object at `path` and a reader of its fields: `at(key, guard)` checks `raw[key]` at
 * `path.key`; with a third argument, a missing field (undefined or null) gives that instead.
 * One call per field keeps every guard below short (and the bell's bundle small).
 */
export function fields(value: unknown, path: string) {
  const raw = object(value, path);
  function at<T>(key: string, guard: Guard<T>): T;
  function at<T, A>(key: string, guard: Guard<T>, absent: A): T | A;
  function at<T, A>(key: string, guard: Guard<T>, ...absent: [A?]): T | A | undefined {
    return absent.length && raw[key] == null ? absent[0] : guard(raw[key], `${path}.${key}`);
  }
  return [raw, at] as const;
}

/** A primary key: a number or a string. */
const id: Guard<string | number> = (value, path) => (typeof value === 'number' || typeof value === 'string' ? value : fail(path, 'a number or string'));

/** Copies each of `keys` that is present (not undefined or null) from `raw` into `out`, checked by `guard`. */
function copy<T>(out: object, [raw, at]: ReturnType<typeof fields>, keys: string[], guard: Guard<T>): void {
  for (const key of keys) if (raw[key] != null) (out as Raw)[key] = at(key, guard);
}

function userRef(value: unknown, path: string, depth = 0): EventUser {
  // on_behalf_of / authenticated_as chains are followed recursively: bound them.
  if (depth >= MAX_DEPTH) fail(path, `at most ${MAX_DEPTH} levels of nesting`);
  const read = fields(value, path);
  const user: EventUser = {};
  copy(user, read, ['pk'], id);
  copy(user, read, ['username', 'email'], string);
  if (typeof read[0].is_anonymous === 'boolean') user.is_anonymous = read[0].is_anonymous;
  copy(user, read, ['on_behalf_of', 'authenticated_as'], (v, p) => userRef(v, p, depth + 1));
  return user;
}

function modelRef(value: unknown, path: string): ModelRef {
  const read = fields(value, path);
  const ref: ModelRef = {};
  copy(ref, read, ['app', 'name', 'model_name'], string);
  copy(ref, read, ['pk'], id);
  return ref;
}

/** An authentik `Event`. */
export function eventRecord(value: unknown, path: string): EventRecord {
  const [, at] = fields(value, path);
  return {
    pk: at('pk', string),
    user: at('user', userRef, {}),
    action: at('action', string),
    app: at('app', string),
    context: at('context', jsonObject, {}),
    client_ip: at('client_ip', optionalString),
    created: at('created', timestamp),
    expires: at('expires', timestamp, null),
    brand: at('brand', modelRef, null),
  };
}

/** An authentik `Notification`. An unknown severity is shown as a notice rather than rejected. */
export function notification(value: unknown, path: string): EventNotification {
  const [raw, at] = fields(value, path);
  const severity = at('severity', string);
  return {
    pk: at('pk', string),
    severity: (['notice', 'warning', 'alert'].includes(severity) ? severity : 'notice') as Severity,
    body: at('body', string),
    hyperlink: at('hyperlink', optionalString),
    hyperlink_label: at('hyperlink_label', optionalString),
    created: at('created', timestamp),
    event: at('event', eventRecord, null),
    // null is not "absent" here: only a missing `seen` means unseen.
    seen: raw.seen === undefined ? false : at('seen', boolean),
  };
}

export function volumeBucket(value: unknown, path: string): VolumeBucket {
  const raw = object(value, path);
  return {
    action: string(raw.action, `${path}.action`),
    time: timestamp(raw.time, `${path}.time`),
    count: count(raw.count, `${path}.count`),
  };
}

export function actionInfo(value: unknown, path: string): ActionInfo {
  const raw = object(value, path);
  return {
    name: string(raw.name, `${path}.name`),
    description: raw.description === undefined ? '' : string(raw.description, `${path}.description`),
  };
}

export function topPerUser(value: unknown, path: string): TopPerUser {
  const raw = object(value, path);
  return {
    application: jsonObject(raw.application, `${path}.application`),
    counted_events: count(raw.counted_events, `${path}.counted_events`),
    unique_users: count(raw.unique_users, `${path}.unique_users`),
  };
}

/** Maps every item of an array through a guard, with indexed paths. */
export function each<T>(value: unknown, path: string, guard: (item: unknown, path: string) => T): T[] {
  return array(value, path).map((item, i) => guard(item, `${path}[${i}]`));
}
