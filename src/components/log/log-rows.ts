/**
 * The rows of `<ev-log>`: one `RowCache` for the current source, filter, ordering, mode, page
 * and page size (a change of any of them starts over), the page kept within the last one, the
 * view state the rows give, and the shared selection followed into them (the row expanded or
 * marked and scrolled to; a selection made before the rows arrived is followed once they do).
 */
import type { ViewState } from '../../base/ev-data-element.js';
import { EventsHttpError } from '../../client/errors.js';
import { filterKey } from '../../client/query.js';
import type { EventRecord, EventsClient } from '../../client/types.js';
import type { EvStore } from '../../context/store.js';
import { type PageFetcher, RowCache } from './row-cache.js';
import { arrayFetcher, clientFetcher } from './row-source.js';
import type { VirtualGrid } from './virtual-grid.js';

/** `page-size` as asked for and counted in pages: whole, 1..1000; below 1 or not a number → 100. */
export function logPageSize(requested: number): number {
  const size = Math.floor(requested);
  return size >= 1 ? Math.min(1000, size) : 100;
}

/** `page` as shown and asked for: whole, from 1; fractions rounded down, below 1 or not a number → 1. */
export function logPage(requested: number): number {
  const page = Math.floor(requested);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/** The element's public state the rows follow. */
export interface LogRowsView {
  readonly store: EvStore;
  readonly events?: readonly EventRecord[];
  readonly effectiveClient?: EventsClient;
  readonly mode: 'scroll' | 'pages';
  readonly ordering: string;
  readonly pageSize: number;
  page: number;
}

/** The element's private parts the rows use. */
export interface LogRowsInternals {
  readonly grid: VirtualGrid;
  /** New rows: the live rows held for the "new events" button are dropped. */
  resetLive(): void;
  requestUpdate(): void;
  reportError(error: unknown): void;
  /** The first page of a (re)load answered (after a Retry too): the source works. */
  firstPageLoaded(): void;
}

export class LogRows {
  cache?: RowCache;
  /**
   * Counts new results: a change of source, filter, ordering, mode or page size, or a reload
   * (not a move to another page of the same result, whose page count stays).
   */
  result = 0;
  #key = '';
  #resultKey = '';
  #query = '';
  #sourceVersion = 0;
  #refreshes = 0;
  #followOnLoad = false;

  constructor(
    readonly el: LogRowsView,
    readonly x: LogRowsInternals,
  ) {}

  /** The source (client or `.events`) changed. */
  sourceChanged(): void {
    this.#sourceVersion++;
  }

  /** Reload on the next sync, with the same filter. */
  refresh(): void {
    this.#refreshes++;
  }

  /**
   * Starts over when the source, filter, ordering or page changed; a page that cannot be (0, -4,
   * 2.5, NaN) is corrected first, one past the last (known at once for an array) too.
   */
  sync(): void {
    const page = logPage(this.el.page);
    if (page !== this.el.page) this.el.page = page;
    this.#syncData();
    const last = this.lastPage();
    if (last !== undefined && this.el.page > last) {
      this.el.page = last;
      this.#syncData();
    }
  }

  #syncData(): void {
    const { el } = this;
    const paged = el.mode === 'pages';
    const resultKey = [this.#sourceVersion, filterKey(el.store.filter), el.ordering, el.mode, el.pageSize, this.#refreshes].join('|');
    if (resultKey !== this.#resultKey) {
      this.#resultKey = resultKey;
      this.result++;
    }
    const key = `${resultKey}|${paged ? el.page : 0}`;
    if (key === this.#key) return;
    // The same query loaded again (Refresh, a new source or array): keyboard focus goes back to its event.
    const query = [filterKey(el.store.filter), el.ordering, el.mode, el.pageSize, paged ? el.page : 0].join('|');
    const again = query === this.#query;
    this.#key = key;
    this.#query = query;
    this.#reset(again);
  }

  /** The last page number in `pages` mode, once the size is known. */
  lastPage(): number | undefined {
    const cache = this.cache;
    if (this.el.mode !== 'pages' || !cache?.loaded || cache.serverTotal === null) return undefined;
    return Math.max(1, Math.ceil(cache.serverTotal / logPageSize(this.el.pageSize)));
  }

  #reset(again = false): void {
    const { el, x } = this;
    x.grid.reset({ keepFocus: again });
    this.cache?.dispose();
    this.cache = undefined;
    x.resetLive();
    const fetch = this.fetcher();
    if (!fetch) return;
    const paged = el.mode === 'pages';
    const pageSize = logPageSize(el.pageSize);
    let loaded = false;
    const cache = (this.cache = new RowCache({
      fetch,
      pageSize,
      offset: paged ? (el.page - 1) * pageSize : 0,
      limit: paged ? pageSize : undefined,
      onChange: () => {
        const last = this.lastPage();
        if (last !== undefined && el.page > last) el.page = last;
        if (!loaded && cache.loaded) {
          loaded = true;
          x.firstPageLoaded();
        }
        x.requestUpdate();
      },
      onError: (error) => {
        // A page number past the end (an old link, a shrunken result set): go to the first page.
        if (paged && el.page > 1 && error instanceof EventsHttpError && error.status === 404) {
          el.page = 1;
          return;
        }
        x.reportError(error);
      },
    }));
    this.cache.want(0, 0);
    if (el.store.selection) queueMicrotask(() => this.followSelection());
  }

  /** The page fetcher of the current source, filter and ordering (none without a source). */
  fetcher(): PageFetcher | undefined {
    const { el } = this;
    const filter = el.store.filter;
    const client = el.effectiveClient;
    return el.events ? arrayFetcher(el.events, filter, el.ordering) : client ? clientFetcher(client, filter, el.ordering) : undefined;
  }

  /** After a render: a selection made before the rows arrived is followed once they are there. */
  followOnLoad(): void {
    if (this.#followOnLoad && this.cache?.loaded) this.followSelection();
  }

  followSelection(): void {
    const { grid } = this.x;
    const pk = this.el.store.selection;
    // Selected before the rows arrived (a link with event=<pk>): follow once they have been rendered.
    this.#followOnLoad = Boolean(pk && this.cache && !this.cache.loaded);
    if (pk && (grid.expanded?.pk === pk || !this.cache?.loaded)) return;
    const index = pk ? this.cache!.find(pk) : -1;
    if (!pk || index < 0) {
      // Nothing selected, or an event not loaded here (picked on a map or chart): the row
      // marked for the previous selection is not the selected one any more.
      if (grid.expanded) {
        grid.expanded = null;
        grid.render();
      }
      return;
    }
    grid.expand(index, pk);
    grid.reveal(index);
  }

  viewState(): ViewState {
    const cache = this.cache;
    if (!cache) return this.el.events || this.el.effectiveClient ? 'loading' : 'no-client';
    if (cache.firstError !== undefined) return 'error';
    if (!cache.loaded) return 'loading';
    return cache.total === 0 ? 'empty' : 'ready';
  }
}
