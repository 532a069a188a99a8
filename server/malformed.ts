/**
 * Malformed answers: each kind is a named function turning a route's normal JSON answer into a
 * broken (or odd but valid) response. `expect` says what a correct client does with it:
 * `error` = reject with a typed error, `tolerant` = accept and render.
 *
 * Kinds find their target through field aliases, so they work on both route families:
 * authentik (`results`, `pagination`, `pk`, `action`…) and alt (`data`, `meta`, `id`, `kind`…).
 * A kind that has nothing to act on in an answer (e.g. `seen-string` on an event list)
 * returns null and the normal answer is sent.
 */

import {
  ALIASES,
  JSON_TYPE,
  SCRIPT,
  asJson,
  deepContext,
  duplicateKeys,
  fieldEdit,
  huge,
  hugeArray,
  itemNull,
  json,
  keyIn,
  loneSurrogate,
  pageEdit,
  set,
  volumeEdit,
  withFirstItem,
  withTopLevelNaN,
  type RawAnswer,
} from './malformed-edit.js';

type Obj = Record<string, unknown>;

export interface MalformedKind {
  kind: string;
  description: string;
  expect: 'error' | 'tolerant';
  /** Which answers it changes: any, page, list, item, event, notification, volume. */
  appliesTo: string;
  /** Huge answers are never picked by `--malformed-rate`. */
  heavy?: boolean;
  apply: (value: unknown) => RawAnswer | null;
}

/** Every malformed kind, in a stable order. */
export const MALFORMED_KINDS: readonly MalformedKind[] = [
  {
    kind: 'invalid-json',
    expect: 'error',
    appliesTo: 'any',
    description: 'Syntax error: a trailing comma before the final bracket.',
    apply: (v) => ({ body: JSON.stringify(v).replace(/([}\]])$/, ',$1'), contentType: JSON_TYPE }),
  },
  {
    kind: 'truncated-json',
    expect: 'error',
    appliesTo: 'any',
    description: 'The first half of the JSON text only.',
    apply: (v) => { const s = JSON.stringify(v); return { body: s.slice(0, Math.max(1, Math.floor(s.length / 2))), contentType: JSON_TYPE }; },
  },
  {
    kind: 'empty-body',
    expect: 'error',
    appliesTo: 'any',
    description: '200 with an empty body.',
    apply: () => ({ body: '', contentType: JSON_TYPE }),
  },
  {
    kind: 'html-200',
    expect: 'error',
    appliesTo: 'any',
    description: 'A 200 HTML login page (as from a misconfigured proxy).',
    apply: () => ({ body: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"><input name="username"></form></body></html>', contentType: 'text/html; charset=utf-8' }),
  },
  {
    kind: 'wrong-content-type',
    expect: 'error',
    appliesTo: 'any',
    description: 'The normal JSON text served as text/plain.',
    apply: (v) => ({ body: JSON.stringify(v), contentType: 'text/plain; charset=utf-8' }),
  },
  {
    kind: 'null-body',
    expect: 'error',
    appliesTo: 'any',
    description: 'The JSON literal null.',
    apply: () => json(null),
  },
  {
    kind: 'empty-object',
    expect: 'error',
    appliesTo: 'any',
    description: 'An empty JSON object.',
    apply: () => json({}),
  },
  {
    kind: 'array-instead-of-object',
    expect: 'error',
    appliesTo: 'any',
    description: 'Top-level type swapped: an object answer arrives wrapped in an array, an array answer wrapped in an object.',
    apply: (v) => json(Array.isArray(v) ? { items: v } : [v]),
  },
  {
    kind: 'results-not-array',
    expect: 'error',
    appliesTo: 'page',
    description: 'The item list is an object.',
    apply: pageEdit((o, p) => { o[p.items] = { 0: (o[p.items] as unknown[])[0] ?? null }; }),
  },
  {
    kind: 'results-null',
    expect: 'error',
    appliesTo: 'page',
    description: 'The item list is null.',
    apply: pageEdit((o, p) => { o[p.items] = null; }),
  },
  {
    kind: 'results-missing',
    expect: 'error',
    appliesTo: 'page',
    description: 'The item list key is absent.',
    apply: pageEdit((o, p) => { delete o[p.items]; }),
  },
  {
    kind: 'pagination-missing',
    expect: 'error',
    appliesTo: 'page',
    description: 'The pagination block (authentik `pagination`, alt `meta`) is absent.',
    apply: pageEdit((o, p) => { delete o[p.page]; }),
  },
  {
    kind: 'pagination-negative-count',
    expect: 'error',
    appliesTo: 'page',
    description: 'The total count is -5.',
    apply: pageEdit((o, p) => { const page = o[p.page] as Obj; page[keyIn(page, ALIASES.count) ?? 'count'] = -5; }),
  },
  {
    kind: 'pagination-next-beyond-last',
    expect: 'error',
    appliesTo: 'page',
    description: 'authentik: `next` is total_pages + 3; alt: `next_cursor` is a cursor the server rejects with 400.',
    apply: pageEdit((o, p) => { const page = o[p.page] as Obj; if ('total_pages' in page) page.next = Number(page.total_pages) + 3; else page.next_cursor = 'not-a-cursor'; }),
  },
  {
    kind: 'pagination-numbers-as-strings',
    expect: 'error',
    appliesTo: 'page',
    description: 'Every number in the pagination block is a string ("42").',
    apply: pageEdit((o, p) => { const page = o[p.page] as Obj; for (const [k, v] of Object.entries(page)) if (typeof v === 'number') page[k] = String(v); }),
  },
  {
    kind: 'item-null',
    expect: 'error',
    appliesTo: 'item',
    description: 'The first item is null (a detail answer becomes null).',
    apply: itemNull,
  },
  {
    kind: 'item-missing-pk',
    expect: 'error',
    appliesTo: 'item',
    description: 'The first item has no `pk` / `id`.',
    apply: asJson(fieldEdit(ALIASES.pk, (o, k) => { delete o[k]; }, false)),
  },
  {
    kind: 'numeric-pk',
    expect: 'error',
    appliesTo: 'item',
    description: 'The first item\'s `pk` / `id` is the number 42.',
    apply: asJson(fieldEdit(ALIASES.pk, set(42), false)),
  },
  {
    kind: 'invalid-created',
    expect: 'error',
    appliesTo: 'item',
    description: 'The first item\'s timestamp is "not-a-date".',
    apply: asJson(fieldEdit(ALIASES.created, set('not-a-date'), false)),
  },
  {
    kind: 'numeric-created',
    expect: 'error',
    appliesTo: 'item',
    description: 'The first item\'s timestamp is epoch seconds (a number).',
    apply: asJson(fieldEdit(ALIASES.created, set(1767225600), false)),
  },
  {
    kind: 'numeric-action',
    expect: 'error',
    appliesTo: 'event',
    description: 'The first event\'s `action` / `kind` is the number 7.',
    apply: asJson(fieldEdit(ALIASES.action, set(7))),
  },
  {
    kind: 'user-string',
    expect: 'error',
    appliesTo: 'event',
    description: 'The first event\'s `user` / `actor` is the string "akadmin".',
    apply: asJson(fieldEdit(ALIASES.user, set('akadmin'))),
  },
  {
    kind: 'context-array',
    expect: 'error',
    appliesTo: 'event',
    description: 'The first event\'s `context` / `details` is an array.',
    apply: asJson(fieldEdit(ALIASES.context, set([{ message: 'context as array' }]))),
  },
  {
    kind: 'context-string',
    expect: 'error',
    appliesTo: 'event',
    description: 'The first event\'s `context` / `details` is a JSON-looking string.',
    apply: asJson(fieldEdit(ALIASES.context, set('{"message": "context as string"}'))),
  },
  {
    kind: 'client-ip-number',
    expect: 'error',
    appliesTo: 'event',
    description: 'The first event\'s `client_ip` / `ip` is the number 3232235777.',
    apply: asJson(fieldEdit(ALIASES.clientIp, set(3232235777))),
  },
  {
    kind: 'extra-fields',
    expect: 'tolerant',
    appliesTo: 'item',
    description: 'The first item gains unknown fields (scalar, object, array).',
    apply: asJson((v) => withFirstItem(v, (item) => ({ ...item, x_unknown: 'surprise', x_meta: { a: [1, 2, { b: null }] }, x_list: [] }))),
  },
  {
    kind: 'unknown-action',
    expect: 'tolerant',
    appliesTo: 'event',
    description: 'The first event\'s action is a name the client has never seen.',
    apply: asJson(fieldEdit(ALIASES.action, set('quantum_entanglement_detected'))),
  },
  {
    kind: 'huge-body',
    expect: 'tolerant',
    appliesTo: 'any',
    heavy: true,
    description: 'Valid JSON over 20 MB: a 21 MiB `_padding` string field.',
    apply: huge,
  },
  {
    kind: 'huge-array',
    expect: 'tolerant',
    appliesTo: 'list',
    heavy: true,
    description: 'The item list repeated to 20,000 items, whatever the page size.',
    apply: hugeArray,
  },
  {
    kind: 'deep-nesting',
    expect: 'tolerant',
    appliesTo: 'event',
    heavy: true,
    description: 'The first event\'s context is nested 10,000 objects deep.',
    apply: deepContext,
  },
  {
    kind: 'lone-surrogate',
    expect: 'tolerant',
    appliesTo: 'item',
    description: 'A text field (`body` / `text` / `app` / `source`) contains the lone surrogate escape \\ud800.',
    apply: loneSurrogate,
  },
  {
    kind: 'nan-literal',
    expect: 'error',
    appliesTo: 'any',
    description: 'A bare NaN where a number belongs (invalid JSON).',
    apply: withTopLevelNaN,
  },
  {
    kind: 'duplicate-keys',
    expect: 'tolerant',
    appliesTo: 'item',
    description: 'The first item repeats its `pk` / `id` key; the last (real) value wins in JSON.parse.',
    apply: duplicateKeys,
  },
  {
    kind: 'bom-prefix',
    expect: 'tolerant',
    appliesTo: 'any',
    description: 'A UTF-8 byte-order mark before the JSON text (fetch\'s text()/json() strip it).',
    apply: (v) => ({ body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(v))]), contentType: JSON_TYPE }),
  },
  {
    kind: 'notification-unknown-severity',
    expect: 'tolerant',
    appliesTo: 'notification',
    description: 'The first notification\'s `severity` / `level` is "catastrophic": a newer server may add levels; clients show it as a notice.',
    apply: asJson(fieldEdit(ALIASES.severity, set('catastrophic'), false)),
  },
  {
    kind: 'seen-string',
    expect: 'error',
    appliesTo: 'notification',
    description: 'The first notification\'s `seen` / `read` is the string "true".',
    apply: asJson(fieldEdit(ALIASES.seen, set('true'), false)),
  },
  {
    kind: 'hyperlink-javascript',
    expect: 'tolerant',
    appliesTo: 'notification',
    description: 'The first notification links to javascript:alert(1); render it, never as a live link.',
    apply: asJson(fieldEdit(ALIASES.hyperlink, (o, k) => { o[k] = k === 'link' ? { url: 'javascript:alert(1)', label: 'Click me' } : 'javascript:alert(1)'; }, false)),
  },
  {
    kind: 'script-injection',
    expect: 'tolerant',
    appliesTo: 'item',
    description: 'A text field of the first item (`body` / `text` / `app` / `source`) holds HTML and script markup; it must render as text.',
    apply: asJson(fieldEdit(ALIASES.text, set(SCRIPT))),
  },
  {
    kind: 'volume-negative-count',
    expect: 'error',
    appliesTo: 'volume',
    description: 'The first volume bucket\'s count is -3.',
    apply: asJson((v) => volumeEdit(v, ALIASES.volumeCount, -3)),
  },
  {
    kind: 'volume-invalid-time',
    expect: 'error',
    appliesTo: 'volume',
    description: 'The first volume bucket\'s time is "yesterday".',
    apply: asJson((v) => volumeEdit(v, ALIASES.volumeTime, 'yesterday')),
  },
];

const BY_NAME = new Map(MALFORMED_KINDS.map((k) => [k.kind, k]));

/** The kind with this name, if it exists. */
export function malformedKind(name: string): MalformedKind | undefined {
  return BY_NAME.get(name);
}
