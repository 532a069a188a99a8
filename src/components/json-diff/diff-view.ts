/**
 * Renders diff rows inline (one column, +/−/~/↕ markers) or side by side (a table with a
 * Previous and a New column). Every marker has a text equivalent for screen readers; colour is
 * never the only cue.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { JsonValue } from '../../client/types.js';
import type { DiffNode } from '../../diff/types.js';
import type { DiffRow, RowLabel } from './diff-rows.js';
import type { JsonDiffStrings } from './json-diff.strings.js';
import { renderTree, toggleKeys } from './json-tree.js';
import { renderTextDiff } from './text-diff.js';
import { renderDeepNote, renderDeeperButton } from './deep-note.js';
import type { DeeperDiffs } from './deeper.js';
import { isContainer, keyView, renderValue } from './value.js';
import type { ViewState } from './view-state.js';

export interface DiffViewContext {
  t: JsonDiffStrings;
  state: ViewState;
  showAll: boolean;
  dir: 'ltr' | 'rtl';
  deeper: DeeperDiffs;
}

type Side = 'before' | 'after';

/** Texts diffed this badly read better as plain old → new. */
const MIN_SIMILARITY = 0.3;

function keyLabel(key: string | number | null): TemplateResult | typeof nothing {
  if (key === null) return nothing;
  return html`${typeof key === 'number' ? html`<span class="k k-index" part="key">[${key}]</span>` : html`<span class="k" part="key"><bdi>${keyView(key)}</bdi></span>`}<span class="colon">: </span>`;
}

function value(v: JsonValue, path: string, ctx: DiffViewContext): TemplateResult {
  if (isContainer(v)) return renderTree(v, `v:${path}`, null, { state: ctx.state, t: ctx.t, dir: ctx.dir, openDepth: 0, rootLabel: null });
  return renderValue(v, { t: ctx.t, state: ctx.state, path: `v:${path}` });
}

const MARKS: Record<string, string> = { added: '+', removed: '−', replace: '~', text: '~', moved: '↕', container: '', same: '', unchanged: '', more: '' };

function hidden(text: string): TemplateResult {
  return html`<span class="visually-hidden">${text}, </span>`;
}

/** A toggle that opens / closes a changed container: chevron, name, brackets, change count. */
function toggle(path: string, open: boolean, name: TemplateResult | typeof nothing, brackets: string | null, changes: number, ctx: DiffViewContext): TemplateResult {
  const { t, state } = ctx;
  return html`<button
    type="button"
    class="toggle"
    part="toggle"
    aria-expanded=${open ? 'true' : 'false'}
    @click=${() => state.toggle(path, true)}
    @keydown=${toggleKeys(state, path, true, ctx.dir)}
  >
    <span class="chevron" aria-hidden="true"></span>${name}${brackets ? html`<span class="summary">${brackets}</span>` : nothing}
    <span class="count" part="change-count">${t.changes(changes)}</span>
  </button>`;
}

function containerToggle(row: Extract<DiffRow, { type: 'container' }>, ctx: DiffViewContext, side: Side | 'inline'): TemplateResult {
  const { t } = ctx;
  const node = row.node;
  const key = side === 'before' ? row.label.before : row.label.after;
  const label: RowLabel['after'] = side === 'inline' ? (row.label.after ?? row.label.before) : key;
  const name = label === null ? html`<span class="k">${t.root}</span>` : keyLabel(label);
  return html`${toggle(row.path, row.open, name, node.kind === 'object' ? '{…}' : '[…]', node.changes, ctx)}${node.kind === 'array' && node.key
    ? html`<span class="note key-note">${t.matchedBy(node.key)}</span>`
    : nothing}${node.kind === 'array' && node.approximate ? html`<span class="note warn" part="approximate">${t.approximate}</span>` : nothing}`;
}

type MovedRow = Extract<DiffRow, { type: 'moved' }>;

function movedNote(row: MovedRow, t: JsonDiffStrings): TemplateResult {
  return html`<span class="note moved" part="moved">${t.moved(row.from, row.to)}</span>`;
}

/**
 * The toggle of a moved item whose content changed too: named like a container's toggle (its
 * new index, its brackets, its change count) and opened / closed with the same keys.
 */
function movedToggle(row: MovedRow, diff: DiffNode, ctx: DiffViewContext): TemplateResult {
  const brackets = diff.kind === 'object' ? '{…}' : diff.kind === 'array' ? '[…]' : null;
  return toggle(row.path, row.open, keyLabel(row.to), brackets, diff.changes, ctx);
}

function actionRow(row: Extract<DiffRow, { type: 'unchanged' | 'more' }>, ctx: DiffViewContext): TemplateResult {
  const { t, state } = ctx;
  if (row.type === 'unchanged') {
    return html`<button
      type="button"
      class="link unchanged"
      part="unchanged-button"
      aria-expanded="false"
      @click=${(e: Event) => {
        state.keepFocus(e.currentTarget);
        state.setOpen(row.path, true);
      }}
    >
      ${t.unchanged(row.count)}
    </button>`;
  }
  return html`<button
    type="button"
    class="link more"
    part="more-button"
    @click=${(e: Event) => {
      state.keepFocus(e.currentTarget);
      state.more(row.path, row.page);
    }}
  >
    ${t.showMore(row.next, row.left)}
  </button>`;
}

type ReplaceRow = Extract<DiffRow, { type: 'replace' }>;

function deeperButton(row: ReplaceRow, label: RowLabel['after'], ctx: DiffViewContext): TemplateResult | typeof nothing {
  return renderDeeperButton(row.before, row.after, { t: ctx.t, state: ctx.state, deeper: ctx.deeper, path: row.path, label });
}

/** One row's content for the inline layout. */
function inlineCell(row: DiffRow, ctx: DiffViewContext): TemplateResult {
  const { t } = ctx;
  const label = row.label.after ?? row.label.before;
  switch (row.type) {
    case 'container':
      return containerToggle(row, ctx, 'inline');
    case 'same':
      return html`${keyLabel(label)}${value(row.value, row.path, ctx)}`;
    case 'added':
    case 'removed':
      return html`${hidden(row.type === 'added' ? t.added : t.removed)}${keyLabel(label)}${value(row.value, row.path, ctx)}`;
    case 'replace':
      return html`${hidden(t.changed)}${keyLabel(label)}<span class="pair">
          <del class="old" part="old-value">${hidden(t.before)}${value(row.before, `${row.path}#b`, ctx)}</del>
          <span class="arrow" aria-hidden="true">→</span>
          <ins class="new" part="new-value">${hidden(t.after)}${value(row.after, `${row.path}#a`, ctx)}</ins>
        </span>${renderDeepNote(row.before, row.after, t)}${deeperButton(row, label, ctx)}`;
    case 'text':
      if (row.node.similarity < MIN_SIMILARITY) return inlineCell({ ...row, type: 'replace', before: row.node.before, after: row.node.after }, ctx);
      return html`${hidden(t.changed)}${keyLabel(label)}${renderTextDiff(row.node, 'inline', { t, state: ctx.state, path: row.path, showAll: ctx.showAll })}`;
    case 'moved':
      return row.diff
        ? html`${movedToggle(row, row.diff, ctx)} ${movedNote(row, t)}`
        : html`${keyLabel(row.to)}${movedNote(row, t)} ${value(row.value, row.path, ctx)}`;
    default:
      return actionRow(row, ctx);
  }
}

function rowClass(row: DiffRow): string {
  return `row row-${row.type}`;
}

function indent(depth: number) {
  return styleMap({ '--depth': String(depth) });
}

/** Notes about the root list (how items were matched, whether the match is approximate). */
export function renderRootNotes(node: DiffNode, t: JsonDiffStrings): TemplateResult | typeof nothing {
  if (node.kind !== 'array' || (!node.key && !node.approximate)) return nothing;
  return html`<p class="root-notes">
    ${node.key ? html`<span class="note key-note">${t.matchedBy(node.key)}</span>` : nothing}
    ${node.approximate ? html`<span class="note warn" part="approximate">${t.approximate}</span>` : nothing}
  </p>`;
}

export function renderInline(rows: DiffRow[], ctx: DiffViewContext): TemplateResult {
  return html`<ul class="rows inline" part="rows">
    ${rows.map(
      (row) => html`<li class=${rowClass(row)} part="row row-${row.type}" style=${indent(row.depth)}>
        <span class="marker" aria-hidden="true">${MARKS[row.type]}</span><span class="cell">${inlineCell(row, ctx)}</span>
      </li>`,
    )}
  </ul>`;
}

/** One side of a row for the side-by-side layout; null when that side has nothing. */
function sideCell(row: DiffRow, side: Side, ctx: DiffViewContext): TemplateResult | null {
  const { t } = ctx;
  const label = row.label[side];
  switch (row.type) {
    case 'container':
      return containerToggle(row, ctx, side);
    case 'same':
      return html`${keyLabel(label)}${value(row.value, `${row.path}#${side}`, ctx)}`;
    case 'added':
      return side === 'after' ? html`${hidden(t.added)}${keyLabel(label)}${value(row.value, row.path, ctx)}` : null;
    case 'removed':
      return side === 'before' ? html`${hidden(t.removed)}${keyLabel(label)}${value(row.value, row.path, ctx)}` : null;
    case 'replace':
      return html`${hidden(t.changed)}${keyLabel(label)}${value(side === 'before' ? row.before : row.after, `${row.path}#${side}`, ctx)}${side === 'after'
        ? html`${renderDeepNote(row.before, row.after, t)}${deeperButton(row, label, ctx)}`
        : nothing}`;
    case 'text':
      if (row.node.similarity < MIN_SIMILARITY) return sideCell({ ...row, type: 'replace', before: row.node.before, after: row.node.after }, side, ctx);
      return html`${hidden(t.changed)}${keyLabel(label)}${renderTextDiff(row.node, side, { t, state: ctx.state, path: row.path, showAll: ctx.showAll })}`;
    case 'moved':
      if (side === 'before') return html`${keyLabel(row.from)}${value(row.diff ? (row.diff.before as JsonValue) : row.value, `${row.path}#${side}`, ctx)}`;
      return row.diff
        ? html`${movedToggle(row, row.diff, ctx)} ${movedNote(row, t)}`
        : html`${keyLabel(row.to)}${movedNote(row, t)}${value(row.value, `${row.path}#${side}`, ctx)}`;
    default:
      return side === 'before' ? actionRow(row, ctx) : null;
  }
}

export function renderSideBySide(rows: DiffRow[], ctx: DiffViewContext, labels: { before: string; after: string }): TemplateResult {
  return html`<table class="rows side" part="rows">
    <thead>
      <tr>
        <th scope="col" part="column-header">${labels.before}</th>
        <th scope="col" part="column-header">${labels.after}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => {
        const style = indent(row.depth);
        if (row.type === 'unchanged' || row.type === 'more') {
          return html`<tr class=${rowClass(row)} part="row row-${row.type}"><td colspan="2" style=${style}>${actionRow(row, ctx)}</td></tr>`;
        }
        const before = sideCell(row, 'before', ctx);
        const after = sideCell(row, 'after', ctx);
        return html`<tr class=${rowClass(row)} part="row row-${row.type}">
          <td class=${before ? 'before' : 'before blank'} style=${style}>${before ?? nothing}</td>
          <td class=${after ? 'after' : 'after blank'} style=${style}>${after ?? nothing}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
