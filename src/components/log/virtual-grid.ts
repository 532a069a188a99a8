/**
 * The virtualized body of `<ev-log>`: an ARIA grid whose rows are rendered with Lit `render()`
 * straight into the scroller on every scroll frame, without updating the host element.
 *
 * - At most `MAX_ROWS` rows are in the DOM, positioned relative to the first visible one.
 * - Rows keep a "slot" while they stay rendered and hand it to an entering row when they leave,
 *   so a scroll by one row moves one node and a fast scroll recycles every node instead of
 *   building new ones; the focused row keeps its node, so focus survives scrolling.
 * - The scroll space is scaled past the browser's element-height limit (see layout.ts); in that
 *   mode the wheel is applied in virtual pixels so scrolling keeps its normal speed.
 * - Roving focus over cells (`aria-rowindex` / `aria-colindex` at any size), restored after
 *   every render while focus is inside the grid.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EventRecord } from '../../client/types.js';
import { type CellContext, type ColumnDef, cellContent, skeletonCell } from './columns.js';
import { ScrollSpace, clamp } from './layout.js';
import type { RowState } from './row-cache.js';

/** Rows in the DOM at most (visible + overscan + the focused row). */
export const MAX_ROWS = 60;
const OVERSCAN = 3;

export interface GridHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly effectiveDir: 'ltr' | 'rtl';
  gridColumns(): readonly ColumnDef[];
  gridRowHeight(): number;
  gridTotal(): number;
  /** Whether the total is exact (else `aria-rowcount` is -1). */
  gridTotalKnown(): boolean;
  gridRow(index: number): RowState;
  /** The rows the view needs now (with prefetch margin). */
  gridWant(first: number, last: number): void;
  gridCellContext(): CellContext;
  gridHeader(column: ColumnDef, ctx: CellContext): { label: string; sort: 'ascending' | 'descending' | 'none' };
  gridSort(column: ColumnDef): void;
  /** A row was activated (Enter / click). Return false to keep it collapsed. */
  gridActivate(index: number, event: EventRecord): boolean;
  gridCollapsed(): void;
  gridRetry(): void;
  gridPanel(event: EventRecord, index: number): TemplateResult;
  gridLoadingLabel(): string;
  gridPageFailed(from: number, to: number): string;
  gridRetryLabel(): string;
}

export interface Focus {
  /** Display row; -1 is the header row. */
  row: number;
  col: number;
}

export class VirtualGrid {
  readonly space = new ScrollSpace();
  focus: Focus = { row: 0, col: 0 };
  expanded: { index: number; pk: string } | null = null;

  #grid?: HTMLElement;
  #virtualTop = 0;
  #lastPhysical = 0;
  #headHeight = 0;
  #clientHeight = 0;
  #geometry = '';
  #hasFocus = false;
  #slots = new Map<number, number>();
  #nextSlot = 0;
  #panelHeight = 0;
  #panel?: Element;
  #resize?: ResizeObserver;
  #panelResize?: ResizeObserver;
  #rendered: number[] = [];

  constructor(readonly host: GridHost) {}

  /** Rows currently in the DOM (display indices). */
  get renderedRows(): readonly number[] {
    return this.#rendered;
  }

  get virtualTop(): number {
    return this.#virtualTop;
  }

  /** Whether keyboard focus is inside the grid. */
  get hasFocus(): boolean {
    return this.#hasFocus;
  }

  attach(grid: HTMLElement): void {
    if (this.#grid === grid) return;
    this.detach();
    this.#grid = grid;
    grid.addEventListener('scroll', this.#onScroll, { passive: true });
    grid.addEventListener('wheel', this.#onWheel, { passive: false });
    grid.addEventListener('keydown', this.#onKeyDown);
    grid.addEventListener('click', this.#onClick);
    grid.addEventListener('focusin', this.#onFocusIn);
    grid.addEventListener('focusout', this.#onFocusOut);
    this.#resize = new ResizeObserver(() => {
      if (this.#measure()) this.render();
    });
    this.#resize.observe(grid);
    this.#panelResize = new ResizeObserver((entries) => {
      const h = entries[0]?.borderBoxSize?.[0]?.blockSize ?? (entries[0]?.target as HTMLElement | undefined)?.offsetHeight ?? 0;
      if (Math.abs(h - this.#panelHeight) > 0.5) {
        this.#panelHeight = h;
        this.render();
      }
    });
    this.render();
    this.#measure();
    this.render();
  }

  detach(): void {
    const grid = this.#grid;
    if (!grid) return;
    grid.removeEventListener('scroll', this.#onScroll);
    grid.removeEventListener('wheel', this.#onWheel);
    grid.removeEventListener('keydown', this.#onKeyDown);
    grid.removeEventListener('click', this.#onClick);
    grid.removeEventListener('focusin', this.#onFocusIn);
    grid.removeEventListener('focusout', this.#onFocusOut);
    this.#resize?.disconnect();
    this.#panelResize?.disconnect();
    this.#grid = undefined;
  }

  /** Back to the first row, nothing expanded (a new result set). */
  reset(): void {
    this.expanded = null;
    this.#panelHeight = 0;
    this.#virtualTop = 0;
    this.focus = { row: this.focus.row < 0 ? -1 : 0, col: this.focus.col };
    if (this.#grid) this.#setPhysical(0);
  }

  /** `n` rows were inserted above every current row (live events at the top). */
  shift(n: number): void {
    if (n <= 0) return;
    if (this.focus.row >= 0) this.focus = { ...this.focus, row: this.focus.row + n };
    if (this.expanded) this.expanded = { ...this.expanded, index: this.expanded.index + n };
    const slots = new Map<number, number>();
    for (const [i, s] of this.#slots) slots.set(i + n, s);
    this.#slots = slots;
    if (this.#virtualTop > 0) this.#virtualTop += n * this.space.rowHeight;
  }

  /** Scrolls to the top (the "new events" button). */
  scrollToTop(): void {
    this.#scrollToVirtual(0);
  }

  /** Brings a row into view and moves focus to it when focus is in the grid. */
  reveal(index: number): void {
    this.#scrollToVirtual(this.space.revealTop(index, this.#virtualTop));
  }

  expand(index: number, pk: string): void {
    if (this.expanded?.pk !== pk) this.#panelHeight = 0;
    this.expanded = { index, pk };
    this.render();
  }

  collapse(): void {
    if (!this.expanded) return;
    this.expanded = null;
    this.#panelHeight = 0;
    this.host.gridCollapsed();
    this.render();
  }

  /** Collapses the expanded row and puts focus back on it. */
  collapseToRow(): void {
    const e = this.expanded;
    if (!e) return;
    this.collapse();
    this.moveFocus(e.index, this.focus.col);
  }

  /** Moves focus to a cell, scrolling it into view. */
  moveFocus(row: number, col: number, { focus = true } = {}): void {
    const total = this.host.gridTotal();
    const cols = this.host.gridColumns().length;
    const next = { row: clamp(row, -1, Math.max(-1, total - 1)), col: clamp(col, 0, Math.max(0, cols - 1)) };
    this.focus = next;
    if (next.row >= 0) this.#scrollToVirtual(this.space.revealTop(next.row, this.#virtualTop), false);
    if (focus) this.#hasFocus = true;
    this.render();
  }

  #measure(): boolean {
    const grid = this.#grid;
    if (!grid) return false;
    const head = grid.querySelector<HTMLElement>('.head');
    this.#headHeight = head?.offsetHeight ?? 0;
    const changed = grid.clientHeight !== this.#clientHeight || this.#headHeight + this.space.viewport !== grid.clientHeight;
    this.#clientHeight = grid.clientHeight;
    const viewport = Math.max(0, grid.clientHeight - this.#headHeight);
    this.space.viewport = viewport;
    return changed;
  }

  #setPhysical(top: number): void {
    const grid = this.#grid!;
    grid.scrollTop = top;
    this.#lastPhysical = grid.scrollTop;
  }

  #scrollToVirtual(v: number, draw = true): void {
    this.#virtualTop = clamp(v, 0, this.space.maxVirtual);
    if (this.#grid) this.#setPhysical(this.space.toPhysical(this.#virtualTop));
    if (draw) this.render();
  }

  #onScroll = (): void => {
    const top = this.#grid!.scrollTop;
    // A position we did not set ourselves (scrollbar drag, keys, programmatic): map it.
    if (Math.abs(top - this.#lastPhysical) > 1 || !this.space.scaled) this.#virtualTop = this.space.toVirtual(top);
    this.#lastPhysical = top;
    this.render();
  };

  #onWheel = (e: WheelEvent): void => {
    if (!this.space.scaled || e.ctrlKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
    const dy = e.deltaMode === 1 ? e.deltaY * this.space.rowHeight : e.deltaMode === 2 ? e.deltaY * this.space.viewport : e.deltaY;
    const next = clamp(this.#virtualTop + dy, 0, this.space.maxVirtual);
    if (next === this.#virtualTop) return;
    e.preventDefault();
    this.#scrollToVirtual(next);
  };

  #cellOf(target: EventTarget | null): { row: number; col: number; el: HTMLElement } | undefined {
    if (!(target instanceof HTMLElement)) return undefined;
    const cell = target.closest<HTMLElement>('.data-row > [role="gridcell"], .header-row > [role="columnheader"]');
    if (!cell || !this.#grid?.contains(cell)) return undefined;
    const row = cell.parentElement as HTMLElement;
    const col = Array.prototype.indexOf.call(row.children, cell);
    return { row: row.dataset.index === undefined ? -1 : Number(row.dataset.index), col, el: cell };
  }

  #inPanel(target: EventTarget | null): boolean {
    return target instanceof Element && Boolean(target.closest('.panel-row'));
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    if (this.#inPanel(e.target)) {
      if (e.key === 'Escape' && this.expanded) {
        e.preventDefault();
        this.collapseToRow();
      }
      return;
    }
    const at = this.#cellOf(e.target);
    if (!at || e.altKey || e.metaKey) return;
    const { row, col } = at;
    const rtl = this.host.effectiveDir === 'rtl';
    const page = this.space.rowsPerViewport;
    const last = this.host.gridTotal() - 1;
    const lastCol = this.host.gridColumns().length - 1;
    let target: Focus | undefined;
    switch (e.key) {
      case 'ArrowDown':
        target = { row: Math.min(row + 1, last), col };
        break;
      case 'ArrowUp':
        target = { row: Math.max(row - 1, -1), col };
        break;
      case 'ArrowRight':
        target = { row, col: rtl ? col - 1 : col + 1 };
        break;
      case 'ArrowLeft':
        target = { row, col: rtl ? col + 1 : col - 1 };
        break;
      case 'Home':
        target = e.ctrlKey ? { row: Math.min(0, last), col } : { row, col: 0 };
        break;
      case 'End':
        target = e.ctrlKey ? { row: last, col } : { row, col: lastCol };
        break;
      case 'PageDown':
        target = { row: Math.min(Math.max(row, 0) + page, last), col };
        break;
      case 'PageUp':
        target = { row: row < 0 ? -1 : Math.max(row - page, 0), col };
        break;
      case 'Enter':
        if (row >= 0) {
          e.preventDefault();
          this.#toggle(row);
        }
        return;
      case 'Escape':
        if (this.expanded) {
          e.preventDefault();
          this.collapse();
          this.moveFocus(row, col);
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    this.moveFocus(target.row, target.col);
  };

  #onClick = (e: MouseEvent): void => {
    const el = e.target instanceof Element ? e.target : null;
    if (!el || this.#inPanel(el)) return;
    const retry = el.closest('[data-retry]');
    if (retry) {
      this.host.gridRetry();
      return;
    }
    const sort = el.closest<HTMLElement>('button[data-sort]');
    if (sort) {
      const column = this.host.gridColumns()[Number(sort.dataset.sort)];
      if (column) this.host.gridSort(column);
      return;
    }
    const at = this.#cellOf(el);
    if (!at || at.row < 0) return;
    const root = this.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    this.focus = { row: at.row, col: at.col };
    this.#toggle(at.row);
  };

  #toggle(index: number): void {
    if (this.expanded?.index === index) {
      this.collapse();
      return;
    }
    const state = this.host.gridRow(index);
    if (state.kind !== 'row') return;
    if (!this.host.gridActivate(index, state.event)) return;
    this.expand(index, state.event.pk);
  }

  #onFocusIn = (e: FocusEvent): void => {
    this.#hasFocus = true;
    if (this.#inPanel(e.target)) return;
    const at = this.#cellOf(e.target);
    if (!at) return;
    if (at.row !== this.focus.row || at.col !== this.focus.col) {
      this.focus = { row: at.row, col: at.col };
      if (at.row >= 0 && at.el.closest('.offscreen')) this.#scrollToVirtual(this.space.revealTop(at.row, this.#virtualTop), false);
      this.render();
    }
  };

  #onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget;
    if (next instanceof Node && this.#grid?.contains(next)) return;
    const left = e.target;
    if (next === null && left instanceof Node) {
      // Focus vanished because a render removed the focused node: keep it and restore it.
      queueMicrotask(() => {
        if (left.isConnected) this.#hasFocus = false;
        else this.render();
      });
      return;
    }
    this.#hasFocus = false;
  };

  /** Renders the header and the visible rows (synchronously). */
  render(): void {
    const grid = this.#grid;
    if (!grid) return;
    const host = this.host;
    const space = this.space;
    const columns = host.gridColumns();
    const total = host.gridTotal();
    space.rowHeight = host.gridRowHeight();
    space.total = total;
    if (this.expanded && this.expanded.index >= total) this.expanded = null;
    space.expanded = this.expanded ? { index: this.expanded.index, height: this.#panelHeight } : null;
    this.#virtualTop = clamp(this.#virtualTop, 0, space.maxVirtual);
    if (this.focus.row >= total) this.focus = { ...this.focus, row: Math.max(total - 1, total === 0 ? -1 : 0) };
    if (this.focus.col >= columns.length) this.focus = { ...this.focus, col: Math.max(0, columns.length - 1) };

    const [first, last] = space.visibleRange(this.#virtualTop);
    const from = Math.max(0, first - OVERSCAN);
    const to = Math.min(total - 1, last + OVERSCAN, from + MAX_ROWS - 2);
    if (total > 0) host.gridWant(Math.max(0, first - space.rowsPerViewport), Math.min(total - 1, last + space.rowsPerViewport));
    const indices: number[] = [];
    // The focused row stays rendered (off screen) while focus is in the grid, so focus survives scrolling.
    const f = this.#hasFocus ? this.focus.row : -1;
    if (f >= 0 && f < from) indices.push(f);
    for (let i = from; i <= to; i++) indices.push(i);
    if (f > to && f < total) indices.push(f);
    this.#assignSlots(indices);
    this.#rendered = indices;

    const ctx = host.gridCellContext();
    const shift = from <= to ? space.offsetOf(from) - this.#virtualTop : 0;
    const expandedRows = this.expanded ? 1 : 0;
    const rowcount = host.gridTotalKnown() ? String(total + 1 + expandedRows) : '-1';
    if (grid.getAttribute('aria-rowcount') !== rowcount) grid.setAttribute('aria-rowcount', rowcount);
    if (grid.getAttribute('aria-colcount') !== String(columns.length)) grid.setAttribute('aria-colcount', String(columns.length));
    const spacer = Math.max(0, space.physicalHeight - space.viewport);

    const geometry = `${columns.map((c) => c.id).join()}|${space.rowHeight}`;
    if (geometry !== this.#geometry) {
      // Custom properties on the scroller re-style the whole subtree: set them only on change.
      this.#geometry = geometry;
      grid.style.setProperty('--_cols', columns.map((c) => c.track).join(' '));
      grid.style.setProperty('--_min', `${columns.reduce((sum, c) => sum + c.minRem, 0)}rem`);
      grid.style.setProperty('--_row-h', `${space.rowHeight}px`);
    }

    render(
      html`<div class="frame" role="presentation" style="block-size:${this.#clientHeight}px">
          <div class="head" role="rowgroup" part="head">
            <div class="row header-row" role="row" part="header-row" aria-rowindex="1">${columns.map((c, k) => this.#headerCell(c, k, ctx))}</div>
          </div>
          <div class="window" role="rowgroup" part="body">
            <div class="rows" role="presentation" style="transform:translateY(${shift}px)">
              ${repeat(
                indices,
                (i) => this.#slots.get(i)!,
                (i) => this.#row(i, columns, ctx, i < from || i > to),
              )}
            </div>
          </div>
        </div>
        <div class="spacer" aria-hidden="true" style="block-size:${spacer}px"></div>`,
      grid,
      { host: this.host },
    );

    // Compared with the last known position, not scrollTop: reading it would force a layout.
    const wanted = space.toPhysical(this.#virtualTop);
    if (Math.abs(this.#lastPhysical - wanted) > 1) this.#setPhysical(wanted);
    this.#observePanel(grid);
    this.#restoreFocus(grid);
  }

  #assignSlots(indices: readonly number[]): void {
    const next = new Map<number, number>();
    const free: number[] = [];
    const keep = new Set(indices);
    for (const [i, s] of this.#slots) if (!keep.has(i)) free.push(s);
    for (const i of indices) {
      const s = this.#slots.get(i);
      if (s !== undefined) next.set(i, s);
    }
    // Free slots are handed out in their old order, so a full turnover keeps DOM order (no moves).
    let k = 0;
    for (const i of indices) if (!next.has(i)) next.set(i, k < free.length ? free[k++]! : this.#nextSlot++);
    this.#slots = next;
  }

  #headerCell(column: ColumnDef, k: number, ctx: CellContext): TemplateResult {
    const { label, sort } = this.host.gridHeader(column, ctx);
    const focused = this.focus.row === -1 && this.focus.col === k;
    return html`<div class="cell hcell" role="columnheader" aria-sort=${ifDefined(sort === 'none' ? undefined : sort)}>
      <button class="sort" type="button" part="sort-button" data-sort=${k} tabindex=${focused ? '0' : '-1'}>
        <span class="label">${label}</span><span class="arrow" aria-hidden="true">${sort === 'ascending' ? '↑' : sort === 'descending' ? '↓' : ''}</span>
      </button>
    </div>`;
  }

  #row(i: number, columns: readonly ColumnDef[], ctx: CellContext, offscreen: boolean): TemplateResult {
    const state = this.host.gridRow(i);
    const e = this.expanded;
    const isExpanded = e !== null && e.index === i && state.kind === 'row';
    const ari = i + 2 + (e && i > e.index ? 1 : 0);
    const kind = state.kind;
    const errorHead = kind === 'error' && (i === state.from || i === this.#rendered.find((r) => this.host.gridRow(r).kind === 'error'));
    const cls = `row data-row ${kind}${offscreen ? ' offscreen' : ''}${isExpanded ? ' expanded' : ''}${i % 2 ? ' odd' : ''}`;
    const content = (k: number, column: ColumnDef): unknown =>
      kind === 'row'
        ? cellContent(column.id, state.event, ctx)
        : kind === 'loading'
          ? k === 0
            ? html`<span class="visually-hidden">${this.host.gridLoadingLabel()}</span>${skeletonCell}`
            : skeletonCell
          : k === 0 && errorHead
            ? html`<span class="page-error" part="page-error">${this.host.gridPageFailed(state.from, state.to)}</span>
                <button type="button" part="retry-button" data-retry>${this.host.gridRetryLabel()}</button>`
            : nothing;
    const tab = (k: number) => (this.focus.row === i && this.focus.col === k ? '0' : '-1');
    // Lean cells (few bindings): the column index is the cell's position; an error row's first
    // cell spans the row and CSS hides the others.
    // aria-expanded sits on the first cell: grid rows may not carry it (only treegrid rows).
    return html`<div class=${cls} role="row" part="row" aria-rowindex=${ari} aria-busy=${ifDefined(kind === 'loading' ? 'true' : undefined)} data-index=${i}>
        <div class="cell" role="gridcell" part="cell" tabindex=${tab(0)} aria-colspan=${ifDefined(kind === 'error' ? columns.length : undefined)}
          aria-expanded=${ifDefined(kind === 'row' ? (isExpanded ? 'true' : 'false') : undefined)}>
          ${content(0, columns[0]!)}
        </div>
        ${columns.slice(1).map((c, k) => html`<div class="cell" role="gridcell" part="cell" tabindex=${tab(k + 1)}>${content(k + 1, c)}</div>`)}
      </div>
      ${isExpanded
        ? html`<div class="row panel-row" role="row" aria-rowindex=${ari + 1}>
            <div class="panel" role="gridcell" part="detail" aria-colindex="1" aria-colspan=${columns.length}>${this.host.gridPanel(state.event, i)}</div>
          </div>`
        : nothing}`;
  }

  #observePanel(grid: HTMLElement): void {
    const panel = grid.querySelector('.panel-row') ?? undefined;
    if (panel === this.#panel) return;
    if (this.#panel) this.#panelResize?.unobserve(this.#panel);
    this.#panel = panel;
    if (panel) this.#panelResize?.observe(panel);
  }

  #restoreFocus(grid: HTMLElement): void {
    if (!this.#hasFocus) return;
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement;
    if (active && this.#inPanel(active)) return;
    const target = this.#focusTarget(grid);
    if (target && active !== target) target.focus({ preventScroll: true });
  }

  #focusTarget(grid: HTMLElement): HTMLElement | null {
    const { row, col } = this.focus;
    if (row < 0) return grid.querySelector<HTMLElement>(`.header-row > :nth-child(${col + 1}) button`);
    const el = grid.querySelector<HTMLElement>(`.data-row[data-index="${row}"]`);
    const cell = el?.classList.contains('error') ? el.children[0] : el?.children[col];
    return (cell as HTMLElement | undefined) ?? null;
  }
}
