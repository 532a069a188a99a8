/**
 * The raw JSON of an event: serialised only when opened, shown a page of lines at a time (a
 * megabyte of text in one node would stall layout), copied and downloaded whole.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import type { ViewState } from '../json-diff/view-state.js';
import type { DetailStrings } from './detail.strings.js';

const LINES = 400;

interface Serialised {
  text: string;
  /** Number of lines. */
  lines: number;
}

const cache = new WeakMap<EventRecord, Serialised>();

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The first `count` lines of `text` (no array of every line is built). */
function firstLines(text: string, count: number): string {
  let end = -1;
  for (let n = 0; n < count; n++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

/** The event as pretty JSON (cached per event object). */
export function eventJson(event: EventRecord): Serialised {
  let entry = cache.get(event);
  if (!entry) {
    let text: string;
    try {
      text = JSON.stringify(event, null, 2);
    } catch {
      // Nesting too deep for the engine's serialiser: fall back to compact output when possible.
      try {
        text = JSON.stringify(event);
      } catch (error) {
        text = String(error);
      }
    }
    entry = { text, lines: countLines(text) };
    cache.set(event, entry);
  }
  return entry;
}

/** Copies text with the async clipboard API, else a hidden textarea in `root`. */
export async function copyText(text: string, root: ShadowRoot | Document): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const host = root instanceof ShadowRoot ? root : root.body;
  host.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Saves text as a file through a Blob URL and a temporary `<a download>`. */
export function downloadText(text: string, filename: string, root: ShadowRoot | Document, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  (root instanceof ShadowRoot ? root : root.body).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from an event pk: only letters, digits, `-` and `_` survive. */
export function jsonFileName(event: EventRecord): string {
  const id = String(event.pk).replace(/[^A-Za-z0-9_-]+/g, '').slice(0, 80) || 'event';
  return `event-${id}.json`;
}

export interface RawContext {
  d: DetailStrings;
  state: ViewState;
  copy: (text: string) => void;
  download: (text: string) => void;
}

export function renderRawJson(event: EventRecord, ctx: RawContext): TemplateResult {
  const { d, state } = ctx;
  const { text, lines } = eventJson(event);
  const limit = state.limit('/raw', LINES);
  const shown = Math.min(limit, lines);
  const left = lines - shown;
  return html`<div class="raw-actions">
      <button type="button" part="copy-button" @click=${() => ctx.copy(text)}>${d.copyJson}</button>
      <button type="button" part="download-button" @click=${() => ctx.download(text)}>${d.downloadJson}</button>
    </div>
    <pre class="raw" part="raw-json" tabindex="0" aria-label=${d.rawJson}><code>${shown === lines ? text : firstLines(text, shown)}</code></pre>
    ${left > 0
      ? html`<button
          type="button"
          class="link"
          part="more-button"
          @click=${(e: Event) => {
            // The last page removes the button: the text it extended keeps focus.
            const root = (e.currentTarget as Element).getRootNode() as ParentNode;
            state.keepFocus(e.currentTarget, () => root.querySelector('[part="raw-json"]') ?? undefined);
            state.more('/raw', LINES);
          }}
        >
          ${d.showMoreLines(Math.min(LINES, left), left)}
        </button>`
      : nothing}`;
}
