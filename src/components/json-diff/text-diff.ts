/**
 * A text diff as <del> / <ins> runs (with hidden "deleted text" / "inserted text" cues for screen
 * readers). Long unchanged runs are shortened to their ends until the user asks for everything.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextNode } from '../../diff/types.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { clip } from '../../format/clip.js';
import type { ViewState } from './view-state.js';

const KEEP = 80;

export interface TextDiffContext {
  t: JsonDiffStrings;
  state: ViewState;
  path: string;
  showAll: boolean;
}

/** Side `inline` shows both deletions and insertions; `before` / `after` one side each. */
export function renderTextDiff(node: TextNode, side: 'inline' | 'before' | 'after', ctx: TextDiffContext): TemplateResult {
  const { t, state } = ctx;
  const key = `${ctx.path}#fulltext`;
  const full = ctx.showAll || state.isOpen(key);
  let elided = false;
  const parts = node.segments.map((segment, index) => {
    if (segment.op === 'equal') {
      const first = index === 0;
      const last = index === node.segments.length - 1;
      const budget = (first || last ? 1 : 2) * KEEP;
      if (full || segment.text.length <= budget + 20) return html`${segment.text}`;
      elided = true;
      const head = first ? '' : segment.text.slice(0, KEEP);
      const tail = last ? '' : segment.text.slice(-KEEP);
      return html`${head}<span class="elided" aria-hidden="true">…</span>${tail}`;
    }
    if ((segment.op === 'delete' && side === 'after') || (segment.op === 'insert' && side === 'before')) return nothing;
    // A changed run is cut like a key until the user asks for the whole text.
    const shown = full ? segment.text : clip(segment.text);
    if (shown !== segment.text) elided = true;
    if (segment.op === 'delete') return html`<del part="deleted-text"><span class="visually-hidden">${t.deletedText}: </span>${shown}</del>`;
    return html`<ins part="inserted-text"><span class="visually-hidden">${t.insertedText}: </span>${shown}</ins>`;
  });
  return html`<span class="v v-str v-text" part="value value-string">"<bdi>${parts}</bdi>"</span>${elided || (full && !ctx.showAll)
      ? html` <button type="button" class="link" part="more-button" aria-expanded=${full ? 'true' : 'false'} @click=${() => state.toggle(key)}>
          ${full ? t.showLessText : t.showFullText(Math.max(node.before.length, node.after.length))}
        </button>`
      : nothing}`;
}
