/**
 * The small base of `<ev-notification-bell>`: what it needs of `EvDataElement` (the `client`
 * property, the client and store of a surrounding `<ev-source>`, view states, the shared state
 * views) without the generic store and context machinery, so the bell's script-tag bundle stays
 * small. Context is requested with the `@lit/context` protocol, so `<ev-source>` provides to it
 * exactly as to every other element. A provider upgraded after the bell announces itself with a
 * `context-provider` event; the bell then asks again (what `@lit/context`'s `ContextRoot` does
 * for `EvElement`s, without shipping it in the bell's bundle).
 */
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EvBaseElement } from '../../base/ev-element.js';
import { canRetry, errorMessage, errorView, loadingView, messageView, noClientView } from '../../base/state-views.js';
import type { NotificationClient } from '../../client/types.js';
import { clientContext } from '../../context/client-context.js';
import { storeContext } from '../../context/store-context.js';
import type { EvStore } from '../../context/store.js';
import { stateStyles } from '../../styles/shared.styles.js';

/** A `context-request` event of the community context protocol (what `@lit/context` providers answer). */
class ContextRequest extends Event {
  constructor(
    readonly context: unknown,
    readonly contextTarget: Element,
    readonly callback: (value: unknown, unsubscribe?: () => void) => void,
    readonly subscribe = true,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

export type BellViewState = 'loading' | 'error' | 'ready' | 'no-client';

/** Base class of `<ev-notification-bell>`; registers nothing. */
export class BellBase extends EvBaseElement {
  static override styles = [EvBaseElement.styles, stateStyles];

  /** The client (any `EventsClient`, or just its notification methods). Overrides a surrounding `<ev-source>`'s. */
  @property({ attribute: false }) client?: NotificationClient;

  #context: { client?: NotificationClient; store?: EvStore } = {};
  #unsubscribe: Array<() => void> = [];
  #internals?: ElementInternals;
  #viewState?: BellViewState;

  /** The client in use: the `client` property, else the surrounding source's. */
  get effectiveClient(): NotificationClient | undefined {
    return this.client ?? this.#context.client;
  }

  /** The shared state of a surrounding `<ev-source>` (time zone, selection), if any. */
  get store(): EvStore | undefined {
    return this.#context.store;
  }

  /** Asks for each context not answered yet (on connect, and when a provider appears later). */
  #ask?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    const asks: Array<() => void> = [];
    for (const [key, context] of [['client', clientContext], ['store', storeContext]] as const) {
      let unsubscribe: (() => void) | undefined;
      let answered = false;
      const callback = (value: unknown, next?: () => void) => {
        answered = true;
        if (unsubscribe !== next) unsubscribe?.();
        unsubscribe = next;
        this.#context.store?.removeEventListener('change', this.#rerender);
        (this.#context as Record<string, unknown>)[key] = value;
        this.#context.store?.addEventListener('change', this.#rerender);
        this.requestUpdate();
      };
      // Built first, then dispatched: not one of the element's own events (the manifest skips it).
      asks.push(() => {
        if (answered) return;
        const request = new ContextRequest(context, this, callback);
        this.dispatchEvent(request);
      });
      this.#unsubscribe.push(() => unsubscribe?.());
    }
    this.#ask = () => asks.forEach((ask) => ask());
    this.#ask();
    document.addEventListener('context-provider', this.#ask);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('context-provider', this.#ask!);
    for (const off of this.#unsubscribe.splice(0)) off();
    this.#context.store?.removeEventListener('change', this.#rerender);
    this.#context = {};
  }

  #rerender = (): void => this.requestUpdate();

  /** Sets the view state, reflected as a custom state (`:state(loading)`, `:state(error)` …). */
  protected setViewState(next: BellViewState): void {
    if (next === this.#viewState) return;
    const states = (this.#internals ??= this.attachInternals()).states;
    if (this.#viewState) states.delete(this.#viewState);
    states.add((this.#viewState = next));
  }

  /** What the bell shows: `loading` (no count yet), `ready`, `error` (the count failed) or `no-client`. */
  get viewState(): BellViewState | undefined {
    return this.#viewState;
  }

  protected renderLoading(label?: string): TemplateResult {
    return loadingView(label ?? this.i18n.common.loading);
  }

  protected renderError(error: unknown, retry: () => void): TemplateResult {
    return errorView(this.i18n.common, errorMessage(this.i18n.common, error), canRetry(error) ? retry : undefined);
  }

  protected renderEmpty(message: string): TemplateResult {
    return messageView(message);
  }

  protected renderNoClient(): TemplateResult {
    return noClientView(this.i18n.common);
  }
}
