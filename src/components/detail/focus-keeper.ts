/**
 * Keeps the focus in `<ev-detail>` when what it was on goes away in an update: a slow load
 * replaces the previous event with the loading view, the loaded event replaces the loading view,
 * a section the new event does not have is dropped. Focus would fall to the page (`<body>`),
 * and a keyboard or screen-reader user would have to find the detail again. Instead it moves to
 * what now stands in that place: the event's card (named by its action), else the loading view,
 * the "no longer exists" note or the error view, each focusable by script only (`tabindex=-1`).
 * Focus on a state view's button (Retry) is left to `EvDataElement`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus may be lost from: the event's card, or the loading view focus was moved to. */
const CONTENT = '[part~="base"], [part~="loading"]';

/** Where focus goes instead, the first one shown. */
const TARGETS = '[part~="base"], [part~="loading"], [part~="not-found"], [part~="error"]';

export class FocusKeeper implements ReactiveController {
  /** Focus was in the content when the update began. */
  #hadFocus = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    this.#hadFocus = !!active && !!active.closest(CONTENT);
  }

  hostUpdated(): void {
    if (!this.#hadFocus) return;
    this.#hadFocus = false;
    const root = this.host.shadowRoot;
    // Still in the detail (the focused control was kept), or taken elsewhere meanwhile.
    if (!root || root.activeElement || (document.activeElement && document.activeElement !== document.body)) return;
    const target = root.querySelector<HTMLElement>(TARGETS);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}
