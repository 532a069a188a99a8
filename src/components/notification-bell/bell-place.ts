/**
 * The bell's popover where CSS anchor positioning is missing: placed by script beside the bell,
 * as the styles place it elsewhere. No Lit.
 */

/**
 * Positions the popover `panel` beside `bell` unless the browser anchors it with CSS: below or
 * above, whichever has more room (as `position-try` picks), and never taller than that room
 * (`--_ev-bell-room` in the panel's `max-height`), so it stays on screen without covering the bell.
 */
export function placePanel(panel: HTMLElement, bell: Element, rtl: boolean): void {
  if (CSS.supports('position-area: bottom')) return;
  const r = bell.getBoundingClientRect();
  const width = panel.offsetWidth;
  const x = Math.max(8, Math.min(rtl ? r.left : r.right - width, innerWidth - width - 8));
  // The gap to the bell and to the viewport's edge: the panel's margin, as with anchoring.
  const gap = parseFloat(getComputedStyle(panel).marginTop);
  const below = innerHeight - r.bottom - 2 * gap;
  const above = r.top - 2 * gap;
  panel.style.inset = below >= above ? `${r.bottom}px auto auto ${x}px` : `auto auto ${innerHeight - r.top + gap}px ${x}px`;
  panel.style.setProperty('--_ev-bell-room', `${Math.max(below, above)}px`);
}
