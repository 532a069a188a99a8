import { Task, TaskStatus } from '@lit/task';
import { type PropertyValues, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { EvDataElement } from '../../base/ev-data-element.js';
import { isAbortError } from '../../client/errors.js';
import { isoMs } from '../../client/filter-match.js';
import type { VolumeBucket, VolumeResult } from '../../client/types.js';
import { SelectedEventController } from '../../controllers/selected-event.js';
import { ThemeColorsController } from '../../controllers/theme-colors.js';
import { formatDateRangeUnambiguous, formatNumber, zoneLabel } from '../../format/time.js';
import { errorView } from '../../base/state-views.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { ChartInteraction, type InteractionHost } from './chart-interaction.js';
import { ChartDriver } from './chart-driver.js';
import { chartState } from './chart-state.js';
import { DataTableWriter } from './data-table.js';
import { renderCanvas, renderOverlays } from './volume-chart.overlays.js';
import { type TextContext, announcement, badBucketMessage, colorExpression, formatDuration, renderActionTable, renderLegend, renderSelectionBar, renderTableFrame, selectedText, shownLabel, summaryOf } from './volume-chart.parts.js';
import type { RangePreset } from './volume-chart.strings.js';
import { volumeChartStyles } from './volume-chart.styles.js';
import { applyRange, inputWindow, renderToolbar } from './volume-chart.toolbar.js';
import type { InFlight } from './volume-inflight.js';
import { VolumeBars } from './volume-bars.js';
import { VolumeLiveController } from './volume-live.js';
import { RangeSelection } from './range-selection.js';
import { VolumeQueryState, filterWithoutTime, selectionOf } from './volume-query.js';
import { type ActionKey, OTHER_ACTIONS, type VolumeModel, barEnd, barStart, initialBar } from './volume-model.js';

/**
 * Event volume per action over time: stacked bars, one colour per action, linked to the shared
 * filter. Clicking a bar (or one action's segment) or dragging across bars sets the shared time
 * range, so `<ev-log>` and `<ev-map>` follow; keyboard users do the same with arrow keys and
 * Enter. Chart.js is loaded on demand, the first time a chart renders.
 *
 * @tagname ev-volume-chart
 * @summary Stacked bars of event volume per action over time, linked to the shared filter.
 *
 * @fires {EvRangeSelectEvent} ev-range-select - The user selected a time range (bar, segment, dragged span, keyboard) or cleared it. Cancelable: prevents the shared filter change.
 * @fires {EvErrorEvent} ev-error - Loading the volume failed (never for aborted requests) or its answer has a bucket whose time is no date, whose count is no event count or whose action is no string, or `since` / `until` / `bucketMs` that are no window (operation `volume`), or `buckets` has such a bucket (operation `buckets`). Once per bad data: not again when `bucket-ms`, `max-bars` or the actions change.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Range presets, custom range and the bar-size label.
 * @csspart range - The group of range buttons.
 * @csspart custom-range - The custom window form.
 * @csspart bucket-label - The bar width and the server's bucket size.
 * @csspart notice - Says from when the bars start when the events source answered for less than the window (it keeps its newest buckets).
 * @csspart refreshing - Shown while new data loads over the current chart.
 * @csspart selection-bar - The selected range and the "clear range" control.
 * @csspart clear-range - The "clear range" button.
 * @csspart summary - The one-sentence summary of the data.
 * @csspart plot - The sized box around the canvas and its overlays.
 * @csspart canvas - The chart canvas (focusable).
 * @csspart selection - The highlighted selected range (and the span being dragged).
 * @csspart selected-event - The outline of the selected event's bar and action segment (the shared selection, e.g. a row of `<ev-log>`).
 * @csspart cursor - The highlight of the bar under the pointer or keyboard focus.
 * @csspart segment-focus - The outline of the action segment in focus.
 * @csspart tooltip - The tooltip of the bar under the pointer or keyboard focus.
 * @csspart keyboard-hint - The short key hint under the plot, shown while the chart has keyboard focus (its line is kept, so nothing moves).
 * @csspart legend - The group of action toggle buttons.
 * @csspart legend-item - One action toggle.
 * @csspart table - The visually hidden data table.
 * @csspart loading - Loading state.
 * @csspart empty - Empty state.
 * @csspart error - Error state.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssprop --ev-volume-chart-height - Height of the plot (default 14rem).
 * @cssprop --ev-volume-chart-grid - Colour of the grid lines (default `--ev-color-border`).
 * @cssprop --ev-volume-chart-axis - Colour of the axis labels (default `--ev-color-text-muted`).
 * @cssprop --ev-volume-chart-selection - Colour of the selected range (default `--ev-color-accent`).
 * @cssprop --ev-volume-chart-selected-event - Outline of the selected event's bar (default `--ev-color-text`).
 * @cssprop --ev-action-0 - … `--ev-action-12`: the action palette (bar colours).
 */
export class EvVolumeChart extends EvDataElement {
  static override styles = [EvDataElement.styles, stateStyles, controlStyles, volumeChartStyles];

  /** The view window: the last 24 hours, 7, 30 or 90 days, or `custom` (`from` / `to`). Ignored with `buckets`. */
  @property({ reflect: true }) range: RangePreset = '7d';

  /** Start of the custom window (ISO 8601, default 7 days before `to`), used when `range="custom"`. After `to`, the two are swapped. */
  @property() from?: string;

  /** End of the custom window (ISO 8601, default now), used when `range="custom"`. */
  @property() to?: string;

  /**
   * Volume buckets to show instead of asking a client (no requests). Zero-filled and re-bucketed as needed; bars start where the first bucket starts (buckets at :30 give bars from :30).
   * Every `time` must be a date (ISO 8601), every `count` a whole number from 0 to `Number.MAX_SAFE_INTEGER` and every `action` a string ('' is shown as "Unnamed action"): with a time that is none ('yesterday', '', 42, null), a count that is none (Infinity, NaN, negative, fractional, no number) or an action that is none (a number, null, an object), the element shows an error naming the first such bucket and what was expected (`buckets[3].time`: an ISO 8601 date), without a retry, and fires `ev-error` once (operation `buckets`, an `EventsValidationError`), not a chart with fewer bars or wrong totals.
   */
  @property({ attribute: false }) buckets?: VolumeBucket[];

  /** Width of one of the given `buckets` in ms (default: the smallest gap between their times). */
  @property({ attribute: 'bucket-ms', type: Number }) bucketMs?: number;

  /**
   * Follows new events as they happen, updating the chart in place. A live event stamped more
   * than 15 minutes ahead of the server's clock (as learnt from live events; until then the
   * browser's), or with no valid time, is not counted: the next load decides.
   */
  @property({ type: Boolean, reflect: true }) live = false;

  /** Most bars in one view; coarser bars are used beyond it. */
  @property({ attribute: 'max-bars', type: Number }) maxBars = 2000;

  /**
   * The "Other actions" group (the less frequent actions beyond the 10 drawn as their own series)
   * in `hiddenActions`: a symbol, so no action name (any string a client sends) is taken for it.
   */
  static readonly OTHER_ACTIONS: typeof OTHER_ACTIONS = OTHER_ACTIONS;

  /**
   * Actions hidden with the legend, by name. Hiding the "Other actions" group puts
   * `EvVolumeChart.OTHER_ACTIONS` here (not the names of the actions in it); the name of an action
   * that is in the group hides nothing on its own (it has no series of its own).
   */
  @property({ attribute: false }) hiddenActions: Array<string | typeof OTHER_ACTIONS> = [];

  readonly #theme = new ThemeColorsController(this);
  /** The shared selection, marked on its bar. */
  readonly #selected = new SelectedEventController(this);
  readonly #interaction: ChartInteraction = new ChartInteraction(this.#interactionHost());
  readonly #table = new DataTableWriter();
  /** The bars and their totals (see `volume-bars.ts`). */
  readonly #bars = new VolumeBars((start, bucketMs, model) => this.#follow(start, bucketMs, model));
  readonly #chart = new ChartDriver(this);
  #announcement = '';
  /** The time range the keyboard focus had to leave (its bar left the chart): announced with the new figures. */
  #focusLeft?: string;
  readonly #request = new VolumeQueryState();
  #reload = 0;
  /** The user chose another window: its answer's summary is said in the live region (`#said`: the answer came). */
  #sayAnswer = false;
  #said = false;
  readonly #selecting = new RangeSelection(
    () => this.store,
    (event) => this.emit(event),
  );

  /** A request was stopped by the element's removal: it asks again when re-attached. */
  #resume = false;

  readonly #task = new Task(this, {
    task: async ([client, query], { signal }) => {
      if (!client || !query) return undefined;
      const request = this.#bars.inflight.start(query.until!);
      return { result: await client.volume(query, { signal }), request, asked: query.since };
    },
    args: () => [this.buckets ? undefined : this.effectiveClient, this.#request.query] as const,
    onComplete: (answer) => answer && this.#settle(answer),
    onError: (error) => {
      this.#sayAnswer = false;
      this.#bars.inflight.cancel();
      this.reportError(error, 'volume');
    },
  });

  // Subscribed while `live` is on; a reactive controller, so it follows the element's lifecycle.
  readonly #live = new VolumeLiveController(this, {
    client: () => (this.live && !this.buckets ? this.effectiveClient : undefined),
    filter: () => filterWithoutTime(this.store.filter),
    place: (event) => this.#bars.place(event, this.#slides) && this.requestUpdate(),
    // Not counted now, but the next answer may be for a filter that counts it (see `volume-inflight.ts`).
    seen: (event) => void this.#bars.inflight.add(event),
    reload: () => this.reload(),
    source: () => (this.buckets ? undefined : this.effectiveClient),
    believes: (event) => this.#bars.inflight.believes(event),
  });

  /** What pointer and keyboard handling needs from the element (kept off its public API). */
  #interactionHost(): InteractionHost {
    return {
      view: () => this.#chart.view,
      model: () => this.#bars.model,
      rtl: () => this.effectiveDir === 'rtl',
      changed: () => this.#interactionChanged(),
      select: (from, to, action, trigger) => {
        // A keyboard selection is confirmed in the live region (the log below changes silently).
        const model = this.#bars.model;
        // The group of less frequent actions selects the range alone (it is no action to filter by).
        if (model && this.#selecting.select(barStart(model, from), barEnd(model, to), action === OTHER_ACTIONS ? undefined : action, trigger) && trigger === 'keyboard') {
          this.#announcement = selectedText(this.store.filter, this.#textContext());
        }
      },
      initialBar: () => (this.#bars.model ? initialBar(this.#bars.model, this.#bars.stats, selectionOf(this.store.filter)) : 0),
    };
  }

  /** `max-bars` as a usable number (a bad value falls back to 2,000). */
  get #maxBars(): number {
    return Number.isFinite(this.maxBars) && this.maxBars >= 1 ? Math.floor(this.maxBars) : 2000;
  }

  /** Re-fetches the data (the retry action; also after a live reconnect). */
  reload(): void {
    this.#chart.retry();
    this.#reload++;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#resume) {
      // Loading was stopped by the removal: a fresh request now, which is the live catch-up as well.
      this.#resume = false;
      this.#live.caughtUp();
      this.reload();
    }
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed chart stops loading (the answer would be stale when it is back) and asks again when re-attached.
    this.#resume ||= this.#task.status === TaskStatus.PENDING;
    this.#task.abort();
    this.#chart.destroy();
    this.#table.cancel();
  }

  /** Resolves once the chart shows the data, including the first on-demand load of Chart.js. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let i = 0; this.#chart.creating && i < 3; i++) {
      await this.#chart.creating;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Resolves when the visually hidden data table is complete (it is filled at idle time). */
  get tableComplete(): Promise<void> {
    return this.updateComplete.then(() => this.#table.complete);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const bars = this.#bars;
    if (changed.has('hiddenActions')) bars.hidden = new Set(this.hiddenActions);
    const invalid = this.buckets && bars.fromBuckets(this.buckets, this.bucketMs, this.#maxBars, this.store.filter.actions);
    if (invalid) this.reportError(invalid, 'buckets');
    if (!this.buckets) this.#request.update({ range: this.range, from: this.from, to: this.to, filter: this.store.filter, reload: this.#reload, lead: bars.inflight.leadFor(this.effectiveClient) });
    const model = bars.model;
    if (model) {
      if (bars.refresh()) this.#interaction.clamp(model.size);
      if (this.#said && bars.stats) {
        // Away from the focus (on the range buttons), so said: the new summary, or that there is nothing.
        this.#said = false;
        const c = this.#textContext();
        this.#announcement = bars.stats.actionTotals.every((n) => n === 0) ? c.t.noEvents : summaryOf(model, bars.stats, bars.hidden, c);
      }
      const active = this.#interaction.active;
      if (this.#focusLeft !== undefined && active && bars.stats) {
        const c = this.#textContext();
        this.#announcement = c.t.announceFocusLeft(this.#focusLeft, announcement(model, bars.stats, bars.hidden, active.bar, active.action, this.#interaction.pending, c));
      }
      this.#focusLeft = undefined;
    }
  }

  /** The bars moved (a slide, new data): the focus stays on its time, or moves to the nearest bar and says so. */
  #follow(start: number, bucketMs: number, model: VolumeModel): void {
    const bar = this.#interaction.active?.bar ?? 0;
    if (!this.#interaction.follow((i) => Math.floor((start + i * bucketMs - model.start) / model.bucketMs), model.size)) return;
    const { lang, zone } = this.#textContext();
    this.#focusLeft = formatDateRangeUnambiguous(start + bar * bucketMs, start + (bar + 1) * bucketMs, lang, zone, 'short');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncChart();
  }

  /** The selected event's time and action, when it is known. */
  #marked(): { time: number; action: ActionKey } | undefined {
    const event = this.#selected.event;
    const grouped = !!this.#bars.model?.other?.totals.has(event?.action ?? '');
    return event && event.pk === this.store.selection ? { time: isoMs(event.created), action: grouped ? OTHER_ACTIONS : event.action } : undefined;
  }

  /** The answer replaces the bars, plus the live events that came while it was on its way and are not in it. */
  #settle(answer: { result: VolumeResult; request: InFlight; asked?: string }): void {
    const filter = this.store.filter;
    const bad = this.#bars.settle(answer, { maxBars: this.#maxBars, actions: filter.actions, filter: filterWithoutTime(filter), until: this.#request.window.until, slides: this.#slides });
    if (bad) this.reportError(bad, 'volume');
    this.#said ||= this.#sayAnswer && !bad;
    this.#sayAnswer = false;
  }

  /**
   * Live events slide the window forward on preset ranges (every live event is at most 15
   * minutes ahead of the server's clock, see `volume-inflight.ts`).
   */
  get #slides(): boolean {
    return this.range !== 'custom' && !this.#request.extended;
  }

  /** Chart.js could not be downloaded (offline, a chunk gone after a deploy): the shared error view says so. A bad bucket: which, and what was expected there. */
  protected override errorMessage(error: unknown): { title: string; detail: string } {
    if (error !== undefined && error === this.#chart.loadError) return { title: this.i18n.volumeChart.loadFailed, detail: '' };
    return badBucketMessage(error, this.#bars, this.i18n) ?? super.errorMessage(error);
  }

  /** Bad `.buckets` are the page's, not the server's: said so, naming the bucket, without a retry (the same data fails again). */
  protected override renderError(error: unknown, retry: () => void) {
    return this.buckets && error === this.#bars.invalid ? errorView(this.i18n.common, this.errorMessage(error), undefined) : super.renderError(error, retry);
  }

  #textContext(): TextContext {
    const i18n = this.i18n;
    const lang = this.effectiveLang;
    const grouped = () => formatNumber(this.#bars.model?.other?.totals.size ?? 0, lang);
    const label = (action: ActionKey) => (action === OTHER_ACTIONS ? i18n.volumeChart.otherActions(grouped()) : shownLabel(action, i18n));
    return { t: i18n.volumeChart, lang, zone: this.store.timeZone, label };
  }

  #syncChart(): void {
    const bars = this.#bars;
    const model = bars.model;
    const body = this.renderRoot.querySelector('tbody');
    if (body && model && bars.stats) this.#table.write(body, { model, stats: bars.stats, hidden: bars.hidden, c: this.#textContext() }, bars.changedBars);
    bars.changedBars = undefined;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !model) return;
    // Colours, direction, language and zone need fresh options; counts and visibility only a redraw.
    const dir = this.effectiveDir;
    const appearance = `${this.#theme.version}|${dir}|${this.effectiveLang}|${this.store.timeZone}|${model.actions.length}|${model.other ? 'grouped' : ''}`;
    const state = () => chartState(this, this.#theme, { model, hidden: bars.hidden, max: bars.stats?.max ?? 0, rtl: dir === 'rtl', lang: this.effectiveLang, zone: this.store.timeZone });
    this.#chart.sync(canvas, state, bars.statsKey, appearance);
  }

  /** The interaction moved (hover, focus, keys): re-render the overlays, announce keyboard moves. */
  #interactionChanged(): void {
    const { active, pending } = this.#interaction;
    const { model, stats, hidden } = this.#bars;
    if (model && stats && active?.keyboard) {
      this.#announcement = announcement(model, stats, hidden, active.bar, active.action, pending, this.#textContext());
    }
    this.requestUpdate();
  }

  async #clearRange(): Promise<void> {
    if (!this.#selecting.clear()) return;
    await this.updateComplete;
    this.renderRoot.querySelector('canvas')?.focus();
  }

  /** The user chose a range in the toolbar: its answer's summary is said in the live region. */
  #setRange = (range: RangePreset, from?: string, to?: string): void => {
    if (applyRange(this, this.#bars.model, range, from, to)) this.#sayAnswer = true;
  };

  override render() {
    if (!this.buckets && !this.effectiveClient) {
      this.setViewState('no-client');
      return this.renderNoClient();
    }
    const { model, stats, hidden } = this.#bars;
    const error = (this.buckets ? this.#bars.invalid : this.#task.status === TaskStatus.COMPLETE ? this.#bars.badAnswer : undefined) ?? this.#chart.loadError ?? (this.#task.status === TaskStatus.ERROR && !isAbortError(this.#task.error) ? this.#task.error : undefined);
    const state = error ? 'error' : !model || !stats ? 'loading' : stats.actionTotals.every((n) => n === 0) ? 'empty' : 'ready';
    this.setViewState(state);
    const c = this.#textContext();
    const ready = state === 'ready' && model && stats ? { model, stats } : undefined;
    const refreshing = state !== 'loading' && this.#task.status === TaskStatus.PENDING;
    const bucketLabel = model ? c.t.bars(formatDuration(model.bucketMs, c.lang), formatDuration(model.sourceBucketMs, c.lang), model.bucketMs === model.sourceBucketMs) : '';
    const zoneName = zoneLabel(c.lang, c.zone);
    return html`<div part="base">
      ${this.buckets
        ? nothing
        : renderToolbar({ c, range: this.range, window: inputWindow(this, this.#request.window), bucketLabel, cutFrom: this.#bars.cutFrom, refreshing, zoneName, setRange: this.#setRange })}
      ${renderSelectionBar(this.store.filter, c, () => void this.#clearRange())}
      ${state === 'error' ? this.renderError(error, () => this.reload()) : nothing}
      ${state === 'loading' ? this.renderLoading() : nothing}
      ${state === 'empty' ? this.renderEmpty(c.t.noEvents) : nothing}
      ${ready ? html`<p part="summary" id="summary">${guard([this.#bars.statsKey, c.lang, c.zone, this.i18n], () => summaryOf(ready.model, ready.stats, hidden, c))}</p>` : nothing}
      ${ready && this.buckets ? html`<p part="bucket-label">${bucketLabel}</p>` : nothing}
      <div part="plot" class="plot" ?hidden=${!ready} aria-busy=${refreshing ? 'true' : 'false'}>
        ${renderCanvas(this.#interaction, c.t)}
        ${ready && this.#chart.view
          ? renderOverlays({ view: this.#chart.view, ...ready, hidden, active: this.#interaction.active, pending: this.#interaction.pending, selection: selectionOf(this.store.filter), marked: this.#marked(), colorOf: (a) => colorExpression(a, this.#bars.model!.actions), c })
          : nothing}
      </div>
      ${ready ? html`<p part="keyboard-hint" aria-hidden="true">${c.t.keyboardHint}</p>` : nothing}
      <p id="keyboard-help" hidden>${c.t.keyboardHelp}</p>
      ${ready
        ? renderLegend(
            ready.model.actions.map((action, a) => ({ action, color: colorExpression(action, ready.model.actions), total: ready.stats.actionTotals[a]!, visible: !hidden.has(action) })),
            c,
            (action) => (this.hiddenActions = this.#bars.hidden.has(action) ? this.hiddenActions.filter((a) => a !== action) : [...this.hiddenActions, action]),
          )
        : nothing}
      ${ready ? guard([ready.model.bucketMs, c.lang, c.zone, this.i18n], () => renderTableFrame(ready.model, c, zoneName)) : nothing}
      ${ready ? guard([this.#bars.statsKey, c.lang, this.i18n], () => renderActionTable(ready.model, ready.stats, c)) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
    </div>`;
  }
}
