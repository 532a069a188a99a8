/**
 * The diff of two wide objects above the depth limit (a huge context object, say) lists each
 * side's keys at most once: every listing is observed through a Proxy `ownKeys` trap, so the
 * test states the cost as a number of key visits, not as a time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonValue } from '../../../src/client/types.js';
import { diffJson, diffJsonAsync } from '../../../src/diff/index.js';
import { watched } from './key-visits.js';

function nest(depth: number, leaf: JsonValue): JsonValue {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}


const SIZE = 3000;

/** Two wide objects with a few differences: a changed value, and unless `sameKeys` one key removed and one added. */
function pair(sameKeys: boolean): [Record<string, JsonValue>, Record<string, JsonValue>] {
  const a: Record<string, JsonValue> = {};
  const b: Record<string, JsonValue> = {};
  for (let i = 0; i < SIZE; i++) a[`k${i}`] = b[`k${i}`] = i;
  b.k17 = 'changed';
  if (!sameKeys) {
    delete b.k5;
    b.extra = true;
  }
  return [a, b];
}

const diffs = { diffJson: (a: JsonValue, b: JsonValue) => Promise.resolve(diffJson(a, b)), diffJsonAsync };

describe('diff of two wide objects: key listings', () => {
  for (const [name, run] of Object.entries(diffs)) {
    for (const depth of [0, 3]) {
      for (const sameKeys of [true, false]) {
        test(`${name}, depth ${depth}, ${sameKeys ? 'same keys' : 'a key removed and one added'}: each side's keys listed at most once, same result`, async () => {
          const [a, b] = pair(sameKeys);
          const before = watched(a);
          const after = watched(b);
          const diff = await run(nest(depth, before.value), nest(depth, after.value));
          // Read before comparing results: the comparison lists the keys too.
          const visits = { before: before.keyVisits(), after: after.keyVisits() };
          for (const side of ['before', 'after'] as const) {
            const keys = Object.keys(side === 'before' ? a : b).length;
            assert.ok(visits[side] <= keys, `${side}: ${visits[side]} key visits for ${keys} keys`);
          }
          assert.ok(diff, 'the values differ');
          assert.deepEqual(diff, diffJson(nest(depth, a), nest(depth, b)), 'same result as on the plain objects');
        });
      }
    }
  }
});
