/**
 * The text diff computed in pieces (the tokenizer cuts long texts, every loop yields at
 * checkpoints) gives exactly the result of the one-piece computation, synchronously and spread
 * over tasks by `diffTextAsync`, which lets other tasks run in between and stops when aborted.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { diffSequences } from '../../../src/diff/sequence.js';
import { diffText, diffTextAsync, tokenize } from '../../../src/diff/text.js';
import type { TextNode, TextSegment } from '../../../src/diff/types.js';
import { prng } from '../../fixtures/events.js';

/** The text diff as one piece: whole-text tokens, token concatenation (the pre-steps code). */
function reference(before: string, after: string): TextNode {
  let unit: 'word' | 'char' = 'word';
  let left = tokenize(before);
  let right = tokenize(after);
  if (left.length <= 1 && right.length <= 1) {
    unit = 'char';
    left = Array.from(before);
    right = Array.from(after);
  }
  const table = new Map<string, number>();
  const ids = (tokens: string[]) => Int32Array.from(tokens, (t) => (table.has(t) ? table.get(t)! : (table.set(t, table.size), table.size - 1)));
  const a = ids(left);
  const b = ids(right);
  const result = diffSequences(a, b);
  const segments: TextSegment[] = [];
  const push = (op: TextSegment['op'], text: string) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.op === op) last.text += text;
    else segments.push({ op, text });
  };
  let i = 0;
  let j = 0;
  let equal = 0;
  while (i < left.length || j < right.length) {
    let deleted = '';
    while (i < left.length && result.removed[i]) deleted += left[i++];
    let inserted = '';
    while (j < right.length && result.added[j]) inserted += right[j++];
    push('delete', deleted);
    push('insert', inserted);
    let same = '';
    while (i < left.length && j < right.length && !result.removed[i] && !result.added[j]) {
      same += left[i++];
      j++;
    }
    equal += same.length;
    push('equal', same);
  }
  const longest = Math.max(before.length, after.length);
  return { kind: 'text', before, after, unit, segments, similarity: longest === 0 ? 1 : equal / longest, approximate: result.approximate, changes: 1 };
}

/** Pieces that stress the tokenizer's cuts: words, spaces, marks, pairs, lone surrogates, scripts. */
const PIECES = ['a', 'word', 'é', 'e\u0301', ' ', '  ', '\n', '\t', '\u00a0', '.', ',', '-', '_', '1', '😀', '𝐀', '\ud800', '\udc00', '中文', 'Ж'];

/** A text of about `length` characters; `seed` picks the pieces. */
function text(seed: number, length: number, pieces = PIECES): string {
  const random = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = pieces[Math.floor(random() * pieces.length)]!;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

/** `text` with `edits` pieces replaced. */
function edited(seed: number, source: string, edits: number): string {
  const random = prng(seed);
  let out = source;
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(random() * out.length);
    out = `${out.slice(0, at)}${PIECES[Math.floor(random() * PIECES.length)]}${out.slice(at + 1)}`;
  }
  return out;
}

describe('diffText in pieces', () => {
  test('long generated texts (cut into pieces): the same result as the one-piece diff', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 40_000, max: 120_000 }), fc.integer({ min: 0, max: 200 }), (seed, length, edits) => {
        const before = text(seed, length);
        const after = edited(seed + 1, before, edits);
        assert.deepEqual(diffText(before, after), reference(before, after));
      }),
      { numRuns: 12 },
    );
  });

  test('texts with no or few safe cuts: one long word, runs of spaces, emoji, punctuation, astral letters', () => {
    const cases: Array<[string, string]> = [
      [`${'z'.repeat(100_000)}q${'z'.repeat(100_000)}`, `${'z'.repeat(100_001)}y${'z'.repeat(99_999)}`],
      [`x${' '.repeat(100_000)}y`, `x${' '.repeat(99_999)}y`],
      ['😀'.repeat(60_000), `${'😀'.repeat(30_000)}.${'😀'.repeat(30_000)}`],
      ['.,'.repeat(50_000), `${'.,'.repeat(25_000)};${'.,'.repeat(25_000)}`],
      ['𝐀'.repeat(60_000), `${'𝐀'.repeat(30_000)} ${'𝐀'.repeat(30_000)}`],
      [text(3, 100_000, ['a ', 'é', '\ud800', '\udc00', '😀']), text(4, 100_000, ['a ', 'é', '\ud800', '\udc00', '😀'])],
    ];
    for (const [before, after] of cases) assert.deepEqual(diffText(before, after), reference(before, after));
  });

  test('diffTextAsync: the same result as diffText, other tasks run while it computes, abort stops it', async () => {
    const before = text(7, 400_000, ['lorem', 'ipsum', 'dolor', 'sit', ' ', ' ', '.', '\n']);
    const after = edited(8, before, 2000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const node = await diffTextAsync(before, after, { sliceMs: 2 });
      assert.deepEqual(node, diffText(before, after));
      assert.ok(ticks > 0, 'timers ran while the diff was computed');
    } finally {
      clearInterval(timer);
    }
    const abort = new AbortController();
    const running = diffTextAsync(before, after, { sliceMs: 1, signal: abort.signal });
    abort.abort(new Error('gone'));
    await assert.rejects(running, /gone/);
  });
});
