/**
 * Word / character diff of two strings on top of the bounded sequence diff. Words are runs of
 * letters, digits and `_` (any script); whitespace runs and single punctuation marks are tokens
 * of their own, so `a.b` → `a.c` changes one token. Two single long tokens (hashes, ids, base64)
 * are diffed by character (code point) instead.
 *
 * `diffText` computes in the calling task; `diffTextAsync` computes the same result in slices of
 * a few milliseconds (two megabyte texts take several hundred: one task would freeze the page).
 */
import { sequenceDiffSteps } from './sequence.js';
import { finish, finishAsync, type SliceOptions, type Steps } from './steps.js';

/** Loop iterations between two checkpoints (a mask, a local constant: it sits in hot loops). */
const CHECK = 0x3fff;
import type { TextNode, TextSegment } from './types.js';

const WORD = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

/** Splits into tokens; joining them gives the input back. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Characters tokenized between two checkpoints (then up to the next safe cut). */
const PIECE = 1 << 15;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const SPACE_CHAR = /^\s$/u;

/** 0 word, 1 whitespace, 2 other (a token of its own). */
function slowKind(cp: number): number {
  const c = String.fromCodePoint(cp);
  return WORD_CHAR.test(c) ? 0 : SPACE_CHAR.test(c) ? 1 : 2;
}

const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => slowKind(c));

const kind = (cp: number) => (cp < 128 ? ASCII_KIND[cp]! : slowKind(cp));

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** True when a token boundary lies at `i` whatever the text around it (so pieces tokenize alike). */
function safeCut(text: string, i: number): boolean {
  const x = text.charCodeAt(i - 1);
  const y = text.charCodeAt(i);
  if (isHigh(x) && isLow(y)) return false;
  const before = isLow(x) && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? text.codePointAt(i - 2)! : x;
  const k = kind(before);
  return k === 2 || k !== kind(text.codePointAt(i)!);
}

/** `tokenize` as steps: a piece of text at a time, cut only where a token ends anyway. */
function* tokenSteps(text: string): Steps<string[]> {
  const tokens: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    for (let scanned = 1; end < text.length && !safeCut(text, end); scanned++) {
      end++;
      if ((scanned & CHECK) === CHECK) yield;
    }
    const piece = (start === 0 && end === text.length ? text : text.slice(start, end)).match(WORD);
    if (piece) for (const token of piece) tokens.push(token);
    start = end;
    yield;
  }
  return tokens;
}

/** `Array.from(text)` (code points) as steps: a piece at a time, never splitting a surrogate pair. */
function* codePointSteps(text: string): Steps<string[]> {
  if (text.length <= PIECE) return Array.from(text);
  const out: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end++;
    for (const c of Array.from(text.slice(start, end))) out.push(c);
    start = end;
    yield;
  }
  return out;
}

function* idSteps(tokens: string[], table: Map<string, number>): Steps<Int32Array> {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let id = table.get(token);
    if (id === undefined) {
      id = table.size;
      table.set(token, id);
    }
    ids[i] = id;
    if ((i & CHECK) === CHECK) yield;
  }
  return ids;
}

function push(segments: TextSegment[], op: TextSegment['op'], text: string): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.op === op) last.text += text;
  else segments.push({ op, text });
}

/** `diffText` as steps (see `steps.ts`): yields every few thousand tokens or work units. */
export function* textDiffSteps(before: string, after: string, budget?: number): Steps<TextNode> {
  let unit: 'word' | 'char' = 'word';
  let left = yield* tokenSteps(before);
  let right = yield* tokenSteps(after);
  if (left.length <= 1 && right.length <= 1) {
    unit = 'char';
    left = yield* codePointSteps(before);
    right = yield* codePointSteps(after);
  }
  const table = new Map<string, number>();
  const a = yield* idSteps(left, table);
  const b = yield* idSteps(right, table);
  const result = yield* sequenceDiffSteps(a, b, budget === undefined ? {} : { budget });
  // Runs are read off the inputs by offset (the tokens of a run, joined, are that slice).
  const { removed, added } = result;
  const segments: TextSegment[] = [];
  let i = 0;
  let j = 0;
  let x = 0;
  let y = 0;
  let equal = 0;
  let steps = 0;
  while (i < left.length || j < right.length) {
    let from = x;
    while (i < left.length && removed[i]) {
      x += left[i++]!.length;
      if ((++steps & CHECK) === 0) yield;
    }
    push(segments, 'delete', before.slice(from, x));
    from = y;
    while (j < right.length && added[j]) {
      y += right[j++]!.length;
      if ((++steps & CHECK) === 0) yield;
    }
    push(segments, 'insert', after.slice(from, y));
    from = x;
    while (i < left.length && j < right.length && !removed[i] && !added[j]) {
      x += left[i++]!.length;
      y += right[j++]!.length;
      if ((++steps & CHECK) === 0) yield;
    }
    equal += x - from;
    push(segments, 'equal', before.slice(from, x));
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

/** Diffs two strings into equal / delete / insert segments (deletions before insertions). */
export function diffText(before: string, after: string, budget?: number): TextNode {
  return finish(textDiffSteps(before, after, budget));
}

export interface TextDiffAsyncOptions extends SliceOptions {
  /** Work budget of the sequence diff (see `diffSequences`). */
  budget?: number;
}

/** `diffText` spread over tasks of at most about `sliceMs` each. Same result. */
export function diffTextAsync(before: string, after: string, options: TextDiffAsyncOptions = {}): Promise<TextNode> {
  return finishAsync(textDiffSteps(before, after, options.budget), options);
}
