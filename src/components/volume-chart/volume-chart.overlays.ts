/**
 * DOM layers over the canvas, positioned from the chart's scales: the selected range, the span
 * being dragged or chosen with Shift + arrows, the selected event's bar and segment, the bar in
 * focus, the focused segment and the tooltip. Hover and keyboard focus only move these; the canvas is not redrawn. Also the canvas element itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Active, ChartInteraction, Pending } from './chart-interaction.js';
import type { VolumeChartView } from './chart-runtime.js';
import { type TextContext, renderTooltip } from './volume-chart.parts.js';
import type { VolumeChartStrings } from './volume-chart.strings.js';
import type { Span } from './volume-window.js';
import { type ActionKey, type VolumeModel, barAt, barEnd, barStart } from './volume-model.js';

export interface OverlayInput {
  view: VolumeChartView;
  model: VolumeModel;
  hidden: ReadonlySet<ActionKey>;
  active?: Active;
  pending?: Pending;
  /** The shared time range (ms), when set. */
  selection?: Span;
  /** The selected event's time (ms) and action: its bar, and its action's segment, are marked. */
  marked?: { time: number; action: ActionKey };
  colorOf: (action: ActionKey) => string;
  c: TextContext;
}

export function renderOverlays(o: OverlayInput): TemplateResult[] | typeof nothing {
  const { view, model, active, pending, selection } = o;
  const area = view.area;
  const box = (left: number, right: number, top = area.top, bottom = area.bottom) =>
    styleMap({ left: `${left}px`, width: `${Math.max(2, right - left)}px`, top: `${top}px`, height: `${Math.max(0, bottom - top)}px` });
  const parts: TemplateResult[] = [];
  const end = barEnd(model, model.size - 1);
  // A reversed or empty range highlights nothing (the selection bar says why).
  if (selection && selection.since < selection.until && selection.until > model.start && selection.since < end) {
    const span = view.spanPixels(Math.max(selection.since, model.start), Math.min(selection.until, end));
    parts.push(html`<div part="selection" class="overlay" style=${box(span.left, span.right)}></div>`);
  }
  if (pending) {
    const span = view.spanPixels(barStart(model, pending.from), barEnd(model, pending.to));
    parts.push(html`<div part="selection" class="overlay pending" style=${box(span.left, span.right)}></div>`);
  }
  if (o.marked) {
    const bar = barAt(model, o.marked.time);
    if (bar >= 0) {
      const span = view.spanPixels(barStart(model, bar), barEnd(model, bar));
      const action = o.marked.action;
      const segment = view.segments(bar).find((s) => s.action === action);
      parts.push(html`<div part="selected-event" class="overlay" data-bar=${bar} style=${box(span.left, span.right, segment?.top, segment?.bottom)}></div>`);
    }
  }
  if (active && active.bar < model.size) {
    const span = view.spanPixels(barStart(model, active.bar), barEnd(model, active.bar));
    parts.push(html`<div part="cursor" class="overlay" style=${box(span.left, span.right)}></div>`);
    const segment = active.action && active.keyboard ? view.segments(active.bar).find((s) => s.action === active.action) : undefined;
    if (segment) parts.push(html`<div part="segment-focus" class="overlay" style=${box(span.left, span.right, segment.top, segment.bottom)}></div>`);
    const width = view.chart.width;
    const x = (span.left + span.right) / 2;
    parts.push(renderTooltip(model, active.bar, active.action, o.hidden, o.colorOf, { x, top: area.top, side: x < width / 2 ? 'right' : 'left', plotWidth: width }, o.c));
  }
  return parts.length ? parts : nothing;
}

/** The focusable canvas: pointer and keyboard go to the interaction; named and described for screen readers. */
export function renderCanvas(i: ChartInteraction, t: VolumeChartStrings): TemplateResult {
  return html`<canvas
    part="canvas"
    tabindex="0"
    role="application"
    aria-roledescription=${t.chartRole}
    aria-label=${t.chartLabel}
    aria-describedby="summary keyboard-help"
    @pointermove=${i.onPointerMove}
    @pointerleave=${i.onPointerLeave}
    @pointerdown=${i.onPointerDown}
    @pointerup=${i.onPointerUp}
    @pointercancel=${i.onPointerCancel}
    @focus=${i.onFocus}
    @blur=${i.onBlur}
    @keydown=${i.onKeyDown}
  ></canvas>`;
}
