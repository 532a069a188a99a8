/**
 * The raw JSON of an event: serialised only when opened, shown a page at a time (400 lines, or
 * fewer when they hold more than `TEXT_PAGE` characters: a megabyte of text laid out in one go
 * would stall the tab), copied and downloaded whole.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventRecord } from '../../client/types.js';
import type { ViewState } from '../json-diff/view-state.js';
import type { JsonDiffStrings } from '../json-diff/json-diff.strings.js';
import { pageEnd, renderPages, TEXT_PAGE } from '../json-diff/text-pages.js';
import type { DetailStrings } from './detail.strings.js';

const LINES = 400;

/** One page of the text: `[start, end)`, then the next page starts at `next`. */
interface Page {
  start: number;
  end: number;
  next: number;
  /** Line (0-based) the next page starts on. */
  nextLine: number;
  /** Cut inside a line because the lines were longer than `TEXT_PAGE` characters. */
  byChars: boolean;
}

interface Serialised {
  text: string;
  /** Number of lines. */
  lines: number;
  /** The pages found so far (computed as they are shown). */
  pages: Page[];
}

const cache = new WeakMap<EventRecord, Serialised>();

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The page from `start` on `line`: `LINES` lines, or fewer when they hold more than `TEXT_PAGE`
 * characters (a megabyte string is one line). A line break between two pages is not part of
 * either: the second page's block starts a new line.
 */
function pageFrom(entry: Serialised, start: number, line: number): Page {
  const { text } = entry;
  const limit = pageEnd(text, start, TEXT_PAGE);
  let from = start;
  for (let n = 1; ; n++) {
    const newline = text.indexOf('\n', from);
    if (newline === -1 && limit === text.length) return { start, end: limit, next: limit, nextLine: entry.lines, byChars: false };
    if (newline === -1 || newline >= limit) {
      const next = text.charCodeAt(limit) === 10 ? limit + 1 : limit;
      return { start, end: limit, next, nextLine: line + n - 1 + (next > limit ? 1 : 0), byChars: true };
    }
    if (n === LINES) return { start, end: newline, next: newline + 1, nextLine: line + n, byChars: false };
    from = newline + 1;
  }
}

/** The first `count` pages of the text (fewer at its end). */
function pagesOf(entry: Serialised, count: number): Page[] {
  const { pages, text } = entry;
  while (pages.length < count) {
    const last = pages.at(-1);
    if (last && last.next >= text.length) break;
    pages.push(pageFrom(entry, last?.next ?? 0, last?.nextLine ?? 0));
  }
  return pages.slice(0, count);
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
    entry = { text, lines: countLines(text), pages: [] };
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
  j: JsonDiffStrings;
  state: ViewState;
  copy: (text: string) => void;
  download: (text: string) => void;
}

export function renderRawJson(event: EventRecord, ctx: RawContext): TemplateResult {
  const { d, state } = ctx;
  const entry = eventJson(event);
  const { text, lines } = entry;
  const pages = pagesOf(entry, state.limit('/raw', 1));
  const last = pages.at(-1);
  const following = last && last.next < text.length ? pagesOf(entry, pages.length + 1).at(-1) : undefined;
  // Each "Show more" adds one page, laid out as a block of its own (see text-pages.ts).
  return html`<div class="raw-actions">
      <button type="button" part="copy-button" @click=${() => ctx.copy(text)}>${d.copyJson}</button>
      <button type="button" part="download-button" @click=${() => ctx.download(text)}>${d.downloadJson}</button>
    </div>
    <pre class="raw" part="raw-json" role="group" tabindex="0" aria-label=${d.rawJson}><code>${renderPages(
      pages.map((p) => text.slice(p.start, p.end)),
      pages.length > 1 || following !== undefined,
    )}</code></pre>
    ${following && last
      ? html`<button
          type="button"
          class="link"
          part="more-button"
          @click=${(e: Event) => {
            // The last page removes the button: the text it extended keeps focus.
            const root = (e.currentTarget as Element).getRootNode() as ParentNode;
            state.keepFocus(e.currentTarget, () => root.querySelector('[part="raw-json"]') ?? undefined);
            state.more('/raw', 1);
          }}
        >
          ${following.byChars ? ctx.j.showMoreText(text.length - last.next) : d.showMoreLines(following.nextLine - last.nextLine, lines - last.nextLine)}
        </button>`
      : nothing}`;
}
