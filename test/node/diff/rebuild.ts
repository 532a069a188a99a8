/**
 * Rebuilds both inputs from a diff: proof that a diff is a complete, valid description of the
 * change (every item accounted for exactly once, in the right place).
 */
import type { JsonValue } from '../../../src/client/types.js';
import { setOwn } from '../../../src/diff/equal.js';
import type { DiffNode } from '../../../src/diff/types.js';

export function rebuild(node: DiffNode, side: 'before' | 'after'): JsonValue {
  switch (node.kind) {
    case 'replace':
      return node[side];
    case 'text':
      return node.segments
        .filter((s) => s.op === 'equal' || s.op === (side === 'before' ? 'delete' : 'insert'))
        .map((s) => s.text)
        .join('');
    case 'object': {
      const out: Record<string, JsonValue> = {};
      for (const e of node.entries) {
        if (e.op === 'same') setOwn(out, e.key, e.value);
        else if (e.op === 'changed') setOwn(out, e.key, rebuild(e.diff, side));
        else if ((e.op === 'added') === (side === 'after')) setOwn(out, e.key, e.value);
      }
      return out;
    }
    case 'array': {
      const source = side === 'before' ? node.before : node.after;
      const out: Array<JsonValue | undefined> = new Array(source.length).fill(undefined);
      const put = (index: number, value: JsonValue) => {
        if (index < 0 || index >= out.length) throw new Error(`index ${index} out of range`);
        if (out[index] !== undefined) throw new Error(`index ${index} filled twice`);
        out[index] = value;
      };
      for (const e of node.entries) {
        if (e.op === 'same') {
          for (let k = 0; k < e.count; k++) {
            const value = node.before[e.beforeIndex + k]!;
            put(side === 'before' ? e.beforeIndex + k : e.afterIndex + k, value);
          }
        } else if (e.op === 'added') {
          if (side === 'after') put(e.afterIndex, e.value);
        } else if (e.op === 'removed') {
          if (side === 'before') put(e.beforeIndex, e.value);
        } else if (e.op === 'changed') {
          put(side === 'before' ? e.beforeIndex : e.afterIndex, rebuild(e.diff, side));
        } else {
          const value = e.diff ? rebuild(e.diff, side) : e.value;
          put(side === 'before' ? e.beforeIndex : e.afterIndex, value);
        }
      }
      if (out.some((v) => v === undefined)) throw new Error('an item is missing from the diff');
      return out as JsonValue[];
    }
  }
}
