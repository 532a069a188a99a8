/**
 * The result of a structural diff. Only changed paths allocate nodes: an unchanged value is
 * never copied, entries point at the input values.
 */
import type { JsonObject, JsonValue } from '../client/types.js';

export type { JsonObject, JsonValue };

/** A run of a text diff. */
export interface TextSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Two values of different kinds, or two different primitives. */
export interface ReplaceNode {
  kind: 'replace';
  before: JsonValue;
  after: JsonValue;
  changes: 1;
}

/** Two different strings, diffed by word (or by character for single long tokens). */
export interface TextNode {
  kind: 'text';
  before: string;
  after: string;
  /** `word` or `char`: what a segment boundary is. */
  unit: 'word' | 'char';
  segments: TextSegment[];
  /** Share of the longer string that is unchanged (0–1): low values read better as a plain replace. */
  similarity: number;
  /** True when a bound stopped the search early (the segments are valid but not minimal). */
  approximate: boolean;
  changes: 1;
}

export type ObjectEntry =
  | { op: 'same'; key: string; value: JsonValue }
  | { op: 'added'; key: string; value: JsonValue }
  | { op: 'removed'; key: string; value: JsonValue }
  | { op: 'changed'; key: string; diff: DiffNode };

export interface ObjectNode {
  kind: 'object';
  before: JsonObject;
  after: JsonObject;
  /** Every key of both sides: `before`'s order, then keys only `after` has. */
  entries: ObjectEntry[];
  /** Number of leaf changes inside. */
  changes: number;
}

export type ArrayEntry =
  /** `count` consecutive equal items starting at these indexes. */
  | { op: 'same'; beforeIndex: number; afterIndex: number; count: number }
  | { op: 'added'; afterIndex: number; value: JsonValue }
  | { op: 'removed'; beforeIndex: number; value: JsonValue }
  /** The same item (by key, or by position inside a changed block) with different content. */
  | { op: 'changed'; beforeIndex: number; afterIndex: number; diff: DiffNode }
  /** An item that changed position relative to the others (`diff` when its content changed too). */
  | { op: 'moved'; beforeIndex: number; afterIndex: number; value: JsonValue; diff: DiffNode | null };

export interface ArrayNode {
  kind: 'array';
  before: JsonValue[];
  after: JsonValue[];
  /** In `after` order; removed items sit where they were. */
  entries: ArrayEntry[];
  /** The field items were matched by (`pk`, `id`, `uuid` …), or null when matched by content. */
  key: string | null;
  /** True when a bound stopped the search early: the entries are valid but not the smallest set. */
  approximate: boolean;
  changes: number;
}

export type DiffNode = ReplaceNode | TextNode | ObjectNode | ArrayNode;

export interface DiffOptions {
  /** Fields that identify array items, tried in order. Default `['pk', 'id', 'uuid']`. */
  keys?: readonly string[];
  /** Strings this long, or with a line break, are diffed by word / character. Default 40. */
  textThreshold?: number;
  /** Containers nested deeper than this are compared whole (shown as replaced). Default 64. */
  maxDepth?: number;
  /** Work budget of one sequence diff (see `diffSequences`). */
  budget?: number;
}
