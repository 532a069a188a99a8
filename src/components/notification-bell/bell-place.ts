/**
 * The bell's popover where CSS anchor positioning is missing: placed by script beside the bell,
 * as the styles place it elsewhere. No Lit.
 */

/** What stops the following, per bell. */
const stops = new WeakMap<Element, () => void>();

/**
 * Unless the browser anchors it with CSS: while the `host` bell's panel is open as a popover,
 * keeps it beside the bell: below or above, whichever has more room (as `position-try` picks),
 * and never taller than that room (`--_ev-bell-room` in the panel's `max-height`), so it stays on
 * screen without covering the bell; placed again (once a frame) when the window is resized or the
 * page or any container around the bell scrolls, also inside shadow roots. Called on every
 * opening, closing and change of variant: a closed panel or the drawer is handed back to the styles.
 */
export function followBell(host: Element & { variant: string }): void {
  stops.get(host)?.();
  const root = host.shadowRoot!;
  const panel = root.querySelector<HTMLElement>('#panel');
  if (host.variant === 'drawer' || !panel?.matches(':popover-open') || CSS.supports('position-area: self-block-end span-self-inline-start')) return;
  const bell = root.querySelector('.bell')!;
  let frame = 0;
  const place = () => {
    frame = 0;
    const r = bell.getBoundingClientRect();
    const width = panel.offsetWidth;
    const style = getComputedStyle(panel);
    const x = Math.max(8, Math.min(style.direction === 'rtl' ? r.left : r.right - width, innerWidth - width - 8));
    // The gap to the bell and to the viewport's edge: the panel's margin, as with anchoring.
    const gap = parseFloat(style.marginTop);
    const below = innerHeight - r.bottom - 2 * gap;
    const above = r.top - 2 * gap;
    panel.style.inset = below >= above ? `${r.bottom}px auto auto ${x}px` : `auto auto ${innerHeight - r.top + gap}px ${x}px`;
    panel.style.setProperty('--_ev-bell-room', `${Math.max(below, above)}px`);
  };
  const later = () => (frame ||= requestAnimationFrame(place));
  // Scroll events stop at their shadow root: listened to on each root up from the host, and the window.
  const targets: EventTarget[] = [window];
  for (let node: Node = host; (node = node.getRootNode()) instanceof ShadowRoot; node = node.host) targets.push(node);
  for (const t of targets) t.addEventListener('scroll', later, true);
  addEventListener('resize', later);
  place();
  stops.set(host, () => {
    cancelAnimationFrame(frame);
    for (const t of targets) t.removeEventListener('scroll', later, true);
    removeEventListener('resize', later);
    // Its only inline style: the placement.
    panel.removeAttribute('style');
  });
}
