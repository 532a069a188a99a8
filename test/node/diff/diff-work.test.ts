/**
 * How much work the sliced diff does, counted rather than timed: every key listing of a wide
 * object is observed through a Proxy, so the test states the cost as a number of key visits.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { JsonValue } from '../../../src/client/types.js';
import { diffJson, diffJsonAsync } from '../../../src/diff/index.js';
import { ValueCounter } from '../../../src/diff/equal.js';
import { watched } from './key-visits.js';

function nest(depth: number, leaf: JsonValue): JsonValue {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

/** A wide object (`size` keys, the last one `last`) behind a Proxy that adds up the keys each listing of it returns. */
function wideWatched(size: number, last: number): { value: JsonValue; keyVisits: () => number } {
  const target: Record<string, JsonValue> = {};
  for (let i = 0; i < size; i++) target[`k${i}`] = i;
  target[`k${size - 1}`] = last;
  return watched(target);
}

describe('diffJsonAsync: work', () => {
  test('a wide object nested 70 deep: its keys are listed a few times, not once per level', async () => {
    // Wider than one slice (2,000 values), so the sliced diff descends all 64 levels to it.
    const size = 3000;
    const before = wideWatched(size, 1);
    const after = wideWatched(size, 2);
    const diff = await diffJsonAsync(nest(70, before.value), nest(70, after.value));
    assert.ok(diff, 'the values differ');
    // Linear: a constant number of passes over each side (counting, the equality check at the
    // depth limit), whatever the depth. Counting again at each level would be 64 passes or more.
    for (const side of [before, after]) assert.ok(side.keyVisits() <= 4 * size, `${side.keyVisits()} key visits for ${size} keys`);
  });

  test('same result as diffJson on wide and deep values', async () => {
    const wide = (last: number) => {
      const o: Record<string, JsonValue> = {};
      for (let i = 0; i < 2500; i++) o[`k${i}`] = [i, { v: i }];
      o.k7 = [7, { v: last }];
      return o;
    };
    for (const depth of [0, 1, 10, 63, 64, 65, 70]) {
      const a = nest(depth, wide(1));
      const b = nest(depth, wide(2));
      assert.deepEqual(await diffJsonAsync(a, b), diffJson(a, b), `depth ${depth}`);
    }
  });
});

describe('ValueCounter', () => {
  /** The count by definition: every value once (shared values once per place), no further than `cap`. */
  function reference(value: JsonValue | undefined, cap: number): number {
    let n = 0;
    const stack = [value];
    while (stack.length) {
      const v = stack.pop();
      n++;
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push(v[i]);
      else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) stack.push(v[k]);
    }
    return Math.min(n, cap);
  }

  test('values up to the cap, whatever the shape (property)', () => {
    const json = fc.jsonValue({ maxDepth: 5 }) as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 60 }), (value, cap) => new ValueCounter(cap).count(value) === reference(value, cap)),
      { numRuns: 1000 },
    );
  });

  test('one ValueCounter asked about a value and all its parts, in any order, answers as the reference count (property)', () => {
    const json = fc.jsonValue({ maxDepth: 6 }) as fc.Arbitrary<JsonValue>;
    // Wide enough that some parts pass the counter's small-subtree shortcut (64 values).
    const value = fc.array(json, { maxLength: 40 }).map((items) => ({ items, wide: items.flatMap((x) => [x, { x }]) }) as JsonValue);
    const parts = (v: JsonValue): JsonValue[] => {
      const out = [v];
      for (let i = 0; i < out.length; i++) {
        const x = out[i];
        if (typeof x === 'object' && x !== null) out.push(...Object.values(x));
      }
      return out;
    };
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 300 }), fc.boolean(), (v, cap, deepFirst) => {
        const counter = new ValueCounter(cap);
        const all = deepFirst ? parts(v).reverse() : parts(v);
        return all.every((p) => counter.count(p) === reference(p, cap));
      }),
      { numRuns: 300 },
    );
  });

  test('a wide object a few levels down: ValueCounter lists its keys once', () => {
    // Near enough to the top that the small-subtree shortcut meets it before the full count.
    const size = 3000;
    const wide = wideWatched(size, 1);
    const counter = new ValueCounter(20_000);
    assert.equal(counter.count(nest(3, wide.value)), size + 4);
    assert.equal(counter.count(wide.value), size + 1, 'remembered');
    assert.equal(wide.keyVisits(), size, `${wide.keyVisits()} key visits for ${size} keys`);
  });

  test('a value that contains itself (not JSON) counts as the cap instead of running forever', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    assert.equal(new ValueCounter(100).count(loop as JsonValue), 100);
  });

  test('holes in arrays count as values; a shared value counts at each place', () => {
    const shared = { a: 1, b: [2, 3] };
    // eslint-disable-next-line no-sparse-arrays
    const holey = [1, , 3] as JsonValue[];
    assert.equal(new ValueCounter(100).count(holey), 4);
    assert.equal(new ValueCounter(100).count({ x: shared, y: shared }), 11);
    assert.equal(new ValueCounter(7).count({ x: shared, y: shared }), 7);
  });
});
