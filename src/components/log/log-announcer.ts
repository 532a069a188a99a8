/**
 * The polite live region of `<ev-log>` (a copied link, the "N new events" button appearing, the
 * page a pager button opened). Every announcement is said, also the same words twice in a row
 * (see `LiveText`, shared with `<ev-detail>` and `<ev-map>`).
 */
import { type ReactiveController, type ReactiveControllerHost, html } from 'lit';
import { LiveText } from '../../controllers/live-text.js';

/** How long the region stays empty before words it held already are said again. */
export const ANNOUNCE_GAP_MS = 50;

export class LogAnnouncer implements ReactiveController {
  readonly #live: LiveText;

  constructor(readonly element: ReactiveControllerHost) {
    element.addController(this);
    this.#live = new LiveText(() => element.requestUpdate(), { gapMs: ANNOUNCE_GAP_MS });
  }

  hostDisconnected(): void {
    this.#live.cancel();
  }

  /** Says `text` (also when it is what the region says already). */
  say(text: string): void {
    this.#live.say(text);
  }

  /** The live region (always rendered, so that a screen reader watches it before it speaks). */
  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#live.text}</div>`;
  }
}
