/**
 * The polite live region of `<ev-log>` (a copied link, the "N new events" button appearing, the
 * page a pager button opened). The same words twice in a row would leave the region unchanged and
 * screen readers silent: it is emptied first and the words come back a moment later, so every
 * announcement is said (as `<ev-detail>`, `<ev-map>` and the notification bell do).
 */
import { type ReactiveController, type ReactiveControllerHost, html } from 'lit';

/** How long the region stays empty before words it held already are said again. */
export const ANNOUNCE_GAP_MS = 50;

export class LogAnnouncer implements ReactiveController {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(readonly element: ReactiveControllerHost) {
    element.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Says `text` (also when it is what the region says already). */
  say(text: string): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#text) {
      this.#text = text;
      this.element.requestUpdate();
      return;
    }
    this.#text = '';
    this.element.requestUpdate();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#text = text;
      this.element.requestUpdate();
    }, ANNOUNCE_GAP_MS);
  }

  /** The live region (always rendered, so that a screen reader watches it before it speaks). */
  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#text}</div>`;
  }
}
