import { Task, TaskStatus } from '@lit/task';
import { type PropertyValues, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { EvDataElement } from '../../base/ev-data-element.js';
import { isGone } from '../../client/errors.js';
import type { EventRecord, EventsClient } from '../../client/types.js';
import { cachedEvent, fetchEvent } from '../../controllers/selected-event.js';
import { isJsonObject } from '../../diff/equal.js';
import { actionColorVar, actionLabel } from '../../format/actions.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { jsonDiffStrings } from '../json-diff/json-diff.strings.js';
import { jsonStyles } from '../json-diff/json-diff.styles.js';
import { renderChildren } from '../json-diff/json-tree.js';
import { ViewState } from '../json-diff/view-state.js';
import { renderChanges } from './changes-view.js';
import { eventModel, renderCompare, VersionCompare, type CompareHost } from './compare.js';
import { detailStrings } from './detail.strings.js';
import { detailStyles } from './detail.styles.js';
import { changesOf, exceptionOf, wellFormed } from './event-data.js';
import { copyText, downloadText, jsonFileName, renderRawJson } from './raw-json.js';
import { renderActionSection } from './sections.js';
import { renderSummary } from './summary.js';
import { TextDiffs } from './text-diffs.js';
import { FocusKeeper } from './focus-keeper.js';
import { renderTraceback } from './traceback-view.js';
import { clip } from '../../format/clip.js';
import { type RenderContext } from './values.js';

/** How long the status region stays empty before a repeated announcement (see `#announce`). */
const ANNOUNCE_GAP_MS = 100;

/**
 * How long the previous event stays on screen (marked busy) while the next one loads, before the
 * loading view replaces it: a quick load swaps the content in place, without a "Loading…" flash
 * that would drop the focus and collapse a drawer around the card.
 */
const LOADING_DELAY_MS = 400;

/**
 * The detail of one audit event: a summary (when, who — and on whose behalf — from where, which
 * app, brand and request), a section per action of authentik's catalogue, the model change as a
 * real diff (Field | Previous | New, values exact, nested values diffed structurally, m2m as
 * Added / Removed / Cleared), readable tracebacks, "Compare versions" of the same object, a
 * collapsible JSON tree of the context and the raw JSON with copy and download.
 *
 * Give it an event (`.event`, no request is made), or an `event-id` and a client (the
 * surrounding `<ev-source>` or `.client`), or `follow-selection` to show the store's selected
 * event. An event it loads shares its request with the other elements resolving the same
 * selection (the chart's bar, the map's point). Large contexts render incrementally: everything
 * big starts collapsed.
 *
 * Switching to an event loaded a moment ago (one of the last few per client) shows it at once.
 * While another loads, the previous event stays on screen for a moment, marked `aria-busy`
 * (the element is `:state(loading)` meanwhile, never `:state(ready)`), and the loading view
 * replaces it only when the load takes longer: the focus stays where it was, or moves to what
 * replaced it (the loading view, then the event's card, named by its action), never to the page.
 *
 * An event the server answers 404 (or 410) for shows "This event no longer exists" instead of
 * the error view: no Retry (asking again cannot help), announced as an alert, and reflected as
 * `:state(not-found)`. It still fires `ev-error` (the load failed; `detail.error.status` is 404),
 * so a page can close its drawer or drop a stale `?event=` link. Every other failure shows the
 * error view with Retry (`:state(error)`).
 *
 * Strings in the data are cut at 2,000 characters (ending in "…") and lists at 100 chips, so no one
 * field can stall the page; the copy buttons, the Context tree and the raw JSON keep the whole value.
 * @tagname ev-detail
 * @summary Event detail with a structural change diff and readable exceptions.
 *
 * @fires {EvErrorEvent} ev-error - Loading the event or its versions failed, including a 404 for a deleted or expired event (never for aborted requests).
 *
 * @csspart base - The card around everything.
 * @csspart header - Action and event id.
 * @csspart action - The action label with its colour dot.
 * @csspart event-id - The event id with its copy button.
 * @csspart copy-button - Every copy button (id, traceback, JSON).
 * @csspart download-button - The JSON download button.
 * @csspart section - Every section; also `section-summary`, `section-error`, `section-changes`, `section-compare`, `section-details`, `section-context`, `section-raw`.
 * @csspart heading - Every section heading.
 * @csspart summary - The summary field list.
 * @csspart field - One label / value pair; `field-label`, `field-value` inside it.
 * @csspart field-label - A field's label.
 * @csspart field-value - A field's value.
 * @csspart action-fields - The per-action field list.
 * @csspart other-context - Context keys the action section does not name.
 * @csspart changes-table - The Field | Previous | New table.
 * @csspart changes-row - A row of it; `changes-field`, `changes-previous`, `changes-new` are its cells.
 * @csspart changes-field - The field name cell.
 * @csspart changes-previous - A previous value cell.
 * @csspart changes-new - A new value cell.
 * @csspart changes-computing - "Comparing…" in a row whose long text diff is still being computed (both values are shown meanwhile).
 * @csspart m2m-added - Added relations.
 * @csspart m2m-removed - Removed relations.
 * @csspart m2m-cleared - The "cleared" note.
 * @csspart exception - The traceback view.
 * @csspart error-line - The final error line; `error-type` and `error-message` inside it.
 * @csspart error-type - The exception class.
 * @csspart error-message - The exception message.
 * @csspart frames-toggle - Folds the frame list.
 * @csspart frames - The frame list.
 * @csspart frame - One frame; `frame-file`, `frame-function`, `frame-code` inside it.
 * @csspart frame-file - A frame's file.
 * @csspart frame-function - A frame's function.
 * @csspart frame-code - A frame's source line(s).
 * @csspart library-frames - A folded run of library frames.
 * @csspart cause - An earlier exception of a chain.
 * @csspart compare-button - Opens "Compare versions".
 * @csspart compare - The version pickers and diff.
 * @csspart compare-select - A version picker.
 * @csspart compare-diff - The <ev-json-diff> of two versions.
 * @csspart disclosure - The Context / Raw JSON toggles.
 * @csspart raw-json - The raw JSON text.
 * @csspart status - The live region announcing copies.
 * @csspart toggle - A tree toggle.
 * @csspart more-button - "Show more" buttons.
 * @csspart key - A key in a JSON tree.
 * @csspart value - A value in a JSON tree (`value-string`, `value-number`, … as in <ev-json-diff>).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart empty - The empty (no event) and no-client states.
 * @csspart not-found - The state of an event the server no longer has (404 / 410).
 *
 * @cssprop --ev-detail-bg - Background of the card.
 * @cssprop --ev-detail-border-color - Border of the card.
 * @cssprop --ev-json-added-bg - Background of new values and inserted text.
 * @cssprop --ev-json-removed-bg - Background of previous values and deleted text.
 */
export class EvDetail extends EvDataElement implements CompareHost {
  static override styles = [EvDataElement.styles, stateStyles, controlStyles, jsonStyles, detailStyles];

  /** English strings of the `detail` and `jsonDiff` namespaces; override with `.strings` or `setTranslation`. */
  static readonly defaultStrings = { detail: detailStrings, jsonDiff: jsonDiffStrings };

  /** The event to show. When set, no request is made. */
  @property({ attribute: false }) event?: EventRecord;

  /** The pk of an event to load with the client (ignored while `.event` is set). */
  @property({ attribute: 'event-id', reflect: true }) eventId?: string;

  /** Shows the shared store's selected event (e.g. the row picked in an `<ev-log>`) when no `event-id` is set. */
  @property({ type: Boolean, reflect: true, attribute: 'follow-selection' }) followSelection = false;

  /** `aria-level` of the section headings, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Drops the card chrome (border, background), e.g. inside an expanded table row. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  @state() private copyStatus = '';

  constructor() {
    super();
    new FocusKeeper(this); // focus in content an update removes moves to what replaced it
  }

  #view = new ViewState(this);
  #compare = new VersionCompare(this);
  #textDiffs = new TextDiffs(this);
  /** The event on screen: the shown one, or the previous one kept while the next loads. */
  #shown?: EventRecord;
  /** The last event shown as ready, kept on screen (busy) while the next one loads briefly. */
  #previous?: EventRecord;
  #previousTimer?: ReturnType<typeof setTimeout>;
  #statusTimer?: ReturnType<typeof setTimeout>;

  #load = new Task(this, {
    args: () => [this.event ? undefined : this.#wantedId, this.event ? undefined : this.effectiveClient] as [string | undefined, EventsClient | undefined],
    task: async ([id, client], { signal }) => {
      if (!id || !client) return undefined;
      try {
        // Shared with the other elements resolving the same event (the chart's and map's selection).
        return await fetchEvent(client, id, signal);
      } catch (error) {
        this.reportError(error, 'getEvent');
        throw error;
      }
    },
  });

  get #wantedId(): string | undefined {
    return this.eventId || (this.followSelection ? (this.store.selection ?? undefined) : undefined);
  }

  /** The event on screen (handed in or loaded). */
  get shownEvent(): EventRecord | undefined {
    if (this.event) return this.event;
    if (this.#load.status === TaskStatus.COMPLETE) return this.#load.value;
    // Loaded a moment ago (the load in flight resolves with this very event): no loading step.
    const id = this.#wantedId;
    const client = this.effectiveClient;
    return this.#load.status === TaskStatus.PENDING && id && client ? cachedEvent(client, id) : undefined;
  }

  /** @internal The client "Compare versions" uses. */
  get compareClient(): EventsClient | undefined {
    return this.effectiveClient;
  }

  /** @internal The event "Compare versions" starts from. */
  get compareEvent(): EventRecord | undefined {
    return this.#shown;
  }

  /** @internal Reports a failed version request as `ev-error`. */
  onCompareError(error: unknown): void {
    this.reportError(error, 'listEvents');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#statusTimer);
    this.#endPrevious();
  }

  /** Also waits for long text diffs of the change table, computed after the first render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let running = this.#textDiffs.settled; running; running = this.#textDiffs.settled) {
      await running;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // In update, not willUpdate: the load task starts in its hostUpdate (between the two), and the
  // state must reflect a load that has just started, not the one it replaces.
  protected override update(changed: PropertyValues<this>): void {
    const view = this.#viewState();
    if (view === 'ready') {
      this.#previous = this.shownEvent;
      this.#endPrevious();
    } else if (view !== 'loading') {
      this.#previous = undefined;
      this.#endPrevious();
    } else if (this.#previous && this.#previousTimer === undefined && this.isConnected) {
      this.#previousTimer = setTimeout(() => {
        this.#previous = undefined;
        this.requestUpdate();
      }, LOADING_DELAY_MS);
    }
    const shown = view === 'ready' ? this.shownEvent : view === 'loading' ? this.#previous : undefined;
    if (shown !== this.#shown) {
      this.#shown = shown;
      this.#view.reset();
      this.#compare.reset();
      this.#textDiffs.reset();
    }
    this.setViewState(view);
    super.update(changed);
  }

  #endPrevious(): void {
    clearTimeout(this.#previousTimer);
    this.#previousTimer = undefined;
  }

  #viewState() {
    if (this.event) return 'ready' as const;
    if (!this.#wantedId) return 'empty' as const;
    if (!this.effectiveClient) return 'no-client' as const;
    if (this.#load.status === TaskStatus.ERROR) return isGone(this.#load.error) ? ('not-found' as const) : ('error' as const);
    return this.#load.status === TaskStatus.COMPLETE || this.shownEvent ? ('ready' as const) : ('loading' as const);
  }

  /**
   * Says `message` in the status region. The same words again (a second copy within 4 s) would
   * leave the live region unchanged, and screen readers say nothing: it is emptied first, and
   * the words come back a moment later, so every copy is announced.
   */
  #announce(message: string): void {
    clearTimeout(this.#statusTimer);
    const show = () => {
      this.copyStatus = message;
      this.#statusTimer = setTimeout(() => (this.copyStatus = ''), 4000);
    };
    if (!this.copyStatus) return show();
    this.copyStatus = '';
    this.#statusTimer = setTimeout(show, ANNOUNCE_GAP_MS);
  }

  #copy = async (text: string): Promise<void> => {
    const ok = await copyText(text, this.renderRoot as ShadowRoot);
    this.#announce(ok ? this.i18n.common.copied : this.i18n.detail.copyFailed);
  };

  #heading(id: string, text: string): TemplateResult {
    return html`<div class="heading" part="heading" role="heading" aria-level=${String(this.headingLevel)} id=${id}>${text}</div>`;
  }

  #disclosure(path: string, label: string, content: () => TemplateResult): TemplateResult {
    const open = this.#view.isOpen(path);
    return html`<button type="button" class="disclosure" part="disclosure" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.#view.toggle(path)}>
        <span class="chevron" aria-hidden="true"></span>${label}
      </button>
      ${open ? content() : nothing}`;
  }

  protected override render() {
    const view = this.viewState;
    if (view === 'empty') return this.renderEmpty(this.i18n.detail.noEvent);
    if (view === 'no-client') return this.renderNoClient();
    if (view === 'error') return this.renderError(this.#load.error, () => void this.#load.run());
    if (view === 'not-found') return this.#renderNotFound();
    // While loading: the previous event for a moment (busy), then the loading view.
    const event = this.#shown;
    if (!event) return this.renderLoading();
    return this.#renderEvent(wellFormed(event), event, view === 'loading');
  }

  /** A deleted or expired event: said plainly, announced, and no Retry (asking again cannot help). */
  #renderNotFound(): TemplateResult {
    const d = this.i18n.detail;
    return html`<div part="not-found" class="ev-state ev-not-found" role="alert">
      <p class="not-found-title">${d.notFound}</p>
      <p>${d.notFoundDetail}</p>
    </div>`;
  }

  /**
   * `event` is well formed; `original` is what was handed in or loaded (shown as raw JSON); `busy`
   * while it is the previous event, kept on screen as the next one loads.
   */
  #renderEvent(event: EventRecord, original: EventRecord, busy: boolean): TemplateResult {
    const d = this.i18n.detail;
    const ctx: RenderContext = { d, j: this.i18n.jsonDiff, state: this.#view, dir: this.effectiveDir, theme: this.theme, strings: this.strings };
    const lang = this.effectiveLang;
    const timeZone = this.store.timeZone;
    const label = clip(actionLabel(event.action, this.i18n));
    const context = isJsonObject(event.context) ? event.context : {};
    const changes = changesOf(event);
    const exception = exceptionOf(event);
    const elsewhere = new Set<string>();
    if (exception) elsewhere.add(exception.key);
    if (changes.mode !== 'none') elsewhere.add(changes.mode === 'deleted' ? 'model_state' : 'diff');
    const details = renderActionSection(event, ctx, { shownElsewhere: elsewhere });
    const changesTitle = changes.mode === 'created' ? d.createdWith : changes.mode === 'deleted' ? d.stateWhenDeleted : d.changes;
    const canCompare = Boolean(this.effectiveClient && eventModel(event));
    // Sections are not named regions: a page with several details (expanded log rows) would
    // repeat "Summary", "Details" … as landmarks (axe landmark-unique); the headings give the structure.
    return html`<article class="base" part="base" aria-label=${d.label(label)} aria-busy=${busy ? 'true' : 'false'}>
      <header part="header">
        <p class="action" part="action" style=${styleMap({ '--action-color': actionColorVar(event.action) })}>
          <span class="dot" aria-hidden="true"></span><bdi>${label}</bdi>
        </p>
        <span class="id" part="event-id"
          >${d.eventId} <code><bdi>${clip(event.pk)}</bdi></code>
          <button type="button" part="copy-button" aria-label=${d.copyId} @click=${() => this.#copy(String(event.pk))}>${this.i18n.common.copy}</button></span
        >
        <span class="status" part="status" role="status" aria-live="polite">${this.copyStatus}</span>
      </header>
      <section part="section section-summary">
        ${this.#heading('h-summary', d.summary)} ${renderSummary(event, { ...ctx, lang, timeZone })}
      </section>
      ${exception
        ? html`<section part="section section-error">
            ${this.#heading('h-error', d.error)} ${renderTraceback(exception.parsed, exception.text, { d, state: this.#view, copy: this.#copy })}
          </section>`
        : nothing}
      ${changes.mode !== 'none'
        ? html`<section part="section section-changes">
            ${this.#heading('h-changes', changesTitle)} ${renderChanges(changes, ctx, 'h-changes', this.#textDiffs)}
          </section>`
        : nothing}
      ${canCompare
        ? html`<section part="section section-compare">
            ${this.#heading('h-compare', d.compare)}
            ${renderCompare(this.#compare, {
              d,
              theme: this.theme,
              strings: this.strings,
              lang,
              timeZone,
              thisPk: event.pk,
              renderLoading: () => this.renderLoading(),
              renderError: (error, retry) => this.renderError(error, retry),
            })}
          </section>`
        : nothing}
      ${details === nothing
        ? nothing
        : html`<section part="section section-details">${this.#heading('h-details', d.details)} ${details}</section>`}
      <section part="section section-context">
        ${this.#disclosure('/section/context', d.context, () =>
          Object.keys(context).length
            ? renderChildren(context, '/context', { state: this.#view, t: ctx.j, dir: ctx.dir, openDepth: 0 })
            : html`<p class="muted">${d.emptyContext}</p>`,
        )}
      </section>
      <section part="section section-raw">
        ${this.#disclosure('/section/raw', d.rawJson, () =>
          renderRawJson(original, {
            d,
            j: ctx.j,
            state: this.#view,
            copy: this.#copy,
            download: (text) => downloadText(text, jsonFileName(event), this.renderRoot as ShadowRoot),
          }),
        )}
      </section>
    </article>`;
  }
}
