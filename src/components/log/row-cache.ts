/**
 * Rows of one result set (one filter + ordering), fetched page by page as the viewport needs
 * them: a least-recently-used cache of pages, at most `maxInFlight` requests at a time, and
 * every request for a page the user scrolled past aborted. Live events prepended at the top
 * are kept in `head`; pages fetched after they arrived are shifted so that no row moves.
 *
 * Coordinates: a display index counts `head` first; a base index is a display index minus
 * `head.length`; a server index is a base index plus `arrived` (the live events the server
 * has on top of the result set this cache started with) plus the fixed `offset`. A live event the
 * server lists at the end instead (one whose `created` is no time) shifts no page: shown at the
 * top, it is left out of the count, so its place at the end is not shown again.
 */
import { isAbortError } from '../../client/errors.js';
import type { EventRecord, Page } from '../../client/types.js';

export type PageFetcher = ((page: number, pageSize: number, signal: AbortSignal) => Promise<Page<EventRecord>> | Page<EventRecord>) & {
  /** True when the fetcher always answers synchronously (never a Promise). */
  sync?: boolean;
};

/** Which live events the source lists at the end of the result set, not on top. */
export type ListedLast = (event: EventRecord) => boolean;

/** The controller shared by synchronous fetches (never aborted). */
const SYNC = new AbortController();

export type RowState =
  | { kind: 'row'; event: EventRecord }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; from: number; to: number };

interface Entry {
  /** Base index of the first item. */
  start: number;
  items: EventRecord[];
  error?: unknown;
  used: number;
}

interface Request {
  page: number;
  start: number;
  end: number;
  controller: AbortController;
  /** How many live events listed at the end were shown at the top when the request went out. */
  last: number;
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

export class RowCache {
  readonly head: EventRecord[] = [];
  /** Live events on top of the original result set, shown (`head`) or not yet shown. */
  arrived = 0;
  /** The error of the first request, while nothing has loaded. */
  firstError: unknown = undefined;

  readonly #opts: Required<Omit<RowCacheOptions, 'onError' | 'limit'>> & Pick<RowCacheOptions, 'onError' | 'limit'>;
  #entries: Entry[] = [];
  readonly #inFlight = new Set<Request>();
  #baseTotal: number | null = null;
  #serverTotal: number | null = null;
  #totalKnown = false;
  #tick = 0;
  #wanted: [number, number] = [0, -1];
  #disposed = false;
  /** Pks of `head` events the source lists at the end of the result set (left out of the count). */
  readonly #last: string[] = [];

  constructor(options: RowCacheOptions) {
    this.#opts = { maxPages: 40, maxInFlight: 2, offset: 0, ...options };
  }

  /** Rows to show (head + base), or null before the first page answered. */
  get total(): number | null {
    if (this.#baseTotal === null) return null;
    const base = this.#opts.limit === undefined ? this.#baseTotal : Math.min(this.#baseTotal, this.#opts.limit);
    return this.head.length + Math.max(0, base);
  }

  /** Whether the source reported an exact count (false for sources that only say "there is more"). */
  get totalKnown(): boolean {
    return this.#totalKnown;
  }

  /** The whole result set's size as the server last reported it (explicit paging needs it). */
  get serverTotal(): number | null {
    return this.#serverTotal;
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  get loaded(): boolean {
    return this.#baseTotal !== null;
  }

  /** The state of display row `index`. */
  row(index: number): RowState {
    if (index < this.head.length) return { kind: 'row', event: this.head[index]! };
    const b = index - this.head.length;
    const entry = this.#entryAt(b);
    if (!entry) return { kind: 'loading' };
    if (entry.error !== undefined) {
      return { kind: 'error', error: entry.error, from: entry.start + this.head.length, to: entry.start + this.head.length + this.#opts.pageSize - 1 };
    }
    return { kind: 'row', event: entry.items[b - entry.start]! };
  }

  /** The event at display row `index`, if loaded. */
  event(index: number): EventRecord | undefined {
    const state = this.row(index);
    return state.kind === 'row' ? state.event : undefined;
  }

  /** Display index of a loaded event, or -1. */
  find(pk: string): number {
    const h = this.head.findIndex((e) => e.pk === pk);
    if (h >= 0) return h;
    for (const entry of this.#entries) {
      const k = entry.items.findIndex((e) => e.pk === pk);
      if (k >= 0) return this.head.length + entry.start + k;
    }
    return -1;
  }

  /** Declares the display rows the view needs; fetches what is missing and aborts what is not needed. */
  want(first: number, last: number): void {
    if (this.#disposed) return;
    this.#wanted = [first, last];
    // After a first-page failure nothing is fetched until `retry()` (no request loop).
    if (this.firstError !== undefined) return;
    const size = this.#opts.pageSize;
    const a = this.arrived + this.#opts.offset;
    let b0 = Math.max(0, first - this.head.length);
    let b1 = last - this.head.length;
    if (this.#baseTotal === null) {
      b0 = 0;
      b1 = Math.max(b1, 0);
    } else {
      const total = this.total! - this.head.length;
      b1 = Math.min(b1, total - 1);
    }
    if (b1 < b0) {
      this.#abortOutside(1, 0);
      return;
    }
    for (const entry of this.#entries) if (entry.start <= b1 && entry.start + Math.max(entry.items.length, 1) > b0) entry.used = ++this.#tick;
    this.#abortOutside(b0, b1);
    const center = (b0 + b1) / 2;
    const candidates: number[] = [];
    const firstPage = Math.floor((b0 + a) / size) + 1;
    const lastPage = Math.floor((b1 + a) / size) + 1;
    const spans = this.#spans();
    for (let p = firstPage; p <= lastPage; p++) {
      const start = (p - 1) * size - a;
      if (!covered(spans, Math.max(start, b0), Math.min(start + size - 1, b1))) candidates.push(p);
    }
    candidates.sort((p, q) => Math.abs((p - 0.5) * size - a - center) - Math.abs((q - 0.5) * size - a - center));
    for (const p of candidates) {
      if (this.#inFlight.size >= this.#opts.maxInFlight) break;
      this.#start(p);
    }
  }

  /** Forgets failed pages and fetches them again. */
  retry(): void {
    this.#entries = this.#entries.filter((e) => e.error === undefined);
    this.firstError = undefined;
    this.want(...this.#wanted);
  }

  /** Live events (newest first) shown at the top; those `listedLast` the source lists at the end, not on top. */
  prepend(events: readonly EventRecord[], listedLast?: ListedLast): void {
    if (events.length === 0) return;
    this.head.unshift(...events);
    this.arrived += events.length - this.#atEnd(events, listedLast);
  }

  /** Live events that exist on the server but are not shown (yet): later pages shift past them. */
  countArrived(n: number): void {
    this.arrived += n;
  }

  /** Shows live events counted with `countArrived` at the top (those `listedLast` were not counted: the source lists them at the end). */
  showArrived(events: readonly EventRecord[], listedLast?: ListedLast): void {
    this.head.unshift(...events);
    this.#atEnd(events, listedLast);
  }

  /**
   * Of live events shown at the top, marks those the source lists at the end (they shift no page)
   * and returns how many. One listed at the end of the rows already is counted there: the count
   * drops by one, so that place is not shown. One not listed yet is left out of the next count.
   */
  #atEnd(events: readonly EventRecord[], listedLast?: ListedLast): number {
    let n = 0;
    for (const event of events) {
      if (!listedLast?.(event)) continue;
      n++;
      this.#last.push(event.pk);
      if (this.#baseTotal !== null && this.#entries.some((x) => x.items.some((e) => e.pk === event.pk))) this.#baseTotal = Math.max(0, this.#baseTotal - 1);
    }
    return n;
  }

  dispose(): void {
    this.#disposed = true;
    for (const r of this.#inFlight) r.controller.abort();
    this.#inFlight.clear();
  }

  #entryAt(b: number): Entry | undefined {
    const entries = this.#entries;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (entries[mid]!.start <= b) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const e = entries[k]!;
      const length = e.error !== undefined ? this.#opts.pageSize : e.items.length;
      if (b < e.start + length) return e;
      if (e.start < b - this.#opts.pageSize) break;
    }
    return undefined;
  }

  /** Base ranges with data, an error, or a request on its way, sorted by start. */
  #spans(): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const e of this.#entries) spans.push([e.start, e.start + (e.error !== undefined ? this.#opts.pageSize : e.items.length) - 1]);
    for (const r of this.#inFlight) spans.push([r.start, r.end]);
    return spans.sort((x, y) => x[0] - y[0]);
  }

  #abortOutside(b0: number, b1: number): void {
    for (const r of [...this.#inFlight]) {
      if (r.end < b0 || r.start > b1) {
        r.controller.abort();
        this.#inFlight.delete(r);
      }
    }
  }

  #start(page: number): void {
    const size = this.#opts.pageSize;
    const a = this.arrived + this.#opts.offset;
    // A synchronous source (an array) cannot be aborted: it shares one signal instead of
    // paying for an AbortController per page on every fast-scroll frame.
    const controller = this.#opts.fetch.sync ? SYNC : new AbortController();
    const request: Request = { page, start: (page - 1) * size - a, end: page * size - a - 1, controller, last: this.#last.length };
    let result: ReturnType<PageFetcher>;
    try {
      result = this.#opts.fetch(page, size, controller.signal);
    } catch (error) {
      this.#failed(request, error, false);
      return;
    }
    if (!(result instanceof Promise)) {
      this.#store(request, result, a);
      return;
    }
    this.#inFlight.add(request);
    result.then(
      (value) => {
        if (!this.#inFlight.delete(request) || this.#disposed) return;
        this.#store(request, value, a);
        this.#opts.onChange();
        this.want(...this.#wanted);
      },
      (error: unknown) => {
        if (!this.#inFlight.delete(request) || this.#disposed) return;
        this.#failed(request, error, true);
        this.want(...this.#wanted);
      },
    );
  }

  #store(request: Request, page: Page<EventRecord>, a: number): void {
    const items = page.items;
    if (page.pageSize >= 1 && page.pageSize < this.#opts.pageSize && items.length <= page.pageSize) {
      // The source serves smaller pages than asked (a mapping's maxPageSize): page by its size
      // from now on. Only a page 1 is where it was asked for; any other is dropped and asked again.
      this.#opts.pageSize = page.pageSize;
      for (const r of this.#inFlight) r.controller.abort();
      this.#inFlight.clear();
      this.#entries = [];
      if (request.page !== 1) return;
    }
    // Live events shown at the top that the source lists at the end: not counted again. Those
    // shown before the request went out are listed; one shown since, if the page holds it.
    const late = new Set(this.#last.slice(request.last));
    const atEnd = request.last + items.filter((e) => late.has(e.pk)).length;
    if (page.total !== null) {
      this.#serverTotal = page.total;
      this.#baseTotal = Math.max(0, page.total - a - atEnd);
      this.#totalKnown = true;
    } else if (page.next === null) {
      // A source that cannot count: its last page tells the exact size (the events at the end shown on top left out).
      const shown = new Set(this.#last);
      this.#baseTotal = request.start + items.filter((e) => !shown.has(e.pk)).length;
      this.#serverTotal = request.start + items.length + a;
      this.#totalKnown = true;
    } else {
      // …otherwise the rows known so far plus one more page, growing as the user scrolls.
      this.#baseTotal = Math.max(this.#baseTotal ?? 0, request.start + items.length + this.#opts.pageSize);
      this.#serverTotal = this.#baseTotal + a;
    }
    this.firstError = undefined;
    this.#entries = this.#entries.filter((e) => !(e.error !== undefined && e.start === request.start));
    if (items.length) this.#insert({ start: request.start, items, used: ++this.#tick });
  }

  #failed(request: Request, error: unknown, notify: boolean): void {
    if (isAbortError(error)) return;
    this.#opts.onError?.(error);
    if (this.#baseTotal === null) this.firstError = error;
    else this.#insert({ start: request.start, items: [], error, used: ++this.#tick });
    if (notify) this.#opts.onChange();
  }

  #insert(entry: Entry): void {
    this.#entries.push(entry);
    this.#entries.sort((x, y) => x.start - y.start);
    const data = this.#entries.filter((e) => e.error === undefined);
    if (data.length <= this.#opts.maxPages) return;
    const [w0, w1] = [this.#wanted[0] - this.head.length, this.#wanted[1] - this.head.length];
    const evictable = data
      .filter((e) => e.start + e.items.length <= w0 || e.start > w1)
      .sort((x, y) => x.used - y.used)
      .slice(0, data.length - this.#opts.maxPages);
    if (evictable.length) this.#entries = this.#entries.filter((e) => !evictable.includes(e));
  }
}

/** Whether sorted `spans` cover every index in [from, to]. */
function covered(spans: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
  if (to < from) return true;
  let next = from;
  for (const [s, e] of spans) {
    if (s > next) break;
    if (e >= next) next = e + 1;
    if (next > to) return true;
  }
  return next > to;
}
