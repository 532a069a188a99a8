/** Types of `row-cache.ts` (the public ones are re-exported there). */
import type { EventRecord, Page } from '../../client/types.js';
import type { Above } from './row-place.js';

export type PageFetcher = ((page: number, pageSize: number, signal: AbortSignal) => Promise<Page<EventRecord>> | Page<EventRecord>) & {
  /** True when the fetcher always answers synchronously (never a Promise). */
  sync?: boolean;
};

/** Where a newest-first source lists live events that are not on top. */
export interface LiveOrder {
  /** At the end of the result set (its `created` is no time). */
  last(event: EventRecord): boolean;
  /** Among the rows (a time, not newer than the newest row). */
  among(event: EventRecord): boolean;
  /** Whether it lists `event` above `row`. */
  above: Above;
}

export type RowState =
  | { kind: 'row'; event: EventRecord }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; from: number; to: number };

export interface Entry {
  /** Base index of the first item. */
  start: number;
  items: EventRecord[];
  error?: unknown;
  used: number;
}

export interface Request {
  page: number;
  start: number;
  end: number;
  controller: AbortController;
  /** How many live events listed at the end were shown at the top when the request went out. */
  last: number;
  /** …and how many listed among the rows. */
  lifted: number;
  /** Base index of the first item were no live event shown at the top listed among the rows. */
  base: number;
}

export interface RowCacheOptions {
  fetch: PageFetcher;
  pageSize: number;
  /** Pages kept in memory (least recently used beyond this are dropped). Default 40. */
  maxPages?: number;
  /** Concurrent requests. Default 2. */
  maxInFlight?: number;
  /** Server index of base index 0 (explicit paging shows one page: offset = (page - 1) × size). */
  offset?: number;
  /** Most rows to show (explicit paging: the page size). */
  limit?: number;
  /** Called after a page arrives or fails (not for aborts, not for synchronous fetches). */
  onChange: () => void;
  /** Called with every failed request (not aborts). */
  onError?: (error: unknown) => void;
}
