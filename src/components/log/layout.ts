/**
 * The scroll geometry of the virtual body: fixed-height rows, at most one expanded panel of
 * measured height, and a scaled scroll space.
 *
 * Browsers cap an element's height (about 16.7 million px in Chromium, less in others), so a
 * million rows of 48 px cannot be laid out at their true height. The physical scroll range is
 * capped at `MAX_PHYSICAL_PX` and mapped linearly onto the virtual range: the first and last
 * row are reachable exactly, and every position in between maps to one row offset. The
 * rendered rows are positioned relative to the first visible row, never at their absolute
 * virtual offset, so no coordinate ever exceeds a few thousand pixels.
 */

/** Cap of the physical scroll height: safely under every engine's element-height limit. */
export const MAX_PHYSICAL_PX = 8_000_000;

export interface Expanded {
  /** Display index of the expanded row. */
  index: number;
  /** Measured height of its panel (px). */
  height: number;
}

export class ScrollSpace {
  rowHeight = 48;
  total = 0;
  /** Height of the visible rows area (px). */
  viewport = 0;
  expanded: Expanded | null = null;
  /** Physical cap; a property so tests can exercise scaling with small numbers. */
  maxPhysical = MAX_PHYSICAL_PX;

  /** Height of all rows plus the expanded panel, in virtual px. */
  get virtualHeight(): number {
    return this.total * this.rowHeight + (this.expanded && this.expanded.index < this.total ? this.expanded.height : 0);
  }

  /** Height of the scrollable content in real px (never above the cap). */
  get physicalHeight(): number {
    return Math.min(this.virtualHeight, this.maxPhysical);
  }

  /** Largest virtual scroll position (the last row's bottom at the viewport's bottom). */
  get maxVirtual(): number {
    return Math.max(0, this.virtualHeight - this.viewport);
  }

  get maxPhysicalScroll(): number {
    return Math.max(0, this.physicalHeight - this.viewport);
  }

  /** Virtual px per physical px (1 unless the content is taller than the cap). */
  get scale(): number {
    const physical = this.maxPhysicalScroll;
    return physical > 0 ? this.maxVirtual / physical : 1;
  }

  get scaled(): boolean {
    return this.virtualHeight > this.maxPhysical;
  }

  toVirtual(scrollTop: number): number {
    return clamp(scrollTop * this.scale, 0, this.maxVirtual);
  }

  toPhysical(virtualTop: number): number {
    const scale = this.scale;
    return clamp(scale > 0 ? virtualTop / scale : 0, 0, this.maxPhysicalScroll);
  }

  /** Virtual offset of the top of row `index`. */
  offsetOf(index: number): number {
    const e = this.expanded;
    return index * this.rowHeight + (e && index > e.index ? e.height : 0);
  }

  /** The row at virtual offset `v` (a position inside a panel belongs to its row). */
  indexAt(v: number): number {
    if (this.total === 0) return 0;
    const e = this.expanded;
    let index: number;
    if (!e || v < (e.index + 1) * this.rowHeight) index = Math.floor(v / this.rowHeight);
    else if (v < (e.index + 1) * this.rowHeight + e.height) index = e.index;
    else index = Math.floor((v - e.height) / this.rowHeight);
    return clamp(index, 0, this.total - 1);
  }

  /** First and last (inclusive) row intersecting the viewport at virtual position `v`. */
  visibleRange(v: number): [number, number] {
    if (this.total === 0) return [0, -1];
    return [this.indexAt(v), this.indexAt(Math.max(v, v + this.viewport - 1))];
  }

  /** Rows that fit in the viewport (at least 1). */
  get rowsPerViewport(): number {
    return Math.max(1, Math.floor(this.viewport / this.rowHeight));
  }

  /** The virtual position that brings row `index` fully into view with the least movement. */
  revealTop(index: number, current: number): number {
    const top = this.offsetOf(index);
    const bottom = top + this.rowHeight;
    if (top < current) return top;
    if (bottom > current + this.viewport) return clamp(bottom - this.viewport, 0, this.maxVirtual);
    return current;
  }
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** The page's root font size in px (16 when it cannot be read). */
export function rootFontSize(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}
