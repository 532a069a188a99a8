/**
 * Structural diff of two JSON values: nested objects key by key, arrays matched by identity field
 * or by content (with moves), long strings by word or character. Linear in the input for equal
 * parts; bounded everywhere else (see `sequence.ts`). Recursion only follows container nesting up
 * to `maxDepth`; deeper containers are compared iteratively and shown as replaced.
 */
import { diffArrays, finishArray, planArray } from './array.js';
import { jsonEqual, ValueCounter } from './equal.js';
import { firstDifferenceSteps, rememberDifference, type DifferenceSearch } from './first-difference.js';
import { nextTask } from '../client/next-task.js';
import { advance, finish, type SliceOptions, type Steps } from './steps.js';
import { textDiffSteps } from './text.js';
import type { DiffNode, DiffOptions, JsonValue, ObjectEntry, ObjectNode, TextNode } from './types.js';

export const DEFAULT_KEYS: readonly string[] = ['pk', 'id', 'uuid'];

const hasOwn = Object.prototype.hasOwnProperty;

/** True when two strings read better as a text diff than as old → new. */
export function wantsTextDiff(a: string, b: string, threshold = 40): boolean {
  return a.length >= threshold || b.length >= threshold || a.includes('\n') || b.includes('\n');
}

/**
 * A text diff that did not finish by the deadline: its node (already counted: a text node is one
 * change) is filled in place when `steps` completes.
 */
interface TextJob {
  node: TextNode;
  steps: Steps<TextNode>;
}

class Differ {
  readonly #keys: readonly string[];
  readonly #threshold: number;
  readonly #maxDepth: number;
  readonly #budget: number | undefined;
  /** `performance.now()` after which a text diff that does not finish at once is left for later. */
  deadline = Infinity;
  /** Text diffs left for later (see `deadline`); the diff is incomplete until they have run. */
  readonly jobs: TextJob[] = [];
  /**
   * Sizes of the subtrees `diffAsync` meets, each counted once (it asks again at every level):
   * the caller's counter, else one made when `diffAsync` first asks (`diff` alone counts nothing).
   */
  #sizes: ValueCounter | undefined;

  constructor(options: DiffOptions & { sizes?: ValueCounter }) {
    this.#keys = options.keys ?? DEFAULT_KEYS;
    this.#threshold = options.textThreshold ?? 40;
    this.#maxDepth = options.maxDepth ?? 64;
    this.#budget = options.budget;
    if (options.sizes && options.sizes.cap >= SLICE_VALUES) this.#sizes = options.sizes;
  }

  diff(a: JsonValue, b: JsonValue, depth: number): DiffNode | null {
    if (a === b) return null;
    const ta = typeof a;
    if (ta !== 'object' || a === null || typeof b !== 'object' || b === null) {
      if (ta === 'string' && typeof b === 'string') {
        return wantsTextDiff(a as string, b, this.#threshold) ? this.#text(a as string, b) : { kind: 'replace', before: a, after: b, changes: 1 };
      }
      return { kind: 'replace', before: a, after: b, changes: 1 };
    }
    const arrayA = Array.isArray(a);
    if (arrayA !== Array.isArray(b)) return { kind: 'replace', before: a, after: b, changes: 1 };
    if (depth >= this.#maxDepth) return jsonEqual(a, b) ? null : { kind: 'replace', before: a, after: b, changes: 1 };
    if (arrayA) {
      return diffArrays(a as JsonValue[], b as JsonValue[], this.#keys, (x, y) => this.diff(x, y, depth + 1), this.#budget);
    }
    return this.#object(a as Record<string, JsonValue>, b as Record<string, JsonValue>, depth);
  }

  /** The text diff, or a placeholder and a job when it does not finish by the deadline. */
  #text(a: string, b: string): TextNode {
    const steps = textDiffSteps(a, b, this.#budget);
    if (this.deadline === Infinity) return finish(steps);
    const first = advance(steps, this.deadline - performance.now());
    if (first.done) return first.value;
    const node: TextNode = { kind: 'text', before: a, after: b, unit: 'word', segments: [], similarity: 0, approximate: false, changes: 1 };
    this.jobs.push({ node, steps });
    return node;
  }

  /** Runs the text diffs left for later in slices of the clock (the first in a task of its own). */
  async finishJobs(clock: Clock): Promise<void> {
    for (const job of this.jobs) Object.assign(job.node, await clock.finish(job.steps));
    this.jobs.length = 0;
  }

  /**
   * Own keys of an object: those the size counter already listed (wide objects), else a fresh
   * listing. Each side of an object pair is listed once and the list reused (never a for…in:
   * on a wide object starting one lists every key, more slowly than `Object.keys`).
   */
  #keysOf(value: object): readonly string[] {
    return this.#sizes?.keysOf(value) ?? Object.keys(value);
  }

  #object(a: Record<string, JsonValue>, b: Record<string, JsonValue>, depth: number): ObjectNode | null {
    const keysA = this.#keysOf(a);
    let changed: Map<string, DiffNode> | undefined;
    let removed = 0;
    for (let i = 0; i < keysA.length; i++) {
      const key = keysA[i]!;
      if (!hasOwn.call(b, key)) {
        removed++;
        continue;
      }
      const child = this.diff(a[key]!, b[key]!, depth + 1);
      if (child) (changed ??= new Map()).set(key, child);
    }
    return objectNode(a, b, keysA, this.#keysOf(b), changed, removed);
  }

  /**
   * Whether two containers the depth limit leaves whole are equal, found in slices by the walk
   * that also finds where they first differ: remembered for the replaced row's note (see
   * `rememberedDifference`), so showing it lists no wide object again.
   */
  async #compareWhole(a: object, b: object, clock: Clock): Promise<boolean> {
    let bounded: DifferenceSearch | undefined;
    const steps = firstDifferenceSteps(a as JsonValue, b as JsonValue, {
      onStopped: (stopped) => (bounded = stopped),
      // The wide objects the size counter listed are not listed again.
      keysOf: (value) => this.#sizes?.keysOf(value),
    });
    const found = await clock.finish(steps);
    rememberDifference(a, b, bounded ?? found);
    return found.kind === 'equal';
  }

  /** Like `diff`, but spreads large inputs over several tasks (see `diffJsonAsync`). */
  async diffAsync(a: JsonValue, b: JsonValue, depth: number, clock: Clock): Promise<DiffNode | null> {
    if (a === b) return null;
    const containers = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b);
    if (containers && depth >= this.#maxDepth) return (await this.#compareWhole(a, b, clock)) ? null : { kind: 'replace', before: a, after: b, changes: 1 };
    const sizes = (this.#sizes ??= new ValueCounter(SLICE_VALUES));
    if (!containers || sizes.count(a) + sizes.count(b) < SLICE_VALUES) {
      await clock.tick();
      // A long text diff that does not fit in this slice goes on in later slices (`finishJobs`).
      this.deadline = clock.end;
      return this.diff(a, b, depth);
    }
    if (Array.isArray(a)) {
      const plan = planArray(a, b as JsonValue[], this.#keys, this.#budget);
      if (!plan) return null;
      const diffs: Array<DiffNode | null> = [];
      for (const step of plan.steps) if (step.t === 'pair') diffs.push(await this.diffAsync(a[step.i]!, (b as JsonValue[])[step.j]!, depth + 1, clock));
      return finishArray(plan, diffs);
    }
    const x = a as Record<string, JsonValue>;
    const y = b as Record<string, JsonValue>;
    // Wide enough to be sliced: the counter has listed both (see `#keysOf`).
    const keysX = this.#keysOf(x);
    let changed: Map<string, DiffNode> | undefined;
    let removed = 0;
    for (const key of keysX) {
      if (!hasOwn.call(y, key)) {
        removed++;
        continue;
      }
      const child = await this.diffAsync(x[key]!, y[key]!, depth + 1, clock);
      if (child) (changed ??= new Map()).set(key, child);
    }
    return objectNode(x, y, keysX, this.#keysOf(y), changed, removed);
  }
}

/** Values below which a subtree is diffed in one go by `diffJsonAsync`. */
const SLICE_VALUES = 2000;

/** Yields to the event loop once a slice of work has taken `sliceMs`. */
class Clock {
  #start = performance.now();
  constructor(
    readonly sliceMs: number,
    readonly signal?: AbortSignal,
  ) {}

  /** When the current slice is over. */
  get end(): number {
    return this.#start + this.sliceMs;
  }

  async tick(): Promise<void> {
    if (performance.now() < this.end) return;
    await this.yield();
  }

  /**
   * Runs `steps` to the end in this clock's slices: as many steps as fit in what is left of the
   * slice in one go, a turn of the event loop only once the slice is used up (one step at least
   * per slice, so a step longer than a slice still gets on).
   */
  async finish<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      await this.tick();
      const r = advance(steps, this.end - performance.now());
      if (r.done) return r.value;
    }
  }

  /**
   * Gives the event loop a turn (a fresh task: nested `setTimeout(0)` would be clamped to 4 ms
   * from the fifth yield on) and starts a new slice.
   */
  async yield(): Promise<void> {
    await nextTask();
    this.signal?.throwIfAborted();
    this.#start = performance.now();
  }
}

/** The object node from a scan of `keysA` (the own keys of `a`; `keysB` those of `b`); null when nothing differs. */
function objectNode(
  a: Record<string, JsonValue>,
  b: Record<string, JsonValue>,
  keysA: readonly string[],
  keysB: readonly string[],
  changed: Map<string, DiffNode> | undefined,
  removed: number,
): ObjectNode | null {
  const added = keysB.length - (keysA.length - removed);
  if (!changed && removed === 0 && added === 0) return null;
  const entries: ObjectEntry[] = [];
  let changes = removed + added;
  for (const key of keysA) {
    if (!hasOwn.call(b, key)) {
      entries.push({ op: 'removed', key, value: a[key]! });
      continue;
    }
    const child = changed?.get(key);
    if (child) {
      entries.push({ op: 'changed', key, diff: child });
      changes += child.changes;
    } else {
      entries.push({ op: 'same', key, value: b[key]! });
    }
  }
  if (added > 0) for (const key of keysB) if (!hasOwn.call(a, key)) entries.push({ op: 'added', key, value: b[key]! });
  return { kind: 'object', before: a, after: b, entries, changes };
}

/**
 * Diffs two JSON values. Returns null when they are equal (object key order is ignored).
 *
 * ```ts
 * const d = diffJson({ tags: [{ id: 1 }, { id: 2 }] }, { tags: [{ id: 2 }, { id: 1 }] });
 * // d.entries[0].diff.entries → a move of id 1 (arrays are matched by pk / id / uuid)
 * ```
 */
export function diffJson(before: JsonValue, after: JsonValue, options: DiffOptions = {}): DiffNode | null {
  return new Differ(options).diff(before, after, 0);
}

export interface AsyncDiffOptions extends DiffOptions {
  /** Longest stretch of work between yields to the event loop (ms). Default 8. */
  sliceMs?: number;
  /** Aborting rejects the promise with the signal's reason. */
  signal?: AbortSignal;
  /**
   * @internal The counter the caller sized the values with (cap 2,000 or more): what it counted
   * is not counted (its wide objects not listed) again.
   */
  sizes?: ValueCounter;
}

/**
 * `diffJson` for large values, spread over tasks (the first one too): subtrees of fewer than 2,000
 * values are diffed in one go, long strings and containers left whole at the depth limit in slices,
 * and the work yields to the event loop whenever a slice has run for `sliceMs`, so a page stays responsive while megabytes are compared. Same result as
 * `diffJson`.
 */
export async function diffJsonAsync(before: JsonValue, after: JsonValue, options: AsyncDiffOptions = {}): Promise<DiffNode | null> {
  options.signal?.throwIfAborted();
  const differ = new Differ(options);
  const clock = new Clock(options.sliceMs ?? 8, options.signal);
  // The work starts in a task of its own, not in the caller's (a render, say).
  await clock.yield();
  const diff = await differ.diffAsync(before, after, 0, clock);
  await differ.finishJobs(clock);
  return diff;
}

/** What `diffJsonStart` did in the calling task. */
export interface DiffStart {
  /** The diff when it is complete (`rest` undefined); unfinished otherwise, not to be shown. */
  diff: DiffNode | null;
  /** Set when text diffs are left: finishes them in slices, each its own task; resolves to the diff. */
  rest?: (options?: SliceOptions) => Promise<DiffNode | null>;
}

/**
 * @internal `diffJson` in the calling task, except for text diffs still running `firstMs` after
 * the start (megabyte strings, hostile edits): those are left to `rest`. Values of ordinary size
 * finish at once, with the same result as `diffJson`.
 */
export function diffJsonStart(before: JsonValue, after: JsonValue, options: DiffOptions & { firstMs: number }): DiffStart {
  const differ = new Differ(options);
  differ.deadline = performance.now() + options.firstMs;
  const diff = differ.diff(before, after, 0);
  if (differ.jobs.length === 0) return { diff };
  const rest = async (slice: SliceOptions = {}) => {
    const clock = new Clock(slice.sliceMs ?? 8, slice.signal);
    await clock.yield();
    await differ.finishJobs(clock);
    return diff;
  };
  return { diff, rest };
}
