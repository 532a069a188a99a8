/**
 * Array diff. Items that carry a unique identity field (`pk`, `id`, `uuid` …) on both sides are
 * matched by it: content changes become nested diffs, reordering becomes moves (every item
 * outside a longest increasing run of positions moved, unless at the same index). Other arrays are matched by content with
 * the bounded sequence diff; equal items that changed place are reported as moves, and the
 * remaining removed / added items of one change block are paired by position as changes.
 */
import type { JsonObject, JsonValue } from '../client/types.js';
import { Interner, isJsonObject, jsonEqual } from './equal.js';
import { diffSequences, longestIncreasingRun } from './sequence.js';
import type { ArrayEntry, ArrayNode, DiffNode } from './types.js';

export type ChildDiff = (a: JsonValue, b: JsonValue) => DiffNode | null;

/** An item's identity: the field's value when it is a string or a number (Map keys keep 1 and "1" apart). */
function identity(item: JsonValue, field: string): string | number | null {
  if (!isJsonObject(item) || !Object.prototype.hasOwnProperty.call(item, field)) return null;
  const v = (item as JsonObject)[field];
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

interface Keyed {
  field: string;
  /** Identity of every item of `a`, then position of every identity in `b`. */
  idsA: Array<string | number>;
  indexInB: Map<string | number, number>;
}

/** Identities of every item for `field`, or null unless every item of both arrays has a unique one. */
function keyBy(a: JsonValue[], b: JsonValue[], field: string): Keyed | null {
  const idsA: Array<string | number> = new Array(a.length);
  const seenA = new Set<string | number>();
  for (let i = 0; i < a.length; i++) {
    const id = identity(a[i]!, field);
    if (id === null || seenA.has(id)) return null;
    seenA.add(id);
    idsA[i] = id;
  }
  const indexInB = new Map<string | number, number>();
  for (let j = 0; j < b.length; j++) {
    const id = identity(b[j]!, field);
    if (id === null || indexInB.has(id)) return null;
    indexInB.set(id, j);
  }
  return { field, idsA, indexInB };
}

/** The first field that identifies every item of both arrays uniquely, with the identities. */
function findKeyed(a: JsonValue[], b: JsonValue[], fields: readonly string[]): Keyed | null {
  if (a.length + b.length === 0) return null;
  const first = a[0] ?? b[0];
  if (!isJsonObject(first)) return null;
  for (const field of fields) {
    const keyed = keyBy(a, b, field);
    if (keyed) return keyed;
  }
  return null;
}

class Entries {
  readonly list: ArrayEntry[] = [];
  changes = 0;

  same(beforeIndex: number, afterIndex: number): void {
    const last = this.list[this.list.length - 1];
    if (last && last.op === 'same' && last.beforeIndex + last.count === beforeIndex && last.afterIndex + last.count === afterIndex) {
      last.count++;
    } else {
      this.list.push({ op: 'same', beforeIndex, afterIndex, count: 1 });
    }
  }

  add(entry: Exclude<ArrayEntry, { op: 'same' }>): void {
    this.list.push(entry);
    if (entry.op === 'changed') this.changes += entry.diff.changes;
    else if (entry.op === 'moved') this.changes += 1 + (entry.diff ? entry.diff.changes : 0);
    else this.changes += 1;
  }
}

/**
 * One step of an array diff, in `after` order. `pair` steps still need the diff of their two
 * items (so callers can compute those diffs at once, or spread over several tasks).
 */
export type Step =
  | { t: 'same'; i: number; j: number }
  | { t: 'entry'; entry: Exclude<ArrayEntry, { op: 'same' }> }
  | { t: 'pair'; i: number; j: number; moved: boolean };

/** The matching of two arrays, before the diffs of matched pairs. */
export interface ArrayPlan {
  a: JsonValue[];
  b: JsonValue[];
  steps: Step[];
  key: string | null;
  approximate: boolean;
  /** Number of `pair` steps. */
  pairs: number;
}

function planKeyed(a: JsonValue[], b: JsonValue[], keyed: Keyed): ArrayPlan {
  const { idsA, indexInB, field: key } = keyed;
  const matchOfA = new Int32Array(a.length).fill(-1);
  const matchOfB = new Int32Array(b.length).fill(-1);
  const pairs: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const j = indexInB.get(idsA[i]!);
    if (j !== undefined) {
      matchOfA[i] = j;
      matchOfB[j] = i;
      pairs.push(j);
    }
  }
  // Matched items in `before` order; those on a longest increasing run of `after` positions stay.
  const stay = longestIncreasingRun(pairs);
  const stable = new Uint8Array(b.length);
  for (let p = 0; p < pairs.length; p++) if (stay[p]) stable[pairs[p]!] = 1;

  // Removed items are shown where they were: before the next item that stayed in place.
  const nextStable = new Int32Array(b.length + 1);
  nextStable[b.length] = a.length;
  for (let j = b.length - 1; j >= 0; j--) nextStable[j] = stable[j] ? matchOfB[j]! : nextStable[j + 1]!;

  const steps: Step[] = [];
  let i = 0;
  const flushRemoved = (until: number) => {
    for (; i < until; i++) if (matchOfA[i] === -1) steps.push({ t: 'entry', entry: { op: 'removed', beforeIndex: i, value: a[i]! } });
  };
  for (let j = 0; j < b.length; j++) {
    flushRemoved(nextStable[j]!);
    const from = matchOfB[j]!;
    if (from === -1) {
      steps.push({ t: 'entry', entry: { op: 'added', afterIndex: j, value: b[j]! } });
      continue;
    }
    if (stable[j]) i = Math.max(i, from + 1);
    // An item at the same index on both sides did not move, whatever the run (a reversed list's middle).
    steps.push({ t: 'pair', i: from, j, moved: !stable[j] && from !== j });
  }
  flushRemoved(a.length);
  return { a, b, steps, key, approximate: false, pairs: pairs.length };
}

function planUnkeyed(a: JsonValue[], b: JsonValue[], budget: number | undefined): ArrayPlan | null {
  // Cheap exact trimming first: most arrays in audit diffs differ in a few places.
  let lo = 0;
  while (lo < a.length && lo < b.length && jsonEqual(a[lo], b[lo])) lo++;
  if (lo === a.length && lo === b.length) return null;
  let endA = a.length;
  let endB = b.length;
  while (endA > lo && endB > lo && jsonEqual(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  const interner = new Interner();
  const idsA = new Int32Array(endA - lo);
  for (let i = lo; i < endA; i++) idsA[i - lo] = interner.id(a[i]);
  const idsB = new Int32Array(endB - lo);
  for (let j = lo; j < endB; j++) idsB[j - lo] = interner.id(b[j]);
  const seq = diffSequences(idsA, idsB, budget === undefined ? {} : { budget });

  // A value that occurs once on each side, deleted in one place and inserted in another, moved.
  // (Repeated values are indistinguishable: pairing them up would invent moves.)
  const movedTo = new Int32Array(idsA.length).fill(-1);
  const movedFrom = new Int32Array(idsB.length).fill(-1);
  const onceA = new Map<number, number>();
  for (let i = 0; i < idsA.length; i++) onceA.set(idsA[i]!, onceA.has(idsA[i]!) ? -1 : i);
  const onceB = new Map<number, number>();
  for (let j = 0; j < idsB.length; j++) onceB.set(idsB[j]!, onceB.has(idsB[j]!) ? -1 : j);
  for (const [id, j] of onceB) {
    const i = onceA.get(id);
    if (j < 0 || i === undefined || i < 0 || !seq.removed[i] || !seq.added[j] || !jsonEqual(a[lo + i], b[lo + j])) continue;
    movedTo[i] = j;
    movedFrom[j] = i;
  }

  const steps: Step[] = [];
  let pairs = 0;
  for (let k = 0; k < lo; k++) steps.push({ t: 'same', i: k, j: k });
  let i = 0;
  let j = 0;
  const n = idsA.length;
  const m = idsB.length;
  while (i < n || j < m) {
    // One change block: the removed run, then the added run; leftovers pair up by position.
    const removed: number[] = [];
    for (; i < n && seq.removed[i]; i++) if (movedTo[i] === -1) removed.push(i);
    const added: number[] = [];
    for (; j < m && seq.added[j]; j++) added.push(j);
    let r = 0;
    for (const jj of added) {
      if (movedFrom[jj] !== -1) {
        // Equal and at the same index on both sides: not a move (the middle of a reversed list).
        if (movedFrom[jj] === jj) {
          steps.push({ t: 'same', i: lo + jj, j: lo + jj });
          continue;
        }
        steps.push({ t: 'entry', entry: { op: 'moved', beforeIndex: lo + movedFrom[jj]!, afterIndex: lo + jj, value: b[lo + jj]!, diff: null } });
        continue;
      }
      const ii = removed[r];
      if (ii !== undefined) {
        r++;
        pairs++;
        steps.push({ t: 'pair', i: lo + ii, j: lo + jj, moved: false });
      } else {
        steps.push({ t: 'entry', entry: { op: 'added', afterIndex: lo + jj, value: b[lo + jj]! } });
      }
    }
    for (; r < removed.length; r++) steps.push({ t: 'entry', entry: { op: 'removed', beforeIndex: lo + removed[r]!, value: a[lo + removed[r]!]! } });
    // Then the common run (ids equal; containers confirmed, a hash collision becomes a pair).
    while (i < n && j < m && !seq.removed[i] && !seq.added[j]) {
      const x = a[lo + i]!;
      const y = b[lo + j]!;
      if (typeof x === 'object' && x !== null && x !== y && !jsonEqual(x, y)) {
        pairs++;
        steps.push({ t: 'pair', i: lo + i, j: lo + j, moved: false });
      } else {
        steps.push({ t: 'same', i: lo + i, j: lo + j });
      }
      i++;
      j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) steps.push({ t: 'same', i: endA + k, j: endB + k });
  return { a, b, steps, key: null, approximate: seq.approximate, pairs };
}

/** Matches two arrays (by identity field when every item has one, else by content). Null when equal. */
export function planArray(a: JsonValue[], b: JsonValue[], fields: readonly string[], budget?: number): ArrayPlan | null {
  const keyed = fields.length ? findKeyed(a, b, fields) : null;
  return keyed ? planKeyed(a, b, keyed) : planUnkeyed(a, b, budget);
}

/** Builds the array node from a plan and the diffs of its pairs (in step order). */
export function finishArray(plan: ArrayPlan, diffs: ReadonlyArray<DiffNode | null>): ArrayNode | null {
  const { a, b } = plan;
  const out = new Entries();
  let k = 0;
  for (const step of plan.steps) {
    if (step.t === 'same') out.same(step.i, step.j);
    else if (step.t === 'entry') out.add(step.entry);
    else {
      const diff = diffs[k++] ?? null;
      if (step.moved) out.add({ op: 'moved', beforeIndex: step.i, afterIndex: step.j, value: b[step.j]!, diff });
      else if (diff) out.add({ op: 'changed', beforeIndex: step.i, afterIndex: step.j, diff });
      else out.same(step.i, step.j);
    }
  }
  if (out.changes === 0) return null;
  return { kind: 'array', before: a, after: b, entries: out.list, key: plan.key, approximate: plan.approximate, changes: out.changes };
}

/** Diffs two arrays; null when they are equal. */
export function diffArrays(a: JsonValue[], b: JsonValue[], fields: readonly string[], child: ChildDiff, budget?: number): ArrayNode | null {
  const plan = planArray(a, b, fields, budget);
  if (!plan) return null;
  const diffs: Array<DiffNode | null> = [];
  for (const step of plan.steps) if (step.t === 'pair') diffs.push(child(a[step.i]!, b[step.j]!));
  return finishArray(plan, diffs);
}
