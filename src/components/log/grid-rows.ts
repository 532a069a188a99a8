/**
 * Templates of the grid's header cells and rows. Kept lean (few bindings per cell): the column
 * index is a cell's position in its row; an error row's first cell spans the row (CSS hides the
 * others); `aria-expanded` sits on the first cell because grid rows may not carry it. Without
 * panels (`no-expand`) the activated row is marked with `aria-selected` instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EventRecord } from '../../client/types.js';
import { type CellContext, type ColumnDef, cellContent, skeletonCell } from './columns.js';
import type { Focus } from './grid-keys.js';
import type { RowState } from './row-cache.js';

export interface RowTexts {
  loading: string;
  pageFailed: (from: number, to: number) => string;
  retry: string;
}

/** The column headers' row: the grid's first row (aria-rowindex 1), in the roving focus as row -1. */
export function headerRow(headers: ReadonlyArray<{ label: string; sort: 'ascending' | 'descending' | 'none' }>, focus: Focus): TemplateResult {
  return html`<div class="row header-row" role="row" part="header-row" aria-rowindex="1">${headers.map((h, k) => headerCell(h.label, h.sort, k, focus))}</div>`;
}

function headerCell(label: string, sort: 'ascending' | 'descending' | 'none', k: number, focus: Focus): TemplateResult {
  const focused = focus.row === -1 && focus.col === k;
  return html`<div class="cell hcell" role="columnheader" aria-sort=${ifDefined(sort === 'none' ? undefined : sort)}>
    <button class="sort" type="button" part="sort-button" data-sort=${k} tabindex=${focused ? '0' : '-1'}>
      <span class="label">${label}</span><span class="arrow" aria-hidden="true">${sort === 'ascending' ? '↑' : sort === 'descending' ? '↓' : ''}</span>
    </button>
  </div>`;
}

export interface RowArgs {
  index: number;
  state: RowState;
  columns: readonly ColumnDef[];
  ctx: CellContext;
  focus: Focus;
  /** Index of the expanded row, or -1. */
  expanded: number;
  /** Index of the selected row when rows do not expand (`aria-selected`), else undefined. */
  selected?: number;
  /** Rendered outside the visible window (the focused row kept while scrolled away). */
  offscreen: boolean;
  /** This row carries its failed page's message and retry button. */
  errorHead: boolean;
  texts: RowTexts;
  panel: (event: EventRecord) => TemplateResult;
}

export function row(a: RowArgs): TemplateResult {
  const { index: i, state, columns, ctx } = a;
  const kind = state.kind;
  const isExpanded = a.expanded === i && kind === 'row';
  const ari = i + 2 + (a.expanded >= 0 && i > a.expanded ? 1 : 0);
  const selectable = a.selected !== undefined && kind === 'row';
  const isSelected = selectable && a.selected === i;
  const cls = `row data-row ${kind}${a.offscreen ? ' offscreen' : ''}${isExpanded ? ' expanded' : ''}${isSelected ? ' selected' : ''}${i % 2 ? ' odd' : ''}`;
  const content = (k: number, column: ColumnDef): unknown =>
    state.kind === 'row'
      ? cellContent(column.id, state.event, ctx)
      : state.kind === 'loading'
        ? k === 0
          ? html`<span class="visually-hidden">${a.texts.loading}</span>${skeletonCell}`
          : skeletonCell
        : k === 0 && a.errorHead
          ? html`<span class="page-error" part="page-error">${a.texts.pageFailed(state.from, state.to)}</span>
              <button type="button" part="retry-button" data-retry tabindex=${a.focus.row === i ? '0' : '-1'}>${a.texts.retry}</button>`
          : nothing;
  // A failed row is one cell; its Retry button, when it shows one, takes the focus instead.
  const tab = (k: number) => (a.focus.row === i && (kind === 'error' ? k === 0 && !a.errorHead : a.focus.col === k) ? '0' : '-1');
  return html`<div class=${cls} role="row" part="row" aria-rowindex=${ari} aria-busy=${ifDefined(kind === 'loading' ? 'true' : undefined)}
      aria-selected=${ifDefined(selectable ? (isSelected ? 'true' : 'false') : undefined)} data-index=${i}>
      <div class="cell" role="gridcell" part="cell" tabindex=${tab(0)} aria-colspan=${ifDefined(kind === 'error' ? columns.length : undefined)}
        aria-expanded=${ifDefined(kind === 'row' && !selectable ? (isExpanded ? 'true' : 'false') : undefined)}>
        ${content(0, columns[0]!)}
      </div>
      ${columns.slice(1).map((c, k) => html`<div class="cell" role="gridcell" part="cell" tabindex=${tab(k + 1)}>${content(k + 1, c)}</div>`)}
    </div>
    ${isExpanded && state.kind === 'row'
      ? html`<div class="row panel-row" role="row" aria-rowindex=${ari + 1}>
          <div class="panel" role="gridcell" part="detail" aria-colindex="1" aria-colspan=${columns.length}>${a.panel(state.event)}</div>
        </div>`
      : nothing}`;
}
