// <ev-detail> / <ev-json-diff>: the diff engine against jsondiffpatch and microdiff on the same
// inputs (typical event, 1.5 MB object, 8,000 × 8,000 unkeyed worst case). Rendering is measured
// on its own page (detail-render), away from the baselines' garbage.
import * as jsondiffpatch from 'jsondiffpatch';
import microdiff from 'microdiff';
import type { JsonObject, JsonValue } from '../../src/client/types.js';
import { diffJson, diffJsonAsync } from '../../src/diff/index.js';
import { editedCopy, hugeContext, typicalModelPair, worstCaseArrays } from '../../test/fixtures/detail-events.js';
import type { BenchRow } from '../types.js';
import { idle, median } from './stats.js';

const group = 'ev-detail';

/**
 * Median wall time of one `run`, after `warm` untimed runs. Fast functions are timed in batches of
 * at least ~5 ms each, because the page's clock is coarse (100 µs without cross-origin isolation).
 */
function time(run: () => unknown, repeat: number, warm = Math.min(repeat, 5)): number {
  return timings(run, repeat, warm).median;
}

/** Median and minimum (the minimum is the least disturbed by other load on the machine). */
function timings(run: () => unknown, repeat: number, warm = Math.min(repeat, 5)): { median: number; min: number } {
  for (let i = 0; i < warm; i++) run();
  const probe = performance.now();
  run();
  const once = Math.max(performance.now() - probe, 0.01);
  const batch = Math.max(1, Math.ceil(5 / once));
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    for (let k = 0; k < batch; k++) run();
    samples.push((performance.now() - start) / batch);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

/** jsondiffpatch matching array items like we do: by pk / id / uuid, else by content. */
const keyedPatcher = jsondiffpatch.create({
  objectHash: (item: object) => {
    const o = item as Record<string, unknown>;
    const id = o.pk ?? o.id ?? o.uuid;
    return id === undefined ? JSON.stringify(item) : `${typeof id}:${String(id)}`;
  },
  arrays: { detectMove: true },
});

window.evBench = async (): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];

  // 1. A typical model change (~7.5 kB per side).
  const [typA, typB] = typicalModelPair();
  const typicalT = timings(() => diffJson(typA, typB), 25);
  const typical = typicalT.median;
  const typicalJdp = time(() => keyedPatcher.diff(typA, typB), 25);
  const typicalMicro = time(() => microdiff(typA, typB), 25);
  const size = JSON.stringify(typA).length;
  rows.push(
    { group, name: `diff of a typical event (${(size / 1024).toFixed(1)} kB per side)`, value: typical, unit: 'ms', goal: '<= 1', baseline: { name: 'jsondiffpatch', value: typicalJdp }, note: `median; min ${typicalT.min.toFixed(2)} ms` },
    { group, name: 'diff of a typical event: microdiff (baseline, index-matched arrays, no moves or text diff)', value: typicalMicro, unit: 'ms' },
  );
  await idle();

  // 2. A 1.5 MB object against an edited, independent copy (no shared references).
  const big = hugeContext(1_500_000) as JsonValue;
  const bigNext = JSON.parse(JSON.stringify(editedCopy(big as JsonObject))) as JsonValue;
  const bigBytes = JSON.stringify(big).length;
  const largeT = timings(() => diffJson(big, bigNext), 15, 3);
  const large = largeT.median;
  await idle();
  const largeJdp = time(() => keyedPatcher.diff(big, bigNext), 5, 1);
  await idle();
  const largeMicro = time(() => microdiff(big as JsonObject, bigNext as JsonObject), 5, 1);
  rows.push(
    { group, name: `diff of a ${(bigBytes / 1e6).toFixed(2)} MB object (40 edits, 10 moves, 5 removed, 5 added)`, value: large, unit: 'ms', goal: '<= 16', baseline: { name: 'jsondiffpatch', value: largeJdp }, note: `median; min ${largeT.min.toFixed(1)} ms` },
    { group, name: 'diff of the 1.5 MB object: microdiff (baseline)', value: largeMicro, unit: 'ms' },
  );
  await idle();

  // 2b. The same diff sliced (what <ev-json-diff> runs for values of 20,000+ nodes): time to
  // result, default 8 ms slices and 1 ms slices (many turns of the event loop: the idle time
  // between slices shows, e.g. 4 ms per turn from the fifth when they were nested timers).
  for (const sliceMs of [8, 1]) {
    const runs: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await diffJsonAsync(big, bigNext, { sliceMs });
      runs.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    rows.push({
      group,
      name: `diffJsonAsync of the 1.5 MB object, ${sliceMs} ms slices: time to result`,
      value: median(runs),
      unit: 'ms',
      baseline: { name: 'diffJson in one task', value: large },
      note: `median of 15; min ${Math.min(...runs).toFixed(1)} ms`,
    });
  }
  await idle();

  // 3. Worst case: 8,000 × 8,000 unkeyed arrays of small objects from a 32-value alphabet.
  const [worstA, worstB] = worstCaseArrays(8000);
  let approximate = false;
  const worstT = timings(() => {
    const d = diffJson(worstA, worstB);
    approximate = d?.kind === 'array' && d.approximate;
  }, 9, 2);
  const worst = worstT.median;
  await idle();
  const worstJdpStart = performance.now();
  keyedPatcher.diff(worstA, worstB);
  const worstJdp = performance.now() - worstJdpStart;
  await idle();
  const worstMicro = time(() => microdiff(worstA as unknown as JsonObject, worstB as unknown as JsonObject), 5, 1);
  rows.push(
    { group, name: 'worst case: 8,000 × 8,000 unkeyed arrays', value: worst, unit: 'ms', goal: '<= 50', baseline: { name: 'jsondiffpatch (LCS matrix)', value: worstJdp }, note: `median; min ${worstT.min.toFixed(1)} ms; ${approximate ? 'bounded search (approximate result)' : 'exact'}` },
    { group, name: 'worst case: microdiff (baseline, index by index)', value: worstMicro, unit: 'ms' },
  );
  return rows;
};
