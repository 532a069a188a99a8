/**
 * The bell's popover where CSS anchor positioning is missing (or cannot place it: a panel width
 * that is no length): placed by script beside the bell, as the styles place it elsewhere. No Lit.
 */

/** What stops the following, per bell. */
const stops = new WeakMap<Element, () => void>();

/**
 * Unless the browser anchors it with CSS (the placement's inline style turns that off,
 * `.panel[style]`): while the `host` bell's panel is open as a popover, keeps it beside the bell:
 * below or above, whichever has more room (as `position-try` picks), and never taller than that
 * room (`--_ev-bell-room` in the panel's `max-height`), so it stays on screen without covering the
 * bell. Measured again every frame while open, so it follows whatever moves the bell (the window
 * resized, the page or a container scrolled, also inside shadow roots, a banner inserted above
 * it): a few reads of clean layout, written only when the placement changes. Called on every
 * opening, closing and change of variant: a closed panel or the drawer is handed back to the
 * styles.
 */
export function followBell(host: Element & { variant: string }): void {
  stops.get(host)?.();
  const root = host.shadowRoot!;
  const panel = root.querySelector<HTMLElement>('#panel');
  if (host.variant === 'drawer' || !panel?.matches(':popover-open')) return;
  const style = getComputedStyle(panel);
  // Anchored by the styles, unless the page's panel width is no length (`auto`, `max-content`): they
  // need one to keep the panel beside the bell.
  if (CSS.supports('position-area: self-block-end span-self-inline-start') && CSS.supports(`inset:calc(${style.getPropertyValue('--_ev-bell-w')})`)) return;
  const bell = root.querySelector('.bell')!;
  let frame = 0;
  let last = '';
  // The room a fixed box has: the viewport without classic scrollbars (`innerWidth` / `innerHeight` include them, so
  // the panel could sit under one). In quirks mode `body` reports it (the root element is as large as the page there).
  const view = (document.compatMode == 'BackCompat' && document.body) || document.documentElement;
  const place = () => {
    frame = requestAnimationFrame(place);
    const r = bell.getBoundingClientRect();
    const vw = view.clientWidth;
    const vh = view.clientHeight;
    const width = panel.offsetWidth;
    // Its inline margin from the viewport's edges (the left inset places the margin box), as with anchoring.
    const m = parseFloat(style.marginLeft);
    const x = Math.max(m, Math.min(style.direction === 'rtl' ? r.left : r.right - width, vw - width - m)) - m;
    // The gap to the bell and to the viewport's edge: the panel's margin, as with anchoring.
    const gap = parseFloat(style.marginTop);
    const below = vh - r.bottom - 2 * gap;
    const above = r.top - 2 * gap;
    const inset = below >= above ? `${r.bottom}px auto auto ${x}px` : `auto auto ${vh - r.top + gap}px ${x}px`;
    const room = `${Math.max(below, above)}px`;
    if (inset + room === last) return;
    last = inset + room;
    panel.style.inset = inset;
    panel.style.setProperty('--_ev-bell-room', room);
  };
  place();
  stops.set(host, () => {
    cancelAnimationFrame(frame);
    // Its only inline style: the placement.
    panel.removeAttribute('style');
  });
}
