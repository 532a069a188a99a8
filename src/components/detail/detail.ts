import { Task, TaskStatus } from '@lit/task';
import { type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { EvDataElement } from '../../base/ev-data-element.js';
import { isGone } from '../../client/errors.js';
import type { EventRecord, EventsClient } from '../../client/types.js';
import { LiveText } from '../../controllers/live-text.js';
import { cachedEvent, fetchEvent } from '../../controllers/selected-event.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { jsonDiffStrings } from '../json-diff/json-diff.strings.js';
import { jsonStyles } from '../json-diff/json-diff.styles.js';
import { ViewState } from '../json-diff/view-state.js';
import { VersionCompare, type CompareHost } from './compare.js';
import { renderEventCard, renderNotFound } from './detail-card.js';
import { detailStrings } from './detail.strings.js';
import { detailStyles } from './detail.styles.js';
import { wellFormed } from './event-data.js';
import { FocusKeeper } from './focus-keeper.js';
import { copyText, downloadText } from './raw-json.js';
import { TextDiffs } from './text-diffs.js';

/**
 * The status region says every copy: the same words again (a second copy within 4 s) would leave
 * it unchanged and screen readers silent, so it is emptied first and the words come back 100 ms
 * later; it empties itself 4 s after.
 */
const COPY_STATUS = { gapMs: 100, clearAfterMs: 4000 };

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
 * @csspart invisible-mark - A character of a username (and the "on behalf of" / "authenticated as" badges, a user's e-mail and pk), custom or unknown action label (header), event ID, app, client IP, place, network, brand, object (name, app, model name, pk), scope or list chip, text field, multi-line text (message, body, reason, policy expression), link text or HTTP request method and path that draws nothing, shown as its code point (`⟨U+200B⟩`), or a name or value with nothing visible ("(invisible name: U+200B)", "(invisible value: U+200B)"); in a string value or field name of the Changes table (also in the values and keys of its nested diffs) and in the values and keys of the context trees, as its JSON escape (`\u202E`).
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

  /** `aria-level` of the section headings, to fit the page's outline (1 or more; anything else gives 3, a fraction is rounded down). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Drops the card chrome (border, background), e.g. inside an expanded table row. */
  @property({ type: Boolean, reflect: true }) embedded = false;

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
  /** The status region's words (a copy's outcome). */
  #status = new LiveText(() => this.requestUpdate(), COPY_STATUS);

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
    this.#status.cancel();
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

  /** `heading-level` as a valid `aria-level` (0, NaN or a fraction would be an invalid one). */
  get #headingLevel(): number {
    const level = Math.floor(this.headingLevel);
    return Number.isFinite(level) && level >= 1 ? level : 3;
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

  #copy = async (text: string): Promise<void> => {
    const ok = await copyText(text, this.renderRoot as ShadowRoot);
    this.#status.say(ok ? this.i18n.common.copied : this.i18n.detail.copyFailed);
  };

  protected override render() {
    const view = this.viewState;
    if (view === 'empty') return this.renderEmpty(this.i18n.detail.noEvent);
    if (view === 'no-client') return this.renderNoClient();
    if (view === 'error') return this.renderError(this.#load.error, () => void this.#load.run());
    if (view === 'not-found') return renderNotFound(this.i18n);
    // While loading: the previous event for a moment (busy), then the loading view.
    const event = this.#shown;
    if (!event) return this.renderLoading();
    return renderEventCard(wellFormed(event), event, view === 'loading', {
      i18n: this.i18n,
      lang: this.effectiveLang,
      timeZone: this.store.timeZone,
      dir: this.effectiveDir,
      theme: this.theme,
      strings: this.strings,
      headingLevel: this.#headingLevel,
      view: this.#view,
      compare: this.#compare,
      textDiffs: this.#textDiffs,
      hasClient: Boolean(this.effectiveClient),
      status: this.#status.text,
      copy: this.#copy,
      download: (text, fileName) => downloadText(text, fileName, this.renderRoot as ShadowRoot),
      renderLoading: () => this.renderLoading(),
      renderError: (error, retry) => this.renderError(error, retry),
    });
  }
}
