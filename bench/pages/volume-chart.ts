/// <reference types="vite/client" />
// <ev-volume-chart> against Chart.js with default options (animation and parsing on), in the
// same run. Every figure is the median of several runs on a 1000 px wide chart.
//
// The baseline is Chart.js' own UMD build (what a page with `chart.js/auto` runs), loaded as a
// separate script: its registry and code are separate from the element's tree-shaken
// on-demand chunk, so neither affects the other (nor the chunk size measured by
// volume-chart-lazy).
import { Chart } from 'chart.js';
import type AutoChart from 'chart.js/auto';
import umdUrl from '../../node_modules/chart.js/dist/chart.umd.min.js?url';
import '../../src/components/source/ev-source.js';
import '../../src/components/volume-chart/ev-volume-chart.js';
import { createMemoryClient } from '../../src/client/adapters/memory.js';
import type { EventRecord, VolumeBucket } from '../../src/client/types.js';
import { loadChartRuntime } from '../../src/components/volume-chart/chart-loader.js';
import type { EvVolumeChart } from '../../src/components/volume-chart/volume-chart.js';
import { makeEvents, prng } from '../../test/fixtures/events.js';
import type { BenchRow } from '../types.js';
import { median } from './stats.js';

declare global {
  interface Window {
    Chart?: typeof AutoChart;
  }
}

async function defaultsChart(): Promise<typeof AutoChart> {
  if (!window.Chart) {
    const script = document.createElement('script');
    script.src = umdUrl;
    document.head.append(script);
    await new Promise((ok, fail) => {
      script.addEventListener('load', ok);
      script.addEventListener('error', fail);
    });
  }
  return window.Chart!;
}

const HOUR = 3_600_000;
const GROUP = 'ev-volume-chart';
const stage = document.getElementById('stage')!;

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** `bars` hourly buckets × `actions` actions, zero-filled, ~30 % empty. */
function volume(bars: number, actions: number, seed = 1): VolumeBucket[] {
  const rand = prng(seed);
  const start = Date.UTC(2026, 9, 1);
  const out: VolumeBucket[] = [];
  for (let i = 0; i < bars; i++) {
    const time = new Date(start + i * HOUR).toISOString();
    for (let a = 0; a < actions; a++) out.push({ action: `action_${String(a).padStart(2, '0')}`, time, count: rand() < 0.3 ? 0 : Math.floor(rand() * 40) });
  }
  return out;
}

/** Time from handing the element its data to the chart drawn (Lit render, text alternative, Chart.js). */
async function oursFirstRender(buckets: VolumeBucket[], runs: number): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    stage.replaceChildren();
    await frame();
    const start = performance.now();
    const el = document.createElement('ev-volume-chart') as EvVolumeChart;
    el.bucketMs = HOUR;
    el.buckets = buckets;
    stage.append(el);
    await el.updateComplete;
    times.push(performance.now() - start);
    if (!el.shadowRoot!.querySelector('canvas')?.width) throw new Error('chart not drawn');
  }
  stage.replaceChildren();
  return median(times);
}

/** Chart.js defaults: category axis of labels, one dataset per action, animation to its end. */
async function defaultsFirstRender(buckets: VolumeBucket[], runs: number): Promise<{ total: number; sync: number }> {
  const labels = [...new Set(buckets.map((b) => b.time))];
  const byAction = new Map<string, number[]>();
  for (const b of buckets) (byAction.get(b.action) ?? byAction.set(b.action, []).get(b.action)!).push(b.count);
  const totals: number[] = [];
  const syncs: number[] = [];
  for (let k = 0; k < runs; k++) {
    stage.replaceChildren();
    const box = document.createElement('div');
    box.style.cssText = 'position: relative; height: 14rem';
    const canvas = document.createElement('canvas');
    box.append(canvas);
    stage.append(box);
    const Defaults = await defaultsChart();
    await frame();
    let done!: () => void;
    const complete = new Promise<void>((r) => (done = r));
    const start = performance.now();
    const chart = new Defaults(canvas, {
      type: 'bar',
      data: { labels, datasets: [...byAction].map(([label, data]) => ({ label, data })) },
      options: { maintainAspectRatio: false, animation: { onComplete: () => done() }, scales: { x: { stacked: true }, y: { stacked: true } } },
    });
    syncs.push(performance.now() - start);
    await complete;
    totals.push(performance.now() - start);
    chart.destroy();
  }
  stage.replaceChildren();
  return { total: median(totals), sync: median(syncs) };
}

/** Chart.js' own BarController tuned as far as it goes (no animation, no parsing, linear time axis). */
async function tunedBarController(buckets: VolumeBucket[], runs: number): Promise<number> {
  const byAction = new Map<string, Array<{ x: number; y: number }>>();
  for (const b of buckets) (byAction.get(b.action) ?? byAction.set(b.action, []).get(b.action)!).push({ x: Date.parse(b.time) + HOUR / 2, y: b.count });
  const xs = buckets.map((b) => Date.parse(b.time));
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    stage.replaceChildren();
    const box = document.createElement('div');
    box.style.cssText = 'position: relative; height: 14rem';
    const canvas = document.createElement('canvas');
    box.append(canvas);
    stage.append(box);
    const Defaults = await defaultsChart();
    await frame();
    const start = performance.now();
    const chart = new Defaults(canvas, {
      type: 'bar',
      data: { datasets: [...byAction].map(([label, data]) => ({ label, data })) },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        events: [],
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        datasets: { bar: { categoryPercentage: 1, barPercentage: 0.85 } },
        scales: { x: { type: 'linear', stacked: true, min: Math.min(...xs), max: Math.max(...xs) + HOUR }, y: { stacked: true } },
      },
    });
    times.push(performance.now() - start);
    chart.destroy();
  }
  stage.replaceChildren();
  return median(times);
}

/** One live event into a 168 × 10 chart, through the client's live subscription, until redrawn. */
async function liveUpdate(runs: number): Promise<{ update: number; chartOnly: number; recreate: number }> {
  const now = Date.now();
  const actions = Array.from({ length: 10 }, (_, a) => `action_${a}`);
  const client = createMemoryClient({ events: makeEvents({ count: 5000, now, gapMs: (7 * 24 * HOUR) / 5000, actions }), volumeBucketMs: HOUR });
  stage.replaceChildren();
  const source = document.createElement('ev-source');
  source.client = client;
  const el = document.createElement('ev-volume-chart') as EvVolumeChart;
  el.live = true;
  source.append(el);
  stage.append(source);
  while (!el.matches(':state(ready)') || !el.shadowRoot!.querySelector('canvas')?.width) await frame();
  await el.updateComplete;
  const base = makeEvents({ count: 1, now })[0]!;
  const updates: number[] = [];
  for (let k = 0; k < runs; k++) {
    await frame();
    const event: EventRecord = { ...base, pk: `live-${k}`, action: actions[k % actions.length]!, created: new Date().toISOString() };
    const start = performance.now();
    client.addEvents([event]);
    await el.updateComplete;
    updates.push(performance.now() - start);
  }
  // The chart part of that update alone: Chart.js redrawing in place.
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const inPlace: number[] = [];
  for (let k = 0; k < runs; k++) {
    await frame();
    const start = performance.now();
    Chart.getChart(canvas)!.update('none');
    inPlace.push(performance.now() - start);
  }
  // Baseline: the same chart, destroyed and created again for the new data.
  const runtime = await loadChartRuntime();
  const chart = runtime.VolumeChartView;
  const recreates: number[] = [];
  for (let k = 0; k < runs; k++) {
    await frame();
    const existing = Chart.getChart(canvas)!;
    const state = (existing.data.datasets[0] as unknown as { volume: ConstructorParameters<typeof chart>[1] }).volume;
    const start = performance.now();
    existing.destroy();
    new chart(canvas, state, () => {});
    recreates.push(performance.now() - start);
  }
  stage.replaceChildren();
  return { update: median(updates), chartOnly: median(inPlace), recreate: median(recreates) };
}

window.evBench = async (): Promise<BenchRow[]> => {
  // Warm-up: the on-demand Chart.js chunk and the JIT, outside every measurement.
  await oursFirstRender(volume(24, 3), 2);
  const small = volume(168, 10);
  const large = volume(2000, 20);
  const rows: BenchRow[] = [];

  const smallDefaults = await defaultsFirstRender(small, 5);
  const smallOurs = await oursFirstRender(small, 9);
  rows.push({
    group: GROUP,
    name: '168 buckets × 10 actions: first render (element, chart drawn)',
    value: smallOurs,
    unit: 'ms',
    goal: '<= 20',
    baseline: { name: 'Chart.js defaults, until drawn (animation)', value: smallDefaults.total },
  });
  rows.push({ group: GROUP, name: '168 × 10: Chart.js defaults, constructor only (before animation frames)', value: smallDefaults.sync, unit: 'ms', note: 'informative' });

  const live = await liveUpdate(15);
  rows.push({
    group: GROUP,
    name: 'live update of that chart (1 event → redrawn in place)',
    value: live.update,
    unit: 'ms',
    goal: '<= 10',
    baseline: { name: 're-creating the chart', value: live.recreate },
    note: 'whole element: count, stats, summary, legend, chart',
  });
  rows.push({ group: GROUP, name: 'live update: the chart redraw alone (in place)', value: live.chartOnly, unit: 'ms', baseline: { name: 're-creating the chart', value: live.recreate } });

  const largeDefaults = await defaultsFirstRender(large, 3);
  const largeOurs = await oursFirstRender(large, 5);
  rows.push({
    group: GROUP,
    name: '2,000 buckets × 20 actions: first render (element, chart drawn)',
    value: largeOurs,
    unit: 'ms',
    goal: '<= 50',
    baseline: { name: 'Chart.js defaults, until drawn (animation)', value: largeDefaults.total },
  });
  rows.push({ group: GROUP, name: '2,000 × 20: Chart.js defaults, constructor only (before animation frames)', value: largeDefaults.sync, unit: 'ms', note: 'informative' });
  rows.push({
    group: GROUP,
    name: '2,000 × 20: Chart.js BarController tuned (no animation / parsing, linear axis)',
    value: await tunedBarController(large, 3),
    unit: 'ms',
    note: 'why the bars are drawn by a batched controller',
  });
  return rows;
};
