/**
 * Validation at the client boundary: hand-written guards rather than a schema library.
 * The guards are ~2 kB minified, where a schema library plus schemas would add 10–40 kB to
 * every element's bundle (the bell's budget is 5 kB of own code). Each guard returns a value
 * of the domain type or throws `EventsValidationError` naming the offending JSON path.
 * Unknown extra fields are ignored; unknown action names are kept.
 */
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

export function count(value: unknown, path: string): number {
  const n = number(value, path);
  if (n < 0 || !Number.isInteger(n)) fail(path, 'a whole number ≥ 0');
  return n;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true or false');
  return value;
}

/** An ISO 8601 timestamp; returned unchanged. */
export function timestamp(value: unknown, path: string): string {
  const text = string(value, path);
  if (text.length > 40 || !/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(text) || Number.isNaN(Date.parse(text))) {
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
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (!isContainer(node[i])) continue;
        if (depth + 1 >= maxDepth) node[i] = TRUNCATED;
        else stack.push([node[i] as object, depth + 1]);
      }
    } else {
      const record = node as Raw;
      for (const key of Object.keys(record)) {
        if (!isContainer(record[key])) continue;
        if (depth + 1 >= maxDepth) record[key] = TRUNCATED;
        else stack.push([record[key] as object, depth + 1]);
      }
    }
  }
  return root as JsonObject;
}

function userRef(value: unknown, path: string, depth = 0): EventUser {
  // on_behalf_of / authenticated_as chains are followed recursively: bound them.
  if (depth >= MAX_DEPTH) fail(path, `at most ${MAX_DEPTH} levels of nesting`);
  const raw = object(value, path);
  const user: EventUser = {};
  if (raw.pk !== undefined && raw.pk !== null) {
    if (typeof raw.pk !== 'number' && typeof raw.pk !== 'string') fail(`${path}.pk`, 'a number or string');
    user.pk = raw.pk;
  }
  if (raw.username !== undefined && raw.username !== null) user.username = string(raw.username, `${path}.username`);
  if (raw.email !== undefined && raw.email !== null) user.email = string(raw.email, `${path}.email`);
  if (typeof raw.is_anonymous === 'boolean') user.is_anonymous = raw.is_anonymous;
  if (raw.on_behalf_of !== undefined && raw.on_behalf_of !== null) {
    user.on_behalf_of = userRef(raw.on_behalf_of, `${path}.on_behalf_of`, depth + 1);
  }
  if (raw.authenticated_as !== undefined && raw.authenticated_as !== null) {
    user.authenticated_as = userRef(raw.authenticated_as, `${path}.authenticated_as`, depth + 1);
  }
  return user;
}

function modelRef(value: unknown, path: string): ModelRef {
  const raw = object(value, path);
  const ref: ModelRef = {};
  for (const key of ['app', 'name', 'model_name'] as const) {
    if (raw[key] !== undefined && raw[key] !== null) ref[key] = string(raw[key], `${path}.${key}`);
  }
  if (raw.pk !== undefined && raw.pk !== null) {
    if (typeof raw.pk !== 'number' && typeof raw.pk !== 'string') fail(`${path}.pk`, 'a number or string');
    ref.pk = raw.pk;
  }
  return ref;
}

/** An authentik `Event`. */
export function eventRecord(value: unknown, path: string): EventRecord {
  const raw = object(value, path);
  return {
    pk: string(raw.pk, `${path}.pk`),
    user: raw.user === undefined || raw.user === null ? {} : userRef(raw.user, `${path}.user`),
    action: string(raw.action, `${path}.action`),
    app: string(raw.app, `${path}.app`),
    context: raw.context === undefined || raw.context === null ? {} : jsonObject(raw.context, `${path}.context`),
    client_ip: optionalString(raw.client_ip, `${path}.client_ip`),
    created: timestamp(raw.created, `${path}.created`),
    expires: raw.expires === undefined || raw.expires === null ? null : timestamp(raw.expires, `${path}.expires`),
    brand: raw.brand === undefined || raw.brand === null ? null : modelRef(raw.brand, `${path}.brand`),
  };
}

const severities: ReadonlySet<string> = new Set(['notice', 'warning', 'alert']);

/** An authentik `Notification`. An unknown severity is shown as a notice rather than rejected. */
export function notification(value: unknown, path: string): EventNotification {
  const raw = object(value, path);
  const severity = string(raw.severity, `${path}.severity`);
  return {
    pk: string(raw.pk, `${path}.pk`),
    severity: (severities.has(severity) ? severity : 'notice') as Severity,
    body: string(raw.body, `${path}.body`),
    hyperlink: optionalString(raw.hyperlink, `${path}.hyperlink`),
    hyperlink_label: optionalString(raw.hyperlink_label, `${path}.hyperlink_label`),
    created: timestamp(raw.created, `${path}.created`),
    event: raw.event === undefined || raw.event === null ? null : eventRecord(raw.event, `${path}.event`),
    seen: raw.seen === undefined ? false : boolean(raw.seen, `${path}.seen`),
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
  const items = array(value, path);
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = guard(items[i], `${path}[${i}]`);
  return out;
}
