import { type PropertyValues, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EvDataElement } from '../../base/ev-data-element.js';
import type { EventRecord } from '../../client/types.js';
import type { StateChange, StoreChangeEvent } from '../../context/store.js';
import { EvFilterChangeEvent } from '../../events/ev-filter-change.js';
import { defineStrings } from '../../i18n/translation.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { loadColumns, sanitizeColumns, saveColumns, toggleColumn } from './column-chooser.js';
import { COLUMN_IDS, CellContextCache } from './columns.js';
import { FilterBar } from './filter-bar.js';
import { gridStyles } from './grid.styles.js';
import { LogAnnouncer } from './log-announcer.js';
import { LogExporter } from './log-export.js';
import { type LogHostInternals, logExportHost, logFilterHost, logPartsHost } from './log-hosts.js';
import { LogLivePart } from './log-live-part.js';
import { LogPager } from './log-pager.js';
import { MenuCloser } from './menu-closer.js';
import { LogRows } from './log-rows.js';
import { countText, panel, skeleton, toolbar } from './log-parts.js';
import { logStyles } from './log.styles.js';
import { type LogColumnId, logStrings } from './log.strings.js';
import { DEFAULT_ORDERING } from './row-source.js';
import { LogUrlSync } from './url-state.js';
import { type GridHost, VirtualGrid } from './virtual-grid.js';
import { logGridHost } from './log-grid-host.js';

defineStrings('log', logStrings);

export type LogMode = 'scroll' | 'pages';

/**
 * The event log: authentik's Events > Logs table for any events source, at any size. Rows are
 * virtualized (at most ~60 in the DOM) and fetched page by page as you scroll, up to the last
 * of millions of events; filters live in the shared state of the surrounding `<ev-source>`.
 *
 * Keyboard (grid): arrows move between rows and cells, Home / End to the first / last cell of
 * the row, Ctrl+Home to the first cell of the first row (the column headers; Enter / Space
 * sorts), Ctrl+End to the last cell of the last row, PageUp / PageDown by a screenful, Enter
 * expands a row (retries a failed page's row), Escape collapses it.
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
 * @csspart filters-button - In a narrow filter bar (a phone, a sidebar), shows / hides its fields (`aria-expanded`); its name counts the filters set there.
 * @csspart filter-field - One labelled filter.
 * @csspart filter-input - A filter's input.
 * @csspart actions-button - Opens the action multi-select.
 * @csspart actions-panel - The action checkboxes.
 * @csspart range-select - Time range presets.
 * @csspart range-error - Says a custom range's "To" is not after its "From".
 * @csspart more-button - Shows the model filters.
 * @csspart clear-filters - Clears every filter.
 * @csspart filter-chip - A filter without a field of its own (brand, authorized application, the map's area).
 * @csspart filter-chip-remove - Removes that filter.
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
 * @csspart invisible-mark - A character of a username (and the "on behalf of" / "as" name), app, client IP, event ID (summary), brand, place, custom or unknown action label (cells, actions menu, summary) or filter chip value that draws nothing, shown as its code point (`⟨U+200B⟩`), or a name with nothing visible ("(invisible name: U+200B)"); in the summary's context JSON, as its JSON escape (`\u200B`), so the JSON copies as it is.
 * @csspart detail - The expanded row's panel.
 * @csspart copy-link - Copies a link to the expanded event.
 * @csspart collapse-button - Collapses the expanded row.
 * @csspart summary - The compact summary (when `<ev-detail>` is not defined).
 * @csspart context - The event context in the summary, as JSON (invisible characters as their escapes, `\u200B`, in `invisible-mark`); its first 20,000 characters when longer.
 * @csspart context-cut - Below a cut context: how many characters are not shown, and its copy button.
 * @csspart copy-context - Copies the whole context JSON (when it is cut).
 * @csspart value-cut - Under a summary value cut for length (its first 2,000 characters, then "…"): how many characters are not shown.
 * @csspart copy-value - Under a summary value cut for length: copies the whole value ("Copy whole value").
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
  /** Events per request (and per page in `pages` mode): 1 to 1000, fractions rounded down; 0, negatives or no number mean 100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 100;
  /** 1-based page shown in `pages` mode: fractions rounded down; below 1 or no number mean 1, past the last page the last (as far as it is known). */
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
  /** Mirrors `ordering` (and `page`) into the URL, a page it cannot show corrected in place; used without `<ev-source>`, also the filter. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;
  /** Row height in px at the default 16 px text size, larger with larger page text (rows are fixed-height so millions can be virtualized). */
  @property({ attribute: 'row-height', type: Number }) rowHeight = 48;
  /** Accessible name of the table (default "Events"). */
  @property() label?: string;
  /** Hides the filter bar (when the page has its own controls on the same `<ev-source>`). */
  @property({ type: Boolean, reflect: true, attribute: 'no-filters' }) noFilters = false;
  /**
   * Activating a row selects it (the shared selection; the row is marked `aria-selected`)
   * without opening its details below it: for pages that show the selected event elsewhere,
   * e.g. an `<ev-detail follow-selection>` in a drawer.
   */
  @property({ type: Boolean, reflect: true, attribute: 'no-expand' }) noExpand = false;
  /** Most events one export writes. */
  @property({ attribute: 'export-limit', type: Number }) exportLimit = 100_000;
  /** Interval (ms) of the polling fallback when the client has no live channel; a change takes effect at once. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30_000;

  #clock?: ReturnType<typeof setInterval>;

  readonly #cells = new CellContextCache(() => ({ lang: this.effectiveLang, timeZone: this.store.timeZone, i18n: this.i18n }));
  readonly #gridHost: GridHost = this.#makeGridHost();
  readonly #grid = new VirtualGrid(this.#gridHost);
  readonly #rows = new LogRows(this, {
    grid: this.#grid,
    resetLive: () => this.#live.rows.reset(),
    requestUpdate: () => this.requestUpdate(),
    reportError: (error) => this.reportError(error, 'list-events'),
    firstPageLoaded: () => {
      this.#live.loaded();
      // A new filter's count, a new order: status messages, said once the result has loaded.
      const text = this.#sayOnLoad?.();
      this.#sayOnLoad = undefined;
      if (text) this.#announcer.say(text);
    },
  });
  /** What to say once the next result's first page has loaded (a new filter's count, a new order). */
  #sayOnLoad?: () => string;
  readonly #announcer = new LogAnnouncer(this);
  readonly #internals: LogHostInternals = {
    translation: () => this.i18n,
    emit: (event) => this.emit(event),
    announce: (text) => this.#announcer.say(text),
    fetcher: () => this.#rows.fetcher(),
    grid: this.#grid,
  };
  readonly #filters = new FilterBar(logFilterHost(this, this.#internals));
  readonly #exporter = new LogExporter(logExportHost(this, this.#internals));
  readonly #urlSync = new LogUrlSync(
    {
      store: () => this.store,
      sharedStore: () => Boolean(this.contextStore),
      view: () => ({ state: { ordering: this.ordering, page: this.page }, paged: this.mode === 'pages' }),
      apply: (state) => {
        this.ordering = state.ordering;
        this.page = state.page;
      },
    },
    { ordering: DEFAULT_ORDERING, page: 1 },
  );
  readonly #live = new LogLivePart(this, {
    grid: this.#grid,
    cache: () => this.#rows.cache,
    reload: () => {
      if (this.mode === 'pages') this.#setView({ page: 1 });
      this.refresh();
    },
    requestUpdate: () => this.requestUpdate(),
    announce: (text) => this.#announcer.say(text),
    translation: () => this.i18n,
  });
  readonly #pager = new LogPager(this, {
    lastPage: () => this.#rows.lastPage(),
    go: (page) => this.#setView({ page }),
    announce: (text) => this.#announcer.say(text),
    translation: () => this.i18n,
  });

  constructor() {
    super();
    new MenuCloser(this);
  }

  /** @internal For tests: how many live events the rows keep on top. */
  get liveHead(): number {
    return this.#rows.cache?.head.length ?? 0;
  }

  /** The number of rows the table holds (null until the first page answered). */
  get total(): number | null {
    return this.#rows.cache?.total ?? null;
  }

  /** Reloads the rows (and a relative time range's start), keeping the filter. */
  refresh(): void {
    this.#filters.refreshPreset();
    this.#rows.refresh();
    this.#live.rows.reset();
    this.requestUpdate();
  }

  /** Starts an export of the current filter and ordering. */
  exportEvents(format: 'csv' | 'json'): Promise<void> {
    return this.#exporter.start(format);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => {
      this.#cells.tick();
      this.#grid.render();
    }, 30_000);
    this.#startUrlSync();
    // Put back on the page (moved, re-mounted): the update resumes the live tail.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#live.tail.stop();
    this.#stopUrlSync();
  }

  protected override storeChanged(changed: ReadonlySet<StateChange>, event?: StoreChangeEvent): void {
    if (changed.has('filter')) {
      // A new filter is a new result: its first page (a link or Back restores filter and page together).
      if (this.mode === 'pages' && this.page !== 1 && !event?.restored) this.page = 1;
      this.#filters.filterChanged();
      if (this.#rows.cache?.loaded || this.#sayOnLoad) this.#sayOnLoad = () => countText(this.i18n, this.effectiveLang, this.#rows.cache, this.mode === 'pages');
      if (!this.contextStore) this.emit(new EvFilterChangeEvent({ filter: this.store.filter }));
    }
    if (changed.has('selection')) this.#rows.followSelection();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#cells.invalidate(changed.has('strings'));
    if (changed.has('client') || changed.has('contextClient' as keyof EvLog) || changed.has('events')) this.#rows.sourceChanged();
    if (changed.has('persistKey')) {
      const saved = loadColumns(this.persistKey);
      if (saved) this.columns = saved;
    }
    if (changed.has('columns')) this.columns = sanitizeColumns(this.columns);
    // An array answers at once: a page past its end is corrected before this render.
    this.#rows.sync();
    this.#live.update(this.isConnected, changed.has('paused') && !this.paused && Boolean(changed.get('paused')));
    this.#pager.update(this.mode === 'pages', this.#rows.viewState(), this.#rows.result);
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
    // A page or ordering corrected (past the last page, 0, from a link): the URL says so, in place.
    if (changed.has('page') || changed.has('ordering') || changed.has('mode')) this.#urlSync.replace();
    this.#grid.render();
    this.#rows.followOnLoad();
    // The grid went away (error, empty, no client) with keyboard focus in it: the view's button
    // takes it, or a view without one (a config error, a source with no events, no client) itself,
    // or focus would fall to the page.
    if ((this.viewState === 'error' || this.viewState === 'empty' || this.viewState === 'no-client') && this.#grid.hasFocus) {
      this.renderRoot.querySelector<HTMLElement>('[part="retry-button"], [part="empty-action"], .ev-state[tabindex="-1"]')?.focus();
    }
  }

  /** After Retry or Clear filters, focus goes to the grid (kept shown while it loads). */
  protected override focusAfterStateAction(): boolean {
    this.#grid.moveFocus(-1, this.#grid.focus.col);
    return true;
  }

  #startUrlSync(): void {
    if (this.syncUrl && this.isConnected) this.#urlSync.connect();
  }

  #stopUrlSync(): void {
    this.#urlSync.disconnect();
  }

  #setView(patch: { ordering?: string; page?: number }): void {
    if (patch.ordering !== undefined) this.ordering = patch.ordering;
    if (patch.page !== undefined) this.page = patch.page;
    this.#urlSync.push();
  }

  #makeGridHost(): GridHost {
    return logGridHost(this, {
      cache: () => this.#rows.cache,
      cellContext: () => this.#cells.get(),
      zoneLabel: (lang) => this.#cells.zoneLabel(lang, this.store.timeZone),
      setView: (patch) => this.#setView(patch),
      sayWhenLoaded: (text) => (this.#sayOnLoad = text),
      emit: (event) => this.emit(event),
      translation: () => this.i18n,
      panel: (event) => panel(logPartsHost(this, this.#internals), event),
    });
  }

  /**
   * The grid is hidden unless it has rows; while a new order or filter loads with focus in it
   * (a header sorted from the keyboard) its header stays, so focus is not dropped to the page.
   */
  protected override render() {
    const t = this.i18n.log;
    const state = this.#rows.viewState();
    this.setViewState(state);
    const cache = this.#rows.cache;
    const filtered = Object.keys(this.store.filter).length > 0;
    const lang = this.effectiveLang;
    return html`${toolbar({
        t: this.i18n,
        lang,
        count: countText(this.i18n, this.effectiveLang, this.#rows.cache, this.mode === 'pages'),
        ready: state === 'ready' || state === 'empty',
        live: this.#live.status(),
        columns: this.columns,
        exporting: this.#exporter.running,
        onPause: () => (this.paused = !this.paused),
        onRefresh: () => this.refresh(),
        onColumn: (id, on) => {
          this.columns = toggleColumn(this.columns, id, on);
          saveColumns(this.persistKey, this.columns);
        },
        onExport: (format) => void this.exportEvents(format),
        exportStatus: this.#exporter.render(),
      })}
      <div class="body">
        ${this.noFilters ? nothing : this.#filters.render()}
        <div class="main">
          <div
            class="grid"
            part="grid"
            role="grid"
            aria-label=${this.label || t.label}
            ?hidden=${state !== 'ready' && !(state === 'loading' && this.#grid.hasFocus)}
          ></div>
          ${this.#live.renderButton()}
          ${state === 'loading'
            ? skeleton(this.i18n, this.columns.length)
            : state === 'empty'
              ? this.renderEmpty(filtered ? t.emptyFiltered : t.empty, filtered ? { label: t.clearFilters, run: () => this.#filters.clearAll() } : undefined)
              : state === 'error'
                ? this.renderError(cache?.firstError, () => cache?.retry())
                : state === 'no-client'
                  ? this.renderNoClient()
                  : nothing}
        </div>
      </div>
      ${this.#pager.render()} ${this.#announcer.render()}`;
  }
}
