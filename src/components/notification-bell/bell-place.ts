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
  const place = () => {
    frame = requestAnimationFrame(place);
    const r = bell.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    // Its insets in the room a fixed box has, its containing block (used values, as it is positioned): the
    // viewport without classic scrollbars or gutters, wherever they are (at the left in some RTL pages;
    // `innerWidth` includes them, `clientWidth` may too), in quirks mode as in standards mode.
    const left = parseFloat(style.left);
    // Its end lined up with the bell's, moved no further than its margins from the room's edges, as with
    // anchoring: between none and all of the room beside it.
    const x = Math.max(0, Math.min(left + (style.direction === 'rtl' ? r.left - p.left : r.right - p.right), left + parseFloat(style.right)));
    // The gap to the bell and to the room's edge: the panel's margin, as with anchoring (none below it).
    const gap = parseFloat(style.marginTop);
    // The room's top and bottom edges.
    const top = p.top - parseFloat(style.top) - gap;
    const bottom = p.bottom + parseFloat(style.bottom);
    const below = bottom - r.bottom - 2 * gap;
    const above = r.top - top - 2 * gap;
    const inset = below >= above ? `${r.bottom - top}px auto auto ${x}px` : `auto auto ${bottom - r.top + gap}px ${x}px`;
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
