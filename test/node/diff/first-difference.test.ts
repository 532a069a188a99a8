import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { JsonValue } from '../../../src/client/types.js';
import { diffJson, firstDifference, jsonEqual } from '../../../src/diff/index.js';
import { firstDifferenceSteps } from '../../../src/diff/first-difference.js';
import { finish } from '../../../src/diff/steps.js';

function nest(depth: number, leaf: JsonValue): JsonValue {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

function at(value: JsonValue | undefined, path: ReadonlyArray<string | number>): JsonValue | undefined {
  let v = value;
  for (const step of path) v = v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, step) ? (v as Record<string, JsonValue>)[step] : undefined;
  return v;
}

describe('firstDifference', () => {
  test('equal values: equal', () => {
    assert.deepEqual(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), { kind: 'equal' });
  });

  test('a changed leaf below a container the diff replaced whole: its path and both values', () => {
    const before = nest(100, { a: [1, 2, { b: 1 }], z: true });
    const after = nest(100, { a: [1, 2, { b: 2 }], z: true });
    const d = diffJson(before, after);
    // The diff stops at depth 64 ...
    let node = d;
    for (let i = 0; i < 64; i++) node = node?.kind === 'object' ? (node.entries[0] as { diff: typeof node }).diff : null;
    assert.equal(node?.kind, 'replace');
    // ... and the search from there finds where.
    const found = firstDifference(node!.before, node!.after);
    assert.equal(found.kind, 'found');
    if (found.kind !== 'found') return;
    assert.deepEqual(found.path, [...Array<string>(36).fill('level'), 'a', 2, 'b']);
    assert.equal(found.before, 1);
    assert.equal(found.after, 2);
  });

  test('a key only one side has, an extra array item, a kind change: absent side is undefined', () => {
    assert.deepEqual(firstDifference({ a: 1 }, { a: 1, b: 2 }), { kind: 'found', path: ['b'], before: undefined, after: 2 });
    assert.deepEqual(firstDifference({ a: 1, b: 2 }, { a: 1 }), { kind: 'found', path: ['b'], before: 2, after: undefined });
    assert.deepEqual(firstDifference([1, 2], [1, 2, 3]), { kind: 'found', path: [2], before: undefined, after: 3 });
    assert.deepEqual(firstDifference({ a: [1] }, { a: { 0: 1 } }), { kind: 'found', path: ['a'], before: [1], after: { 0: 1 } });
  });

  test('in document order: the first differing key of `before`', () => {
    const found = firstDifference({ a: { x: 1 }, b: 1, c: 1 }, { c: 2, b: 2, a: { x: 1 } });
    assert.deepEqual(found, { kind: 'found', path: ['b'], before: 1, after: 2 });
  });

  test('10,000 levels deep: found without recursion', () => {
    const found = firstDifference(nest(10_000, 1), nest(10_000, 2));
    assert.equal(found.kind, 'found');
    if (found.kind === 'found') assert.equal(found.path.length, 10_000);
  });

  test('huge breadth: stops after the step budget and says how far it got', () => {
    const a: Record<string, JsonValue> = {};
    for (let i = 0; i < 200_000; i++) a[`k${i}`] = { v: i };
    const b = { ...a, k199999: { v: -1 } };
    const stopped = firstDifference(a, b, { maxSteps: 5_000 });
    assert.equal(stopped.kind, 'stopped');
    if (stopped.kind === 'stopped') assert.ok(stopped.steps >= 5_000 && stopped.steps < 5_100, `${stopped.steps} steps`);
    // With room enough it finds it.
    assert.deepEqual(firstDifference(a, b, { maxSteps: 1_000_000 }), { kind: 'found', path: ['k199999', 'v'], before: 199_999, after: -1 });
  });

  test('in steps: no step lists the keys of more than one wide object; same result as firstDifference', () => {
    let listings = 0;
    const wide = (last: number) => {
      const o: Record<string, JsonValue> = {};
      for (let i = 0; i < 3000; i++) o[`k${i}`] = i;
      o.k2999 = last;
      return new Proxy(o, { ownKeys: (t) => (listings++, Reflect.ownKeys(t)) });
    };
    const [a, b] = [nest(3, wide(1)), nest(3, wide(2))];
    const steps = firstDifferenceSteps(a, b);
    let most = 0;
    for (;;) {
      listings = 0;
      const r = steps.next();
      most = Math.max(most, listings);
      if (!r.done) continue;
      assert.deepEqual(r.value, firstDifference(a, b));
      break;
    }
    assert.equal(most, 1);
  });

  test('in steps with onStopped: the bounded result is reported, the walk goes on to say whether they differ', () => {
    const a: Record<string, JsonValue> = {};
    for (let i = 0; i < 20_000; i++) a[`k${i}`] = { v: i };
    const b = { ...a, k19999: { v: -1 } };
    let stopped: unknown;
    const full = finish(firstDifferenceSteps(a, b, { maxSteps: 5_000, onStopped: (s) => (stopped = s) }));
    assert.deepEqual(stopped, firstDifference(a, b, { maxSteps: 5_000 }));
    assert.deepEqual(full, { kind: 'found', path: ['k19999', 'v'], before: 19_999, after: -1 });
    stopped = undefined;
    assert.deepEqual(finish(firstDifferenceSteps(a, { ...a }, { maxSteps: 5_000, onStopped: (s) => (stopped = s) })), { kind: 'equal' });
    assert.equal((stopped as { kind: string }).kind, 'stopped');
  });

  test('deep and wide: the budget bounds the work whatever the shape', () => {
    let wide: JsonValue = 1;
    for (let i = 0; i < 2_000; i++) wide = [wide, { pad: Array.from({ length: 50 }, (_, j) => j) }];
    const other = structuredClone(wide) as JsonValue[];
    (other[1] as Record<string, JsonValue>).pad = 0;
    // The first item is a 2,000-level chain, walked before the differing second item.
    assert.equal(firstDifference(wide, other, { maxSteps: 1_000 }).kind, 'stopped');
  });

  test('what it finds differs, found at that path on each side (property)', () => {
    const json = fc.jsonValue({ maxDepth: 5 }) as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(json, json, (a, b) => {
        const r = firstDifference(a, b);
        assert.equal(r.kind === 'equal', jsonEqual(a, b));
        if (r.kind !== 'found') return;
        assert.deepEqual(at(a, r.path), r.before);
        assert.deepEqual(at(b, r.path), r.after);
        assert.ok(!jsonEqual(r.before, r.after));
        // Nothing above it differs as a kind: every ancestor is a container on both sides.
        for (let i = 0; i < r.path.length; i++) {
          const x = at(a, r.path.slice(0, i));
          const y = at(b, r.path.slice(0, i));
          assert.ok(typeof x === 'object' && x !== null && typeof y === 'object' && y !== null && Array.isArray(x) === Array.isArray(y));
        }
      }),
    );
  });
});
