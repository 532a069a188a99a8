/**
 * The bell's popover where CSS anchor positioning is missing: placed by script beside the bell.
 * No Lit.
 */

/** Positions the popover `panel` under `bell` unless the browser anchors it with CSS. */
export function placePanel(panel: HTMLElement, bell: Element, rtl: boolean): void {
  if (CSS.supports('position-area: bottom')) return;
  const r = bell.getBoundingClientRect();
  const width = panel.offsetWidth;
  const x = Math.max(8, Math.min(rtl ? r.left : r.right - width, innerWidth - width - 8));
  panel.style.inset = `${r.bottom + 4}px auto auto ${x}px`;
}
