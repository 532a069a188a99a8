/**
 * Child process of detail.bench.ts: runs one diff of the 8,000 × 8,000 unkeyed worst case and
 * prints the heap growth during the call (heap + array buffers, after a full GC before, none
 * during measurement) as JSON. Run with --expose-gc (and optionally a capped heap).
 *
 *   node --expose-gc --import tsx bench/node/detail-memory.ts ours|jsondiffpatch [length]
 */
import * as jsondiffpatch from 'jsondiffpatch';
import { diffJson } from '../../src/diff/index.js';
import { worstCaseArrays } from '../../test/fixtures/detail-events.js';

const engine = process.argv[2] ?? 'ours';
const length = Number(process.argv[3] ?? 8000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const [a, b] = worstCaseArrays(length);
const patcher = jsondiffpatch.create({ objectHash: (item: object) => JSON.stringify(item), arrays: { detectMove: true } });
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
gc();
gc();
const before = used();
let peak = before;
const start = performance.now();
const result = engine === 'ours' ? diffJson(a, b) : patcher.diff(a, b);
const ms = performance.now() - start;
peak = Math.max(peak, used());
process.stdout.write(`${JSON.stringify({ engine, length, ms, growthMB: (peak - before) / 2 ** 20, hasResult: result !== undefined })}\n`);
