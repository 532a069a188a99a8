/**
 * Shortest-edit-script diff of two integer sequences (Myers 1986, "An O(ND) difference algorithm",
 * linear-space variant: find the middle snake, split, repeat), with two bounds so a hostile or
 * simply huge input can never take quadratic time:
 *
 * - elements that occur in only one sequence are decided up front (they can never be part of a
 *   common subsequence), so the search only runs over elements both sides share;
 * - a per-split cost bound (`tooExpensive` edit steps): when the middle snake is not found within
 *   it, the split falls back to the furthest-reaching diagonal found so far (the heuristic GNU diff
 *   uses). The script is then still valid, just not necessarily minimal (`approximate`).
 * - a global work budget: once spent, every remaining sub-problem is reported as a plain
 *   delete + insert block (valid, coarse).
 *
 * Memory is O(N + M): two diagonal vectors, the change flags and the work stack. No recursion.
 * Pure computation: no DOM, runs in Node. `sequenceDiffSteps` is the same computation as a
 * generator that yields at checkpoints (see `steps.ts`), for callers that spread it over tasks.
 */
import { finish, type Steps } from './steps.js';

/** Loop iterations between two checkpoints (a mask, a local constant: it sits in hot loops). */
const CHECK = 0x3fff;


export interface SequenceDiffOptions {
  /** Edit steps one split may explore before taking the heuristic split. Default: scaled to the input. */
  tooExpensive?: number;
  /** Total work units (diagonal steps + snake steps) before the rest is reported coarsely. */
  budget?: number;
}

export interface SequenceDiff {
  /** `removed[i]` is 1 when a[i] is not part of the common subsequence. */
  removed: Uint8Array;
  /** `added[j]` is 1 when b[j] is not part of the common subsequence. */
  added: Uint8Array;
  /** True when a bound cut the search short: the script is valid but may not be minimal. */
  approximate: boolean;
  /** Work units spent (for benchmarks and tests). */
  work: number;
}

const MAX = 0x7fffffff;

/** Work units between two checkpoints of one split's search. */
const STEP_WORK = 1 << 15;

/** Default budget: enough for exact diffs of typical inputs, bounded for 16,000-element worst cases. */
export const DEFAULT_BUDGET = 3_000_000;

/**
 * Diffs `a` against `b` (element identity = integer equality). Returns per-element change flags;
 * walk both arrays together to read the script (a flagged a[i] is a deletion, a flagged b[j] an
 * insertion, otherwise a[i] === b[j] is kept).
 */
export function diffSequences(a: Int32Array, b: Int32Array, options: SequenceDiffOptions = {}): SequenceDiff {
  return finish(sequenceDiffSteps(a, b, options));
}

/** `diffSequences` as steps: yields every few thousand elements or work units. Same result. */
export function* sequenceDiffSteps(a: Int32Array, b: Int32Array, options: SequenceDiffOptions = {}): Steps<SequenceDiff> {
  const n = a.length;
  const m = b.length;
  const removed = new Uint8Array(n);
  const added = new Uint8Array(m);
  let lo = 0;
  while (lo < n && lo < m && a[lo] === b[lo]) lo++;
  let hiA = n;
  let hiB = m;
  while (hiA > lo && hiB > lo && a[hiA - 1] === b[hiB - 1]) {
    hiA--;
    hiB--;
  }
  if (lo === hiA || lo === hiB) {
    removed.fill(1, lo, hiA);
    added.fill(1, lo, hiB);
    return { removed, added, approximate: false, work: n + m };
  }

  // Elements present on one side only are changes whatever the alignment: decide them now and
  // search only the shared ones (an order-preserving sub-sequence of each side).
  const inB = new Set<number>();
  for (let j = lo; j < hiB; j++) {
    inB.add(b[j]!);
    if ((j & CHECK) === CHECK) yield;
  }
  const inA = new Set<number>();
  for (let i = lo; i < hiA; i++) {
    inA.add(a[i]!);
    if ((i & CHECK) === CHECK) yield;
  }
  const mapA: number[] = [];
  const mapB: number[] = [];
  for (let i = lo; i < hiA; i++) {
    if (inB.has(a[i]!)) mapA.push(i);
    else removed[i] = 1;
    if ((i & CHECK) === CHECK) yield;
  }
  for (let j = lo; j < hiB; j++) {
    if (inA.has(b[j]!)) mapB.push(j);
    else added[j] = 1;
    if ((j & CHECK) === CHECK) yield;
  }
  let work = n + m;
  if (mapA.length === 0 || mapB.length === 0) {
    for (const i of mapA) removed[i] = 1;
    for (const j of mapB) added[j] = 1;
    return { removed, added, approximate: false, work };
  }
  const subA = new Int32Array(mapA.length);
  for (let i = 0; i < mapA.length; i++) subA[i] = a[mapA[i]!]!;
  const subB = new Int32Array(mapB.length);
  for (let j = 0; j < mapB.length; j++) subB[j] = b[mapB[j]!]!;
  const inner = new Myers(subA, subB, options);
  yield* inner.run(subA.length + subB.length > PATIENCE_FROM ? yield* patienceGaps(subA, subB) : [0, subA.length, 0, subB.length, 0]);
  for (let i = 0; i < mapA.length; i++) if (inner.removed[i]) removed[mapA[i]!] = 1;
  for (let j = 0; j < mapB.length; j++) if (inner.added[j]) added[mapB[j]!] = 1;
  work += inner.work;
  return { removed, added, approximate: inner.approximate, work };
}

/** Above this many shared elements, anchor on unique elements first (patience diff). */
const PATIENCE_FROM = 2000;

/**
 * Patience anchoring: elements occurring exactly once on each side, kept along a longest
 * increasing run of positions, split the problem into independent gaps. Exact for permutations,
 * and cheap (O(n log n)); the gaps are then searched with Myers. Returns the gaps as work items.
 */
function* patienceGaps(a: Int32Array, b: Int32Array): Steps<number[]> {
  const countA = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    if ((i & CHECK) === CHECK) yield;
  }
  const posB = new Map<number, number>();
  for (let j = 0; j < b.length; j++) {
    posB.set(b[j]!, posB.has(b[j]!) ? -1 : j);
    if ((j & CHECK) === CHECK) yield;
  }
  const anchorA: number[] = [];
  const anchorB: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const j = posB.get(a[i]!);
    if (countA.get(a[i]!) === 1 && j !== undefined && j >= 0) {
      anchorA.push(i);
      anchorB.push(j);
    }
    if ((i & CHECK) === CHECK) yield;
  }
  yield;
  const keep = longestIncreasingRun(anchorB);
  yield;
  const gaps: number[] = [];
  let x = 0;
  let y = 0;
  for (let k = 0; k < anchorA.length; k++) {
    if (!keep[k]) continue;
    const i = anchorA[k]!;
    const j = anchorB[k]!;
    if (i > x || j > y) gaps.push(x, i, y, j, 0);
    x = i + 1;
    y = j + 1;
  }
  if (x < a.length || y < b.length) gaps.push(x, a.length, y, b.length, 0);
  return gaps;
}

/** Flags one longest strictly increasing subsequence of `seq`. O(n log n). */
export function longestIncreasingRun(seq: ArrayLike<number>): Uint8Array {
  const n = seq.length;
  const keep = new Uint8Array(n);
  if (n === 0) return keep;
  const tails = new Int32Array(n);
  const prev = new Int32Array(n).fill(-1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const v = seq[i]!;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
    if (lo === length) length++;
  }
  for (let k = tails[length - 1]!; k >= 0; k = prev[k]!) keep[k] = 1;
  return keep;
}

interface Split {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

class Myers {
  readonly removed: Uint8Array;
  readonly added: Uint8Array;
  approximate = false;
  work = 0;
  readonly #a: Int32Array;
  readonly #b: Int32Array;
  readonly #fd: Int32Array;
  readonly #bd: Int32Array;
  readonly #offset: number;
  readonly #tooExpensive: number;
  readonly #budget: number;

  constructor(a: Int32Array, b: Int32Array, options: SequenceDiffOptions) {
    this.#a = a;
    this.#b = b;
    this.removed = new Uint8Array(a.length);
    this.added = new Uint8Array(b.length);
    // Diagonals k = x - y range over [-m - 1, n + 1].
    this.#offset = b.length + 1;
    this.#fd = new Int32Array(a.length + b.length + 3);
    this.#bd = new Int32Array(a.length + b.length + 3);
    const size = a.length + b.length;
    this.#tooExpensive = options.tooExpensive ?? Math.max(48, Math.min(256, Math.round(Math.sqrt(size) / 2.5)));
    this.#budget = options.budget ?? DEFAULT_BUDGET;
  }

  /** Solves the given sub-problems, each `[xoff, xlim, yoff, ylim, minimal]` (flattened). */
  *run(problems: number[]): Steps<void> {
    const stack = problems;
    let checkpoint = this.work + STEP_WORK;
    for (let problem = 1; stack.length; problem++) {
      if (this.work >= checkpoint || (problem & 0x3ff) === 0) {
        checkpoint = this.work + STEP_WORK;
        yield;
      }
      const minimal = stack.pop()!;
      let ylim = stack.pop()!;
      let yoff = stack.pop()!;
      let xlim = stack.pop()!;
      let xoff = stack.pop()!;
      const a = this.#a;
      const b = this.#b;
      while (xoff < xlim && yoff < ylim && a[xoff] === b[yoff]) {
        xoff++;
        yoff++;
      }
      while (xlim > xoff && ylim > yoff && a[xlim - 1] === b[ylim - 1]) {
        xlim--;
        ylim--;
      }
      if (xoff === xlim) {
        this.added.fill(1, yoff, ylim);
      } else if (yoff === ylim) {
        this.removed.fill(1, xoff, xlim);
      } else if (this.work > this.#budget) {
        this.approximate = true;
        this.removed.fill(1, xoff, xlim);
        this.added.fill(1, yoff, ylim);
      } else {
        const split = yield* this.#diag(xoff, xlim, yoff, ylim, minimal === 1);
        stack.push(split.xmid, xlim, split.ymid, ylim, split.hiMinimal ? 1 : 0);
        stack.push(xoff, split.xmid, yoff, split.ymid, split.loMinimal ? 1 : 0);
      }
    }
  }

  /** Finds the midpoint of a shortest edit script of a[xoff..xlim) → b[yoff..ylim). */
  *#diag(xoff: number, xlim: number, yoff: number, ylim: number, findMinimal: boolean): Steps<Split> {
    const a = this.#a;
    const b = this.#b;
    const fd = this.#fd;
    const bd = this.#bd;
    const o = this.#offset;
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    fd[o + fmid] = xoff;
    bd[o + bmid] = xlim;
    let work = 0;
    let checkpoint = STEP_WORK;
    for (let c = 1; ; c++) {
      // Extend the forward search by one edit.
      if (fmin > dmin) fd[o + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) fd[o + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[o + d - 1]!;
        const thi = fd[o + d + 1]!;
        let x = tlo >= thi ? tlo + 1 : thi;
        let y = x - d;
        const x0 = x;
        while (x < xlim && y < ylim && a[x] === b[y]) {
          x++;
          y++;
        }
        work += 1 + x - x0;
        fd[o + d] = x;
        if (odd && bmin <= d && d <= bmax && bd[o + d]! <= x) {
          this.work += work;
          return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
        }
      }
      if (work >= checkpoint) {
        checkpoint = work + STEP_WORK;
        yield;
      }
      // Extend the backward search by one edit.
      if (bmin > dmin) bd[o + --bmin - 1] = MAX;
      else ++bmin;
      if (bmax < dmax) bd[o + ++bmax + 1] = MAX;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[o + d - 1]!;
        const thi = bd[o + d + 1]!;
        let x = tlo < thi ? tlo : thi - 1;
        let y = x - d;
        const x0 = x;
        while (x > xoff && y > yoff && a[x - 1] === b[y - 1]) {
          x--;
          y--;
        }
        work += 1 + x0 - x;
        bd[o + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd[o + d]!) {
          this.work += work;
          return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
        }
      }
      if (work >= checkpoint) {
        checkpoint = work + STEP_WORK;
        yield;
      }
      if (findMinimal && this.work + work <= this.#budget) continue;
      if (c < this.#tooExpensive && this.work + work <= this.#budget) continue;
      // Too expensive: split at the furthest-reaching point of either search.
      this.approximate = true;
      this.work += work;
      let fxybest = -1;
      let fxbest = xoff;
      for (let d = fmax; d >= fmin; d -= 2) {
        let x = Math.min(fd[o + d]!, xlim);
        let y = x - d;
        if (ylim < y) {
          x = ylim + d;
          y = ylim;
        }
        if (fxybest < x + y) {
          fxybest = x + y;
          fxbest = x;
        }
      }
      let bxybest = MAX;
      let bxbest = xlim;
      for (let d = bmax; d >= bmin; d -= 2) {
        let x = Math.max(xoff, bd[o + d]!);
        let y = x - d;
        if (y < yoff) {
          x = yoff + d;
          y = yoff;
        }
        if (x + y < bxybest) {
          bxybest = x + y;
          bxbest = x;
        }
      }
      if (xlim + ylim - bxybest < fxybest - (xoff + yoff)) {
        return { xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false };
      }
      return { xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true };
    }
  }
}
