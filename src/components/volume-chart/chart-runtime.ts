/**
 * The Chart.js part of `<ev-volume-chart>`, loaded on demand (see chart-loader.ts): a page that
 * never renders a chart never downloads Chart.js.
 *
 * Tree-shaken: only `LinearScale` and one dataset controller are registered. The controller
 * draws the stacked bars itself, one path per action colour, instead of Chart.js' BarController
 * with one BarElement per (bar, action): `npm run bench -- volume-chart` measures BarController
 * at ~10× over the 50 ms goal for 2,000 × 20 segments (per-element option resolution, stack
 * bookkeeping and a save / fill / restore per rectangle), while the batched path draws them in a
 * few milliseconds. Chart.js still does what it is good at: scales, ticks, layout, grid, sizing,
 * device-pixel ratio and resizing.
 */
import { Chart, type ChartConfiguration, DatasetController, Element, LinearScale, type Scale } from 'chart.js';
import type { ActionKey, VolumeModel } from './volume-model.js';

export interface AxisTick {
  value: number;
  /** One line, or several (e.g. time and date). */
  label: string | string[];
}

/** Everything the chart draws from; the element owns it and calls `update()` after changes. */
export interface VolumeChartState {
  model: VolumeModel;
  hidden: ReadonlySet<ActionKey>;
  /** Concrete colour per action, in `model.actions` order. */
  colors: readonly string[];
  /** Tallest visible stack (events). */
  max: number;
  rtl: boolean;
  /** Axis text and grid colours, concrete. */
  text: string;
  grid: string;
  fontFamily: string;
  fontSize: number;
  /** Time-axis ticks for the range and the plot width. */
  xTicks: (min: number, max: number, widthPx: number) => AxisTick[];
  /** Count-axis label. */
  yLabel: (value: number) => string;
}

export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Smallest drawn height of a non-empty segment, so one event among thousands stays visible. */
const MIN_SEGMENT_PX = 1;

interface VolumeDataset {
  data: never[];
  volume: VolumeChartState;
}

/** Bar geometry shared by drawing and hit testing, so what is hit is what is drawn. */
function barEdges(state: VolumeChartState, x: Scale): Float64Array {
  const { model } = state;
  const edges = new Float64Array(model.size + 1);
  for (let i = 0; i <= model.size; i++) edges[i] = x.getPixelForValue(model.start + i * model.bucketMs);
  return edges;
}

function gapFor(barPx: number): number {
  return barPx >= 4 ? Math.min(Math.max(1, barPx * 0.15), 8) : 0;
}

/** Chart.js wants an element type per controller; this one never gets instances (the controller draws). */
class VolumeSegment extends Element {
  static id = 'volumeSegment';
}

class VolumeController extends DatasetController {
  static id = 'volume';
  static defaults = { datasetElementType: false, dataElementType: 'volumeSegment' };

  get #state(): VolumeChartState {
    return (this.getDataset() as unknown as VolumeDataset).volume;
  }

  override parse(): void {}

  override update(): void {}

  protected override getMinMax(scale: Scale): { min: number; max: number } {
    const { model, max } = this.#state;
    if (scale.axis === 'x') return { min: model.start, max: model.start + model.size * model.bucketMs };
    return { min: 0, max: Math.max(1, max) };
  }

  override draw(): void {
    const state = this.#state;
    const { model, hidden, colors } = state;
    const { ctx } = this.chart;
    const x = this._cachedMeta.xScale!;
    const y = this._cachedMeta.yScale!;
    const dpr = this.chart.currentDevicePixelRatio || 1;
    const edges = barEdges(state, x);
    const barPx = Math.abs(edges[1]! - edges[0]!);
    const gap = gapFor(barPx);
    const width = barPx - gap;
    const lefts = new Float64Array(model.size);
    for (let i = 0; i < model.size; i++) lefts[i] = Math.min(edges[i]!, edges[i + 1]!) + gap / 2;
    // Segment edges snap to device pixels so stacked segments meet without seams.
    const zero = Math.round(y.getPixelForValue(0) * dpr) / dpr;
    const perEvent = y.getPixelForValue(0) - y.getPixelForValue(1);
    const tops = new Float64Array(model.size).fill(zero);
    ctx.save();
    for (let a = 0; a < model.actions.length; a++) {
      if (hidden.has(model.actions[a]!)) continue;
      const row = model.counts[a]!;
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < model.size; i++) {
        const count = row[i]!;
        if (!(count > 0)) continue;
        const bottom = tops[i]!;
        const h = count * perEvent;
        const top = Math.round((bottom - (h > MIN_SEGMENT_PX ? h : MIN_SEGMENT_PX)) * dpr) / dpr;
        tops[i] = top;
        ctx.rect(lefts[i]!, top, width, bottom - top);
        any = true;
      }
      if (any) {
        ctx.fillStyle = colors[a] ?? '#888';
        ctx.fill();
      }
    }
    ctx.restore();
  }
}

Chart.register(LinearScale, VolumeSegment, VolumeController);

/**
 * A page that also uses Chart.js (one module instance after bundling) may have registered plugins
 * globally: legend, tooltip and the rest are the element's own DOM here, so they are off for
 * this chart. (`false` disables a plugin per chart; Chart.js' types do not model that.)
 */
const NO_GLOBAL_PLUGINS = { legend: false, tooltip: false, title: false, subtitle: false, colors: false, decimation: false, filler: false };

function optionsFor(state: VolumeChartState, onResize: () => void): ChartConfiguration['options'] {
  const { model } = state;
  const min = model.start;
  const max = model.start + model.size * model.bucketMs;
  const font = { family: state.fontFamily, size: state.fontSize };
  let labels = new Map<number, string | string[]>();
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    // The element handles pointer and keyboard itself: Chart.js binds no listeners.
    events: [],
    onResize,
    layout: { padding: { top: 6, left: 4, right: 4 } },
    scales: {
      x: {
        type: 'linear',
        min,
        max,
        reverse: state.rtl,
        offset: false,
        grid: { display: false },
        border: { color: state.grid },
        ticks: {
          color: state.text,
          font,
          autoSkip: false,
          maxRotation: 0,
          includeBounds: false,
          callback: (value) => labels.get(Number(value)) ?? '',
        },
        afterBuildTicks: (scale) => {
          const ticks = state.xTicks(min, max, scale.width || scale.maxWidth);
          labels = new Map(ticks.map((t) => [t.value, t.label]));
          scale.ticks = ticks.map((t) => ({ value: t.value }));
        },
      },
      y: {
        type: 'linear',
        position: state.rtl ? 'right' : 'left',
        beginAtZero: true,
        grace: '5%',
        grid: { color: state.grid },
        border: { display: false },
        ticks: { color: state.text, font, precision: 0, maxTicksLimit: 6, callback: (value) => state.yLabel(Number(value)) },
      },
    },
    plugins: NO_GLOBAL_PLUGINS as object,
  } as ChartConfiguration['options'];
}

/** One chart on one canvas. Never re-created for new data: `update()` redraws in place. */
export class VolumeChartView {
  readonly chart: Chart;
  #state: VolumeChartState;
  readonly #dataset: VolumeDataset;
  readonly #onResize: () => void;

  constructor(canvas: HTMLCanvasElement, state: VolumeChartState, onResize: () => void) {
    this.#state = state;
    this.#onResize = onResize;
    this.#dataset = { data: [], volume: state };
    const config = { type: 'volume', data: { datasets: [this.#dataset] }, options: optionsFor(state, onResize) };
    this.chart = new Chart(canvas, config as unknown as ChartConfiguration);
  }

  get state(): VolumeChartState {
    return this.#state;
  }

  /**
   * Redraws after the data changed (counts, visibility, a slid window): no options are
   * re-resolved, no animation. Pass `appearance` when colours, direction, fonts or the time
   * zone changed.
   */
  update(state: VolumeChartState, appearance = false): void {
    this.#state = state;
    this.#dataset.volume = state;
    if (appearance) this.chart.options = optionsFor(state, this.#onResize) as typeof this.chart.options;
    else {
      const x = this.chart.options.scales!.x!;
      x.min = state.model.start;
      x.max = state.model.start + state.model.size * state.model.bucketMs;
    }
    this.chart.update('none');
  }

  /** The plot area in CSS pixels relative to the canvas. */
  get area(): Rect {
    const { left, right, top, bottom } = this.chart.chartArea;
    return { left, right, top, bottom };
  }

  get #x(): Scale {
    return this.chart.scales.x!;
  }

  /** The bar under horizontal position `px`, or -1. */
  barAtPixel(px: number): number {
    const { model } = this.#state;
    const t = this.#x.getValueForPixel(px);
    if (t === undefined || !Number.isFinite(t)) return -1;
    const i = Math.floor((t - model.start) / model.bucketMs);
    return i >= 0 && i < model.size ? i : -1;
  }

  /** Horizontal extent of the span [t0, t1), clamped to the plot. */
  spanPixels(t0: number, t1: number): { left: number; right: number } {
    const a = this.#x.getPixelForValue(t0);
    const b = this.#x.getPixelForValue(t1);
    const { left, right } = this.area;
    return { left: Math.max(left, Math.min(a, b)), right: Math.min(right, Math.max(a, b)) };
  }

  /** The drawn segments of bar `i`, bottom first, with their pixel bounds. */
  segments(i: number): Array<{ action: ActionKey; top: number; bottom: number }> {
    const { model, hidden } = this.#state;
    const y = this.chart.scales.y!;
    const dpr = this.chart.currentDevicePixelRatio || 1;
    const snap = (v: number) => Math.round(v * dpr) / dpr;
    let bottom = snap(y.getPixelForValue(0));
    const perEvent = y.getPixelForValue(0) - y.getPixelForValue(1);
    const out: Array<{ action: ActionKey; top: number; bottom: number }> = [];
    for (let a = 0; a < model.actions.length; a++) {
      const action = model.actions[a]!;
      const count = model.counts[a]![i] ?? 0;
      if (hidden.has(action) || !(count > 0)) continue;
      const top = snap(bottom - Math.max(MIN_SEGMENT_PX, count * perEvent));
      out.push({ action, top, bottom });
      bottom = top;
    }
    return out;
  }

  /** The bar and, when the point is on one, the action segment at a canvas point. */
  hit(px: number, py: number): { bar: number; action?: ActionKey } {
    const bar = this.barAtPixel(px);
    if (bar < 0) return { bar };
    const segment = this.segments(bar).find((s) => py >= s.top && py <= s.bottom);
    return segment ? { bar, action: segment.action } : { bar };
  }

  destroy(): void {
    this.chart.destroy();
  }
}
