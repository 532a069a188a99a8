/**
 * The grid's keyboard model (WAI-ARIA grid pattern): which cell a key moves focus to. Row -1 is
 * the header row. Left / Right follow the reading direction. Home / End go to the first / last
 * cell of the row; Ctrl+Home / Ctrl+End to the first cell of the first row (the column headers,
 * which are the grid's first row) / the last cell of the last row. PageUp / PageDown move by a
 * screenful of rows, the header row counted as one: PageUp from within the first page reaches the
 * header row (from there focus does not move).
 */
export interface Focus {
  /** Display row; -1 is the header row. */
  row: number;
  col: number;
}

export interface KeyContext {
  rtl: boolean;
  /** Rows per screenful (PageUp / PageDown). */
  page: number;
  lastRow: number;
  lastCol: number;
}

/** The cell a navigation key moves to, or undefined when the key does not navigate. */
export function navigate(key: string, ctrl: boolean, at: Focus, c: KeyContext): Focus | undefined {
  const { row, col } = at;
  switch (key) {
    case 'ArrowDown':
      return { row: Math.min(row + 1, c.lastRow), col };
    case 'ArrowUp':
      return { row: Math.max(row - 1, -1), col };
    case 'ArrowRight':
      return { row, col: Math.min(Math.max(c.rtl ? col - 1 : col + 1, 0), c.lastCol) };
    case 'ArrowLeft':
      return { row, col: Math.min(Math.max(c.rtl ? col + 1 : col - 1, 0), c.lastCol) };
    case 'Home':
      return { row: ctrl ? -1 : row, col: 0 };
    case 'End':
      return { row: ctrl ? c.lastRow : row, col: c.lastCol };
    case 'PageDown':
      return { row: Math.min(row + c.page, c.lastRow), col };
    case 'PageUp':
      return { row: Math.max(row - c.page, -1), col };
    default:
      return undefined;
  }
}
