// <ev-json-diff> on a 150,000-key object nested 70 deep (one changed value in it): how long
// "Comparing…" shows before the first result, the longest task meanwhile, and where that time
// goes. Baseline in the same run: the old code, which counted the values below each of the 64 levels the sliced diff descends
// again at every level (that counting is replayed here with a copy of the old function).
import type { JsonValue } from '../../src/client/types.js';
import '../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../src/components/json-diff/json-diff.js';
import { diffJsonAsync } from '../../src/diff/diff.js';
import { jsonEqual, ValueCounter } from '../../src/diff/equal.js';
import { firstDifference, firstDifferenceSteps } from '../../src/diff/first-difference.js';
import { finish } from '../../src/diff/steps.js';
import type { BenchRow } from '../types.js';
import { LongTasks, longestOf } from './long-tasks.js';
import { idle, median } from './stats.js';

const group = 'ev-detail';

/** Long tasks: reported late, so each run keeps only those that began in it. */
const longTasks = new LongTasks();
const SIZE = 150_000;
const DEPTH = 70;
/** What the sliced diff counts below (`SLICE_VALUES`), and how deep it descends (`maxDepth`). */
const SLICE_VALUES = 2000;
const MAX_DEPTH = 64;

function nest(depth: number, leaf: JsonValue): JsonValue {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

function wide(last: number, depth = DEPTH): JsonValue {
  const o: Record<string, JsonValue> = {};
  for (let i = 0; i < SIZE; i++) o[`k${i}`] = i;
  o[`k${SIZE - 1}`] = last;
  return nest(depth, o);
}

/** How deep the wide object sits in the shallow case (a huge context object, say). */
const SHALLOW = 3;

/** `countValues` before the fix: lists every key of a wide object, however much it has counted. */
function oldCountValues(value: JsonValue | undefined, cap: number): number {
  let count = 0;
  const stack: Array<JsonValue | undefined> = [value];
  while (stack.length && count < cap) {
    const v = stack.pop();
    count++;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) for (let i = 0; i < v.length && stack.length < cap; i++) stack.push(v[i]);
    else for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && stack.length < cap) stack.push(v[k]);
  }
  return count;
}

/** `countValues` before the shared counter (`ValueCounter`): a plain walk, for…in over objects. */
function countValuesBeforeCounter(value: JsonValue | undefined, cap: number): number {
  let count = 0;
  const stack: Array<JsonValue | undefined> = [value];
  while (stack.length && count < cap) {
    const v = stack.pop();
    count++;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) for (let i = 0; i < v.length && stack.length < cap; i++) stack.push(v[i]);
    else
      for (const k in v) {
        if (stack.length >= cap) break;
        if (Object.prototype.hasOwnProperty.call(v, k)) stack.push(v[k]);
      }
  }
  return count;
}

/** Own keys counted by for…in, as the old object diff counted the new side's keys. */
function forInCount(value: JsonValue): number {
  let n = 0;
  for (const key in value as object) if (Object.prototype.hasOwnProperty.call(value, key)) n++;
  return n;
}

/** The innermost value below `{ level: … }` wrappers. */
function bottom(value: JsonValue): JsonValue {
  let v = value;
  while (typeof v === 'object' && v !== null && 'level' in v) v = (v as { level: JsonValue }).level;
  return v;
}

function forInFirst(value: JsonValue): number {
  for (const key in value as object) return key.length;
  return 0;
}


/** Results of timed runs, kept so that no run can be optimised away. */
export const sink: unknown[] = [];

function clock<T>(run: () => T): number {
  const start = performance.now();
  sink[0] = run();
  return performance.now() - start;
}

/** Mounts `<ev-json-diff>` and waits until the replaced row (the first result) is on screen. */
async function firstResult(before: JsonValue, after: JsonValue): Promise<number> {
  const el = document.createElement('ev-json-diff') as EvJsonDiff;
  el.oldValue = before;
  el.newValue = after;
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
  const shown = () => el.shadowRoot?.querySelector('[part~=row-replace]');
  if (!shown()) {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
  }
  const ms = performance.now() - start;
  el.remove();
  return ms;
}

window.evBench = async (): Promise<BenchRow[]> => {
  const before = wide(1);
  const after = wide(2);
  const levels = (value: JsonValue) => {
    const out: JsonValue[] = [];
    for (let v = value, i = 0; i < MAX_DEPTH; i++, v = (v as { level: JsonValue }).level) out.push(v);
    return out;
  };
  const [levelsA, levelsB] = [levels(before), levels(after)];

  const runs: number[] = [];
  let longest = 0;
  /** The longest task of each run (0: none over 50 ms). */
  const perRun: number[] = [];
  for (let i = 0; i < 5; i++) {
    // Fresh values each run: the "first difference" note is remembered per pair of values.
    const [a, b] = i === 0 ? [before, after] : [wide(1), wide(2)];
    await idle();
    // Building the fresh values is a long task of the bench's own, perhaps reported only now.
    const from = performance.now();
    runs.push(await firstResult(a, b));
    const to = performance.now();
    await idle();
    const run = longestOf(longTasks.between(from, to));
    perRun.push(run);
    longest = Math.max(longest, run);
    longTasks.clear();
  }
  // The old code: the same work plus counting both sides again at each level it descended.
  // Level by level, a task each, so the page's longest task stays the component's own.
  const replays: number[] = [];
  for (let i = 0; i < 3; i++) {
    let total = 0;
    for (let k = 0; k < MAX_DEPTH; k++) {
      total += clock(() => oldCountValues(levelsA[k], SLICE_VALUES) + oldCountValues(levelsB[k], SLICE_VALUES));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    replays.push(total);
  }
  const now = median(runs);
  const old = now + median(replays);

  // Where the remaining time goes (one pass each, both sides).
  const engine: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await diffJsonAsync(before, after);
    engine.push(performance.now() - start);
    await idle();
  }
  // What the diff compares whole at the depth limit (and the replaced row shows).
  const x = (levelsA.at(-1) as { level: JsonValue }).level;
  const y = (levelsB.at(-1) as { level: JsonValue }).level;
  // The wide objects themselves, at the bottom of the nesting.
  const [wideX, wideY] = [x, y].map((v) => bottom(v));
  const thrice = async (run: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      times.push(clock(run));
      await idle();
    }
    return median(times);
  };
  const parts: Array<[string, number]> = [
    // What the element runs before its first render: the old side alone reaches the cap.
    ['size check before the diff (ValueCounter, cap 20,000, of the old side)', await thrice(() => new ValueCounter(20_000).count(before))],
    ['the same with countValues of both sides (before the shared counter)', await thrice(() => countValuesBeforeCounter(before, 20_000) + countValuesBeforeCounter(after, 20_000))],
    // Before: two one-task passes (the diff's jsonEqual, the note's firstDifference in the render);
    // now one walk in slices does both (its total here, run in one go).
    ['equality check of the two wide objects at the depth limit (jsonEqual, one task before)', await thrice(() => jsonEqual(x, y))],
    ['"first difference" note of the replaced row (firstDifference, 100,000 steps; in the render before)', await thrice(() => firstDifference(x, y))],
    ['the sliced walk that now does both (firstDifferenceSteps to the end, all slices together)', await thrice(() => finish(firstDifferenceSteps(x, y, { onStopped: () => {} })))],
    // Starting a for…in lists every key first (no enum cache for objects this large): an early
    // exit from the loop does not save that.
    ['starting a for…in over both wide objects and leaving at once', await thrice(() => forInFirst(wideX!) + forInFirst(wideY!))],
    ['Object.keys of both wide objects', await thrice(() => Object.keys(wideX as object).length + Object.keys(wideY as object).length)],
    // The floor for the longest task: one listing is one step, it cannot be sliced.
    ['Object.keys of one wide object (one listing: cannot be sliced)', await thrice(() => Object.keys(wideX as object).length)],
  ];
  // The wide objects near the top: the diff walks them key by key (no depth limit), listing each
  // side's keys once. The old walk listed them again: Object.keys of the old side twice more
  // (the key loop, the node's entries), a for…in over the new side (its key count); replayed.
  const shallow: number[] = [];
  const relisting: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [a, b] = [wide(1, SHALLOW), wide(2, SHALLOW)];
    await idle();
    const start = performance.now();
    sink[1] = await diffJsonAsync(a, b);
    shallow.push(performance.now() - start);
    const [wa, wb] = [bottom(a)!, bottom(b)!];
    relisting.push(clock(() => Object.keys(wa as object).length + Object.keys(wa as object).length + forInCount(wb)));
  }
  const shallowNow = median(shallow);
  return [
    {
      group,
      name: `${SIZE.toLocaleString('en-US')}-key object, shallow (${SHALLOW} deep): time to result (diffJsonAsync)`,
      value: shallowNow,
      unit: 'ms',
      baseline: { name: 'old code (keys listed again)', value: shallowNow + median(relisting) },
      note: `median of 5; min ${Math.min(...shallow).toFixed(0)} ms; old = this + ${median(relisting).toFixed(0)} ms of the listings it no longer does (replayed: Object.keys of the old side twice, for…in over the new side)`,
    },
    {
      group,
      name: `<ev-json-diff>, ${SIZE.toLocaleString('en-US')}-key object nested ${DEPTH} deep: time to first result`,
      value: now,
      unit: 'ms',
      baseline: { name: 'old code (each level counted again)', value: old },
      note: `median of 5; min ${Math.min(...runs).toFixed(0)} ms; longest task ${longest.toFixed(0)} ms; old = this + ${median(replays).toFixed(0)} ms of the old per-level counting (copy of the old countValues, ${MAX_DEPTH} levels × 2 sides)`,
    },
    {
      group,
      name: '… longest main-thread task while it shows the diff',
      value: longest,
      unit: 'ms',
      goal: '< 50',
      note: `PerformanceObserver longtask, the longest of 5 runs (each: ${perRun.map((t) => t.toFixed(0)).join(', ')} ms; only tasks over 50 ms are reported, 0 = none)`,
    },
    { group, name: '… of which diffJsonAsync (to result)', value: median(engine), unit: 'ms', note: 'median of 3' },
    ...parts.map(([name, value]): BenchRow => ({ group, name: `… ${name}`, value, unit: 'ms', note: 'median of 3' })),
  ];
};
