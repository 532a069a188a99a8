// <ev-detail> diff engine memory on the 8,000 × 8,000 unkeyed worst case, in child processes:
// heap growth during the call, and whether the diff completes with the heap capped at 64 MB.
// Baseline: jsondiffpatch with content hashing (its LCS keeps an (n+1) × (m+1) matrix).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchRow } from '../types.js';

const script = join(import.meta.dirname, 'detail-memory.ts');

interface Run {
  ok: boolean;
  ms: number;
  growthMB: number;
}

function run(engine: 'ours' | 'jsondiffpatch', length: number, heapCapMB?: number): Run {
  const args = ['--expose-gc', ...(heapCapMB ? [`--max-old-space-size=${heapCapMB}`] : []), '--import', 'tsx', script, engine, String(length)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(line) as { ms: number; growthMB: number };
    return { ok: child.status === 0, ms: parsed.ms, growthMB: parsed.growthMB };
  } catch {
    return { ok: false, ms: NaN, growthMB: NaN };
  }
}

export default async function detailMemory(): Promise<BenchRow[]> {
  const group = 'ev-detail';
  const ours = run('ours', 8000);
  const theirs = run('jsondiffpatch', 8000);
  const ours16 = run('ours', 16000);
  const capOurs = run('ours', 8000, 64);
  const capTheirs = run('jsondiffpatch', 8000, 64);
  return [
    {
      group,
      name: 'worst case 8,000 × 8,000: heap growth during the diff (Node)',
      value: ours.growthMB,
      unit: 'MB',
      goal: '<= 64',
      baseline: { name: 'jsondiffpatch', value: theirs.growthMB },
      note: `16,000 × 16,000: ${ours16.growthMB.toFixed(1)} MB (linear)`,
    },
    {
      group,
      name: 'worst case 8,000 × 8,000 with the heap capped at 64 MB: completes (1 = yes)',
      value: capOurs.ok ? 1 : 0,
      unit: '',
      goal: '= 1',
      baseline: { name: 'jsondiffpatch', value: capTheirs.ok ? 1 : 0 },
      note: `ours ${capOurs.ok ? `${capOurs.ms.toFixed(0)} ms` : 'failed'}; jsondiffpatch ${capTheirs.ok ? `${capTheirs.ms.toFixed(0)} ms` : 'out of memory'}`,
    },
  ];
}
