import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EventsApiError, isAbortError } from '../client/errors.js';
import type { EventsClient } from '../client/types.js';
import { clientContext } from '../context/client-context.js';
import { ContextFollower } from '../context/context-follower.js';
import { storeContext } from '../context/store-context.js';
import { EvStore, type StateChange, type StoreChangeEvent } from '../context/store.js';
import { EvErrorEvent } from '../events/ev-error.js';
import { EvElement } from './ev-element.js';
import { canRetry, emptyView, errorMessage, errorView, loadingView, noClientView } from './state-views.js';

/** `not-found`: the one record an element shows is gone (`<ev-detail>` when the server answers 404). */
export type ViewState = 'loading' | 'empty' | 'error' | 'ready' | 'no-client' | 'not-found';

/**
 * Base of every element that shows data from a client: resolves the client (`.client`, else the
 * closest `<ev-source>`), the shared store (the source's, else a private one), re-renders on
 * store changes, exposes its view state as a custom state (`:state(loading)` …), and renders
 * the shared loading / empty / error views. Registers nothing.
 */
export class EvDataElement extends EvElement {
  /** The events client. Overrides the one from a surrounding `<ev-source>`. */
  @property({ attribute: false }) client?: EventsClient;

  /** The client the surrounding `<ev-source>` hands down (undefined outside one, or when no source above has one). */
  @state() protected contextClient?: EventsClient;

  /** The store of the surrounding `<ev-source>` (undefined outside one). */
  @state() protected contextStore?: EvStore;

  #ownStore?: EvStore;
  #subscribedStore?: EvStore;
  #internals?: ElementInternals;
  #viewState?: ViewState;
  /** A state view's button (Retry, an empty view's action) had focus when it ran: it goes away with its view. */
  #refocus = false;

  constructor() {
    super();
    // Put back where no source answers (moved out of every `<ev-source>`), both are cleared: the
    // element is on its own (its `.client`, its own store), as if it had never been in one.
    new ContextFollower(this, clientContext, (value) => (this.contextClient = value));
    new ContextFollower(this, storeContext, (value) => (this.contextStore = value));
    this.addController({ hostUpdated: () => this.#refocus && void this.updateComplete.then(() => this.#restoreFocus()) });
  }

  /** Runs a state view's action; when its button had focus, finds focus a new place. */
  #keepingFocus(run: () => void): () => void {
    return () => {
      const focused = this.shadowRoot?.activeElement != null;
      run();
      this.#refocus = focused && !this.focusAfterStateAction();
    };
  }

  /**
   * A state view's action (Retry, an empty view's action) ran from the keyboard and its button
   * goes away with the view. An element with a better place for focus moves it and returns true;
   * by default focus goes to the first control shown once the element has loaded.
   */
  protected focusAfterStateAction(): boolean {
    return false;
  }

  /**
   * After a state view's action: once its button is gone and focus with it (nothing else took it,
   * in the element or on the page), focus the first control shown, so it is not lost to the page.
   */
  #restoreFocus(): void {
    if (!this.#refocus) return;
    const active = document.activeElement;
    if (this.shadowRoot?.activeElement || (active && active !== document.body && active !== this)) {
      this.#refocus = false;
      return;
    }
    const target = [...this.renderRoot.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].find(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    // An error view without Retry (nothing to try again) takes focus itself.
    const view = target ?? (this.#viewState === 'error' ? this.renderRoot.querySelector<HTMLElement>('[part="error"][tabindex="-1"]') : null);
    if (!view) return; // still loading: after a later update
    this.#refocus = false;
    view.focus();
  }

  /** The client in use: the `client` property, else the surrounding source's. */
  get effectiveClient(): EventsClient | undefined {
    return this.client ?? this.contextClient;
  }

  /** The shared state: the surrounding source's store, else this element's own. */
  get store(): EvStore {
    if (this.contextStore) return this.contextStore;
    this.#ownStore ??= new EvStore();
    return this.#ownStore;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscribedStore?.removeEventListener('change', this.#onStoreChange);
    this.#subscribedStore = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('contextStore')) this.#subscribe();
  }

  #subscribe(): void {
    const store = this.store;
    if (store === this.#subscribedStore) return;
    this.#subscribedStore?.removeEventListener('change', this.#onStoreChange);
    store.addEventListener('change', this.#onStoreChange);
    this.#subscribedStore = store;
  }

  #onStoreChange = (event: Event): void => {
    this.storeChanged((event as StoreChangeEvent).changed, event as StoreChangeEvent);
    this.requestUpdate();
  };

  /** Called when the shared state changes (before the re-render); `event.restored` when it came from the URL. */
  protected storeChanged(_changed: ReadonlySet<StateChange>, _event?: StoreChangeEvent): void {}

  /** Sets the view state, reflected as a custom state (`:state(loading)`, `:state(error)` …). */
  protected setViewState(next: ViewState): void {
    if (next === this.#viewState) return;
    this.#internals ??= this.attachInternals();
    const states = this.#internals.states;
    if (this.#viewState) states.delete(this.#viewState);
    states.add(next);
    this.#viewState = next;
  }

  get viewState(): ViewState | undefined {
    return this.#viewState;
  }

  /** Reports a failed request as `ev-error` (never for aborts). */
  protected reportError(error: unknown, operation: string): void {
    if (isAbortError(error) || !(error instanceof EventsApiError)) return;
    this.emit(new EvErrorEvent({ error, operation }));
  }

  /** A short user-facing message for an error; never includes response bodies or tokens. */
  protected errorMessage(error: unknown): { title: string; detail: string } {
    return errorMessage(this.i18n.common, error);
  }

  protected renderLoading(label?: string): TemplateResult {
    return loadingView(label ?? this.i18n.common.loading);
  }

  protected renderError(error: unknown, retry: () => void): TemplateResult {
    return errorView(this.i18n.common, this.errorMessage(error), canRetry(error) ? this.#keepingFocus(retry) : undefined);
  }

  protected renderEmpty(message: string, action?: { label: string; run: () => void }): TemplateResult {
    return emptyView(message, action && { ...action, run: this.#keepingFocus(action.run) });
  }

  protected renderNoClient(): TemplateResult {
    return noClientView(this.i18n.common);
  }
}
