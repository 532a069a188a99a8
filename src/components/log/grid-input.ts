/**
 * What keys and clicks on the grid do. Keys: Enter toggles the focused row's panel (retries a
 * failed row's page), Escape
 * collapses it (from inside the panel too, putting focus back on its row), the navigation keys
 * move focus between cells (grid-keys.ts). Clicks: a header sorts, a failed page's button
 * retries, a row toggles, unless the click ended a text selection. Both listen on the grid.
 */
import { cellOf, inPanel } from './grid-dom.js';
import { navigate } from './grid-keys.js';
import type { VirtualGrid } from './virtual-grid.js';

export function gridKeyDown(g: VirtualGrid, e: KeyboardEvent): void {
  if (inPanel(e.target)) {
    if (e.key === 'Escape' && g.expanded) {
      e.preventDefault();
      g.collapseToRow();
    }
    return;
  }
  const at = cellOf(e.currentTarget as HTMLElement, e.target);
  if (!at || e.altKey || e.metaKey) return;
  const { row, col } = at;
  if (e.key === 'Enter') {
    if (row >= 0) {
      e.preventDefault();
      if (g.host.gridRow(row).kind === 'error') g.host.gridRetry();
      else toggle(g, row);
    }
    return;
  }
  if (e.key === 'Escape') {
    if (g.expanded) {
      e.preventDefault();
      g.collapse();
      g.moveFocus(row, col);
    }
    return;
  }
  const target = navigate(e.key, e.ctrlKey, at, {
    rtl: g.host.effectiveDir === 'rtl',
    page: g.space.rowsPerViewport,
    lastRow: g.host.gridTotal() - 1,
    lastCol: g.host.gridColumns().length - 1,
  });
  if (!target) return;
  e.preventDefault();
  g.moveFocus(target.row, target.col);
}

export function gridClick(g: VirtualGrid, e: MouseEvent): void {
  const el = e.target instanceof Element ? e.target : null;
  if (!el || inPanel(el)) return;
  const retry = el.closest('[data-retry]');
  if (retry) {
    g.host.gridRetry();
    return;
  }
  const sort = el.closest<HTMLElement>('button[data-sort]');
  if (sort) {
    const column = g.host.gridColumns()[Number(sort.dataset.sort)];
    if (column) g.host.gridSort(column);
    return;
  }
  const at = cellOf(e.currentTarget as HTMLElement, el);
  if (!at || at.row < 0) return;
  const root = g.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
  const selection = root.getSelection?.() ?? document.getSelection();
  if (selection && !selection.isCollapsed && selection.toString().trim()) return;
  g.focus = { row: at.row, col: at.col };
  toggle(g, at.row);
}

/** Expands row `index` (unless its activation is cancelled), or collapses it when it is the expanded one. */
function toggle(g: VirtualGrid, index: number): void {
  if (g.expanded?.index === index) {
    g.collapse();
    return;
  }
  const state = g.host.gridRow(index);
  if (state.kind !== 'row') return;
  if (!g.host.gridActivate(index, state.event)) return;
  g.expand(index, state.event.pk);
}
