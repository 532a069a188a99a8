/**
 * Depth limits of response validation (found by the malformed-response suite, `deep-nesting`,
 * and the property tests): a 10,000-deep context is cut, not fatal; a 10,000-deep user chain is
 * a typed error, not a stack overflow.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventsValidationError } from '../../../src/client/errors.js';
import { MAX_DEPTH, TRUNCATED, eventRecord } from '../../../src/client/validate.js';

const base = { pk: 'e1', action: 'login', app: 'authentik.events.signals', created: '2026-11-20T10:00:00Z' };

function nested(depth: number, key: string, leaf = '{}'): string {
  return `${`{"${key}":`.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
}

describe('security: nesting limits of response validation', () => {
  test(`a context nested 10,000 deep is kept to ${MAX_DEPTH} levels, the rest replaced by a marker`, () => {
    const raw = JSON.parse(`{"pk":"e1","action":"login","app":"x","created":"2026-11-20T10:00:00Z","context":${nested(10_000, 'nested')}}`) as unknown;
    const event = eventRecord(raw, '$');
    let node: unknown = event.context;
    let depth = 0;
    while (typeof node === 'object' && node !== null) {
      node = (node as Record<string, unknown>).nested;
      depth++;
    }
    assert.equal(depth, MAX_DEPTH);
    assert.equal(node, TRUNCATED);
    // Arrays too, and siblings at shallower levels are untouched.
    const arrays = eventRecord({ ...base, context: { a: JSON.parse(`${'['.repeat(5000)}1${']'.repeat(5000)}`), b: [1, { c: 'kept' }] } }, '$');
    assert.deepEqual(arrays.context.b, [1, { c: 'kept' }]);
    assert.match(JSON.stringify(arrays.context.a), new RegExp(`^\\[{${MAX_DEPTH - 1}}"\\[nested deeper than ${MAX_DEPTH} levels\\]"`));
  });

  test('a context whose deepest container is at level 99 is unchanged', () => {
    const raw = JSON.parse(`{"pk":"e1","action":"login","app":"x","created":"2026-11-20T10:00:00Z","context":${nested(MAX_DEPTH - 2, 'n', '{"leaf":[1,2]}')}}`) as unknown;
    const copy = structuredClone(raw);
    assert.deepEqual(eventRecord(raw, '$'), eventRecord(copy, '$'));
    assert.equal(JSON.stringify(raw).includes(TRUNCATED), false);
  });

  test('a 10,000-deep on_behalf_of chain is a typed error naming the path, not a stack overflow', () => {
    for (const key of ['on_behalf_of', 'authenticated_as']) {
      const raw = JSON.parse(`{"pk":"e1","action":"login","app":"x","created":"2026-11-20T10:00:00Z","context":{},"user":${nested(10_000, key)}}`) as unknown;
      assert.throws(
        () => eventRecord(raw, '$'),
        (e: unknown) => e instanceof EventsValidationError && e.path.startsWith(`$.user.${key}.${key}`) && /levels of nesting/.test(e.expected),
      );
    }
    // A realistic chain is fine.
    const ok = eventRecord({ ...base, user: { username: 'admin', on_behalf_of: { username: 'alice', authenticated_as: { username: 'token' } } } }, '$');
    assert.equal(ok.user.on_behalf_of?.authenticated_as?.username, 'token');
  });
});
