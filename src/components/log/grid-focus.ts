/**
 * Keyboard focus across a reload of the same rows (Refresh, a live view starting over after a
 * gap, a new source or `.events` array for the same query): the grid parks focus on the column
 * headers while the rows load, then puts it back on the event it was on, in the same column.
 */
import type { GridHost } from './grid-host.js';

interface Held {
  row: number;
  pk: string | undefined;
}

/** The event shown in row `index`, if loaded. */
function pkAt(host: GridHost, index: number): string | undefined {
  const state = host.gridRow(index);
  return state.kind === 'row' ? state.event.pk : undefined;
}

export class FocusReturn {
  #held: Held | null = null;

  /** The rows are about to load again with focus on row `row` (-1: none to go back to). Call before they go. */
  hold(host: GridHost, row: number): void {
    this.#held = row >= 0 ? { row, pk: pkAt(host, row) } : null;
  }

  /** Focus was moved on purpose: nothing to go back to. */
  drop(): void {
    this.#held = null;
  }

  /**
   * Once rows are there, the row focus goes back to: its event's row when that is loaded near
   * where it was (new events above it move it down), else the same row (or the last one).
   * Undefined while nothing is held, the rows are not there yet, or focus has left the grid.
   */
  take(host: GridHost, total: number, hasFocus: boolean): number | undefined {
    const held = this.#held;
    if (!held || total <= 0) return undefined;
    this.#held = null;
    if (!hasFocus) return undefined;
    if (held.pk !== undefined) {
      const to = Math.min(total - 1, held.row + 500);
      for (let i = Math.max(0, held.row - 100); i <= to; i++) if (pkAt(host, i) === held.pk) return i;
    }
    return Math.min(held.row, total - 1);
  }
}
