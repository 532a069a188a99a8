/**
 * Where two JSON values first differ, found by a bounded walk: an explicit stack (any depth) and a
 * step budget (any breadth), so it is cheap to run on whatever the structural diff left whole at
 * its depth limit.
 */
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
  keys: string[] | null;
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
  const maxSteps = options.maxSteps ?? 100_000;
  let steps = 0;
  const stack: Frame[] = [{ x: before, y: after, parent: null, step: null, keys: null, length: 0, next: 0 }];
  while (stack.length) {
    if (steps >= maxSteps) return { kind: 'stopped', steps };
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
        // Listing keys is linear in the object's size, as the equality check that came before.
        const keys = Object.keys(x);
        for (const key in y) if (hasOwn.call(y, key) && !hasOwn.call(x, key)) keys.push(key);
        frame.keys = keys;
        frame.length = keys.length;
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
    stack.push({ x: cx, y: cy, parent: frame, step, keys: null, length: 0, next: 0 });
  }
  return { kind: 'equal' };
}

function child(v: JsonValue, step: PathStep): JsonValue | undefined {
  if (Array.isArray(v)) return v[step as number];
  return hasOwn.call(v, step) ? (v as Record<string, JsonValue>)[step] : undefined;
}
