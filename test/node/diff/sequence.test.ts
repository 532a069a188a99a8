import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffSequences } from '../../../src/diff/sequence.js';
import { prng } from '../../fixtures/events.js';

/** Length of a longest common subsequence by dynamic programming (small inputs only). */
function lcsLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let prev = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const row = new Int32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

/** Walks the flags; throws when a kept pair is not equal or the sides do not line up. */
function kept(a: Int32Array, b: Int32Array, removed: Uint8Array, added: Uint8Array): number {
  let i = 0;
  let j = 0;
  let same = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && removed[i]) i++;
    else if (j < b.length && added[j]) j++;
    else {
      assert.ok(i < a.length && j < b.length, 'kept elements line up');
      assert.equal(a[i], b[j], `kept a[${i}] equals b[${j}]`);
      same++;
      i++;
      j++;
    }
  }
  return same;
}

describe('diffSequences', () => {
  test('finds a shortest edit script on small inputs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (x, y) => {
        const a = Int32Array.from(x);
        const b = Int32Array.from(y);
        const result = diffSequences(a, b);
        const same = kept(a, b, result.removed, result.added);
        assert.equal(result.approximate, false);
        assert.equal(same, lcsLength(a, b), 'edit script is minimal');
      }),
      { numRuns: 400 },
    );
  });

  test('stays valid when the bounds cut the search short', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 200 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 200 }), (x, y) => {
        const a = Int32Array.from(x);
        const b = Int32Array.from(y);
        const result = diffSequences(a, b, { tooExpensive: 2, budget: 50 });
        kept(a, b, result.removed, result.added);
      }),
      { numRuns: 300 },
    );
  });

  test('8,000 × 8,000 with a small alphabet: bounded work, valid, close to minimal', () => {
    const rand = prng(7);
    const a = Int32Array.from({ length: 8000 }, () => Math.floor(rand() * 10));
    const b = Int32Array.from({ length: 8000 }, () => Math.floor(rand() * 10));
    const result = diffSequences(a, b);
    const same = kept(a, b, result.removed, result.added);
    assert.ok(result.work <= 3_100_000, `work ${result.work}`);
    assert.equal(result.approximate, true);
    // Within 10 % of the true longest common subsequence (a coarse answer would keep nothing).
    const best = lcsLength(a, b);
    assert.ok(same >= best * 0.9, `kept ${same} of ${best}`);
  });

  test('disjoint sequences are decided without searching', () => {
    const a = Int32Array.from({ length: 8000 }, (_, i) => i);
    const b = Int32Array.from({ length: 8000 }, (_, i) => i + 8000);
    const result = diffSequences(a, b);
    assert.equal(kept(a, b, result.removed, result.added), 0);
    assert.ok(result.work <= 16_000);
  });

  test('a shuffled permutation keeps a long common run', () => {
    const rand = prng(3);
    const a = Int32Array.from({ length: 8000 }, (_, i) => i);
    const b = Int32Array.from(a);
    for (let i = b.length - 1; i > 0; i--) {
      const k = Math.floor(rand() * (i + 1));
      [b[i], b[k]] = [b[k]!, b[i]!];
    }
    const result = diffSequences(a, b);
    const same = kept(a, b, result.removed, result.added);
    assert.ok(same >= 50, `kept ${same}`);
    assert.ok(result.work <= 3_100_000);
  });
});
