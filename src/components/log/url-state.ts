/**
 * Mirrors the log's own view state into the URL with authentik's parameter names: `ordering`
 * (when not the default) and `page` (explicit paging). The filter is not here: it belongs to
 * the shared store, which `UrlSync` mirrors (the source's, or the log's own when standalone).
 */
import { isOrderable } from '../../client/adapters/memory-index.js';
import { UrlSync } from '../../context/url-sync.js';
import type { EvStore } from '../../context/store.js';

const ORDERING = 'ordering';
const PAGE = 'page';

export interface UrlViewState {
  ordering: string;
  page: number;
}

export function readViewState(search: string, defaults: UrlViewState): UrlViewState {
  const params = new URLSearchParams(search);
  const ordering = params.get(ORDERING);
  const page = Number(params.get(PAGE));
  return {
    // Only a field every source sorts by: a stale or hand-edited `?ordering=-password` would fail every request (HTTP 400).
    ordering: ordering && /^-?[a-z_]{1,40}$/.test(ordering) && isOrderable(ordering.replace(/^-/, '')) ? ordering : defaults.ordering,
    page: Number.isInteger(page) && page >= 1 ? page : defaults.page,
  };
}

export function writeViewState(search: string, state: UrlViewState, defaults: UrlViewState, paged: boolean): string {
  const params = new URLSearchParams(search);
  if (state.ordering !== defaults.ordering) params.set(ORDERING, state.ordering);
  else params.delete(ORDERING);
  if (paged && state.page !== defaults.page) params.set(PAGE, String(state.page));
  else params.delete(PAGE);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class ViewUrlSync {
  constructor(
    readonly read: () => { state: UrlViewState; paged: boolean },
    readonly apply: (state: UrlViewState) => void,
    readonly defaults: UrlViewState,
  ) {}

  connect(): void {
    this.apply(readViewState(location.search, this.defaults));
    window.addEventListener('popstate', this.#onPop);
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.#onPop);
  }

  /** Records the current state as a navigation (back returns to the previous one). */
  push(): void {
    this.#write('push');
  }

  /**
   * Corrects the URL to the current state in place (no history entry): a page or ordering the
   * log could not show as the link asked (past the last page, 0, `abc`) is not left in it.
   */
  replace(): void {
    this.#write('replace');
  }

  #write(how: 'push' | 'replace'): void {
    const { state, paged } = this.read();
    const search = writeViewState(location.search, state, this.defaults, paged);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  #onPop = (): void => this.apply(readViewState(location.search, this.defaults));
}

export interface LogUrlHost {
  store(): EvStore;
  /** True inside `<ev-source>` (the source mirrors the filter; the log only its view). */
  sharedStore(): boolean;
  view(): { state: UrlViewState; paged: boolean };
  apply(state: UrlViewState): void;
}

/** `sync-url` of `<ev-log>`: its view state always, the filter too when the store is its own. */
export class LogUrlSync {
  #store?: UrlSync;
  #view?: ViewUrlSync;

  constructor(
    readonly host: LogUrlHost,
    readonly defaults: UrlViewState,
  ) {}

  connect(): void {
    if (this.#view) return;
    if (!this.host.sharedStore()) {
      this.#store = new UrlSync(this.host.store());
      this.#store.connect();
    }
    this.#view = new ViewUrlSync(() => this.host.view(), (state) => this.host.apply(state), this.defaults);
    this.#view.connect();
  }

  disconnect(): void {
    this.#store?.disconnect();
    this.#store = undefined;
    this.#view?.disconnect();
    this.#view = undefined;
  }

  /** Records the view state as a navigation. */
  push(): void {
    this.#view?.push();
  }

  /** Corrects the URL to the view state in place (after the log settled on another page). */
  replace(): void {
    this.#view?.replace();
  }
}
