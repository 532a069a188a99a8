/**
 * Reference server benchmarks: list queries over real HTTP on a 1,000,000-event database
 * (cached under .cache/ so later runs reuse it) and the time from spawning the CLI to
 * "listening" with 50,000 events, on a fresh file and on a reused one.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../server/app.js';
import type { BenchRow } from '../types.js';

const ROOT = resolve(import.meta.dirname, '../..');
const GROUP = 'server';
const RUNS = 20;
const TOKEN = 'bench-token';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function timedGet(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (res.status !== 200) throw new Error(`GET ${url} → ${res.status}`);
  await res.arrayBuffer();
  return performance.now() - started;
}

/** First (cold: counts not cached yet) and median of RUNS requests. */
async function measure(url: string): Promise<{ cold: number; median: number }> {
  const cold = await timedGet(url);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timedGet(url));
  return { cold, median: median(times) };
}

async function someUsername(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v3/events/events/?actions=login&page_size=1`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const body = (await res.json()) as { results: Array<{ user: { username?: string } }> };
  return body.results[0]?.user.username ?? 'akadmin';
}

async function queryRows(): Promise<BenchRow[]> {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const started = performance.now();
  const server = await startServer({ port: 0, events: 1_000_000, seed: 1, token: TOKEN, db: join(ROOT, '.cache/bench-1000000-1.sqlite') });
  const rows: BenchRow[] = [];
  if (server.seeded) {
    rows.push({ group: GROUP, name: 'seed 1,000,000 events into .cache/bench-1000000-1.sqlite', value: server.seedMs / 1000, unit: 's', note: 'informational; later runs reuse the file' });
  } else {
    rows.push({ group: GROUP, name: 'open cached 1,000,000-event database', value: performance.now() - started, unit: 'ms' });
  }
  try {
    const api = `${server.url}/api/v3/events/events/`;
    const username = await someUsername(server.url);
    const cases: Array<[string, string, string | undefined]> = [
      ['list page 1 (1M events)', `${api}`, '<= 100'],
      ['deep page 10,000 at page_size 100', `${api}?page=10000&page_size=100`, '<= 100'],
      ['filtered page actions=login&actions=logout', `${api}?actions=login&actions=logout`, '<= 100'],
      [`username filter (${username})`, `${api}?username=${encodeURIComponent(username)}`, '<= 100'],
      ['search "grafana" (full scan, informational)', `${api}?search=grafana`, undefined],
      ['volume, 7 days, 6-hour buckets', `${api}volume/`, undefined],
    ];
    for (const [name, url, goal] of cases) {
      const m = await measure(url);
      rows.push({ group: GROUP, name: `${name}, median of ${RUNS}`, value: m.median, unit: 'ms', ...(goal && { goal }), note: `first request ${m.cold.toFixed(1)} ms` });
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** Spawns the CLI and resolves with the ms until it prints its listening line. */
function timeToListening(dbFile: string): Promise<number> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    // `node --import tsx` is what `tsx` runs; spawning node directly lets SIGTERM reach the server.
    const args = ['--import', 'tsx', 'server/main.ts', '--port', '0', '--events', '50000', '--db', dbFile];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let listeningAfter: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (listeningAfter === undefined && /^ev-server listening on http:\/\/\S+$/m.test(out)) {
        listeningAfter = performance.now() - started;
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => (listeningAfter === undefined ? fail(new Error(`server exited (${code}) before listening: ${out}`)) : ok(listeningAfter)));
  });
}

async function startupRows(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ev-bench-'));
  try {
    const file = join(dir, 'events.sqlite');
    const fresh = await timeToListening(file);
    const reused = await timeToListening(file);
    return [
      { group: GROUP, name: 'npm start: spawn → listening, 50,000 events, fresh file', value: fresh, unit: 'ms', goal: '<= 15000' },
      { group: GROUP, name: 'npm start: spawn → listening, 50,000 events, reused file', value: reused, unit: 'ms', goal: '<= 15000' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs every server measurement. */
export default async function serverBench(): Promise<BenchRow[]> {
  return [...(await queryRows()), ...(await startupRows())];
}
