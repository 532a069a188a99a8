/**
 * The pager of `<ev-log mode="pages">`. It stays while the next page loads (with the page count
 * known before), so the button just activated keeps focus; a button that cannot go further says
 * so with `aria-disabled` and stays focusable, so focus stays on it at the first or last page.
 * A page a pager button opened is announced politely once it has loaded ("Page 2 of 5").
 * While a new result loads (another filter, ordering or page size, a reload) the count before
 * is not this result's: the pager says it is counting, is `aria-busy`, and its buttons are
 * unavailable (they would go by the old count) until the new count is known.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewState } from '../../base/ev-data-element.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';

/** The element's public state the pager shows. */
export interface LogPagerView {
  /** The page shown (1-based, whole). */
  readonly page: number;
  readonly effectiveLang: string;
}

/** The element's private parts the pager uses. */
export interface LogPagerInternals {
  /** The last page once the size is known. */
  lastPage(): number | undefined;
  go(page: number): void;
  announce(text: string): void;
  translation(): Translation;
}

export class LogPager {
  /** Pages as last counted (kept while another page of that result loads); null: a new result is being counted; undefined: no pager. */
  #pages?: number | null;
  /** The result (`LogRows.result`) the pages were counted for. */
  #result?: number;
  /** A pager button opened a page: say it once it has loaded. */
  #announce = false;

  constructor(
    readonly el: LogPagerView,
    readonly x: LogPagerInternals,
  ) {}

  /** Before a render, with the rows synced; `result` counts new results (not page moves). */
  update(paged: boolean, state: ViewState, result: number): void {
    if (!paged || (state !== 'ready' && state !== 'loading')) {
      this.#pages = undefined;
      this.#announce = false;
      return;
    }
    if (state === 'loading') {
      // Another result: the count (and the page a button opened) were the previous one's.
      if (result !== this.#result && this.#pages !== undefined) {
        this.#pages = null;
        this.#announce = false;
      }
      return;
    }
    this.#result = result;
    const pages = (this.#pages = this.x.lastPage());
    if (this.#announce && pages !== undefined) {
      this.#announce = false;
      this.x.announce(this.#status(pages));
    }
  }

  render(): TemplateResult | typeof nothing {
    if (this.#pages === undefined) return nothing;
    const t = this.x.translation().log.pager;
    const { page } = this.el;
    // Counting a new result: every button unavailable (focus stays on one), no count claimed.
    const counting = this.#pages === null;
    const pages = counting ? page : Math.max(this.#pages!, page);
    const button = (label: string, off: boolean, to: number) =>
      html`<button type="button" aria-disabled=${off || counting ? 'true' : 'false'} @click=${() => off || counting || this.#go(to)}>${label}</button>`;
    return html`<nav class="pager" part="pager" aria-label=${t.label} aria-busy=${counting ? 'true' : 'false'}>
      ${button(t.first, page <= 1, 1)} ${button(t.previous, page <= 1, page - 1)}
      <span class="page-status">${counting ? t.counting : this.#status(pages)}</span>
      ${button(t.next, page >= pages, page + 1)} ${button(t.last, page >= pages, pages)}
    </nav>`;
  }

  #status(pages: number): string {
    const { effectiveLang: lang } = this.el;
    return this.x.translation().log.pager.status(formatNumber(this.el.page, lang), formatNumber(pages, lang));
  }

  #go(page: number): void {
    this.#announce = true;
    this.x.go(page);
  }
}
