/**
 * Where two JSON values first differ, found by a bounded walk: an explicit stack (any depth) and a
 * step budget (any breadth), so it is cheap to run on whatever the structural diff left whole at
 * its depth limit.
 */
import { finish, type Steps } from './steps.js';
import type { JsonValue } from './types.js';

const hasOwn = Object.prototype.hasOwnProperty;

/** A key of an object or an index of an array. */
export type PathStep = string | number;

export type DifferenceSearch =
  | { kind: 'equal' }
  /** `path` leads from the compared values to the first difference; a side without it is undefined. */
  | { kind: 'found'; path: PathStep[]; before: JsonValue | undefined; after: JsonValue | undefined }
  /** The budget ran out after comparing `steps` values without finding a difference. */
  | { kind: 'stopped'; steps: number };

export interface DifferenceSearchOptions {
  /** Values compared before giving up. Default 100,000. */
  maxSteps?: number;
}

/** One container pair on the walk; `keys` / `length` are filled when it is first visited. */
interface Frame {
  x: JsonValue | undefined;
  y: JsonValue | undefined;
  parent: Frame | null;
  step: PathStep | null;
  keys: readonly string[] | null;
  length: number;
  next: number;
}

function pathOf(frame: Frame): PathStep[] {
  const path: PathStep[] = [];
  for (let f: Frame | null = frame; f && f.step !== null; f = f.parent) path.push(f.step);
  return path.reverse();
}

function isContainer(v: JsonValue | undefined): v is object & JsonValue {
  return typeof v === 'object' && v !== null;
}

/** Values compared between two checkpoints of `firstDifferenceSteps`. */
const CHECKPOINT = 2000;

/**
 * The first place (depth first, in `before`'s key order, then keys only `after` has) where two
 * JSON values differ. Never recurses; stops after comparing `maxSteps` values.
 *
 * ```ts
 * firstDifference({ a: [1, { b: 1 }] }, { a: [1, { b: 2 }] });
 * // → { kind: 'found', path: ['a', 1, 'b'], before: 1, after: 2 }
 * ```
 */
export function firstDifference(before: JsonValue, after: JsonValue, options: DifferenceSearchOptions = {}): DifferenceSearch {
  return finish(firstDifferenceSteps(before, after, options));
}

/**
 * @internal `firstDifference` as steps: it yields after listing the keys of an object (one listing
 * of a wide object is the longest thing it does at once) and every 2,000 values. With `onStopped`,
 * reaching `maxSteps` calls it with the "stopped" result and the walk goes on to the end (whether
 * the values are equal at all).
 */
export function* firstDifferenceSteps(
  before: JsonValue,
  after: JsonValue,
  options: DifferenceSearchOptions & {
    onStopped?: (stopped: DifferenceSearch) => void;
    /** Own keys of objects someone already listed (see `ValueCounter.keysOf`). */
    keysOf?: (value: object) => readonly string[] | undefined;
  } = {},
): Steps<DifferenceSearch> {
  let maxSteps = options.maxSteps ?? 100_000;
  let steps = 0;
  let checkpoint = CHECKPOINT;
  const stack: Frame[] = [{ x: before, y: after, parent: null, step: null, keys: null, length: 0, next: 0 }];
  while (stack.length) {
    if (steps >= maxSteps) {
      const stopped: DifferenceSearch = { kind: 'stopped', steps };
      if (!options.onStopped) return stopped;
      options.onStopped(stopped);
      maxSteps = Infinity;
    }
    if (steps >= checkpoint) {
      checkpoint = steps + CHECKPOINT;
      yield;
    }
    const frame = stack[stack.length - 1]!;
    const { x, y } = frame;
    if (frame.keys === null) {
      steps++;
      if (x === y) {
        stack.pop();
        continue;
      }
      if (!isContainer(x) || !isContainer(y) || Array.isArray(x) !== Array.isArray(y)) {
        return { kind: 'found', path: pathOf(frame), before: x, after: y };
      }
      if (Array.isArray(x)) {
        frame.keys = [];
        frame.length = Math.max(x.length, (y as JsonValue[]).length);
      } else {
        // Each side is listed in a step of its own (one listing of a wide object cannot be cut),
        // with Object.keys, not for…in: on an object too wide for the engine's enum cache, for…in
        // is several times slower.
        const keysX = options.keysOf?.(x) ?? Object.keys(x);
        yield;
        const keysY = options.keysOf?.(y) ?? Object.keys(y);
        yield;
        const extra: string[] = [];
        for (let k = 0; k < keysY.length; k++) {
          if (!hasOwn.call(x, keysY[k]!)) extra.push(keysY[k]!);
          if (k % CHECKPOINT === CHECKPOINT - 1) yield;
        }
        const keys = extra.length ? keysX.concat(extra) : keysX;
        frame.keys = keys;
        frame.length = keys.length;
        yield;
      }
      continue;
    }
    if (frame.next >= frame.length) {
      stack.pop();
      continue;
    }
    const i = frame.next++;
    const step: PathStep = Array.isArray(x) ? i : frame.keys[i]!;
    const cx = child(x!, step);
    const cy = child(y!, step);
    // Equal children (most of them) are compared here, as if visited (same steps counted).
    if (cx === cy) {
      steps++;
      continue;
    }
    stack.push({ x: cx, y: cy, parent: frame, step, keys: null, length: 0, next: 0 });
  }
  return { kind: 'equal' };
}

const searches = new WeakMap<object, WeakMap<object, DifferenceSearch>>();

/**
 * @internal `firstDifference(before, after)` of two containers, computed once per pair (also by
 * the sliced diff, which meets them at its depth limit: see `rememberDifference`).
 */
export function rememberedDifference(before: object, after: object): DifferenceSearch {
  let found = searches.get(before)?.get(after);
  if (!found) rememberDifference(before, after, (found = firstDifference(before as JsonValue, after as JsonValue)));
  return found;
}

/** @internal Records `firstDifference(before, after)` computed elsewhere (in slices). */
export function rememberDifference(before: object, after: object, found: DifferenceSearch): void {
  let inner = searches.get(before);
  if (!inner) searches.set(before, (inner = new WeakMap()));
  inner.set(after, found);
}

function child(v: JsonValue, step: PathStep): JsonValue | undefined {
  if (Array.isArray(v)) return v[step as number];
  return hasOwn.call(v, step) ? (v as Record<string, JsonValue>)[step] : undefined;
}
