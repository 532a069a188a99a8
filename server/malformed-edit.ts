/**
 * Building blocks for malformed answers: field aliases shared by both route families, finders
 * for the item list, the first item and the pagination block, and the transforms that need
 * raw (non-JSON or unusual) text spliced into otherwise normal JSON.
 */

type Obj = Record<string, unknown>;

/** What is sent instead of the normal answer. */
export interface RawAnswer {
  body: string | Buffer;
  contentType: string;
}


/** Content type of JSON answers. */
export const JSON_TYPE = 'application/json';
/** A placeholder string; its JSON text is swapped for raw (non-JSON or unusual) text. */
const MARK = '\u0000ev-raw\u0000';
const MARK_TEXT = JSON.stringify(MARK);
/** Field names per role: authentik name first, then the alt family's. */
export const ALIASES = {
  items: ['results', 'data'],
  page: ['pagination', 'meta'],
  count: ['count', 'total'],
  pk: ['pk', 'id'],
  created: ['created', 'occurred_at', 'at'],
  action: ['action', 'kind'],
  user: ['user', 'actor'],
  context: ['context', 'details'],
  clientIp: ['client_ip', 'ip'],
  severity: ['severity', 'level'],
  seen: ['seen', 'read'],
  text: ['body', 'text', 'app', 'source'],
  hyperlink: ['hyperlink', 'link'],
  volumeCount: ['count', 'n'],
  volumeTime: ['time', 'bucket_start'],
} as const;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);
/** The first of `names` that is a key of `o`. */
export const keyIn = (o: Obj, names: readonly string[]): string | undefined => names.find((n) => n in o);
/** A JSON answer for `value`. */
export const json = (value: unknown): RawAnswer => ({ body: JSON.stringify(value), contentType: JSON_TYPE });
/** Serialises `value`, splicing `raw` text where the marker string stands. */
const spliced = (value: unknown, raw: string): RawAnswer => ({ body: JSON.stringify(value).replace(MARK_TEXT, () => raw), contentType: JSON_TYPE });

/** The list inside an answer: a top-level array or the `results` / `data` array. */
function listOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObj(value)) return null;
  const key = keyIn(value, ALIASES.items);
  return key && Array.isArray(value[key]) ? (value[key] as unknown[]) : null;
}

/** A paginated answer: an object holding both the item list and the pagination block. */
function pageParts(value: unknown): { items: string; page: string } | null {
  if (!isObj(value)) return null;
  const items = keyIn(value, ALIASES.items);
  const page = keyIn(value, ALIASES.page);
  return items && page && Array.isArray(value[items]) ? { items, page } : null;
}

/** Replaces the first item (list element, `data` object or the whole detail object). */
export function withFirstItem(value: unknown, fn: (item: Obj) => unknown): unknown {
  const copy = clone(value);
  const list = listOf(copy);
  if (list) {
    if (!isObj(list[0])) return null;
    const next = fn(list[0]);
    if (next === undefined) return null;
    list[0] = next;
    return copy;
  }
  if (isObj(copy) && isObj(copy.data) && !('meta' in copy)) {
    const next = fn(copy.data);
    if (next === undefined) return null;
    copy.data = next;
    return copy;
  }
  return isObj(copy) ? (fn(copy) ?? null) : null;
}

/** Changes field `names` of the first item (or of the event nested in it); undefined when absent. */
export function fieldEdit(names: readonly string[], edit: (item: Obj, key: string) => void, nested = true): (value: unknown) => unknown {
  return (value) =>
    withFirstItem(value, (item) => {
      const target = keyIn(item, names) ? item : nested ? [item.event, item.audit_log].find(isObj) : undefined;
      const key = target && keyIn(target, names);
      if (!target || !key) return undefined;
      edit(target, key);
      return item;
    });
}

/** A field edit that assigns `v`. */
export const set = (v: unknown) => (o: Obj, k: string) => {
  o[k] = v;
};
/** Wraps a value transform: null/undefined (nothing to change) → null, else a JSON answer. */
export const asJson = (mutate: (value: unknown) => unknown) => (value: unknown) => {
  const out = mutate(value);
  return out === null || out === undefined ? null : json(out);
};
/** Edits a paginated answer (item list + pagination block); null for other answers. */
export const pageEdit = (fn: (o: Obj, p: { items: string; page: string }) => void) =>
  asJson((value) => {
    const parts = pageParts(value);
    if (!parts) return null;
    const copy = clone(value) as Obj;
    fn(copy, parts);
    return copy;
  });

function deepObject(depth: number): string {
  return `${'{"nested":'.repeat(depth)}{}${'}'.repeat(depth)}`;
}

/** Adds a 21 MiB `_padding` string to the answer (or its first item). */
export function huge(value: unknown): RawAnswer | null {
  const pad = 'x'.repeat(21 * 1024 * 1024);
  if (isObj(value)) return json({ ...value, _padding: pad });
  const list = listOf(value);
  return list && isObj(list[0]) ? json([{ ...list[0], _padding: pad }, ...list.slice(1)]) : null;
}

/** Repeats the item list to 20,000 items. */
export function hugeArray(value: unknown): RawAnswer | null {
  const list = listOf(value);
  if (!list || list.length === 0) return null;
  const many = Array.from({ length: 20_000 }, (_, i) => list[i % list.length]);
  if (Array.isArray(value)) return json(many);
  const copy = { ...(value as Obj) };
  copy[keyIn(copy, ALIASES.items) as string] = many;
  return json(copy);
}

/** Puts a bare `NaN` where a number belongs (the page count, or a new field / element). */
export function withTopLevelNaN(value: unknown): RawAnswer {
  if (Array.isArray(value)) return { body: `${JSON.stringify(value).slice(0, -1)}${value.length ? ',' : ''}NaN]`, contentType: JSON_TYPE };
  if (isObj(value)) {
    const parts = pageParts(value);
    if (parts) {
      const copy = clone(value);
      const page = copy[parts.page] as Obj;
      page[keyIn(page, ALIASES.count) ?? 'count'] = MARK;
      return spliced(copy, 'NaN');
    }
    return spliced({ ratio: MARK, ...value }, 'NaN');
  }
  return { body: 'NaN', contentType: JSON_TYPE };
}

/** Repeats the first item's pk key with a dummy value before the real one. */
export function duplicateKeys(value: unknown): RawAnswer | null {
  let raw = '';
  const out = withFirstItem(value, (item) => {
    const key = keyIn(item, ALIASES.pk);
    if (!key) return undefined;
    raw = `{${JSON.stringify(key)}:"00000000-0000-4000-8000-000000000000",${JSON.stringify(item).slice(1)}`;
    return MARK;
  });
  return out === null ? null : spliced(out, raw);
}

/** Appends a lone `\\ud800` escape to the first item's text field. */
export function loneSurrogate(value: unknown): RawAnswer | null {
  let raw = '';
  const out = fieldEdit(ALIASES.text, (o, k) => {
    raw = `${JSON.stringify(String(o[k])).slice(0, -1)} \\ud800 end"`;
    o[k] = MARK;
  })(value);
  return out === null ? null : spliced(out, raw);
}

/** Replaces the first event's context with an object nested 10,000 levels deep. */
export function deepContext(value: unknown): RawAnswer | null {
  const out = fieldEdit(ALIASES.context, set(MARK))(value);
  return out === null ? null : spliced(out, deepObject(10_000));
}

/** Markup that must never execute when rendered. */
export const SCRIPT = '<img src=x onerror="alert(document.domain)"><script>alert(1)</script>';


/** Replaces the first item (or the whole detail object) with null. */
export function itemNull(value: unknown): RawAnswer | null {
  const copy = clone(value);
  const list = listOf(copy);
  if (list) {
    if (list.length === 0) return null;
    list[0] = null;
    return json(copy);
  }
  if (isObj(copy) && isObj(copy.data)) return json({ ...copy, data: null });
  return isObj(copy) ? json(null) : null;
}

/** Replaces one field of the first volume / histogram bucket. */
export function volumeEdit(value: unknown, names: readonly string[], replacement: unknown): unknown {
  const list = listOf(value);
  const first = list?.[0];
  if (!isObj(first) || !keyIn(first, ALIASES.volumeTime)) return null;
  return withFirstItem(value, (item) => ({ ...item, [keyIn(item, names) as string]: replacement }));
}
