/**
 * Templates of `<ev-volume-chart>` that depend only on what they are given: the text
 * alternative (summary, data table), the legend and the tooltip. Data is rendered through Lit
 * text bindings only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { isoMs } from '../../client/filter-match.js';
import type { EventsValidationError } from '../../client/errors.js';
import type { EventFilter } from '../../client/types.js';
import type { Translation } from '../../i18n/translation.js';
import { actionSlot } from '../../format/actions.js';
import { shownActionText } from '../../format/action-parts.js';
import { PALETTE_VARIANTS, actionVariantColor } from '../../format/palette.js';
import { tokenDefault } from '../../styles/token.js';
import { formatDateRangeUnambiguous as formatDateRange, formatDateTimeUnambiguous as formatDateTime, formatNumber } from '../../format/time.js';
import type { BadField, VolumeChartStrings, VolumeSummary } from './volume-chart.strings.js';
import { type ActionKey, OTHER_ACTIONS, type VolumeModel, type VolumeStats, barBreakdown, barEnd, barStart, otherInBar, otherTotals } from './volume-model.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Everything the templates need to format text. */
export interface TextContext {
  t: VolumeChartStrings;
  lang: string;
  zone: string;
  label: (action: ActionKey) => string;
}

/** Bidi controls and right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, … and their presentation forms). */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * An action name as a bidi isolate (FSI … PDI) when it has right-to-left text or bidi controls: an
 * unterminated override, or Arabic before a count, would otherwise turn around the counts and
 * names that follow it in the same line (legend, summary, table, announcements).
 */
export function isolate(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * The longest action label shown (as the log cuts its cells): a custom action is any
 * string a client sends, and one of 10,000 characters made the legend and the tooltip thousands
 * of pixels tall and every announcement of its bar that long.
 */
export const LABEL_MAX = 300;

/**
 * An action's label as shown: `unnamed` for one that shows nothing (`isBlankName`, as the map's
 * legend and the log's marks read it), cut to `LABEL_MAX` ("…"); a custom or unknown action's
 * characters that draw nothing (a zero-width space, a bidi override) as marks (`⟨U+200B⟩`), as
 * the log and the map show them, so "Custom: Ac\u200Bme" is not taken for "Custom: Acme";
 * isolated when it has right-to-left text (see `isolate`).
 */
export function shownLabel(action: string, t: Translation): string {
  const unnamed = t.volumeChart.unnamedAction;
  // A label with nothing visible (`isBlankName`) is `unnamed` too, not "(invisible name: …)".
  return isolate(shownActionText(action, t, { invisibleName: () => unnamed, max: LABEL_MAX, unnamed }));
}

/** `6 hours`, `1 day`, `15 minutes` through Intl unit formatting. */
export function formatDuration(ms: number, lang: string): string {
  const [value, unit] = ms % DAY === 0 ? [ms / DAY, 'day'] : ms % HOUR === 0 ? [ms / HOUR, 'hour'] : [ms / MINUTE, 'minute'];
  return formatNumber(value, lang, { style: 'unit', unit, unitDisplay: 'long' });
}

export function barRange(model: VolumeModel, i: number, c: TextContext): string {
  return formatDateRange(barStart(model, i), barEnd(model, i), c.lang, c.zone, 'short');
}

export function eventsText(count: number, c: TextContext): string {
  return c.t.events(count, formatNumber(count, c.lang));
}

/**
 * The error view's text for a bad bucket (`invalid`: in the page's `.buckets`; `badAnswer`: in a
 * client's answer, or its `since` / `until` / `bucketMs`): which field, and what was expected there. Undefined for any other error.
 */
export function badBucketMessage(error: unknown, bad: { invalid?: EventsValidationError; badAnswer?: EventsValidationError }, i18n: Translation): { title: string; detail: string } | undefined {
  if (error === undefined || (error !== bad.invalid && error !== bad.badAnswer)) return undefined;
  const { path } = error as EventsValidationError;
  const field = /(?:^|\.)(time|count|action|since|until|bucketMs)$/.exec(path)?.[1] as BadField | undefined;
  const title = error === bad.invalid ? i18n.volumeChart.invalidBuckets : i18n.common.errors.validation;
  return { title, detail: field ? i18n.volumeChart.invalidBucket(path, field) : i18n.common.invalidPath(path) };
}

/** `and 3 more actions (300 events)`: the actions a list leaves out and their events (tooltip, announcement). */
function moreActionsText(count: number, events: number, c: TextContext): string {
  return c.t.moreActions(count, formatNumber(count, c.lang), eventsText(events, c));
}

/** `and 2,987 more`, the count in the element's language. */
export function moreText(count: number, c: TextContext): string {
  return c.t.more(count, formatNumber(count, c.lang));
}

/** `Custom: A 5; Custom: B 2; and 3 more`: the grouped actions of bar `i`, at most `limit`, or '' without any. */
export function heldText(model: VolumeModel, i: number, c: TextContext, limit: number): string {
  const { top, more } = otherInBar(model, i, limit);
  const shown = top.map((p) => c.t.actionCount(c.label(p.action), formatNumber(p.count, c.lang)));
  if (more > 0) shown.push(moreText(more, c));
  return shown.join('; ');
}

/**
 * `Login 5, Logout 2` for the visible actions of bar `i`, at most `limit` entries; the group's entry
 * lists what it holds in the bar, `Other actions (7) 7 (Custom: A 5; Custom: B 2)` (at most 3 when
 * `limit` is set, else 10).
 */
export function breakdownText(model: VolumeModel, i: number, hidden: ReadonlySet<ActionKey>, c: TextContext, limit = Infinity): string {
  const parts = barBreakdown(model, i, hidden);
  const entry = (p: { action: ActionKey; count: number }) => c.t.actionCount(c.label(p.action), formatNumber(p.count, c.lang));
  const shown = parts.slice(0, limit).map((p) => {
    const held = p.action === OTHER_ACTIONS ? heldText(model, i, c, limit === Infinity ? 10 : 3) : '';
    return held ? `${entry(p)} ${c.t.groupIn(held)}` : entry(p);
  });
  if (parts.length > limit) {
    // As the tooltip's last line: how many more actions and their events, so the entries add up to the bar's total.
    const rest = parts.slice(limit);
    shown.push(moreActionsText(rest.length, rest.reduce((sum, x) => sum + x.count, 0), c));
  }
  return shown.join(', ');
}

export function summaryOf(model: VolumeModel, stats: VolumeStats, hidden: ReadonlySet<ActionKey>, c: TextContext): string {
  const top = model.actions
    .map((action, a): { action: ActionKey; total: number } => ({ action, total: stats.actionTotals[a]! }))
    .filter((x) => x.total > 0 && !hidden.has(x.action))
    .sort((x, y) => y.total - x.total)
    .slice(0, 3)
    .map((x) => `${c.label(x.action)} (${formatNumber(x.total, c.lang)})`);
  const summary: VolumeSummary = {
    total: stats.total,
    totalText: formatNumber(stats.total, c.lang),
    range: formatDateRange(model.start, barEnd(model, model.size - 1), c.lang, c.zone, 'short'),
    bars: model.size,
    bar: formatDuration(model.bucketMs, c.lang),
    top,
  };
  if (model.other) summary.grouped = formatNumber(model.other.totals.size, c.lang);
  if (stats.busiest >= 0) summary.busiest = { range: barRange(model, stats.busiest, c), totalText: eventsText(stats.max, c) };
  return c.t.summary(summary);
}

/**
 * The visually hidden data table: caption and header from Lit; the body rows are written by
 * `DataTableWriter` at idle time (see data-table.ts).
 */
export function renderTableFrame(model: VolumeModel, c: TextContext, zoneName: string): TemplateResult {
  // The wrapper hides: tables ignore the width / overflow of the visually-hidden pattern.
  return html`<div class="visually-hidden">
    <table part="table">
      <caption>
        ${c.t.tableCaption(formatDuration(model.bucketMs, c.lang))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.t.columnTime(zoneName)}</th>
          <th scope="col">${c.t.columnTotal}</th>
          <th scope="col">${c.t.columnActions}</th>
        </tr>
      </thead>
      <tbody></tbody>
    </table>
  </div>`;
}

/**
 * Every action's own total when the less frequent ones are drawn as one group: a visually hidden
 * table, so no total is out of reach for a screen-reader user. Most first (ties by name). Rows are
 * keyed by action: a live event updates its action's count (and moves that row when it passes
 * others), the other rows, thousands of them, are left as they are.
 */
export function renderActionTable(model: VolumeModel, stats: VolumeStats, c: TextContext): TemplateResult | typeof nothing {
  if (!model.other) return nothing;
  const named = model.actions.flatMap((action, a) => (typeof action === 'string' ? [{ action, total: stats.actionTotals[a]! }] : []));
  const rows = [...named, ...otherTotals(model)].sort((x, y) => y.total - x.total || (x.action < y.action ? -1 : x.action > y.action ? 1 : 0));
  return html`<div class="visually-hidden">
    <table part="action-table">
      <caption>
        ${c.t.actionTableCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.t.columnAction}</th>
          <th scope="col">${c.t.columnTotal}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (x) => x.action,
          (x) => html`<tr><th scope="row">${c.label(x.action)}</th><td>${formatNumber(x.total, c.lang)}</td></tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** What the live region says about the bar, segment or span in keyboard focus. */
export function announcement(model: VolumeModel, stats: VolumeStats, hidden: ReadonlySet<ActionKey>, bar: number, action: ActionKey | undefined, pending: { from: number; to: number } | undefined, c: TextContext): string {
  if (pending) return c.t.announcePending(formatDateRange(barStart(model, pending.from), barEnd(model, pending.to), c.lang, c.zone, 'short'));
  if (action) {
    const a = model.actions.indexOf(action);
    const said = c.t.announceSegment(c.label(action), eventsText(model.counts[a]?.[bar] ?? 0, c), barRange(model, bar, c));
    const held = action === OTHER_ACTIONS ? heldText(model, bar, c, 3) : '';
    return held ? `${said} ${c.t.groupHeld(held)}` : said;
  }
  return c.t.announceBar(barRange(model, bar, c), eventsText(stats.barTotals[bar] ?? 0, c), breakdownText(model, bar, hidden, c, 3));
}

export interface LegendItem {
  action: ActionKey;
  color: string;
  total: number;
  visible: boolean;
}

export function renderLegend(items: readonly LegendItem[], c: TextContext, toggle: (action: ActionKey) => void): TemplateResult {
  return html`<div part="legend" role="group" aria-label=${c.t.legendLabel}>
    ${items.map((item) => {
      const label = c.label(item.action);
      return html`<button
        type="button"
        part="legend-item"
        aria-pressed=${item.visible ? 'true' : 'false'}
        title=${label}
        @click=${() => toggle(item.action)}
      >
        <span class="swatch" style=${styleMap({ background: item.color })}></span
        ><span class="legend-label">${c.t.legendItem(label, formatNumber(item.total, c.lang))}</span>
      </button>`;
    })}
  </div>`;
}

export interface TooltipPlacement {
  /** Anchor x in plot pixels and which side of it the tooltip goes. */
  x: number;
  top: number;
  side: 'left' | 'right';
  plotWidth: number;
}

export function renderTooltip(
  model: VolumeModel,
  i: number,
  current: ActionKey | undefined,
  hidden: ReadonlySet<ActionKey>,
  colorOf: (action: ActionKey) => string,
  place: TooltipPlacement,
  c: TextContext,
  limit = 8,
): TemplateResult {
  const parts = barBreakdown(model, i, hidden);
  const total = parts.reduce((s, p) => s + p.count, 0);
  // The largest entries, but always the group (it holds many actions) and the segment in focus.
  const kept = new Set(parts.filter((p) => p.action === OTHER_ACTIONS || p.action === current).map((p) => p.action));
  let slots = limit - kept.size;
  const listed = parts.length > limit ? parts.filter((p) => kept.has(p.action) || slots-- > 0) : parts;
  const rest = parts.length - listed.length;
  const restEvents = total - listed.reduce((s, p) => s + p.count, 0);
  // The room on the chosen side bounds the width (and the 10rem minimum): on a 320 px phone the
  // tooltip of a middle bar ran past the chart, off the screen or widening the page.
  const room = Math.max(0, Math.floor(place.side === 'right' ? place.plotWidth - place.x - 12 : place.x - 12));
  const size = { maxWidth: `min(22rem, ${room}px)`, minWidth: `min(10rem, ${room}px)`, top: `${Math.round(place.top)}px` };
  const style = place.side === 'right' ? { ...size, left: `${Math.round(place.x + 12)}px` } : { ...size, right: `${Math.round(place.plotWidth - place.x + 12)}px` };
  return html`<div part="tooltip" class="overlay" style=${styleMap(style)} aria-hidden="true">
    <p>${barRange(model, i, c)} · ${eventsText(total, c)}</p>
    ${parts.length
      ? html`<ul>
          ${listed.map(
            (p) => html`<li class=${p.action === current ? 'current' : ''}>
              <span class="swatch" style=${styleMap({ background: colorOf(p.action) })}></span>
              <span class="name"
                >${c.label(p.action)}${p.action === OTHER_ACTIONS ? html` <span class="held">${c.t.groupIn(heldText(model, i, c, 3))}</span>` : nothing}</span
              >
              <span class="count">${formatNumber(p.count, c.lang)}</span>
            </li>`,
          )}
          ${rest > 0 ? html`<li>${moreActionsText(rest, restEvents, c)}</li>` : nothing}
        </ul>`
      : nothing}
  </div>`;
}

const OTHER_COLOR = `var(--ev-volume-chart-other-color, color-mix(in srgb, var(--ev-color-text, ${tokenDefault('color-text')}) 55%, var(--ev-color-bg, ${tokenDefault('color-bg')})))`;

/**
 * The CSS colour of an action among `actions`: the k-th action of a palette slot gets the slot's
 * k-th variant (see `format/palette.ts`), so actions sharing a hue stay apart.
 */
export function colorExpression(action: ActionKey, actions: readonly ActionKey[]): string {
  // The group of less frequent actions is a neutral grey, between the text and the background.
  if (action === OTHER_ACTIONS) return OTHER_COLOR;
  const slot = actionSlot(action);
  let k = 0;
  for (const other of actions) {
    if (other === action) break;
    if (other !== OTHER_ACTIONS && actionSlot(other) === slot) k++;
  }
  return actionVariantColor(action, k % PALETTE_VARIANTS);
}

/** `Selected: <range>[, <action>]` for the shared filter's range (and single action). */
export function selectedText(filter: EventFilter, c: TextContext): string {
  const { since, until, actions } = filter;
  const s = since ? isoMs(since) : NaN;
  const u = until ? isoMs(until) : NaN;
  // An open end (e.g. the log's "last 24 hours" sets only `since`) is an ellipsis; the known end is
  // still formatted (an unparsable value is shown as text).
  const end = (iso: string | undefined) => (iso ? formatDateTime(iso, c.lang, c.zone, 'short') : '…');
  // A reversed or empty range (e.g. a hand-edited link) is shown as written, not swapped: it holds no events.
  const range = Number.isFinite(s) && Number.isFinite(u) && s < u ? formatDateRange(s, u, c.lang, c.zone, 'short') : `${end(since)} – ${end(until)}`;
  const selected = c.t.selected(range, actions?.length === 1 ? c.label(actions[0]!) : null);
  return emptyRange(filter) ? `${selected}. ${c.t.invalidRange}` : selected;
}

/** The shared range has both ends and the end is not after the start: nothing can fall in it. */
function emptyRange({ since, until }: EventFilter): boolean {
  return !!since && !!until && isoMs(since) >= isoMs(until);
}

/** The shared range (and single action) with the visible "clear range" control. */
export function renderSelectionBar(filter: EventFilter, c: TextContext, clear: () => void): TemplateResult | typeof nothing {
  if (!filter.since && !filter.until) return nothing;
  return html`<div part="selection-bar">
    <span>${selectedText(filter, c)}</span>
    <button part="clear-range" type="button" @click=${clear}>${c.t.clearRange}</button>
  </div>`;
}
