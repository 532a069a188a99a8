import { consume } from '@lit/context';
import { type PropertyValues, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EventsApiError, EventsHttpError, EventsValidationError, isAbortError } from '../client/errors.js';
import type { EventsClient } from '../client/types.js';
import { clientContext } from '../context/client-context.js';
import { storeContext } from '../context/store-context.js';
import { EvStore, type StateChange, type StoreChangeEvent } from '../context/store.js';
import { EvErrorEvent } from '../events/ev-error.js';
import { EvElement } from './ev-element.js';

export type ViewState = 'loading' | 'empty' | 'error' | 'ready' | 'no-client';

/**
 * Base of every element that shows data from a client: resolves the client (`.client`, else the
 * closest `<ev-source>`), the shared store (the source's, else a private one), re-renders on
 * store changes, exposes its view state as a custom state (`:state(loading)` …), and renders
 * the shared loading / empty / error views. Registers nothing.
 */
export class EvDataElement extends EvElement {
  /** The events client. Overrides the one from a surrounding `<ev-source>`. */
  @property({ attribute: false }) client?: EventsClient;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected contextClient?: EventsClient;

  @consume({ context: storeContext, subscribe: true })
  @state()
  protected contextStore?: EvStore;

  #ownStore?: EvStore;
  #subscribedStore?: EvStore;
  #internals?: ElementInternals;
  #viewState?: ViewState;

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
    this.storeChanged((event as StoreChangeEvent).changed);
    this.requestUpdate();
  };

  /** Called when the shared state changes (before the re-render). */
  protected storeChanged(_changed: ReadonlySet<StateChange>): void {}

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
    const t = this.i18n.common;
    if (error instanceof EventsApiError && error.kind !== 'aborted') {
      const detail =
        error instanceof EventsValidationError
          ? t.invalidPath(error.path)
          : error instanceof EventsHttpError
            ? t.httpStatus(error.status)
            : '';
      return { title: t.errors[error.kind], detail };
    }
    return { title: t.errorTitle, detail: '' };
  }

  protected renderLoading(label?: string): TemplateResult {
    return html`<div part="loading" class="ev-state ev-loading" role="status" aria-live="polite">
      <span class="ev-spinner" aria-hidden="true"></span><span>${label ?? this.i18n.common.loading}</span>
    </div>`;
  }

  protected renderError(error: unknown, retry: () => void): TemplateResult {
    const { title, detail } = this.errorMessage(error);
    return html`<div part="error" class="ev-state ev-error" role="alert">
      <p class="ev-error-title">${title}</p>
      ${detail ? html`<p class="ev-error-detail">${detail}</p>` : nothing}
      <button part="retry-button" type="button" @click=${retry}>${this.i18n.common.retry}</button>
    </div>`;
  }

  protected renderEmpty(message: string, action?: { label: string; run: () => void }): TemplateResult {
    return html`<div part="empty" class="ev-state ev-empty" role="status">
      <p>${message}</p>
      ${action ? html`<button part="empty-action" type="button" @click=${action.run}>${action.label}</button>` : nothing}
    </div>`;
  }

  protected renderNoClient(): TemplateResult {
    return html`<div part="empty" class="ev-state ev-no-client" role="status"><p>${this.i18n.common.noClient}</p></div>`;
  }
}
