/**
 * Closes the log's columns menu (a `<details>` popover over the content) on a pointer press
 * anywhere outside it, on the page or in the log, as the actions panel closes; a press inside it
 * (a checkbox, its own button) is left to the menu. Keyboard focus leaving it is handled in log-parts.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MenuCloser implements ReactiveController {
  constructor(readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onDown, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onDown, true);
  }

  #onDown = (e: Event): void => {
    const menu = this.host.renderRoot.querySelector<HTMLDetailsElement>('details[part~="columns-menu"][open]');
    if (menu && !e.composedPath().includes(menu)) menu.open = false;
  };
}
