import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { JsonValue } from '../../../src/client/types.js';
import { diffJson, diffJsonAsync, jsonEqual } from '../../../src/diff/index.js';
import { editedCopy, hugeContext } from '../../fixtures/detail-events.js';
import type { ArrayNode, ObjectNode, TextNode } from '../../../src/diff/types.js';
import { rebuild } from './rebuild.js';

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;

/** Pairs of related values: the second is a random edit of the first, so diffs are interesting. */
const related = fc.tuple(json, fc.array(fc.tuple(fc.nat(), json), { maxLength: 4 })).map(([base, edits]) => {
  const next = structuredClone(base) as JsonValue;
  for (const [n, value] of edits) {
    if (Array.isArray(next) && next.length) {
      const i = n % next.length;
      if (n % 3 === 0) next.splice(i, 1);
      else if (n % 3 === 1) next.splice(i, 0, value);
      else next.push(next.splice(i, 1)[0]!);
    } else if (next && typeof next === 'object' && !Array.isArray(next)) {
      const keys = Object.keys(next);
      if (keys.length && n % 2) next[keys[n % keys.length]!] = value;
      else next[`k${n % 5}`] = value;
    }
  }
  return [base, next] as const;
});

describe('diffJson', () => {
  test('null exactly when the values are equal; the diff rebuilds both sides (property)', () => {
    const check = (a: JsonValue, b: JsonValue) => {
      const d = diffJson(a, b, { textThreshold: 8 });
      assert.equal(d === null, jsonEqual(a, b));
      if (d) {
        assert.deepEqual(rebuild(d, 'before'), a);
        assert.deepEqual(rebuild(d, 'after'), b);
        assert.ok(d.changes >= 1);
      }
    };
    fc.assert(fc.property(json, json, check), { numRuns: 500 });
    fc.assert(fc.property(related, ([a, b]) => check(a, b)), { numRuns: 500 });
  });

  test('false, 0, "", null, [] and {} are all different from each other', () => {
    const values: JsonValue[] = [false, 0, '', null, [], {}];
    for (const a of values) {
      for (const b of values) {
        const d = diffJson({ field: a }, { field: b }) as ObjectNode | null;
        if (a === b || JSON.stringify(a) === JSON.stringify(b)) assert.equal(d, null);
        else {
          assert.equal(d?.entries[0]?.op, 'changed', `${JSON.stringify(a)} → ${JSON.stringify(b)}`);
        }
      }
    }
  });

  test('object key order does not matter; a missing key is not a null', () => {
    assert.equal(diffJson({ a: 1, b: 2 }, { b: 2, a: 1 }), null);
    const d = diffJson({ a: null }, {}) as ObjectNode;
    assert.deepEqual(d.entries, [{ op: 'removed', key: 'a', value: null }]);
  });

  test('prototype-like keys are ordinary data', () => {
    const a = JSON.parse('{"__proto__": {"x": 1}, "toString": 1}') as JsonValue;
    const b = JSON.parse('{"__proto__": {"x": 2}, "constructor": 1}') as JsonValue;
    const d = diffJson(a, b) as ObjectNode;
    assert.deepEqual(
      d.entries.map((e) => `${e.op}:${e.key}`),
      ['changed:__proto__', 'removed:toString', 'added:constructor'],
    );
  });

  test('arrays with pk / id / uuid are matched by it: changes nest, reordering is a move', () => {
    const before = [{ pk: 1, name: 'a' }, { pk: 2, name: 'b' }, { pk: 3, name: 'c' }, { pk: 4, name: 'd' }];
    const after = [{ pk: 4, name: 'd' }, { pk: 1, name: 'a' }, { pk: 2, name: 'B' }, { pk: 5, name: 'e' }];
    const d = diffJson(before, after) as ArrayNode;
    assert.equal(d.key, 'pk');
    assert.deepEqual(
      d.entries.map((e) => (e.op === 'same' ? `same×${e.count}` : e.op)),
      ['moved', 'same×1', 'changed', 'removed', 'added'],
    );
    const moved = d.entries[0]!;
    assert.ok(moved.op === 'moved' && moved.beforeIndex === 3 && moved.afterIndex === 0);
    assert.equal(d.changes, 4);
  });

  test('key detection requires a unique identity on every item', () => {
    assert.equal((diffJson([{ id: 1 }, { id: 1 }], [{ id: 1 }]) as ArrayNode).key, null);
    assert.equal((diffJson([{ id: 1 }, { x: 1 }], [{ id: 1 }]) as ArrayNode).key, null);
    assert.equal((diffJson([{ uuid: 'a', v: 1 }], [{ uuid: 'a', v: 2 }]) as ArrayNode).key, 'uuid');
    assert.equal((diffJson([{ name: 'a', v: 1 }], [{ name: 'a', v: 2 }], { keys: ['name'] }) as ArrayNode).key, 'name');
  });

  test('unkeyed arrays: equal items that changed place are moves, not remove + add', () => {
    const d = diffJson(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd', 'e', 'a']) as ArrayNode;
    const moves = d.entries.filter((e) => e.op === 'moved');
    assert.equal(moves.length, 1);
    assert.ok(moves[0]!.op === 'moved' && moves[0]!.beforeIndex === 0 && moves[0]!.afterIndex === 4);
    assert.ok(!d.entries.some((e) => e.op === 'added' || e.op === 'removed'));
  });

  test('unkeyed arrays: an edited item in place is one nested change', () => {
    const d = diffJson([{ n: 1 }, { n: 2, tags: ['x'] }, { n: 3 }], [{ n: 1 }, { n: 2, tags: ['x', 'y'] }, { n: 3 }]) as ArrayNode;
    assert.deepEqual(
      d.entries.map((e) => e.op),
      ['same', 'changed', 'same'],
    );
    assert.equal(d.changes, 1);
  });

  test('long strings are diffed by word, single long tokens by character', () => {
    const words = diffJson('The quick brown fox jumps over the lazy dog', 'The quick red fox jumped over the lazy dog') as TextNode;
    assert.equal(words.kind, 'text');
    assert.equal(words.unit, 'word');
    assert.deepEqual(
      words.segments.filter((s) => s.op !== 'equal').map((s) => `${s.op}:${s.text}`),
      ['delete:brown', 'insert:red', 'delete:jumps', 'insert:jumped'],
    );
    const chars = diffJson('a'.repeat(30) + 'XYZ' + 'b'.repeat(30), 'a'.repeat(30) + 'XQZ' + 'b'.repeat(30)) as TextNode;
    assert.equal(chars.unit, 'char');
    assert.deepEqual(
      chars.segments.filter((s) => s.op !== 'equal').map((s) => s.text),
      ['Y', 'Q'],
    );
    assert.ok(chars.similarity > 0.9);
    assert.equal(diffJson('short', 'other')?.kind, 'replace');
  });

  test('deep nesting never overflows the stack', () => {
    let a: JsonValue = 1;
    let b: JsonValue = 2;
    let c: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) {
      a = [a];
      b = [b];
      c = { k: [c] };
    }
    assert.ok(diffJson(a, b));
    let same: JsonValue = 1;
    for (let i = 0; i < 100_000; i++) same = [same];
    assert.equal(diffJson(a, same), null);
    assert.ok(diffJson(c, a));
  });

  test('an 8,000 × 8,000 unkeyed worst case stays valid', () => {
    const make = (seed: number) => Array.from({ length: 8000 }, (_, i) => ({ n: (i * seed) % 97, label: `item ${(i * seed) % 89}` }));
    const a = make(7);
    const b = make(11);
    const d = diffJson(a, b) as ArrayNode;
    assert.deepEqual(rebuild(d, 'before'), a);
    assert.deepEqual(rebuild(d, 'after'), b);
  });
});

describe('diffJsonAsync', () => {
  test('gives the same diff as diffJson (property)', async () => {
    await fc.assert(
      fc.asyncProperty(related, async ([a, b]) => {
        assert.deepEqual(await diffJsonAsync(a, b, { textThreshold: 8 }), diffJson(a, b, { textThreshold: 8 }));
      }),
      { numRuns: 200 },
    );
  });

  test('spreads a large diff over tasks, with the same result; aborts on request', async () => {
    const big = hugeContext(1_500_000);
    const next = JSON.parse(JSON.stringify(editedCopy(big))) as JsonValue;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await diffJsonAsync(big, next, { sliceMs: 1 });
    clearInterval(timer);
    assert.ok(ticks > 0, 'other tasks ran while diffing');
    assert.deepEqual(result, diffJson(big, next));
    const controller = new AbortController();
    const pending = diffJsonAsync(big, next, { sliceMs: 1, signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (e: unknown) => (e as Error).name === 'AbortError');
  });
});
