/**
 * The card `<ev-detail>` shows for one event: header (action, id with copy, the status region),
 * summary, exception, model changes, "Compare versions", the action's section, the context tree
 * and the raw JSON; and the "no longer exists" state. Private to `<ev-detail>`: the element owns
 * the state (loading, open disclosures, compare, text diffs) and hands it in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { EventRecord } from '../../client/types.js';
import { isJsonObject } from '../../diff/equal.js';
import { shownActionParts, shownActionText } from '../../format/action-parts.js';
import { actionColorVar } from '../../format/actions.js';
import { MAX_TEXT, clip } from '../../format/clip.js';
import { shownName } from '../../format/invisible.js';
import { nameView } from '../../base/name-view.js';
import type { DeepPartial, Translation } from '../../i18n/translation.js';
import { renderChildren } from '../json-diff/json-tree.js';
import type { ViewState } from '../json-diff/view-state.js';
import { renderChanges } from './changes-view.js';
import { eventModel, renderCompare, type VersionCompare } from './compare.js';
import { changesOf, exceptionOf } from './event-data.js';
import { jsonFileName, renderRawJson } from './raw-json.js';
import { renderActionSection } from './sections.js';
import { renderSummary } from './summary.js';
import type { TextDiffs } from './text-diffs.js';
import { renderTraceback } from './traceback-view.js';
import type { RenderContext } from './values.js';

/** What the card needs from `<ev-detail>`. */
export interface CardHost {
  i18n: Translation;
  lang: string;
  timeZone: string;
  dir: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
  strings?: DeepPartial<Translation>;
  /** `aria-level` of the section headings. */
  headingLevel: number;
  /** Open disclosures and tree nodes. */
  view: ViewState;
  compare: VersionCompare;
  textDiffs: TextDiffs;
  /** Whether versions can be asked for (a client is there). */
  hasClient: boolean;
  /** What the status region says (a copy's outcome). */
  status: string;
  copy: (text: string) => Promise<void>;
  download: (text: string, fileName: string) => void;
  renderLoading: () => TemplateResult;
  renderError: (error: unknown, retry: () => void) => TemplateResult;
}

/** The longest action in the card's name, said whenever focus enters the card (the log's panel label is cut the same). */
const NAME_MAX = 300;

function heading(host: CardHost, id: string, text: string): TemplateResult {
  return html`<div class="heading" part="heading" role="heading" aria-level=${String(host.headingLevel)} id=${id}>${text}</div>`;
}

function disclosure(host: CardHost, path: string, label: string, content: () => TemplateResult): TemplateResult {
  const open = host.view.isOpen(path);
  return html`<button type="button" class="disclosure" part="disclosure" aria-expanded=${open ? 'true' : 'false'} @click=${() => host.view.toggle(path)}>
      <span class="chevron" aria-hidden="true"></span>${label}
    </button>
    ${open ? content() : nothing}`;
}

/** A deleted or expired event: said plainly, announced, and no Retry (asking again cannot help). */
export function renderNotFound(t: Translation): TemplateResult {
  const d = t.detail;
  return html`<div part="not-found" class="ev-state ev-not-found" role="alert">
    <p class="not-found-title">${d.notFound}</p>
    <p>${d.notFoundDetail}</p>
  </div>`;
}

/**
 * `event` is well formed; `original` is what was handed in or loaded (shown as raw JSON); `busy`
 * while it is the previous event, kept on screen as the next one loads.
 */
export function renderEventCard(event: EventRecord, original: EventRecord, busy: boolean, host: CardHost): TemplateResult {
  const d = host.i18n.detail;
  const ctx: RenderContext = { d, j: host.i18n.jsonDiff, state: host.view, dir: host.dir, theme: host.theme, strings: host.strings };
  const { lang, timeZone } = host;
  // A custom or unknown action is event data: its marks shown (`shownActionParts`), as text in the card's name.
  const shown = (max: number) => ({ invisibleName: d.invisibleName, max });
  const label = shownActionParts(event.action, host.i18n, shown(MAX_TEXT));
  const context = isJsonObject(event.context) ? event.context : {};
  const changes = changesOf(event);
  const exception = exceptionOf(event);
  const elsewhere = new Set<string>();
  if (exception) elsewhere.add(exception.key);
  if (changes.mode !== 'none') elsewhere.add(changes.mode === 'deleted' ? 'model_state' : 'diff');
  const details = renderActionSection(event, ctx, { shownElsewhere: elsewhere });
  const changesTitle = changes.mode === 'created' ? d.createdWith : changes.mode === 'deleted' ? d.stateWhenDeleted : d.changes;
  const canCompare = Boolean(host.hasClient && eventModel(event));
  // Sections are not named regions: a page with several details (expanded log rows) would
  // repeat "Summary", "Details" … as landmarks (axe landmark-unique); the headings give the structure.
  return html`<article class="base" part="base" aria-label=${d.label(shownActionText(event.action, host.i18n, shown(NAME_MAX)))} aria-busy=${busy ? 'true' : 'false'}>
    <header part="header">
      <p class="action" part="action" style=${styleMap({ '--action-color': actionColorVar(event.action) })}>
        <span class="dot" aria-hidden="true"></span><bdi>${nameView(label)}</bdi>
      </p>
      <span class="id" part="event-id"
        >${d.eventId} <code><bdi>${nameView(shownName(clip(event.pk), d.invisibleName))}</bdi></code>
        <button type="button" part="copy-button" aria-label=${d.copyId} @click=${() => host.copy(String(event.pk))}>${host.i18n.common.copy}</button></span
      >
      <span class="status" part="status" role="status" aria-live="polite">${host.status}</span>
    </header>
    <section part="section section-summary">
      ${heading(host, 'h-summary', d.summary)} ${renderSummary(event, { ...ctx, lang, timeZone })}
    </section>
    ${exception
      ? html`<section part="section section-error">
          ${heading(host, 'h-error', d.error)} ${renderTraceback(exception.parsed, exception.text, { d, state: host.view, copy: host.copy })}
        </section>`
      : nothing}
    ${changes.mode !== 'none'
      ? html`<section part="section section-changes">
          ${heading(host, 'h-changes', changesTitle)} ${renderChanges(changes, ctx, 'h-changes', host.textDiffs)}
        </section>`
      : nothing}
    ${canCompare
      ? html`<section part="section section-compare">
          ${heading(host, 'h-compare', d.compare)}
          ${renderCompare(host.compare, {
            d,
            theme: host.theme,
            strings: host.strings,
            lang,
            timeZone,
            thisPk: event.pk,
            renderLoading: host.renderLoading,
            renderError: host.renderError,
          })}
        </section>`
      : nothing}
    ${details === nothing ? nothing : html`<section part="section section-details">${heading(host, 'h-details', d.details)} ${details}</section>`}
    <section part="section section-context">
      ${disclosure(host, '/section/context', d.context, () =>
        Object.keys(context).length
          ? renderChildren(context, '/context', { state: host.view, t: ctx.j, dir: ctx.dir, openDepth: 0 })
          : html`<p class="muted">${d.emptyContext}</p>`,
      )}
    </section>
    <section part="section section-raw">
      ${disclosure(host, '/section/raw', d.rawJson, () =>
        renderRawJson(original, {
          d,
          j: ctx.j,
          state: host.view,
          copy: host.copy,
          download: (text) => host.download(text, jsonFileName(event)),
        }),
      )}
    </section>
  </article>`;
}
