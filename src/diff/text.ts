/**
 * Word / character diff of two strings on top of the bounded sequence diff. Words are runs of
 * letters, digits and `_` (any script); whitespace runs and single punctuation marks are tokens
 * of their own, so `a.b` → `a.c` changes one token. Two single long tokens (hashes, ids, base64)
 * are diffed by character (code point) instead.
 */
import { diffSequences } from './sequence.js';
import type { TextNode, TextSegment } from './types.js';

const WORD = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** Splits into tokens; joining them gives the input back. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function toIds(tokens: string[], table: Map<string, number>): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let id = table.get(token);
    if (id === undefined) {
      id = table.size;
      table.set(token, id);
    }
    ids[i] = id;
  }
  return ids;
}

function push(segments: TextSegment[], op: TextSegment['op'], text: string): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.op === op) last.text += text;
  else segments.push({ op, text });
}

/** Diffs two strings into equal / delete / insert segments (deletions before insertions). */
export function diffText(before: string, after: string, budget?: number): TextNode {
  let unit: 'word' | 'char' = 'word';
  let left = tokenize(before);
  let right = tokenize(after);
  if (left.length <= 1 && right.length <= 1) {
    unit = 'char';
    left = Array.from(before);
    right = Array.from(after);
  }
  const table = new Map<string, number>();
  const a = toIds(left, table);
  const b = toIds(right, table);
  const result = diffSequences(a, b, budget === undefined ? {} : { budget });
  const segments: TextSegment[] = [];
  let i = 0;
  let j = 0;
  let equal = 0;
  while (i < left.length || j < right.length) {
    let deleted = '';
    while (i < left.length && result.removed[i]) deleted += left[i++];
    let inserted = '';
    while (j < right.length && result.added[j]) inserted += right[j++];
    push(segments, 'delete', deleted);
    push(segments, 'insert', inserted);
    let same = '';
    while (i < left.length && j < right.length && !result.removed[i] && !result.added[j]) {
      same += left[i++];
      j++;
    }
    equal += same.length;
    push(segments, 'equal', same);
  }
  const longest = Math.max(before.length, after.length);
  return {
    kind: 'text',
    before,
    after,
    unit,
    segments,
    similarity: longest === 0 ? 1 : equal / longest,
    approximate: result.approximate,
    changes: 1,
  };
}
