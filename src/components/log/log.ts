import { type PropertyValues, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EvDataElement, type ViewState } from '../../base/ev-data-element.js';
import { EventsHttpError } from '../../client/errors.js';
import { filterKey } from '../../client/query.js';
import type { EventRecord, LiveStatus } from '../../client/types.js';
import type { StateChange } from '../../context/store.js';
import { UrlSync } from '../../context/url-sync.js';
import { EvFilterChangeEvent } from '../../events/ev-filter-change.js';
import { EvSelectEvent } from '../../events/ev-select.js';
import { formatNumber, zoneLabel } from '../../format/time.js';
import { defineStrings, translationVersion } from '../../i18n/translation.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { loadColumns, sanitizeColumns, saveColumns, toggleColumn } from './column-chooser.js';
import { COLUMNS, COLUMN_IDS, type CellContext } from './columns.js';
import { FilterBar, type FilterBarHost } from './filter-bar.js';
import { gridStyles } from './grid.styles.js';
import { LiveTail } from './live-tail.js';
import { type ExportHost, LogExporter } from './log-export.js';
import { type PartsHost, panel, pager, skeleton, toolbar } from './log-parts.js';
import { logStyles } from './log.styles.js';
import { type LogColumnId, logStrings } from './log.strings.js';
import { matchesFilter } from './match.js';
import { type PageFetcher, RowCache } from './row-cache.js';
import { DEFAULT_ORDERING, arrayFetcher, clientFetcher } from './row-source.js';
import { ViewUrlSync } from './url-state.js';
import { type GridHost, VirtualGrid } from './virtual-grid.js';

defineStrings('log', logStrings);

export type LogMode = 'scroll' | 'pages';

let zoneLabels = { key: '', label: '' };

/** Live events kept for the "N new events" button; beyond this, the button reloads instead. */
const MAX_PENDING = 1000;

/**
 * The event log: authentik's Events > Logs table for any events source, at any size. Rows are
 * virtualized (at most ~60 in the DOM) and fetched page by page as you scroll, up to the last
 * of millions of events; filters live in the shared state of the surrounding `<ev-source>`.
 *
 * Keyboard (grid): arrows move between rows and cells, Home / End to the first / last cell,
 * Ctrl+Home / Ctrl+End to the first / last row, PageUp / PageDown by a screenful, Enter expands
 * a row, Escape collapses it.
 *
 * @tagname ev-log
 * @summary Event-log table: virtualized to millions of rows, filters, sorting, live tail, CSV / JSON export.
 *
 * @fires {EvSelectEvent} ev-select - A row was activated (Enter or click). Cancel it to keep the row collapsed.
 * @fires {EvExportEvent} ev-export - An export finished. Cancel it to handle `detail.blob` yourself instead of downloading it.
 * @fires {EvErrorEvent} ev-error - A request failed (never for aborted requests).
 * @fires {EvFilterChangeEvent} ev-filter-change - The filter changed (only when used without `<ev-source>`; the source fires it otherwise).
 *
 * @slot toolbar - Extra controls of the page, shown in the toolbar before Refresh.
 *
 * @csspart toolbar - The bar with the count, live controls, refresh, columns and export.
 * @csspart count - The number of events.
 * @csspart live-status - The live connection state.
 * @csspart pause-button - Pauses / resumes the live tail.
 * @csspart refresh-button - Reloads the rows.
 * @csspart columns-menu - The column chooser (a disclosure).
 * @csspart columns-button - The column chooser's button.
 * @csspart export-button - Each export button (`data-format="csv"` / `"json"`).
 * @csspart filters - The filter bar (`role="search"`).
 * @csspart filter-field - One labelled filter.
 * @csspart filter-input - A filter's input.
 * @csspart actions-button - Opens the action multi-select.
 * @csspart actions-panel - The action checkboxes.
 * @csspart range-select - Time range presets.
 * @csspart more-button - Shows the model filters.
 * @csspart clear-filters - Clears every filter.
 * @csspart new-events - The "N new events" button.
 * @csspart export-progress - Export progress with its cancel button.
 * @csspart export-status - The outcome of the last export.
 * @csspart grid - The scrolling table (`role="grid"`).
 * @csspart head - The header row group.
 * @csspart header-row - The header row.
 * @csspart sort-button - A column's sort button.
 * @csspart body - The rows' viewport.
 * @csspart row - A row.
 * @csspart cell - A cell.
 * @csspart detail - The expanded row's panel.
 * @csspart copy-link - Copies a link to the expanded event.
 * @csspart collapse-button - Collapses the expanded row.
 * @csspart summary - The compact summary (when `<ev-detail>` is not defined).
 * @csspart context - The event context in the summary.
 * @csspart page-error - The message on rows whose page failed.
 * @csspart retry-button - Retries a failed request.
 * @csspart loading - The skeleton shown while the first page loads.
 * @csspart empty - The empty state.
 * @csspart empty-action - "Clear filters" in the empty state.
 * @csspart error - The error state.
 * @csspart pager - Page controls in `mode="pages"`.
 *
 * @cssprop --ev-log-bg - Background of the element.
 * @cssprop --ev-log-row-bg - Row background.
 * @cssprop --ev-log-row-alt-bg - Background of every other row.
 * @cssprop --ev-log-row-hover-bg - Hovered row.
 * @cssprop --ev-log-row-expanded-bg - Expanded row and its panel.
 * @cssprop --ev-log-header-bg - Header background.
 * @cssprop --ev-log-border - Borders and row separators.
 * @cssprop --ev-log-chip-size - Size of the action colour chip.
 */
export class EvLog extends EvDataElement {
  static override styles = [EvDataElement.styles, stateStyles, controlStyles, logStyles, gridStyles];

  /** `scroll` (default): one virtualized list of every event. `pages`: explicit pages with a pager. */
  @property({ reflect: true }) mode: LogMode = 'scroll';
  /** Events per request (and per page in `pages` mode). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 100;
  /** 1-based page shown in `pages` mode. */
  @property({ type: Number, reflect: true }) page = 1;
  /** Server ordering: a field (`created`, `action`, `user`, `client_ip`, `brand`), `-` prefixed for descending. */
  @property({ reflect: true }) ordering = DEFAULT_ORDERING;
  /** Follows new events as they happen (the client's live updates, else polling). */
  @property({ type: Boolean, reflect: true }) live = false;
  /** Live tail paused: new events are counted in the "N new events" button instead of shown. */
  @property({ type: Boolean, reflect: true }) paused = false;
  /** Events to show instead of asking a client (newest first). No request is made. */
  @property({ attribute: false }) events?: readonly EventRecord[];
  /** Visible columns, in display order (`action`, `user`, `created`, `client_ip`, `brand`). */
  @property({ attribute: false }) columns: LogColumnId[] = [...COLUMN_IDS];
  /** localStorage key under which the column choice is kept. Without it the choice is not persisted. */
  @property({ attribute: 'persist-key' }) persistKey?: string;
  /** Mirrors `ordering` (and `page`) into the URL; used without `<ev-source>`, also the filter. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;
  /** Row height in px (rows are fixed-height so millions can be virtualized). */
  @property({ attribute: 'row-height', type: Number }) rowHeight = 48;
  /** Accessible name of the table (default "Events"). */
  @property() label?: string;
  /** Hides the filter bar (when the page has its own controls on the same `<ev-source>`). */
  @property({ type: Boolean, reflect: true, attribute: 'no-filters' }) noFilters = false;
  /** Most events one export writes. */
  @property({ attribute: 'export-limit', type: Number }) exportLimit = 100_000;
  /** Interval (ms) of the polling fallback when the client has no live channel. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30_000;

  #cache?: RowCache;
  #dataKey = '';
  #sourceVersion = 0;
  #refreshes = 0;
  #pending: EventRecord[] = [];
  #pendingCount = 0;
  #announcement = '';
  #now = Date.now();
  #clock?: ReturnType<typeof setInterval>;
  #urlSync?: UrlSync;
  #viewSync?: ViewUrlSync;
  #stringsVersion = 0;

  readonly #gridHost: GridHost = this.#makeGridHost();
  readonly #grid = new VirtualGrid(this.#gridHost);
  readonly #filters = new FilterBar(this.#makeFilterHost());
  readonly #live = new LiveTail({
    onEvents: (events) => this.#onLiveEvents(events),
    onStatus: () => this.requestUpdate(),
    pollIntervalMs: () => this.pollInterval,
  });
  readonly #exporter = new LogExporter(this.#makeExportHost());

  /** The number of rows the table holds (null until the first page answered). */
  get total(): number | null {
    return this.#cache?.total ?? null;
  }

  /** Reloads the rows (and a relative time range's start), keeping the filter. */
  refresh(): void {
    this.#filters.refreshPreset();
    this.#refreshes++;
    this.#pending = [];
    this.#pendingCount = 0;
    this.requestUpdate();
  }

  /** Starts an export of the current filter and ordering. */
  exportEvents(format: 'csv' | 'json'): Promise<void> {
    return this.#exporter.start(format);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => {
      this.#now = Date.now();
      this.#ctx = undefined;
      this.#grid.render();
    }, 30_000);
    this.#startUrlSync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#live.stop();
    this.#exporter.cancel();
    this.#stopUrlSync();
  }

  protected override storeChanged(changed: ReadonlySet<StateChange>): void {
    if (changed.has('filter')) {
      this.#filters.filterChanged();
      if (!this.contextStore) this.emit(new EvFilterChangeEvent({ filter: this.store.filter }));
    }
    if (changed.has('selection')) this.#followSelection();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#ctx = undefined;
    if (changed.has('strings')) this.#stringsVersion++;
    if (changed.has('client') || changed.has('contextClient' as keyof EvLog) || changed.has('events')) this.#sourceVersion++;
    if (changed.has('persistKey')) {
      const saved = loadColumns(this.persistKey);
      if (saved) this.columns = saved;
    }
    if (changed.has('columns')) this.columns = sanitizeColumns(this.columns);
    const paged = this.mode === 'pages';
    const key = [this.#sourceVersion, filterKey(this.store.filter), this.ordering, this.mode, paged ? this.page : 0, this.pageSize, this.#refreshes].join('|');
    if (key !== this.#dataKey) {
      this.#dataKey = key;
      this.#resetData();
    }
    const client = this.events ? undefined : this.effectiveClient;
    if (this.live && client) this.#live.start(client);
    else this.#live.stop();
    if (changed.has('paused') && !this.paused && changed.get('paused') && this.#grid.virtualTop < this.rowHeight / 2) this.#showPending();
  }

  protected override firstUpdated(): void {
    this.#grid.attach(this.renderRoot.querySelector<HTMLElement>('.grid')!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('syncUrl') && changed.get('syncUrl') !== undefined) {
      this.#stopUrlSync();
      this.#startUrlSync();
    }
    const cache = this.#cache;
    if (this.mode === 'pages' && cache?.serverTotal != null && cache.loaded) {
      const pages = Math.max(1, Math.ceil(cache.serverTotal / this.pageSize));
      if (this.page > pages) this.page = pages;
    }
    this.#grid.render();
  }

  #resetData(): void {
    this.#cache?.dispose();
    this.#cache = undefined;
    this.#pending = [];
    this.#pendingCount = 0;
    this.#grid.reset();
    const fetch = this.#fetcher();
    if (!fetch) return;
    const paged = this.mode === 'pages';
    const pageSize = Math.max(1, Math.min(1000, Math.floor(this.pageSize) || 100));
    this.#cache = new RowCache({
      fetch,
      pageSize,
      offset: paged ? (Math.max(1, this.page) - 1) * pageSize : 0,
      limit: paged ? pageSize : undefined,
      onChange: () => this.requestUpdate(),
      onError: (error) => {
        // A page number past the end (an old link, a shrunken result set): go to the first page.
        if (paged && this.page > 1 && error instanceof EventsHttpError && error.status === 404) {
          this.page = 1;
          return;
        }
        this.reportError(error, 'list-events');
      },
    });
    this.#cache.want(0, 0);
    if (this.store.selection) queueMicrotask(() => this.#followSelection());
  }

  #followSelection(): void {
    const pk = this.store.selection;
    if (!pk) {
      if (this.#grid.expanded) {
        this.#grid.expanded = null;
        this.#grid.render();
      }
      return;
    }
    if (this.#grid.expanded?.pk === pk || !this.#cache) return;
    const index = this.#cache.find(pk);
    if (index < 0) return;
    this.#grid.expand(index, pk);
    this.#grid.reveal(index);
  }

  #startUrlSync(): void {
    if (!this.syncUrl || !this.isConnected || this.#viewSync) return;
    if (!this.contextStore) {
      this.#urlSync = new UrlSync(this.store);
      this.#urlSync.connect();
    }
    const defaults = { ordering: DEFAULT_ORDERING, page: 1 };
    this.#viewSync = new ViewUrlSync(
      () => ({ state: { ordering: this.ordering, page: this.page }, paged: this.mode === 'pages' }),
      (state) => {
        this.ordering = state.ordering;
        this.page = state.page;
      },
      defaults,
    );
    this.#viewSync.connect();
  }

  #stopUrlSync(): void {
    this.#urlSync?.disconnect();
    this.#urlSync = undefined;
    this.#viewSync?.disconnect();
    this.#viewSync = undefined;
  }

  #setView(patch: { ordering?: string; page?: number }): void {
    if (patch.ordering !== undefined) this.ordering = patch.ordering;
    if (patch.page !== undefined) this.page = patch.page;
    this.#viewSync?.push();
  }

  #onLiveEvents(events: EventRecord[]): void {
    const cache = this.#cache;
    if (!cache?.loaded) return;
    const filter = this.store.filter;
    const fresh = events.filter((e) => matchesFilter(e, filter) && cache.find(e.pk) < 0 && !this.#pending.some((p) => p.pk === e.pk));
    if (fresh.length === 0) return;
    const stream = this.mode === 'scroll' && this.ordering === DEFAULT_ORDERING;
    const atTop = this.#grid.virtualTop < this.rowHeight / 2;
    if (stream && atTop && !this.paused && this.#pendingCount === 0) {
      cache.prepend(fresh);
      this.#grid.shift(fresh.length);
    } else {
      if (stream) cache.countArrived(fresh.length);
      this.#pending.unshift(...fresh);
      this.#pending.length = Math.min(this.#pending.length, MAX_PENDING);
      this.#pendingCount += fresh.length;
    }
    this.requestUpdate();
  }

  /** Shows the events behind the "N new events" button at the top. */
  #showPending(): void {
    const cache = this.#cache;
    const n = this.#pendingCount;
    if (n === 0) return;
    const stream = this.mode === 'scroll' && this.ordering === DEFAULT_ORDERING;
    if (cache && stream && this.#pending.length === n) {
      cache.showArrived(this.#pending);
      this.#grid.shift(n);
      this.#pending = [];
      this.#pendingCount = 0;
      this.#grid.scrollToTop();
      this.requestUpdate();
    } else {
      if (this.mode === 'pages') this.#setView({ page: 1 });
      this.refresh();
    }
  }

  /** The short zone name for the created header (an Intl formatter each time: cached per minute). */
  #zoneLabel(lang: string): string {
    const key = `${lang}|${this.store.timeZone}|${Math.floor(this.#now / 60_000)}`;
    if (zoneLabels.key !== key) zoneLabels = { key, label: zoneLabel(lang, this.store.timeZone, this.#now) };
    return zoneLabels.label;
  }

  /** Cached between host updates and clock ticks: scroll frames reuse it (no DOM walk for `lang`). */
  #ctx?: CellContext;

  #cellContext(): CellContext {
    if (this.#ctx) return this.#ctx;
    const lang = this.effectiveLang;
    const timeZone = this.store.timeZone;
    const now = this.#now;
    this.#ctx = { lang, timeZone, now, i18n: this.i18n, key: `${lang}|${timeZone}|${now}|${translationVersion()}|${this.#stringsVersion}` };
    return this.#ctx;
  }

  #makeGridHost(): GridHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the grid reads the element's live state
    const el = this;
    const visible = () => COLUMNS.filter((c) => el.columns.includes(c.id));
    return {
      get renderRoot() {
        return el.renderRoot;
      },
      get effectiveDir() {
        return el.effectiveDir;
      },
      gridColumns: visible,
      gridRowHeight: () => Math.max(24, el.rowHeight || 48),
      gridTotal: () => el.#cache?.total ?? 0,
      gridTotalKnown: () => el.#cache?.totalKnown ?? false,
      gridRow: (i) => el.#cache?.row(i) ?? { kind: 'loading' },
      gridWant: (first, last) => el.#cache?.want(first, last),
      gridCellContext: () => el.#cellContext(),
      gridHeader: (column, ctx) => {
        const t = ctx.i18n.log.columns;
        const label = column.id === 'created' ? t.created(el.#zoneLabel(ctx.lang)) : t[column.id];
        const field = el.ordering.replace(/^-/, '');
        const sort = field === column.ordering ? (el.ordering.startsWith('-') ? 'descending' : 'ascending') : 'none';
        return { label, sort };
      },
      gridSort: (column) => {
        const field = el.ordering.replace(/^-/, '');
        const next =
          field === column.ordering ? (el.ordering.startsWith('-') ? column.ordering : `-${column.ordering}`) : column.id === 'created' ? '-created' : column.ordering;
        el.#setView({ ordering: next, page: 1 });
      },
      gridActivate: (_index, event) => {
        if (!el.emit(new EvSelectEvent({ event }))) return false;
        el.store.update({ selection: event.pk });
        return true;
      },
      gridCollapsed: () => el.store.update({ selection: null }),
      gridRetry: () => el.#cache?.retry(),
      gridPanel: (event) => panel(el.#partsHost(), event),
      gridLoadingLabel: () => el.i18n.log.rowLoading,
      gridPageFailed: (from, to) => el.i18n.log.pageFailed(formatNumber(from + 1, el.effectiveLang), formatNumber(to + 1, el.effectiveLang)),
      gridRetryLabel: () => el.i18n.common.retry,
    };
  }

  #fetcher(): PageFetcher | undefined {
    const filter = this.store.filter;
    const client = this.effectiveClient;
    return this.events ? arrayFetcher(this.events, filter, this.ordering) : client ? clientFetcher(client, filter, this.ordering) : undefined;
  }

  #makeFilterHost(): FilterBarHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the filter bar reads the element's live state
    const el = this;
    return {
      get store() {
        return el.store;
      },
      get effectiveClient() {
        return el.events ? undefined : el.effectiveClient;
      },
      get renderRoot() {
        return el.renderRoot;
      },
      localActions: () => (el.events ? [...new Set(el.events.map((e) => e.action))].sort() : undefined),
      translation: () => el.i18n,
      requestUpdate: () => el.requestUpdate(),
      addController: (c) => el.addController(c),
    };
  }

  #makeExportHost(): ExportHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the exporter reads the element's live state
    const el = this;
    return {
      fetcher: () => el.#fetcher(),
      timeZone: () => el.store.timeZone,
      limit: () => el.exportLimit,
      translation: () => el.i18n,
      lang: () => el.effectiveLang,
      requestUpdate: () => el.requestUpdate(),
      emit: (event) => el.emit(event),
      addController: (c) => el.addController(c),
    };
  }

  #partsHost(): PartsHost {
    return {
      t: this.i18n,
      lang: this.effectiveLang,
      store: this.store,
      grid: this.#grid,
      announce: (text) => {
        this.#announcement = text;
        this.requestUpdate();
      },
    };
  }

  #viewStateNow(): ViewState {
    const cache = this.#cache;
    if (!cache) return this.events || this.effectiveClient ? 'loading' : 'no-client';
    if (cache.firstError !== undefined) return 'error';
    if (!cache.loaded) return 'loading';
    return cache.total === 0 ? 'empty' : 'ready';
  }

  protected override render() {
    const t = this.i18n.log;
    const state = this.#viewStateNow();
    this.setViewState(state);
    const cache = this.#cache;
    const filtered = Object.keys(this.store.filter).length > 0;
    const lang = this.effectiveLang;
    return html`${toolbar({
        t: this.i18n,
        lang,
        total: cache?.total ?? null,
        totalKnown: cache?.totalKnown ?? true,
        ready: state === 'ready' || state === 'empty',
        live: this.live ? { status: (this.paused ? 'paused' : this.#live.status) as LiveStatus | 'paused', paused: this.paused } : undefined,
        columns: this.columns,
        exporting: this.#exporter.running,
        onPause: () => (this.paused = !this.paused),
        onRefresh: () => this.refresh(),
        onColumn: (id, on) => {
          this.columns = toggleColumn(this.columns, id, on);
          saveColumns(this.persistKey, this.columns);
        },
        onExport: (format) => void this.exportEvents(format),
      })}
      ${this.noFilters ? nothing : this.#filters.render()}
      ${this.#pendingCount > 0
        ? html`<button type="button" class="new-events primary" part="new-events" @click=${() => this.#showPending()}>
            ${t.live.newEvents(this.#pendingCount, formatNumber(this.#pendingCount, lang))}
          </button>`
        : nothing}
      ${this.#exporter.render()}
      <div class="grid" part="grid" role="grid" aria-label=${this.label || t.label} ?hidden=${state !== 'ready'}></div>
      ${state === 'loading'
        ? skeleton(this.i18n, this.columns.length)
        : state === 'empty'
          ? this.renderEmpty(filtered ? t.emptyFiltered : t.empty, filtered ? { label: t.clearFilters, run: () => this.store.clearFilter() } : undefined)
          : state === 'error'
            ? this.renderError(cache?.firstError, () => cache?.retry())
            : state === 'no-client'
              ? this.renderNoClient()
              : nothing}
      ${this.mode === 'pages' && state === 'ready' && cache?.serverTotal != null
        ? pager(this.i18n, lang, this.page, Math.max(1, Math.ceil(cache.serverTotal / this.pageSize)), (page) => this.#setView({ page }))
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>`;
  }
}
