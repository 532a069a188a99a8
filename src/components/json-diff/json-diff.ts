import { type PropertyValues, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EvElement } from '../../base/ev-element.js';
import { nextTask } from '../../client/next-task.js';
import type { JsonValue } from '../../client/types.js';
import { DEFAULT_KEYS, diffJsonAsync, diffJsonStart } from '../../diff/diff.js';
import { ValueCounter } from '../../diff/equal.js';
import type { DiffNode } from '../../diff/types.js';
import { inLayer } from '../../styles/layer.js';
import { controlStyles, stateStyles } from '../../styles/shared.styles.js';
import { t } from '../../styles/token.js';
import { DeeperDiffs } from './deeper.js';
import { flattenDiff } from './diff-rows.js';
import { renderInline, renderRootNotes, renderSideBySide } from './diff-view.js';
import { jsonDiffStrings } from './json-diff.strings.js';
import { diffStyles, jsonStyles } from './json-diff.styles.js';
import { ViewState } from './view-state.js';

export type JsonDiffMode = 'inline' | 'side-by-side';

/** An element's place in a render: its `part` and its position among elements of that part. */
interface FocusPlace {
  part: string;
  index: number;
}

function placeOf(root: ShadowRoot, element: Element): FocusPlace {
  const part = element.getAttribute('part') ?? '';
  const index = [...root.querySelectorAll('[part]')].filter((e) => e.getAttribute('part') === part).indexOf(element);
  return { part, index: Math.max(index, 0) };
}

/** Focuses `element`, making it focusable by script first when it is not (a status paragraph). */
function focusOn(element: HTMLElement): void {
  if (!element.matches('button, [href], input, select, textarea, [tabindex]')) element.tabIndex = -1;
  element.focus();
}

/** Inputs with at least this many values (both sides together) are diffed in slices after the first render. */
const LARGE = 20_000;

/** Milliseconds of text diffing a render may spend; longer text diffs go on in slices after it. */
const FIRST_TEXT_MS = 12;

/**
 * A structural diff of any two JSON values: nested objects key by key; arrays matched by `pk` /
 * `id` / `uuid` when every item has one (reordering shown as moves), otherwise by content; long
 * strings by word or character. Unchanged parts are collapsed ("N unchanged entries") until
 * opened or `show-unchanged` is set. Inline or side-by-side. Values are shown exactly: `false`,
 * `0`, `""`, `null`, `[]` and `{}` are all distinct.
 *
 * Handles any size: the engine is linear on equal parts and bounded on very different lists
 * (an approximate match is labelled as such), and only the visible rows are rendered. Values of
 * 20,000+ nodes, and text diffs of long strings that take more than a few milliseconds, are
 * computed after the first render in slices (the page stays responsive), showing "Comparing…".
 * Containers nested deeper than 64 levels are shown as one replaced value saying where they first
 * differ, with "Compare from here" to diff them from that point (64 more levels per press).
 *
 * @tagname ev-json-diff
 * @summary Structural diff of two JSON values, inline or side by side.
 *
 * @csspart toolbar - The bar with the change count, layout switch and "show all".
 * @csspart summary - The change count (a live region: new values say their count).
 * @csspart layout-button - The inline / side-by-side buttons.
 * @csspart show-all-button - The "show all" / "show changes only" button.
 * @csspart rows - The list (inline) or table (side by side) of rows.
 * @csspart row - Every row; also `row-added`, `row-removed`, `row-replace`, `row-text`, `row-moved`, `row-same`, `row-container`, `row-unchanged`, `row-more`.
 * @csspart column-header - The Previous / New headings (side by side).
 * @csspart key - An object key or array index.
 * @csspart value - Every value; also `value-string`, `value-number`, `value-boolean`, `value-null`, `value-container`, `value-masked`.
 * @csspart old-value - The previous value of a replaced scalar (inline).
 * @csspart new-value - The new value of a replaced scalar (inline).
 * @csspart deleted-text - A deleted run inside a text diff.
 * @csspart inserted-text - An inserted run inside a text diff.
 * @csspart invisible-mark - A character of a string value, an object key (`is_\u200Bsuperuser`) or the "First difference" note that draws nothing (a zero-width space, a bidi override or isolate), shown as its JSON escape (`\u202E`) in a dotted box, so the value reads as the JSON it is and no override turns the line around.
 * @csspart moved - The "moved from [i] to [j]" note.
 * @csspart approximate - The note on an approximate list match.
 * @csspart deep-difference - On a row replaced whole at the depth limit (64 levels): where below it the values first differ.
 * @csspart deeper-button - "Compare from here" on such a row: diffs it with a fresh depth limit, every change below it shown.
 * @csspart change-count - The change count of a container or of a moved, changed list item.
 * @csspart toggle - A button that opens or closes a container.
 * @csspart unchanged-button - A collapsed run of unchanged entries.
 * @csspart more-button - "Show more" / "Show all N characters".
 * @csspart tree-node - A container inside a value tree.
 * @csspart tree-leaf - A scalar inside a value tree.
 * @csspart tree-children - The children of an open tree node.
 * @csspart badge - The "masked" badge.
 * @csspart empty - The "No differences." message.
 * @csspart loading - Shown while a large diff or a long text diff is computed (after the first render, in slices of their own).
 *
 * @cssprop --ev-json-diff-bg - Background when a `theme` is forced (otherwise transparent).
 * @cssprop --ev-json-added-bg - Background of added rows and inserted text.
 * @cssprop --ev-json-added-color - Colour of inserted text.
 * @cssprop --ev-json-removed-bg - Background of removed rows and deleted text.
 * @cssprop --ev-json-removed-color - Colour of deleted text.
 * @cssprop --ev-json-keyword-color - Colour of `null`, `true` and `false`.
 * @cssprop --ev-json-number-color - Colour of numbers.
 */
export class EvJsonDiff extends EvElement {
  static override styles = [
    EvElement.styles,
    stateStyles,
    controlStyles,
    jsonStyles,
    diffStyles,
    inLayer(css`
      :host([theme]) {
        background: ${t('color-bg', 'json-diff-bg')};
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${t('space-2')};
        margin-block-end: ${t('space-2')};
      }
      .toolbar .summary-text {
        margin-inline-end: auto;
        color: ${t('color-text-muted')};
        font-size: ${t('font-size-sm')};
      }
      .segmented {
        display: inline-flex;
      }
      .segmented button {
        border-radius: 0;
        min-height: 1.75rem;
        font-size: ${t('font-size-sm')};
      }
      .segmented button:first-child {
        border-start-start-radius: ${t('radius-md')};
        border-end-start-radius: ${t('radius-md')};
      }
      .segmented button:last-child {
        border-start-end-radius: ${t('radius-md')};
        border-end-end-radius: ${t('radius-md')};
        margin-inline-start: -1px;
      }
      .segmented button[aria-pressed='true'] {
        background: ${t('color-surface-selected')};
        border-color: ${t('color-accent')};
      }
      .toolbar > button {
        min-height: 1.75rem;
        font-size: ${t('font-size-sm')};
      }
      .ev-state.compact {
        padding: ${t('space-2')};
        align-items: flex-start;
      }
    `),
  ];

  /** The English strings (the `jsonDiff` namespace of the translation); override with `.strings` or `setTranslation`. */
  static readonly defaultStrings = jsonDiffStrings;

  /** The earlier value. Any JSON value. */
  @property({ attribute: false }) oldValue: JsonValue | undefined;

  /** The later value. Any JSON value. */
  @property({ attribute: false }) newValue: JsonValue | undefined;

  /** `inline` (one column with +/− markers, the default; also shown for any other value) or `side-by-side` (Previous | New columns). */
  @property({ reflect: true }) mode: JsonDiffMode = 'inline';

  /** Shows unchanged entries and whole long texts instead of collapsing them. */
  @property({ type: Boolean, reflect: true, attribute: 'show-unchanged' }) showUnchanged = false;

  /** Hides the toolbar (change count, layout switch, show all). */
  @property({ type: Boolean, reflect: true, attribute: 'no-toolbar' }) noToolbar = false;

  /** Fields that identify array items, tried in order. */
  @property({ attribute: false }) keys: readonly string[] = DEFAULT_KEYS;

  /** Heading of the earlier side (default: the translation's "Previous"). */
  @property({ attribute: 'old-label' }) oldLabel?: string;

  /** Heading of the later side (default: the translation's "New"). */
  @property({ attribute: 'new-label' }) newLabel?: string;

  #diff: DiffNode | null = null;
  #view = new ViewState(this);
  /** Rows replaced at the depth limit that the user compared further ("Compare from here"). */
  #deeper = new DeeperDiffs(this, () => this.keys);
  /** Set while a large diff is being computed. */
  #pending?: Promise<void>;
  #abort?: AbortController;
  #stale = false;
  /** Where keyboard focus was in the shadow root when the values changed (see `updated`). */
  #refocus?: FocusPlace;

  /** The computed diff (null when the values are equal or not computed yet). */
  get diff(): DiffNode | null {
    return this.#diff;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('oldValue') && !changed.has('newValue') && !changed.has('keys')) return;
    const active = this.shadowRoot?.activeElement;
    // Focus on "Comparing…" stands in for the place it was on before; keep that one.
    if (active && !(this.#refocus && active.matches('[part="loading"]'))) this.#refocus = placeOf(this.shadowRoot!, active);
    this.#view.reset();
    this.#deeper.reset();
    this.#abort?.abort();
    this.#abort = undefined;
    const oldValue = this.oldValue ?? null;
    const newValue = this.newValue ?? null;
    const options = { keys: this.keys };
    // One counter for the check and the sliced diff: no wide object is listed twice to size it.
    const sizes = new ValueCounter(LARGE);
    if (sizes.count(oldValue) < LARGE && sizes.count(oldValue) + sizes.count(newValue) < LARGE) {
      const start = diffJsonStart(oldValue, newValue, { ...options, firstMs: FIRST_TEXT_MS });
      if (!start.rest) {
        this.#diff = start.diff;
        this.#pending = undefined;
        return;
      }
      // Long strings (megabyte texts, hostile edits): their text diffs go on in slices.
      this.#later((signal) => start.rest!({ signal }));
      return;
    }
    // Large inputs: render this frame without the diff, compute it in slices of a few
    // milliseconds (the page stays responsive), then render the rows in a task of their own.
    this.#later((signal) => diffJsonAsync(oldValue, newValue, { ...options, signal, sizes }));
  }

  /** Shows "Comparing…" until `compute` resolves, then the diff (rendered in a task of its own). */
  #later(compute: (signal: AbortSignal) => Promise<DiffNode | null>): void {
    this.#diff = null;
    const abort = (this.#abort = new AbortController());
    this.#pending = compute(abort.signal).then(
      async (diff) => {
        // A fresh task (not a timer: after the slices' tasks it would be clamped to 4 ms).
        await nextTask();
        if (abort.signal.aborted) return;
        this.#diff = diff;
        this.#pending = undefined;
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  /**
   * New values can replace what had keyboard focus ("Comparing…" or "No differences." instead of
   * the toolbar and rows), which would drop focus to the page. Focus then goes to that status
   * while the diff is computed, and with the result to the element in the same place as before
   * (same part, same position: the toolbar's buttons), else the first button, else the status.
   * Nothing moves when focus survived the render or the user has put it elsewhere meanwhile.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const place = this.#refocus;
    if (!place) return;
    const root = this.shadowRoot!;
    const active = root.activeElement;
    const status = root.querySelector<HTMLElement>('[part="loading"], [part="empty"]');
    const lost = !active && (!document.activeElement || document.activeElement === document.body);
    if (this.#pending) {
      if (lost && status) focusOn(status);
      else if (!active) this.#refocus = undefined;
      return;
    }
    this.#refocus = undefined;
    if (!lost) return;
    const same = [...root.querySelectorAll<HTMLElement>('[part]')].filter((e) => e.getAttribute('part') === place.part)[place.index];
    const target = same ?? root.querySelector('button') ?? status;
    if (target) focusOn(target);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#stale) {
      this.#stale = false;
      this.requestUpdate('oldValue');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A diff still running for a removed element is wasted work; it restarts if reconnected.
    if (this.#pending && this.#abort) {
      this.#abort.abort();
      this.#pending = undefined;
      this.#stale = true;
    }
  }

  /** Also waits for a large diff computed after the first render, and for "Compare from here". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let more = this.#pending ?? this.#deeper.settled; more; more = this.#pending ?? this.#deeper.settled) {
      await more;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The layout shown: `mode` when it is one we know, else the default (inline). */
  get #layout(): JsonDiffMode {
    return this.mode === 'side-by-side' ? 'side-by-side' : 'inline';
  }

  #setMode(mode: JsonDiffMode): void {
    this.mode = mode;
  }

  protected override render() {
    const s = this.i18n.jsonDiff;
    const diff = this.#diff;
    if (this.#pending) return html`<p part="loading" class="ev-state compact" role="status">${s.computing}</p>`;
    if (!diff) {
      return html`<p part="empty" class="ev-state compact" role="status">${s.noChanges}</p>`;
    }
    const deeper = this.#deeper;
    const ctx = { t: s, state: this.#view, showAll: this.showUnchanged, dir: this.effectiveDir, deeper };
    const rows = flattenDiff(diff, { state: this.#view, showAll: this.showUnchanged, deeper: (path) => { const d = deeper.get(path); return d && !d.pending ? d.diff : undefined; } });
    const labels = { before: this.oldLabel ?? s.before, after: this.newLabel ?? s.after };
    return html`<div role="group" aria-label=${s.label}>
      ${this.noToolbar
        ? nothing
        : html`<div class="toolbar" part="toolbar">
            <span class="summary-text" part="summary" role="status">${s.changes(diff.changes)}</span>
            <span class="segmented" role="group" aria-label=${s.layout}>
              <button type="button" part="layout-button" aria-pressed=${this.#layout === 'inline' ? 'true' : 'false'} @click=${() => this.#setMode('inline')}>${s.inline}</button>
              <button type="button" part="layout-button" aria-pressed=${this.#layout === 'side-by-side' ? 'true' : 'false'} @click=${() => this.#setMode('side-by-side')}>
                ${s.sideBySide}
              </button>
            </span>
            <button type="button" part="show-all-button" aria-pressed=${this.showUnchanged ? 'true' : 'false'} @click=${() => (this.showUnchanged = !this.showUnchanged)}>
              ${s.showAll}
            </button>
          </div>`}
      ${renderRootNotes(diff, s)} ${this.#layout === 'side-by-side' ? renderSideBySide(rows, ctx, labels) : renderInline(rows, ctx)}
    </div>`;
  }
}
