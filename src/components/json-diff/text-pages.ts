/**
 * Long text revealed a page at a time. Laying out text costs time in proportion to the paragraph
 * it sits in, and a paragraph is laid out again whenever anything is added to it: a megabyte
 * string shown whole in one go, or grown page by page in one paragraph, is a long task (a frozen
 * tab) on the click that asks for it. So text that needs more than one page is shown as blocks
 * (`.text-page`), one per page, from its first page on: one click lays out one page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JsonDiffStrings } from './json-diff.strings.js';
import type { ViewState } from './view-state.js';

/** Characters of data a page shows at most. */
export const TEXT_PAGE = 50_000;

/** `start + size`, or one less when that would split a surrogate pair; at most `text.length`. */
export function pageEnd(text: string, start: number, size: number): number {
  const end = start + size;
  if (end >= text.length) return text.length;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff && end - 1 > start ? end - 1 : end;
}

/** The first `count` pages of `text` and how many characters are left after them. */
export function textPages(text: string, count: number, size = TEXT_PAGE): { pages: string[]; starts: number[]; left: number } {
  const pages: string[] = [];
  const starts: number[] = [];
  let start = 0;
  while (start < text.length && pages.length < count) {
    const end = pageEnd(text, start, size);
    pages.push(text.slice(start, end));
    starts.push(start);
    start = end;
  }
  return { pages, starts, left: text.length - start };
}

/** Pages as rendered: inline when the text fits on one (`paged` false), else each a block of its own. */
export function renderPages(pages: readonly unknown[], paged: boolean): TemplateResult {
  return paged ? html`${pages.map((page) => html`<span class="text-page">${page}</span>`)}` : html`${pages[0] ?? ''}`;
}

/**
 * The "Show more" button of paged text, placed just before the text's "Show less" toggle. When
 * the last page removes it, focus goes to that toggle, else to the text (`value`), not the page.
 */
export function moreTextButton(state: ViewState, key: string, page: number, label: string): TemplateResult {
  return html` <button
      type="button"
      class="link more"
      part="more-button"
      @click=${(e: Event) => {
        const button = e.currentTarget as Element;
        const toggle = button.nextElementSibling;
        const value = button.previousElementSibling;
        state.keepFocus(button, () => (toggle?.isConnected ? toggle : value?.isConnected ? value : undefined));
        state.more(key, page);
      }}
    >
      ${label}
    </button>`;
}

/** Shows `slice`, found at `from` in `whole` (its marks: see marks.ts). */
export type SliceView = (slice: string, from: number, whole: string) => unknown;

/** A string cut at `LONG_TEXT` until opened, then shown a page at a time, each piece through `view`. */
export function pagedString(text: string, open: boolean, key: string, short: number, state: ViewState, t: JsonDiffStrings, view: SliceView): { shown: TemplateResult; more: TemplateResult | typeof nothing } {
  if (!open) return { shown: html`${view(text.slice(0, pageEnd(text, 0, short)), 0, text)}…`, more: nothing };
  const { pages, starts, left } = textPages(text, state.limit(`${key}#pages`, 1));
  const shown = pages.map((page, i) => view(page, starts[i]!, text));
  return { shown: renderPages(shown, pages.length > 1 || left > 0), more: left > 0 ? moreTextButton(state, `${key}#pages`, 1, t.showMoreText(left)) : nothing };
}
