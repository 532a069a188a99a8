// <ev-log> at 1,000,000 events, against @lit-labs/virtualizer rendering the same rows with the
// same cell templates and styles, in the same run. Script time and heap come from Chrome's own
// counters (CDP Performance.getMetrics, after HeapProfiler.collectGarbage), so both sides are
// measured the same way whatever they do internally.
import '@lit-labs/virtualizer';
import { html } from 'lit';
import { createAuthentikClient } from '../../src/client/adapters/authentik.js';
import type { EventRecord, EventsClient } from '../../src/client/types.js';
import '../../src/components/log/ev-log.js';
import { COLUMNS, cellContent } from '../../src/components/log/columns.js';
import { gridStyles } from '../../src/components/log/grid.styles.js';
import type { EvLog } from '../../src/components/log/log.js';
import { EvElement } from '../../src/base/ev-element.js';
import { resolveTranslation } from '../../src/i18n/translation.js';
import { makeEvents } from '../../test/fixtures/events.js';
import type { BenchRow } from '../types.js';
import { LongTasks, longestOf } from './long-tasks.js';
import { median } from './stats.js';

const COUNT = 1_000_000;
const ROW = 48;
const group = 'ev-log';

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
const cdp = (method: string, params?: object) => window.evBenchCdp!(method, params) as Promise<{ metrics: Array<{ name: string; value: number }> }>;

async function metric(name: string): Promise<number> {
  const { metrics } = await cdp('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

async function metrics(...names: string[]): Promise<number[]> {
  const { metrics: all } = await cdp('Performance.getMetrics');
  return names.map((name) => all.find((m) => m.name === name)?.value ?? 0);
}

async function heapMB(): Promise<number> {
  await cdp('HeapProfiler.collectGarbage');
  await cdp('HeapProfiler.collectGarbage');
  return (await metric('JSHeapUsedSize')) / 1024 / 1024;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

/** 1,000,000 events, newest first: shallow copies of 1,000 generated ones (shared nested objects). */
function manyEvents(): EventRecord[] {
  const base = makeEvents({ count: 1000 });
  const now = Date.UTC(2026, 10, 20, 12);
  const out = new Array<EventRecord>(COUNT);
  for (let i = 0; i < COUNT; i++) out[i] = { ...base[i % 1000]!, pk: `e${i}`, created: new Date(now - i * 1000).toISOString() };
  return out;
}

/** The baseline: <lit-virtualizer scroller> with the same row markup, cells and styles. */
class BenchVirtualizer extends EvElement {
  static override styles = [EvElement.styles, gridStyles];
  items: EventRecord[] = [];
  override render() {
    const i18n = resolveTranslation('en');
    const ctx = { lang: 'en', timeZone: 'UTC', now: Date.now(), i18n, key: 'bench' };
    return html`<lit-virtualizer
      scroller
      class="grid"
      role="grid"
      aria-label="baseline"
      style="height:100%;--_cols:${COLUMNS.map((c) => c.track).join(' ')};--_row-h:${ROW}px"
      .items=${this.items}
      .renderItem=${(e: EventRecord, i: number) =>
        html`<div class="row data-row" role="row" aria-rowindex=${i + 2} data-index=${i} style="width:100%">
          ${COLUMNS.map((c, k) => html`<div class="cell" role="gridcell" aria-colindex=${k + 1} tabindex="-1">${cellContent(c.id, e, ctx)}</div>`)}
        </div>`}
    ></lit-virtualizer>`;
  }
}
customElements.define('bench-virtualizer', BenchVirtualizer);

interface Subject {
  name: string;
  mount(container: HTMLElement, events: EventRecord[]): Promise<HTMLElement>;
  scroller(el: HTMLElement): HTMLElement;
  rows(el: HTMLElement): HTMLElement[];
  root(el: HTMLElement): ParentNode;
  /** Virtual px per physical px of the scroller. */
  scale(el: HTMLElement): number;
}

const ours: Subject = {
  name: '<ev-log>',
  async mount(container, events) {
    const el = document.createElement('ev-log') as EvLog;
    el.style.height = '100%';
    el.events = events;
    container.append(el);
    await el.updateComplete;
    return el;
  },
  scroller: (el) => el.shadowRoot!.querySelector<HTMLElement>('.grid')!,
  rows: (el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')],
  root: (el) => el.shadowRoot!,
  scale(el) {
    const s = this.scroller(el);
    const viewport = s.querySelector<HTMLElement>('.window')!.clientHeight;
    return (COUNT * ROW - viewport) / (s.scrollHeight - s.clientHeight);
  },
};

const baseline: Subject = {
  name: '@lit-labs/virtualizer',
  async mount(container, events) {
    const el = document.createElement('bench-virtualizer') as BenchVirtualizer;
    el.style.display = 'block';
    el.style.height = '100%';
    el.items = events;
    container.append(el);
    await el.updateComplete;
    return el;
  },
  scroller: (el) => el.shadowRoot!.querySelector<HTMLElement>('lit-virtualizer')!,
  rows: (el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')],
  root: (el) => el.shadowRoot!,
  scale: () => 1,
};

function container(): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = 'height:700px;width:1200px;position:relative';
  document.body.append(box);
  return box;
}

async function waitRows(s: Subject, el: HTMLElement): Promise<void> {
  for (let i = 0; i < 300 && s.rows(el).length === 0; i++) await frame();
}

/** Rows intersecting the scroller's viewport, by index. */
function visibleIndexes(s: Subject, el: HTMLElement): number[] {
  const box = s.scroller(el).getBoundingClientRect();
  return s
    .rows(el)
    .filter((r) => {
      const b = r.getBoundingClientRect();
      return b.height > 0 && b.bottom > box.top + 1 && b.top < box.bottom - 1;
    })
    .map((r) => Number(r.getAttribute('aria-rowindex')) - 2);
}

interface Result {
  mountMs: number;
  mountCpu: number;
  scriptMedian: number;
  /** Most main-thread CPU (script, style, layout, paint) of one step. */
  taskMax: number;
  /** Steps whose main-thread CPU exceeded 50 ms (a long task needs at least that). */
  cpuLong: number;
  firstFrames: number;
  rows: number;
  nodes: number;
  scriptP95: number;
  longTasks: number;
  longest: number;
  reached: number;
  heap: number;
}

async function mountOnce(s: Subject, events: EventRecord[]): Promise<{ box: HTMLElement; el: HTMLElement; wall: number; cpu: number; frames: number }> {
  const box = container();
  await frame();
  const cpu0 = await metric('ThreadTime');
  // Mount: from append until the first rows are in the DOM and laid out.
  const start = performance.now();
  const el = await s.mount(box, events);
  let frames = 0;
  while (s.rows(el).length === 0 && frames < 300) {
    await frame();
    frames++;
  }
  s.rows(el)[0]!.getBoundingClientRect();
  const wall = performance.now() - start;
  const cpu = ((await metric('ThreadTime')) - cpu0) * 1000;
  return { box, el, wall, cpu, frames };
}

async function measure(s: Subject, events: EventRecord[]): Promise<Result> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < 4; k++) {
    const m = await mountOnce(s, events);
    walls.push(m.wall);
    cpus.push(m.cpu);
    m.box.remove();
    await frame();
  }
  const heapBefore = await heapMB();
  const { box, el, wall, cpu, frames } = await mountOnce(s, events);
  walls.push(wall);
  cpus.push(cpu);
  const mountMs = median(walls);
  const mountCpu = median(cpus);
  await frame();
  await frame();
  const rows = s.rows(el).length;
  const nodes = s.root(el).querySelectorAll('*').length;

  // Fast scroll: 50 rows per step, 120 steps; script time of each step from Chrome's counter.
  const scroller = s.scroller(el);
  const scale = s.scale(el);
  const longTasks = new LongTasks();
  const overhead: number[] = [];
  for (let k = 0; k < 20; k++) {
    const before = await metric('ScriptDuration');
    await frame();
    await frame();
    overhead.push((await metric('ScriptDuration')) - before);
  }
  const idle = overhead.sort((a, b) => a - b)[Math.floor(overhead.length / 2)]!;
  const samples: number[] = [];
  const tasks: number[] = [];
  let top = scroller.scrollTop;
  for (let k = 0; k < 120; k++) {
    const before = await metrics('ScriptDuration', 'TaskDuration');
    top += (50 * ROW) / scale;
    scroller.scrollTop = top;
    await frame();
    await frame();
    const after = await metrics('ScriptDuration', 'TaskDuration');
    samples.push(Math.max(0, after[0]! - before[0]! - idle) * 1000);
    tasks.push((after[1]! - before[1]!) * 1000);
  }
  longTasks.stop();

  // Last row: scroll to the very end and see which rows show.
  scroller.scrollTop = scroller.scrollHeight;
  for (let k = 0; k < 10; k++) {
    await frame();
    scroller.scrollTop = scroller.scrollHeight;
  }
  await new Promise((r) => setTimeout(r, 300));
  const visible = visibleIndexes(s, el);
  const reached = (Math.max(-1, ...visible) + 1) / COUNT;
  await waitRows(s, el);
  const heap = (await heapMB()) - heapBefore;
  const result = { mountMs, mountCpu, firstFrames: frames, rows, nodes, scriptP95: p95(samples), scriptMedian: median(samples), taskMax: Math.max(...tasks), cpuLong: tasks.filter((t) => t > 50).length, longTasks: longTasks.durations.length, longest: longestOf(longTasks.durations), reached, heap };
  box.remove();
  await frame();
  return result;
}

/** First rows painted after the first page of the reference server (1,000,000 events) arrived. */
async function serverRow(): Promise<BenchRow> {
  const params = new URLSearchParams(location.search);
  const server = params.get('server');
  const name = 'reference server, 1,000,000 events: first rows painted after the first page arrived';
  if (!server) return { group, name, value: NaN, unit: 'ms', goal: '<= 50', note: 'skipped: the reference server (server/) is not available' };
  const inner = createAuthentikClient({ baseUrl: server, token: params.get('token') ?? '', live: 'none' });
  const samples: number[] = [];
  let arrived = 0;
  let total = 0;
  const client: EventsClient = {
    ...inner,
    listEvents: (query, options) =>
      inner.listEvents(query, options).then((page) => {
        arrived ||= performance.now();
        total = page.total ?? 0;
        return page;
      }),
  };
  for (let k = 0; k < 7; k++) {
    arrived = 0;
    const box = container();
    const el = document.createElement('ev-log') as EvLog;
    el.style.height = '100%';
    el.client = client;
    box.append(el);
    while (!arrived || el.shadowRoot!.querySelectorAll('.data-row:not(.loading)').length === 0) await new Promise((r) => setTimeout(r, 0));
    el.shadowRoot!.querySelector('.data-row')!.getBoundingClientRect();
    await frame();
    samples.push(performance.now() - arrived);
    box.remove();
  }
  const middle = median(samples);
  return { group, name, value: middle, unit: 'ms', goal: '<= 50', note: `median of 7; total ${total.toLocaleString('en-US')} events; includes waiting for the next frame` };
}

window.evBench = async (): Promise<BenchRow[]> => {
  // Durations in main-thread CPU time (not wall time), so other processes on the machine do not count.
  await cdp('Performance.disable');
  await cdp('Performance.enable', { timeDomain: 'threadTicks' });
  const events = manyEvents();
  // Warm both code paths once (JIT, style sheets), as a page that already shows other elements would be.
  for (const s of [ours, baseline]) {
    const box = container();
    const el = await s.mount(box, events.slice(0, 1000));
    await waitRows(s, el);
    box.remove();
  }
  const a = await measure(ours, events);
  const b = await measure(baseline, events);
  const base = (value: number) => ({ name: baseline.name, value });
  return [
    { group, name: 'mount with 1,000,000 events (memory): append → first rows laid out', value: a.mountMs, unit: 'ms', goal: '<= 30', baseline: base(b.mountMs), note: `median of 5 (wall clock); main-thread CPU ${a.mountCpu.toFixed(1)} ms vs ${b.mountCpu.toFixed(1)} ms; baseline needed ${b.firstFrames} frame(s)` },
    { group, name: 'rows in the DOM', value: a.rows, unit: 'rows', goal: '<= 60', baseline: base(b.rows) },
    { group, name: 'elements in the DOM (whole shadow root incl. toolbar and filters)', value: a.nodes, unit: 'nodes', goal: '<= 800', baseline: base(b.nodes) },
    { group, name: 'script time (main-thread CPU) per step of a fast scroll (50 rows / step), p95', value: a.scriptP95, unit: 'ms', goal: '<= 2', baseline: base(b.scriptP95), note: `median ${a.scriptMedian.toFixed(2)} ms vs ${b.scriptMedian.toFixed(2)} ms; 120 steps, 2 frames each` },
    {
      group,
      name: 'long tasks during the fast scroll (steps with > 50 ms main-thread CPU)',
      value: a.cpuLong,
      unit: 'tasks',
      goal: '<= 0',
      baseline: base(b.cpuLong),
      note: `most main-thread CPU in one step (script + style + layout + paint) ${a.taskMax.toFixed(1)} ms vs ${b.taskMax.toFixed(1)} ms`,
    },
    {
      group,
      name: 'long tasks during the fast scroll, Long Tasks API (wall clock: inflated when other processes load the CPU)',
      value: a.longTasks,
      unit: 'tasks',
      baseline: base(b.longTasks),
      note: `longest ${Math.round(a.longest)} ms vs ${Math.round(b.longest)} ms`,
    },
    { group, name: 'share of 1,000,000 rows reachable by scrolling (1 = the last row)', value: a.reached, unit: '', goal: '>= 1', baseline: base(b.reached) },
    { group, name: 'extra heap at 1,000,000 rows (after GC, events array excluded)', value: a.heap, unit: 'MB', goal: '<= 20', baseline: base(b.heap) },
    await serverRow(),
  ];
};
