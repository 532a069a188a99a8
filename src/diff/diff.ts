/**
 * Structural diff of two JSON values: nested objects key by key, arrays matched by identity field
 * or by content (with moves), long strings by word or character. Linear in the input for equal
 * parts; bounded everywhere else (see `sequence.ts`). Recursion only follows container nesting up
 * to `maxDepth`; deeper containers are compared iteratively and shown as replaced.
 */
import { diffArrays } from './array.js';
import { isJsonObject, jsonEqual } from './equal.js';
import { diffText } from './text.js';
import type { DiffNode, DiffOptions, JsonValue, ObjectEntry, ObjectNode } from './types.js';

export const DEFAULT_KEYS: readonly string[] = ['pk', 'id', 'uuid'];

const hasOwn = Object.prototype.hasOwnProperty;

/** True when two strings read better as a text diff than as old → new. */
export function wantsTextDiff(a: string, b: string, threshold = 40): boolean {
  return a.length >= threshold || b.length >= threshold || a.includes('\n') || b.includes('\n');
}

class Differ {
  readonly #keys: readonly string[];
  readonly #threshold: number;
  readonly #maxDepth: number;
  readonly #budget: number | undefined;

  constructor(options: DiffOptions) {
    this.#keys = options.keys ?? DEFAULT_KEYS;
    this.#threshold = options.textThreshold ?? 40;
    this.#maxDepth = options.maxDepth ?? 64;
    this.#budget = options.budget;
  }

  diff(a: JsonValue, b: JsonValue, depth: number): DiffNode | null {
    if (a === b) return null;
    const ta = typeof a;
    if (ta !== 'object' || a === null || typeof b !== 'object' || b === null) {
      if (ta === 'string' && typeof b === 'string') {
        return wantsTextDiff(a as string, b, this.#threshold) ? diffText(a as string, b, this.#budget) : { kind: 'replace', before: a, after: b, changes: 1 };
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

  #object(a: Record<string, JsonValue>, b: Record<string, JsonValue>, depth: number): ObjectNode | null {
    // First pass allocates nothing (for-in over own keys uses the engine's enum cache): most
    // objects on an audit diff's path are equal.
    let changed: Map<string, DiffNode> | undefined;
    let removed = 0;
    let countA = 0;
    for (const key in a) {
      if (!hasOwn.call(a, key)) continue;
      countA++;
      if (!hasOwn.call(b, key)) {
        removed++;
        continue;
      }
      const child = this.diff(a[key]!, b[key]!, depth + 1);
      if (child) (changed ??= new Map()).set(key, child);
    }
    let countB = 0;
    for (const key in b) if (hasOwn.call(b, key)) countB++;
    const added = countB - (countA - removed);
    if (!changed && removed === 0 && added === 0) return null;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
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

/** Re-exported for callers that only need equality. */
export { jsonEqual, isJsonObject };
