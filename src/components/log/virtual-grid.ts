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
 * - Roving focus over cells (`aria-rowindex` at any size), restored after every render while
 *   focus is inside the grid; what keys and clicks do is in grid-input.ts.
 */
import { html, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CellContext, ColumnDef } from './columns.js';
import type { GridHost } from './grid-host.js';
import { RowSlots, cellOf, focusTarget, inPanel } from './grid-dom.js';
import { FocusReturn } from './grid-focus.js';
import { gridClick, gridKeyDown } from './grid-input.js';
import type { Focus } from './grid-keys.js';
import { type RowTexts, headerRow, row } from './grid-rows.js';
import { ScrollSpace, clamp, rootFontSize } from './layout.js';

/** Rows in the DOM at most (visible + overscan + the focused row). */
export const MAX_ROWS = 60;
export type { GridHost };
const OVERSCAN = 3;

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
  readonly #return = new FocusReturn();
  readonly #slots = new RowSlots();
  #panelHeight = 0;
  #panel?: Element;
  #resize?: ResizeObserver;
  #panelResize?: ResizeObserver;
  /** The page's root font size in px (rows grow with it); kept current by `#textResize`. */
  #rootFont = 16;
  /** Watches a 1rem-wide probe in the grid: the page's text size changed, the rows are measured again. */
  #textResize?: ResizeObserver;
  #probe?: Element;

  constructor(readonly host: GridHost) {}

  get virtualTop(): number {
    return this.#virtualTop;
  }

  /** Whether keyboard focus is in the grid (a header or a cell; restored after every render). */
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
    this.#rootFont = rootFontSize();
    this.#textResize = new ResizeObserver((entries) => {
      const px = entries.at(-1)?.contentRect.width ?? 0;
      // 0: the grid is hidden (loading); its text size is read again once it shows.
      if (px <= 0 || Math.abs(px - this.#rootFont) < 0.01) return;
      this.#rootFont = px;
      this.#measure();
      this.render();
    });
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
    this.#textResize?.disconnect();
    this.#probe = undefined;
    this.#grid = undefined;
  }

  /** Back to the first row, nothing expanded; `keepFocus`: the same rows again, focus goes back to its event once they are there. */
  reset({ keepFocus = false } = {}): void {
    this.#return.hold(this.host, keepFocus && this.#hasFocus ? this.focus.row : -1);
    this.expanded = null;
    this.#panelHeight = 0;
    this.#virtualTop = 0;
    this.focus = { row: this.focus.row < 0 ? -1 : 0, col: this.focus.col };
    if (this.#grid) this.#setPhysical(0);
  }

  /** `n` rows were inserted above row `at` (live events: at the top, or at their place): rows above the view keep it still. */
  shift(n: number, at = 0): void {
    if (n <= 0) return;
    if (this.focus.row >= at) this.focus = { ...this.focus, row: this.focus.row + n };
    if (this.expanded && this.expanded.index >= at) this.expanded = { ...this.expanded, index: this.expanded.index + n };
    this.#slots.shift(n, at);
    if (this.space.offsetOf(at) < this.#virtualTop) this.#virtualTop += n * this.space.rowHeight;
  }

  /** Scrolls to the top (the "new events" button). */
  scrollToTop(): void {
    this.#scrollToVirtual(0);
  }

  /** Brings a row into view and moves focus to it when focus is in the grid. */
  reveal(index: number): void {
    // The viewport may not be measured yet (the grid was hidden until its rows arrived).
    this.#measure();
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

  /** Moves focus to a cell, scrolling it into view (moving to a header, row -1: the first row). */
  moveFocus(row: number, col: number, { focus = true } = {}): void {
    const total = this.host.gridTotal();
    const cols = this.host.gridColumns().length;
    const next = { row: clamp(row, -1, Math.max(-1, total - 1)), col: clamp(col, 0, Math.max(0, cols - 1)) };
    this.#return.drop();
    const into = next.row >= 0 || this.focus.row >= 0;
    this.focus = next;
    if (total > 0 && into) this.#scrollToVirtual(this.space.revealTop(Math.max(0, next.row), this.#virtualTop), false);
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

  #onKeyDown = (e: KeyboardEvent): void => gridKeyDown(this, e);

  #onClick = (e: MouseEvent): void => gridClick(this, e);

  #onFocusIn = (e: FocusEvent): void => {
    this.#hasFocus = true;
    if (inPanel(e.target)) return;
    const at = cellOf(this.#grid, e.target);
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
      // Focus vanished because a render removed (or hid) the focused node: keep it and restore it.
      queueMicrotask(() => {
        if (this.#grid?.contains((this.host.renderRoot as ShadowRoot).activeElement)) return;
        if (left.isConnected && (left as Element).checkVisibility?.() !== false) this.#hasFocus = false;
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
    space.rowHeight = host.gridRowHeight(this.#rootFont);
    space.total = total;
    if (this.expanded && this.expanded.index >= total) this.expanded = null;
    const panels = host.gridExpands();
    space.expanded = this.expanded && panels ? { index: this.expanded.index, height: this.#panelHeight } : null;
    this.#virtualTop = clamp(this.#virtualTop, 0, space.maxVirtual);
    const back = this.#return.take(host, total, this.#hasFocus);
    if (back !== undefined) [this.focus, this.#virtualTop] = [{ ...this.focus, row: back }, space.revealTop(back, this.#virtualTop)];
    if (this.focus.row >= total) this.focus = { ...this.focus, row: Math.max(total - 1, total === 0 ? -1 : 0) };
    if (this.focus.col >= columns.length) this.focus = { ...this.focus, col: Math.max(0, columns.length - 1) };

    const [first, last] = space.visibleRange(this.#virtualTop);
    // A constant count (the fractional offset changes how many rows show): no node is created
    // or removed while scrolling through the middle.
    const count = Math.min(MAX_ROWS - 1, space.rowsPerViewport + 2 + 2 * OVERSCAN);
    const to = Math.min(total - 1, Math.max(last + OVERSCAN, first - OVERSCAN + count - 1));
    const from = Math.max(0, Math.min(first - OVERSCAN, to - count + 1));
    // A viewport ahead and behind, and every row drawn (the overscan can reach past that into
    // another page when the viewport holds few rows): no drawn row is left loading.
    const rpv = space.rowsPerViewport;
    if (total > 0) host.gridWant(Math.max(0, Math.min(from, first - rpv)), Math.min(total - 1, Math.max(to, last + rpv)));
    const indices: number[] = [];
    // The focused row stays rendered (off screen) while focus is in the grid, so focus survives scrolling.
    const f = this.#hasFocus ? this.focus.row : -1;
    if (f >= 0 && f < from) indices.push(f);
    for (let i = from; i <= to; i++) indices.push(i);
    if (f > to && f < total) indices.push(f);
    this.#slots.assign(indices);

    const ctx = host.gridCellContext();
    const texts = { loading: host.gridLoadingLabel(), pageFailed: (f: number, t: number) => host.gridPageFailed(f, t), retry: host.gridRetryLabel() };
    // A failed page's message and Retry go on the focused row when it is drawn, and on the first
    // failed row in view unless the focused one is in view (so rows in view are never blank).
    const failed = (r: number) => host.gridRow(r).kind === 'error';
    const fr = this.focus.row;
    const focusHead = fr >= 0 && indices.includes(fr) && failed(fr) ? fr : -1;
    let viewHead = -1;
    if (focusHead < first || focusHead > last) for (let r = Math.max(0, first); r <= Math.min(last, total - 1) && viewHead < 0; r++) if (failed(r)) viewHead = r;
    const heads = [focusHead, viewHead];
    const shift = from <= to ? space.offsetOf(from) - this.#virtualTop : 0;
    const expandedRows = this.expanded && panels ? 1 : 0;
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
            ${headerRow(columns.map((c) => host.gridHeader(c, ctx)), this.focus)}
          </div>
          <div class="window" role="rowgroup" part="body">
            <div class="rows" role="presentation" style="transform:translateY(${shift}px)">
              ${repeat(
                indices,
                (i) => this.#slots.get(i)!,
                (i) => this.#row(i, columns, ctx, i < from || i > to, texts, heads, panels),
              )}
            </div>
          </div>
        </div>
        <div class="spacer" aria-hidden="true" style="block-size:${spacer}px"></div>
        <div class="text-probe" aria-hidden="true"></div>`,
      grid,
      { host: this.host },
    );

    // Compared with the last known position, not scrollTop: reading it would force a layout.
    const wanted = space.toPhysical(this.#virtualTop);
    if (Math.abs(this.#lastPhysical - wanted) > 1) this.#setPhysical(wanted);
    this.#observePanel(grid);
    this.#observeProbe(grid);
    this.#restoreFocus(grid);
  }

  #observeProbe(grid: HTMLElement): void {
    if (this.#probe) return;
    this.#probe = grid.querySelector('.text-probe') ?? undefined;
    if (this.#probe) this.#textResize?.observe(this.#probe);
  }

  #row(i: number, columns: readonly ColumnDef[], ctx: CellContext, offscreen: boolean, texts: RowTexts, heads: readonly number[], panels: boolean): TemplateResult {
    const state = this.host.gridRow(i);
    const errorHead = state.kind === 'error' && (i === state.from || heads.includes(i));
    return row({
      index: i,
      state,
      columns,
      ctx,
      focus: this.focus,
      expanded: panels ? (this.expanded?.index ?? -1) : -1,
      selected: panels ? undefined : (this.expanded?.index ?? -1),
      offscreen,
      errorHead,
      texts,
      panel: (event) => this.host.gridPanel(event, i),
    });
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
    if (active && inPanel(active)) return;
    const target = focusTarget(grid, this.focus);
    if (target && active !== target) target.focus({ preventScroll: true });
  }
}
