#!/usr/bin/env node
/**
 * `npm run bench [-- filter…]`: builds every page under bench/pages with Vite (production mode),
 * serves it, opens each in headless system Chromium, collects the rows the page reports plus
 * long tasks and heap, runs the Node benches in bench/node, prints one table and writes
 * bench/results.json. Filters match page / bench file names.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeFlags, requireChrome } from '../scripts/chrome.mjs';
import { startReferenceServer } from '../scripts/demo-server.mjs';
import type { BenchModule, BenchRow } from './types.js';

const root = resolve(import.meta.dirname);
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const matches = (name: string) => filters.length === 0 || filters.some((f) => name.includes(f));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** Static server over bench/dist. Pages that need the reference server get it through hooks. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    // Chromium asks every page for a favicon: none is not an error of the page.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

/**
 * A page that declares `<meta name="ev-bench-server" content="--events 1000000">` gets the
 * reference server (`server/main.ts`, database cached in .cache/) started for it; its URL and
 * token reach the page as `?server=…&token=…`. Without `server/` the page gets neither.
 */
async function referenceServerFor(name: string): Promise<{ query: string; stop: () => void } | undefined> {
  const html = readFileSync(join(root, 'pages', `${name}.html`), 'utf8');
  const args = /<meta name="ev-bench-server" content="([^"]*)"/.exec(html)?.[1]?.split(/\s+/).filter(Boolean);
  const main = join(root, '..', 'server', 'main.ts');
  if (!args || !existsSync(main)) return undefined;
  const events = Number(args[args.indexOf('--events') + 1] ?? '10000');
  const token = 'bench-token';
  mkdirSync(join(root, '..', '.cache'), { recursive: true });
  const server = await startReferenceServer({ events, seed: 1, token, db: join(root, '..', '.cache', `bench-${events}-1.sqlite`), quiet: true });
  return { query: `?server=${encodeURIComponent(`${server.url}/api/v3`)}&token=${token}`, stop: () => void server.close() };
}

async function browserRows(): Promise<BenchRow[]> {
  const pages = readdirSync(join(root, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .filter(matches);
  if (pages.length === 0) return [];
  const build = spawnSync('npx', ['--no-install', 'vite', 'build', '--config', join(root, 'vite.config.ts')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build of bench pages failed');

  const { server, origin } = await serve(join(root, 'dist'));
  const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: chromeFlags });
  const rows: BenchRow[] = [];
  let stopServer: (() => void) | undefined;
  try {
    for (const name of pages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      // Pages may read metrics, force GC or send input through CDP (heap and script-time rows).
      await page.exposeFunction('evBenchCdp', (method: string, params?: object) => cdp.send(method as 'Performance.getMetrics', params as never));
      const reference = await referenceServerFor(name);
      stopServer = reference?.stop;
      const started = Date.now();
      await page.goto(`${origin}/${name}.html${reference?.query ?? ''}`);
      await page.waitForFunction(() => typeof window.evBench === 'function', null, { timeout: 60000 });
      // Started from a timer task: work run directly by CDP's evaluate is invisible to the Long Tasks API.
      const pageRows = (await page.evaluate(
        () => new Promise((resolve, reject) => setTimeout(() => window.evBench!().then(resolve, reject), 0)),
      )) as BenchRow[];
      const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)) ?? [];
      const metrics = (await cdp.send('Performance.getMetrics')).metrics;
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      rows.push(...pageRows);
      rows.push({
        group: pageRows[0]?.group ?? name,
        name: `${name}.html: page totals (long tasks ${longTasks.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms)`,
        value: heap / 1024 / 1024,
        unit: 'MB heap',
        note: `${((Date.now() - started) / 1000).toFixed(1)} s${errors.length ? `; page errors: ${errors.slice(0, 3).join(' | ')}` : ''}`,
      });
      await context.close();
      reference?.stop();
      stopServer = undefined;
    }
  } finally {
    stopServer?.();
    await browser.close();
    server.close();
  }
  return rows;
}

async function nodeRows(): Promise<BenchRow[]> {
  const dir = join(root, 'node');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && matches(f.replace(/\.bench\.ts$/, '')));
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    rows.push(...(await mod.default()));
  }
  return rows;
}

function passes(row: BenchRow): string {
  if (!row.goal) return '';
  const m = /^(<=|>=|<|>|=)\s*(-?[\d.]+)/.exec(row.goal);
  if (!m) return '';
  const target = Number(m[2]);
  const ok =
    m[1] === '<=' ? row.value <= target : m[1] === '>=' ? row.value >= target : m[1] === '<' ? row.value < target : m[1] === '>' ? row.value > target : row.value === target;
  return ok ? 'yes' : 'NO';
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  return abs >= 1000 ? Math.round(n).toLocaleString('en-US') : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function table(rows: BenchRow[]): string {
  const head = ['group', 'figure', 'value', 'goal', 'met', 'baseline (same run)', 'ratio'];
  const body = rows.map((r) => [
    r.group,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.goal ? `${r.goal} ${r.unit}` : '',
    passes(r),
    r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '',
    r.baseline && r.baseline.value ? `${(r.value / r.baseline.value).toFixed(2)}×` : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const started = Date.now();
const rows = [...(await nodeRows()), ...(await browserRows())];
const chromeVersion = spawnSync(requireChrome(), ['--version'], { encoding: 'utf8' }).stdout.trim();
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromeVersion,
  platform: `${process.platform} ${process.arch}`,
};
console.log(`\n${table(rows)}\n`);
console.log(`machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
writeFileSync(
  join(root, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), seconds: (Date.now() - started) / 1000, machine, rows }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
const failed = rows.filter((r) => passes(r) === 'NO');
if (failed.length) console.log(`${failed.length} row(s) miss their goal: ${failed.map((r) => r.name).join('; ')}`);
