/**
 * Structural equality and hashing of JSON values. Both are safe on any depth: equality walks an
 * explicit stack, hashing stops descending at a fixed depth (deeper parts only add their size;
 * callers confirm hash matches with `jsonEqual`). Object key order never matters.
 */
import type { JsonObject, JsonValue } from '../client/types.js';

const hasOwn = Object.prototype.hasOwnProperty;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of two JSON values (iterative: no recursion limit). */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN never appears in JSON, so identity is enough for primitives.
    return false;
  }
  const stack: Array<JsonValue | undefined> = [a, b];
  while (stack.length) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    const xa = Array.isArray(x);
    if (xa !== Array.isArray(y)) return false;
    if (xa) {
      const ya = y as JsonValue[];
      if (x.length !== ya.length) return false;
      for (let i = 0; i < x.length; i++) {
        const xi = x[i];
        const yi = ya[i];
        if (xi === yi) continue;
        if (typeof xi !== 'object' || typeof yi !== 'object' || xi === null || yi === null) return false;
        stack.push(xi, yi);
      }
    } else {
      const xo = x as JsonObject;
      const yo = y as JsonObject;
      const keys = Object.keys(xo);
      if (keys.length !== Object.keys(yo).length) return false;
      for (const key of keys) {
        if (!hasOwn.call(yo, key)) return false;
        const xi = xo[key];
        const yi = yo[key];
        if (xi === yi) continue;
        if (typeof xi !== 'object' || typeof yi !== 'object' || xi === null || yi === null) return false;
        stack.push(xi, yi);
      }
    }
  }
  return true;
}

/** FNV-1a over a string, 32 bits. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

const HASH_DEPTH = 64;

/**
 * A 32-bit structural hash: equal values hash equal (object key order ignored); different values
 * usually differ. Below depth 64 only the shape's size contributes.
 */
export function hashJson(value: JsonValue | undefined, depth = 0): number {
  switch (typeof value) {
    case 'string':
      return mix(hashString(value, 0x9e3779b9));
    case 'number':
      return (value | 0) === value ? mix(value ^ 0x85ebca6b) : mix(hashString(String(value), 0x85ebca6b));
    case 'boolean':
      return value ? 0x5bd1e995 : 0x1b873593;
    case 'undefined':
      return 0x2545f491;
    default:
      break;
  }
  if (value === null) return 0x68e31da4;
  if (Array.isArray(value)) {
    let h = mix(0x3c6ef372 ^ value.length);
    if (depth >= HASH_DEPTH) return h;
    for (let i = 0; i < value.length; i++) h = mix((Math.imul(h, 31) + hashJson(value[i], depth + 1)) >>> 0);
    return h;
  }
  let sum = 0;
  let count = 0;
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue;
    count++;
    if (depth < HASH_DEPTH) sum = (sum + mix(hashString(key) ^ Math.imul(hashJson(value[key], depth + 1), 0x27d4eb2d))) >>> 0;
  }
  return mix((0xa54ff53a ^ count) + sum);
}

/**
 * Interns JSON values to small integers so sequences can be compared with `===`. Primitives
 * intern exactly; objects and arrays intern by hash, so a shared id on containers means "very
 * probably equal" and must be confirmed with `jsonEqual` before it is shown as equal.
 */
export class Interner {
  #strings = new Map<string, number>();
  #numbers = new Map<number, number>();
  #containers = new Map<number, number>();
  #next = 4;

  id(value: JsonValue | undefined): number {
    if (value === null) return 0;
    switch (typeof value) {
      case 'boolean':
        return value ? 1 : 2;
      case 'undefined':
        return 3;
      case 'string':
        return this.#intern(this.#strings, value);
      case 'number':
        return this.#intern(this.#numbers, value);
      default:
        return this.#intern(this.#containers, hashJson(value));
    }
  }

  #intern<K>(map: Map<K, number>, key: K): number {
    let id = map.get(key);
    if (id === undefined) {
      id = this.#next++;
      map.set(key, id);
    }
    return id;
  }
}

/** Subtrees of fewer values than this are not remembered by `ValueCounter`. */
const FEW = 64;

/** A container being counted: its children are visited one by one. */
interface CountFrame {
  value: object;
  keys: string[] | null;
  length: number;
  next: number;
  total: number;
}

/**
 * Number of values (scalars and containers, a shared value once per place) in values that share
 * subtrees (a value, then its children, then theirs), counting no further than `cap`: the count
 * of every container in a subtree of 64 values or more is remembered (its keys listed once, and
 * kept for other walks when it has 64 or more: `keysOf`), so counting every level of a deep
 * value is linear in its size, not size × depth; smaller subtrees are counted again when asked,
 * by a plain walk. Iterative (any depth); a container that contains itself counts as `cap`.
 */
export class ValueCounter {
  /** Containers' counts, each at most `cap` (`cap` also while one is being counted). */
  readonly #counts = new Map<object, number>();
  /** Keys of the wide objects (64 keys or more) it listed: no one needs to list them again. */
  readonly #listed = new WeakMap<object, string[]>();
  /** Whether `#listed` holds anything (most counters never meet a wide object: no lookups then). */
  #listedAny = false;

  constructor(readonly cap: number) {}

  /** Values in `value` (itself included), at most `cap`. */
  count(value: JsonValue | undefined): number {
    const cap = this.cap;
    if (cap <= 0) return 0;
    if (cap === 1 || typeof value !== 'object' || value === null) return 1;
    const known = this.#counts.get(value);
    if (known !== undefined) return known;
    // Most subtrees are small: counted again each time by a plain walk.
    const few = Math.min(cap, FEW);
    const small = this.#few(value, few);
    if (small < few) return small;
    const stack: CountFrame[] = [this.#open(value)];
    let result = 0;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.total < cap && frame.next < frame.length) {
        const i = frame.next++;
        const child = frame.keys ? (frame.value as Record<string, JsonValue>)[frame.keys[i]!] : (frame.value as JsonValue[])[i];
        if (typeof child !== 'object' || child === null) frame.total++;
        else {
          const n = this.#counts.get(child);
          if (n !== undefined) frame.total += n;
          else stack.push(this.#open(child));
        }
        continue;
      }
      stack.pop();
      const total = Math.min(frame.total, cap);
      this.#counts.set(frame.value, total);
      const parent = stack[stack.length - 1];
      if (parent) parent.total += total;
      else result = total;
    }
    return result;
  }

  /** Values in `value`, at most `few`, by a plain walk that takes remembered counts for the containers it meets. */
  #few(value: object, few: number): number {
    let count = 0;
    const stack: Array<JsonValue | undefined> = [value as JsonValue];
    while (stack.length && count < few) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null) {
        count++;
        continue;
      }
      const known = this.#counts.get(v);
      if (known !== undefined) {
        count += known;
        continue;
      }
      count++;
      if (Array.isArray(v)) for (let i = 0; i < v.length && stack.length < few; i++) stack.push(v[i]);
      else {
        // Any listing of an object lists all its keys: a wide one's are kept for `#open`.
        const keys = Object.keys(v);
        if (keys.length >= few) this.#remember(v, keys);
        for (let i = 0; i < keys.length && stack.length < few; i++) stack.push(v[keys[i]!]);
      }
    }
    return Math.min(count, few);
  }

  /** The own keys of `value` when it listed them (objects of 64 keys or more), else undefined. */
  keysOf(value: object): readonly string[] | undefined {
    return this.#listedAny ? this.#listed.get(value) : undefined;
  }

  #remember(value: object, keys: string[]): void {
    this.#listed.set(value, keys);
    this.#listedAny = true;
  }

  #open(value: object): CountFrame {
    // Until it is counted, a container stands for `cap` (only a cycle can meet it again by then).
    this.#counts.set(value, this.cap);
    if (Array.isArray(value)) return { value, keys: null, length: value.length, next: 0, total: 1 };
    let keys = this.#listed.get(value);
    if (!keys) {
      keys = Object.keys(value);
      if (keys.length >= FEW) this.#remember(value, keys);
    }
    return { value, keys, length: keys.length, next: 0, total: 1 };
  }
}

/**
 * Sets an own, enumerable property — also for keys like `__proto__`, which plain assignment
 * would turn into a prototype change (event data may contain any key).
 */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
