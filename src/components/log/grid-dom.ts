/**
 * DOM look-ups of the grid and the row-slot bookkeeping behind node recycling.
 */
import type { Focus } from './grid-keys.js';

/** The cell (or header button's cell) an event target is in, with its row and column. */
export function cellOf(grid: HTMLElement | undefined, target: EventTarget | null): { row: number; col: number; el: HTMLElement } | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  const cell = target.closest<HTMLElement>('.data-row > [role="gridcell"], .header-row > [role="columnheader"]');
  if (!cell || !grid?.contains(cell)) return undefined;
  const row = cell.parentElement as HTMLElement;
  const col = Array.prototype.indexOf.call(row.children, cell);
  return { row: row.dataset.index === undefined ? -1 : Number(row.dataset.index), col, el: cell };
}

/** Whether the target is inside an expanded row's panel (its own controls handle keys). */
export function inPanel(target: EventTarget | null): boolean {
  return target instanceof Element && Boolean(target.closest('.panel-row'));
}

/** The element that takes focus for a focus position: a header's sort button, a failed row's Retry button, or a cell. */
export function focusTarget(grid: HTMLElement, { row, col }: Focus): HTMLElement | null {
  if (row < 0) return grid.querySelector<HTMLElement>(`.header-row > :nth-child(${col + 1}) button`);
  const el = grid.querySelector<HTMLElement>(`.data-row[data-index="${row}"]`);
  const cell = el?.classList.contains('error') ? (el.querySelector('[data-retry]') ?? el.children[0]) : el?.children[col];
  return (cell as HTMLElement | undefined) ?? null;
}

/**
 * Row index → slot (the key of the row's DOM node). A row keeps its slot while it stays
 * rendered; entering rows take the slots of leaving ones in their old order, so a scroll by one
 * row moves one node and a full turnover rewrites nodes in place without moving any.
 */
export class RowSlots {
  #slots = new Map<number, number>();
  #next = 0;

  get(index: number): number | undefined {
    return this.#slots.get(index);
  }

  assign(indices: readonly number[]): void {
    const next = new Map<number, number>();
    const free: number[] = [];
    const keep = new Set(indices);
    for (const [i, s] of this.#slots) if (!keep.has(i)) free.push(s);
    for (const i of indices) {
      const s = this.#slots.get(i);
      if (s !== undefined) next.set(i, s);
    }
    let k = 0;
    for (const i of indices) if (!next.has(i)) next.set(i, k < free.length ? free[k++]! : this.#next++);
    this.#slots = next;
  }

  /** Rows from `at` on moved down by `n` (inserted above them): their nodes follow them. */
  shift(n: number, at = 0): void {
    const slots = new Map<number, number>();
    for (const [i, s] of this.#slots) slots.set(i >= at ? i + n : i, s);
    this.#slots = slots;
  }
}
