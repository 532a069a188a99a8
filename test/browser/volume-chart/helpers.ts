/** Shared helpers of the <ev-volume-chart> tests: data, geometry from Chart.js' scales, pixels. */
import { Chart } from 'chart.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EventRecord, VolumeBucket } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Hourly buckets from `start`: `counts[bar][action]`. */
export function hourly(start: number, actions: string[], counts: number[][], bucketMs = HOUR): VolumeBucket[] {
  const out: VolumeBucket[] = [];
  counts.forEach((row, i) => row.forEach((count, a) => out.push({ action: actions[a]!, time: new Date(start + i * bucketMs).toISOString(), count })));
  return out;
}

/** `count` events spread over the last `spanMs` before now, cycling through `actions`. */
export function recentEvents(count: number, spanMs: number, actions: string[], now = Date.now()): EventRecord[] {
  return makeEvents({ count, now: now - 60_000, gapMs: spanMs / count / 2, actions });
}

export function canvasOf(el: EvVolumeChart): HTMLCanvasElement {
  return el.shadowRoot!.querySelector('canvas')!;
}

export function chartOf(el: EvVolumeChart): Chart {
  const chart = Chart.getChart(canvasOf(el));
  if (!chart) throw new Error('no chart on the canvas');
  return chart;
}

/** Viewport point at time `t` (horizontally) and `value` events high (vertically). */
export function pointAt(el: EvVolumeChart, t: number, value: number): [number, number] {
  const chart = chartOf(el);
  const rect = canvasOf(el).getBoundingClientRect();
  return [Math.round(rect.left + chart.scales.x!.getPixelForValue(t)), Math.round(rect.top + chart.scales.y!.getPixelForValue(value))];
}

export async function click(position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'up' });
}

export async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), to[1]] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}

/** `rgb(r, g, b)` as numbers. */
export function rgb(css: string): [number, number, number] {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** How many canvas pixels have exactly this colour (anti-aliased edges excluded). */
export function countPixels(el: EvVolumeChart, color: [number, number, number]): number {
  const canvas = canvasOf(el);
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] === color[0] && data[i + 1] === color[1] && data[i + 2] === color[2] && data[i + 3] === 255) n++;
  return n;
}

/** The colour at a viewport point on the canvas. */
export function pixelAt(el: EvVolumeChart, [x, y]: [number, number]): [number, number, number] {
  const canvas = canvasOf(el);
  const rect = canvas.getBoundingClientRect();
  const scale = canvas.width / rect.width;
  const d = canvas.getContext('2d')!.getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

export function text(el: Element, selector: string): string {
  return (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function parts(el: Element, part: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

/** What the chart's live region says now. */
export const announced = (el: EvVolumeChart): string => el.shadowRoot!.querySelector('[role=status][aria-live]')!.textContent!.trim();

/** A chart of `buckets` (en-US, in an `<ev-source time-zone="UTC">` without a client), keyboard-focused by Tab. */
export async function tabbedChart(buckets: VolumeBucket[], options: { dir?: string; style?: string } = {}): Promise<{ source: EvSource; el: EvVolumeChart }> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" .client=${undefined}>
    <ev-volume-chart dir=${ifDefined(options.dir)} lang="en-US" style=${ifDefined(options.style)} .buckets=${buckets}></ev-volume-chart>
  </ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  await el.updateComplete;
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  expect(el.shadowRoot!.activeElement).to.equal(canvasOf(el));
  return { source, el };
}
