/**
 * Render helpers of `<ev-log>` outside the grid: the toolbar (count, live controls, refresh,
 * column chooser, export), the loading skeleton, and the panel of an expanded row (copy link,
 * collapse, `<ev-detail>` or the summary). The pager is in log-pager.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord, LiveStatus } from '../../client/types.js';
import { EvStore as Store } from '../../context/store.js';
import { searchFromState } from '../../context/url-sync.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { COLUMNS, actionText } from './columns.js';
import type { ExportFormat } from './export.js';
import type { LogColumnId } from './log.strings.js';
import type { RowCache } from './row-cache.js';
import { detailElement, summary } from './summary.js';
import type { VirtualGrid } from './virtual-grid.js';

export interface ToolbarOptions {
  t: Translation;
  lang: string;
  /** "120 events" (see `countText`), '' before the first page. */
  count: string;
  ready: boolean;
  live?: { status: LiveStatus | 'paused'; paused: boolean };
  columns: readonly LogColumnId[];
  exporting: boolean;
  onPause: () => void;
  onRefresh: () => void;
  onColumn: (id: LogColumnId, on: boolean) => void;
  onExport: (format: ExportFormat) => void;
  /** Export progress (with cancel) or the last export's outcome. */
  exportStatus: unknown;
}

function closeOnEscape(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * Closes the columns popover when keyboard focus moves to a control outside it (Tab / Shift+Tab
 * out), so it does not stay open over the content; focus stays where it went. Focus leaving the
 * window (no `relatedTarget`) keeps it open.
 */
function closeOnFocusOut(e: FocusEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  const to = e.relatedTarget;
  if (details.open && to instanceof Node && !details.contains(to)) details.open = false;
}

/**
 * "120 events" ("100+ events" while the size is not known), '' before the first page. Explicit
 * paging: the whole result's size, not the rows of this page.
 */
export function countText(t: Translation, lang: string, cache: RowCache | undefined, paged: boolean): string {
  const total = (paged ? cache?.serverTotal : undefined) ?? cache?.total ?? null;
  if (total === null) return '';
  return (cache?.totalKnown ?? true) ? t.log.count(formatNumber(total, lang), total) : t.log.countAtLeast(formatNumber(total, lang));
}

export function toolbar(o: ToolbarOptions): TemplateResult {
  const t = o.t.log;
  return html`<div class="toolbar" part="toolbar">
    <span class="count" part="count">${o.count}</span>
    <span class="grow"></span>
    ${o.live
      ? html`<span class="live-status" part="live-status" data-status=${o.live.status}
            ><span class="dot" aria-hidden="true"></span>${t.live.status[o.live.status]}</span
          >
          <button type="button" part="pause-button" @click=${o.onPause}>${o.live.paused ? t.live.resume : t.live.pause}</button>`
      : nothing}
    <slot name="toolbar"></slot>
    <button type="button" part="refresh-button" @click=${o.onRefresh}>${t.refresh}</button>
    <details class="menu" part="columns-menu" @keydown=${closeOnEscape} @focusout=${closeOnFocusOut}>
      <summary part="columns-button">${t.columnsButton}</summary>
      <fieldset class="popover">
        <legend>${t.columnsLegend}</legend>
        ${COLUMNS.map((c) => {
          const on = o.columns.includes(c.id);
          const label = c.id === 'created' ? t.summary.created : t.columns[c.id];
          return html`<label class="option"
            ><input
              type="checkbox"
              name="column"
              value=${c.id}
              .checked=${on}
              ?disabled=${on && o.columns.length === 1}
              @change=${(e: Event) => o.onColumn(c.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${label}</span></label
          >`;
        })}
      </fieldset>
    </details>
    ${o.exportStatus}
    <button type="button" part="export-button" data-format="csv" ?disabled=${o.exporting || !o.ready} @click=${() => o.onExport('csv')}>${t.exportCsv}</button>
    <button type="button" part="export-button" data-format="json" ?disabled=${o.exporting || !o.ready} @click=${() => o.onExport('json')}>${t.exportJson}</button>
  </div>`;
}

export function skeleton(i18n: Translation, columns: number): TemplateResult {
  const cells = Array.from({ length: columns }, () => html`<span class="bone"></span>`);
  return html`<div class="skeleton" part="loading" role="status">
    <span class="visually-hidden">${i18n.log.loadingEvents}</span>
    ${Array.from({ length: 8 }, () => html`<div class="skeleton-row" aria-hidden="true">${cells}</div>`)}
  </div>`;
}

export interface PartsHost {
  t: Translation;
  lang: string;
  store: Store;
  grid: VirtualGrid;
  announce: (text: string) => void;
}

/**
 * A link to the current page showing this event (the filter, time zone and `event=<pk>`). The zone
 * is always written: what a link without `tz` means depends on the page (`<ev-source time-zone>`).
 */
export function eventLink(store: Store, pk: string): string {
  const linked = new Store({ filter: store.filter, timeZone: store.timeZone, selection: pk });
  return `${location.origin}${location.pathname}${searchFromState(location.search, linked, '')}${location.hash}`;
}

/** Copies `text`, then announces `done`, or `failed` when the clipboard refuses. */
async function copy(host: PartsHost, text: string, done: string, failed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    host.announce(done);
  } catch {
    host.announce(failed);
  }
}

export function panel(host: PartsHost, event: EventRecord): TemplateResult {
  const t = host.t;
  const detail = detailElement(event);
  return html`<div class="panel-bar" role="group" aria-label=${t.log.details(actionText(String(event.action), t))}>
      <button type="button" part="copy-link" @click=${() => void copy(host, eventLink(host.store, event.pk), t.log.linkCopied, t.log.copyFailed)}>${t.log.copyLink}</button>
      <button type="button" part="collapse-button" @click=${() => host.grid.collapseToRow()}>${t.log.collapse}</button>
    </div>
    ${detail ?? summary(event, t, host.lang, host.store.timeZone, (text, done, failed) => void copy(host, text, done, failed))}`;
}
