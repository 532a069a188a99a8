/**
 * The declarative mapping language of `createMappedClient`: JSON paths, field maps with value
 * conversions, and query parameter specs. Pure functions, no I/O.
 */
import { isValidArea } from '../geo.js';
import { formatBounds } from '../query.js';
import type { EventFilter } from '../types.js';
import { EventsValidationError } from '../errors.js';
import { type Guard, fail, isRecord } from '../validate.js';
import { encodeSegment } from '../encode.js';

/** How a source value is converted before validation. */
export type ValueFormat = 'string' | 'number' | 'boolean' | 'iso' | 'epoch-ms' | 'epoch-s' | 'json';

/** A source path (`actor.login`, `$.meta.total`, `items[0].id`) or a path with a conversion. */
export type FieldSpec = string | { path: string; as?: ValueFormat; default?: unknown; map?: Record<string, string> };

/** Target field (dotted, in the domain model, e.g. `user.on_behalf_of.username`) → source field. */
export type FieldMap = Record<string, FieldSpec>;

/**
 * A query parameter: its name, or a name with a value format (`invert` for booleans like seen →
 * unread; `bbox` sends the `area` filter as `south,west,north,east`, `bbox-lonlat` as
 * `west,south,east,north`, GeoJSON's order).
 */
export type ParamSpec = string | { name: string; format?: 'iso' | 'epoch-ms' | 'epoch-s' | 'bbox' | 'bbox-lonlat'; invert?: boolean; join?: string };

export type Paging =
  | { type: 'page'; page: string; pageSize: string; firstPage?: 0 | 1 }
  | { type: 'offset'; offset: string; limit: string }
  | { type: 'cursor'; cursor: string; limit: string; next: string };

export interface ListMapping {
  /** URL template relative to `baseUrl`. */
  url: string;
  paging: Paging;
  /** Path of the items array in the response (e.g. `$.data`). */
  items: string;
  /** Path of the total count, when the API reports one. */
  total?: string;
  /**
   * The largest page the API serves. A bigger `pageSize` asks for this many instead; the page
   * says so in its `pageSize`, and `next` continues from what was returned.
   */
  maxPageSize?: number;
  /** Our filter / query field → the API's parameter. Fields without an entry are not sent. */
  params?: Partial<Record<keyof EventFilter | 'ordering' | 'seen' | 'severity' | 'createdAfter', ParamSpec>>;
  /** Our ordering value (`-created`) → the API's value (`-occurred_at`). */
  ordering?: Record<string, string>;
  /** Constant parameters sent with every request. */
  fixed?: Record<string, string>;
}

/** Splits `$.a.b[2].c` into `['a', 'b', 2, 'c']`. */
export function parsePath(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  const body = path.replace(/^\$\.?/, '');
  for (const m of body.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

const pathCache = new Map<string, Array<string | number>>();

/** Reads a JSON path; undefined when any step is missing. */
export function getPath(value: unknown, path: string): unknown {
  let parts = pathCache.get(path);
  if (!parts) {
    parts = parsePath(path);
    pathCache.set(path, parts);
  }
  let node = value;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    if (typeof part === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[part];
    } else {
      if (Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
  }
  return node;
}

/** Sets a dotted path, creating objects on the way (never touching prototypes). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (last === '__proto__' || last === 'constructor' || last === 'prototype') return;
  node[last] = value;
}

function convert(value: unknown, as: ValueFormat | undefined, at: string): unknown {
  if (value === undefined || value === null || !as) return value;
  switch (as) {
    case 'string':
      return typeof value === 'string' || typeof value === 'number' ? String(value) : value;
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'iso':
      return value;
    case 'epoch-ms':
    case 'epoch-s': {
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, 'a number of seconds or milliseconds since 1970');
      const date = new Date(as === 'epoch-s' ? value * 1000 : value);
      if (Number.isNaN(date.getTime())) fail(at, 'a valid time');
      return date.toISOString();
    }
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        fail(at, 'a JSON string');
      }
  }
}

/** `at` and a source path below it (`who.name`, `$.who.name`, `[0].id`, `$`) as one JSON path. */
export function joinPath(at: string, path: string): string {
  const rest = path.replace(/^\$\.?/, '');
  return !rest ? at : rest.startsWith('[') ? at + rest : `${at}.${rest}`;
}

const sourceOf = (spec: FieldSpec): string => (typeof spec === 'string' ? spec : spec.path);

/**
 * The API's path of what a domain guard rejected at `path` under the item at `at`: the longest
 * mapped target that holds it, read from its source (`$.items[0].user.username` →
 * `$.items[0].who.name` for `'user.username': 'who.name'`; `$.items[0].user.pk` →
 * `$.items[0].actor.pk` for `user: 'actor'`). Undefined when no field of the map holds it (a
 * required field the mapping does not name).
 */
export function sourcePath(fields: FieldMap, at: string, path: string): string | undefined {
  if (!path.startsWith(`${at}.`)) return path;
  const rel = path.slice(at.length + 1);
  let best = '';
  for (const target of Object.keys(fields)) {
    if ((rel === target || rel.startsWith(`${target}.`)) && target.length > best.length) best = target;
  }
  return best ? joinPath(joinPath(at, sourceOf(fields[best]!)), rel.slice(best.length + 1)) : undefined;
}

/**
 * Runs a domain guard on an item shaped by `applyFields`; a validation error names the API's
 * path (as conversion errors do), not the field of our model the value was mapped to.
 */
export function checkMapped<T>(guard: Guard<T>, shaped: Record<string, unknown>, fields: FieldMap, at: string): T {
  try {
    return guard(shaped, at);
  } catch (error) {
    if (!(error instanceof EventsValidationError)) throw error;
    const source = sourcePath(fields, at, error.path);
    throw source === undefined
      ? new EventsValidationError(at, `a field for "${error.path.slice(at.length + 1)}" (${error.expected}), which the mapping does not name`)
      : new EventsValidationError(source, error.expected);
  }
}

/** Builds one domain-shaped object from a source item through a field map. */
export function applyFields(item: unknown, fields: FieldMap, at: string): Record<string, unknown> {
  if (!isRecord(item)) fail(at, 'an object');
  const out: Record<string, unknown> = {};
  for (const [target, spec] of Object.entries(fields)) {
    const { path, as, default: fallback, map } = typeof spec === 'string' ? { path: spec, as: undefined, default: undefined, map: undefined } : spec;
    let value = getPath(item, path);
    if (value === undefined) value = fallback;
    if (map && typeof value === 'string' && Object.prototype.hasOwnProperty.call(map, value)) value = map[value];
    value = convert(value, as, joinPath(at, path));
    if (value !== undefined) setPath(out, target, value);
  }
  return out;
}

function formatParam(value: unknown, spec: Exclude<ParamSpec, string>): string | string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return String(spec.invert ? !value : value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    // Only an area has an object value; without a bbox format it cannot be sent.
    if (!isValidArea(value) || (spec.format !== 'bbox' && spec.format !== 'bbox-lonlat')) return undefined;
    if (spec.format === 'bbox') return formatBounds(value);
    const [south, west, north, east] = formatBounds(value).split(',');
    return [west, south, east, north].join(',');
  }
  if (Array.isArray(value)) {
    const items = value.map(String);
    return spec.join ? items.join(spec.join) : items;
  }
  if (spec.format && typeof value === 'string') {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return spec.format === 'epoch-ms' ? String(ms) : spec.format === 'epoch-s' ? String(Math.floor(ms / 1000)) : new Date(ms).toISOString();
  }
  return String(value);
}

/** Query parameters for our query fields, through a list mapping's parameter specs. */
export function mapParams(values: Record<string, unknown>, mapping: ListMapping): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = { ...mapping.fixed };
  for (const [field, raw] of Object.entries(mapping.params ?? {})) {
    if (!raw) continue;
    const spec = typeof raw === 'string' ? { name: raw } : raw;
    let value = values[field];
    if (field === 'ordering' && typeof value === 'string' && mapping.ordering) value = mapping.ordering[value];
    const formatted = formatParam(value, spec);
    if (formatted !== undefined && (!Array.isArray(formatted) || formatted.length)) params[spec.name] = formatted;
  }
  return params;
}

/** Expands `{name}` placeholders in a URL template with URL-encoded values. */
export function expandUrl(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(values[name] ?? ''));
}
