/**
 * Mirrors the log's own view state into the URL with authentik's parameter names: `ordering`
 * (when not the default) and `page` (explicit paging). The filter is not here: it belongs to
 * the shared store, which `UrlSync` mirrors (the source's, or the log's own when standalone).
 */
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
    ordering: ordering && /^-?[a-z_]{1,40}$/.test(ordering) ? ordering : defaults.ordering,
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
    const { state, paged } = this.read();
    const search = writeViewState(location.search, state, this.defaults, paged);
    if (search === location.search) return;
    history.pushState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  #onPop = (): void => this.apply(readViewState(location.search, this.defaults));
}
