/**
 * A text diff as <del> / <ins> runs (with hidden "deleted text" / "inserted text" cues for screen
 * readers), what draws nothing as its JSON escape in a dotted box (an inserted `\u202E` is an
 * inserted mark; see marks.ts). Long unchanged runs are shortened to their ends until the user asks for everything.
 * Either way the diff is shown a page at a time (at most `SEGMENT_PAGE` changed runs and
 * `TEXT_PAGE` characters each): thousands of small edits, or a megabyte of text asked for whole, would
 * otherwise be one long task on the click that shows them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextNode, TextSegment } from '../../diff/types.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { clip } from '../../format/clip.js';
import { jsonText } from './marks.js';
import { moreTextButton, pageEnd, renderPages, TEXT_PAGE } from './text-pages.js';
import type { ViewState } from './view-state.js';

const KEEP = 80;

/** Changed runs (deleted or inserted text) a page of a text diff shows at most. */
export const SEGMENT_PAGE = 200;

export interface TextDiffContext {
  t: JsonDiffStrings;
  state: ViewState;
  path: string;
  showAll: boolean;
}

type Side = 'inline' | 'before' | 'after';

const onSide = (segment: TextSegment, side: Side) => !((segment.op === 'delete' && side === 'after') || (segment.op === 'insert' && side === 'before'));

function run(segment: TextSegment, text: unknown, t: JsonDiffStrings): TemplateResult {
  if (segment.op === 'equal') return html`${text}`;
  if (segment.op === 'delete') return html`<del part="deleted-text"><span class="visually-hidden">${t.deletedText}: </span>${text}</del>`;
  return html`<ins part="inserted-text"><span class="visually-hidden">${t.insertedText}: </span>${text}</ins>`;
}

/**
 * Characters a side shows in full: its own value in a column (not the longer of the two), the
 * deleted and the inserted text together inline (as "Show more" counts them).
 */
function sideLength(node: TextNode, side: Side): number {
  if (side === 'before') return node.before.length;
  if (side === 'after') return node.after.length;
  let length = 0;
  for (const segment of node.segments) length += segment.text.length;
  return length;
}

/** What the "Show more" of a diff stopped at `index` (`offset` characters into it) says. */
function moreLabel(node: TextNode, side: Side, index: number, offset: number, full: boolean, t: JsonDiffStrings): string {
  let changes = 0;
  let chars = -offset;
  for (let i = index; i < node.segments.length; i++) {
    const segment = node.segments[i]!;
    if (!onSide(segment, side)) continue;
    chars += segment.text.length;
    if (segment.op !== 'equal') changes++;
  }
  return full || changes === 0 ? t.showMoreText(chars) : t.showMoreChanges(Math.min(changes, SEGMENT_PAGE), changes);
}

/** Side `inline` shows both deletions and insertions; `before` / `after` one side each. */
export function renderTextDiff(node: TextNode, side: Side, ctx: TextDiffContext): TemplateResult {
  const { t, state } = ctx;
  const key = `${ctx.path}#fulltext`;
  const full = ctx.showAll || state.isOpen(key);
  const pagesKey = `${ctx.path}#${full ? 'fullpages' : 'pages'}`;
  const wanted = state.limit(pagesKey, 1);
  const pages: TemplateResult[][] = [[]];
  let runs = 0;
  let chars = 0;
  const nextPage = (): boolean => {
    if (pages.length >= wanted) return false;
    pages.push([]);
    runs = 0;
    chars = 0;
    return true;
  };
  let elided = false;
  let stop: { index: number; offset: number } | undefined;
  const segments = node.segments;
  // Where each run starts in the value it comes from: its marks are those of the whole value.
  let atBefore = 0;
  let atAfter = 0;
  outer: for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const fromAfter = segment.op === 'insert' || (segment.op === 'equal' && side !== 'before');
    const whole = fromAfter ? node.after : node.before;
    const at = fromAfter ? atAfter : atBefore;
    if (segment.op !== 'insert') atBefore += segment.text.length;
    if (segment.op !== 'delete') atAfter += segment.text.length;
    if (!onSide(segment, side)) continue;
    if (segment.op !== 'equal') {
      if (runs >= SEGMENT_PAGE && !nextPage()) {
        stop = { index, offset: 0 };
        break;
      }
      runs++;
    }
    if (segment.op === 'equal' && !full) {
      const first = index === 0;
      const last = index === segments.length - 1;
      const budget = (first || last ? 1 : 2) * KEEP;
      if (segment.text.length <= budget + 20) {
        pages.at(-1)!.push(html`${jsonText(segment.text, at, whole)}`);
        chars += segment.text.length;
        continue;
      }
      elided = true;
      const head = first ? '' : segment.text.slice(0, KEEP);
      const tail = last ? '' : segment.text.slice(-KEEP);
      pages.at(-1)!.push(html`${jsonText(head, at, whole)}<span class="elided" aria-hidden="true">…</span>${jsonText(tail, at + segment.text.length - tail.length, whole)}`);
      chars += head.length + tail.length;
      continue;
    }
    // A changed run is cut like a key until the user asks for the whole text.
    const text = full ? segment.text : clip(segment.text);
    if (text !== segment.text) elided = true;
    for (let offset = 0; offset < text.length; ) {
      if (chars >= TEXT_PAGE && !nextPage()) {
        stop = { index, offset };
        break outer;
      }
      const end = pageEnd(text, offset, TEXT_PAGE - chars);
      pages.at(-1)!.push(run(segment, jsonText(text.slice(offset, end), at + offset, whole), t));
      chars += end - offset;
      offset = end;
    }
  }
  const toggle = elided || (full && !ctx.showAll);
  return html`<span class="v v-str v-text" part="value value-string">"<bdi>${renderPages(pages, pages.length > 1 || stop !== undefined)}${stop
        ? html`<span class="elided" aria-hidden="true">…</span>`
        : nothing}</bdi>"</span>${stop ? moreTextButton(state, pagesKey, 1, moreLabel(node, side, stop.index, stop.offset, full, t)) : nothing}${toggle
      ? html` <button
          type="button"
          class="link"
          part="more-button"
          aria-expanded=${full ? 'true' : 'false'}
          @click=${() => {
            state.resetLimit(`${ctx.path}#pages`);
            state.resetLimit(`${ctx.path}#fullpages`);
            state.toggle(key);
          }}
        >
          ${full ? t.showLessText : t.showFullText(sideLength(node, side))}
        </button>`
      : nothing}`;
}
