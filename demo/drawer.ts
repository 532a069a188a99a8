/**
 * The detail drawer: open while the shared state has a selection (a row, a map popup, a
 * notification, or `?event=` in a link), closed by its button or Escape, which clear the
 * selection. Focus moves into the drawer when the user opened it, and back when it closes.
 */
import type { EvSource } from '../src/components/source/source.js';

export function setupDrawer(source: EvSource, drawer: HTMLElement): void {
  const close = drawer.querySelector<HTMLButtonElement>('#drawer-close')!;
  const title = drawer.querySelector<HTMLElement>('#drawer-title')!;
  let returnTo: HTMLElement | null = null;
  let userOpened = false;

  /** The element with focus, looking into shadow roots (a cell of the log's grid). */
  const focused = (): HTMLElement | null => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el instanceof HTMLElement ? el : null;
  };

  const sync = () => {
    const open = source.selection !== null;
    if (open === !drawer.hidden) return;
    drawer.hidden = !open;
    document.body.classList.toggle('drawer-open', open);
    if (open && userOpened) title.focus();
    if (!open && returnTo?.isConnected) returnTo.focus();
    if (!open) returnTo = null;
    userOpened = false;
  };

  // An element chose an event: remember where the user was, and take focus along on open.
  source.addEventListener('ev-select', () => {
    returnTo = focused();
    userOpened = true;
    queueMicrotask(sync);
  });
  source.store.addEventListener('change', sync);
  close.addEventListener('click', () => (source.selection = null));
  drawer.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      source.selection = null;
    }
  });
  sync();
}
