/**
 * The range picker of `<ev-volume-chart>`: presets, a custom window in the shared time zone, the
 * bar size; and what a choice in it does to the element's `range`, `from` and `to`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RANGE_PRESETS, type RangePreset } from './volume-chart.strings.js';
import type { TextContext } from './volume-chart.parts.js';
import { instantOf, wallOf } from './time-axis.js';
import { type VolumeModel, barEnd, barStart } from './volume-model.js';
import { type Span, baseWindow } from './volume-window.js';
import { formatDateTimeUnambiguous } from '../../format/time.js';

/** The element's properties the range picker reads and sets. */
export interface RangeHost {
  range: RangePreset;
  from?: string;
  to?: string;
}

/** What the custom inputs show: the window as typed (the bars may snap `shown` wider to whole bars). */
export function inputWindow(host: RangeHost, shown: Span): Span {
  return host.range === 'custom' ? baseWindow('custom', host.from, host.to, shown.until) : shown;
}

/**
 * Sets the chosen range on `host` ("Custom" without a window starts as the bars of `model` on
 * show); false when it is the range already set.
 */
export function applyRange(host: RangeHost, model: VolumeModel | undefined, range: RangePreset, from?: string, to?: string): boolean {
  if (range === 'custom' && !from && model) [from, to] = [barStart(model, 0), barEnd(model, model.size - 1)].map((t) => new Date(t).toISOString());
  if (range === host.range && (range !== 'custom' || (from === host.from && to === host.to))) return false;
  if (from !== undefined) host.from = from;
  if (to !== undefined) host.to = to;
  host.range = range;
  return true;
}

export interface ToolbarOptions {
  c: TextContext;
  range: RangePreset;
  /** The window on show (ms), to prefill the custom inputs. */
  window: { since: number; until: number };
  bucketLabel: string;
  /** Where the bars start when the answer stopped short of the window (ms), else undefined. */
  cutFrom?: number;
  refreshing: boolean;
  zoneName: string;
  setRange: (range: RangePreset, from?: string, to?: string) => void;
}

/** `YYYY-MM-DDTHH:mm` wall-clock time in the zone, for `<input type="datetime-local">`. */
function inputValue(ms: number, zone: string): string {
  if (!Number.isFinite(ms)) return '';
  return new Date(wallOf(ms, zone)).toISOString().slice(0, 16);
}

/** The instant of a `datetime-local` value read as wall-clock time in the zone. */
function fromInput(value: string, zone: string): string | undefined {
  const wall = Date.parse(`${value}:00Z`);
  return Number.isFinite(wall) ? new Date(instantOf(wall, zone)).toISOString() : undefined;
}

export function renderToolbar(o: ToolbarOptions): TemplateResult {
  const { c } = o;
  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const from = fromInput((form.elements.namedItem('from') as HTMLInputElement).value, c.zone);
    const to = fromInput((form.elements.namedItem('to') as HTMLInputElement).value, c.zone);
    if (from && to && Date.parse(from) < Date.parse(to)) {
      o.setRange('custom', from, to);
      return;
    }
    (form.elements.namedItem('to') as HTMLInputElement).setCustomValidity(c.t.invalidRange);
    form.reportValidity();
  };
  // The status line is a live region that is there (empty) from the first render and only gets
  // "Updating…" as its text, so screen readers announce it (a region added with its text may not be).
  const resetValidity = (event: Event) => (event.currentTarget as HTMLFormElement).querySelectorAll('input').forEach((i) => i.setCustomValidity(''));
  return html`<div part="toolbar">
    <div part="range" role="group" aria-label=${c.t.rangeLabel}>
      ${RANGE_PRESETS.map(
        (preset) =>
          html`<button type="button" aria-pressed=${o.range === preset ? 'true' : 'false'} @click=${() => o.setRange(preset)}>${c.t.presets[preset]}</button>`,
      )}
    </div>
    ${o.range === 'custom'
      ? html`<form part="custom-range" @submit=${apply} @input=${resetValidity}>
          <label>${c.t.from(o.zoneName)}<input name="from" type="datetime-local" required .value=${inputValue(o.window.since, c.zone)} /></label>
          <label>${c.t.to(o.zoneName)}<input name="to" type="datetime-local" required .value=${inputValue(o.window.until, c.zone)} /></label>
          <button type="submit">${c.t.apply}</button>
        </form>`
      : nothing}
    ${o.bucketLabel ? html`<p part="bucket-label">${o.bucketLabel}</p>` : nothing}
    ${o.cutFrom !== undefined ? html`<p part="notice">${c.t.cutNotice(formatDateTimeUnambiguous(o.cutFrom, c.lang, c.zone, 'short'))}</p>` : nothing}
    <p class="status-line" role="status">${o.refreshing ? html`<span part="refreshing">${c.t.refreshing}</span>` : nothing}</p>
  </div>`;
}
