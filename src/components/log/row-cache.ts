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
 * top, it is left out of the count, so its place at the end is not shown again. One the server
 * lists among the rows (a time, not newer than the newest row) is put there while held (`place`);
 * shown at the top, its place is left out (row-place.ts).
 */
import { isAbortError } from '../../client/errors.js';
import type { EventRecord, Page } from '../../client/types.js';
import { type Above, AmongRows, covered } from './row-place.js';
import type { Entry, LiveOrder, PageFetcher, Request, RowCacheOptions, RowState } from './row-types.js';

export type { LiveOrder, PageFetcher, RowCacheOptions, RowState } from './row-types.js';

/** The controller shared by synchronous fetches (never aborted). */
const SYNC = new AbortController();

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
  /** Live events the source lists among the rows. */
  readonly #among = new AmongRows();
  /** The first row of the rows (base index 0) when it last loaded. */
  #newest: EventRecord | undefined;

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

  /** Whether an event is loaded, or has its place among rows not loaded yet (`place`). */
  has(pk: string): boolean {
    return this.#among.pending.has(pk) || this.find(pk) >= 0;
  }

  /** The newest row listed (base index 0; live events on top not counted), once loaded. */
  get newest(): EventRecord | undefined {
    return this.#newest;
  }

  /**
   * A live event held behind the button that the source lists among the rows: put at its place
   * (shown there when the row before it is loaded, otherwise when its page loads); the rows after
   * it move down by one. Returns the display index of the first row that moved (-1: none did).
   */
  place(event: EventRecord, above: Above): number {
    const last = this.#entries.filter((e) => e.error === undefined).at(-1);
    const end = last && this.#totalKnown && this.#baseTotal !== null && last.start + last.items.length >= this.#baseTotal ? last : undefined;
    const index = this.#among.place(this.#entries, event, above, end);
    this.#grow(1);
    if (index < 0) return -1;
    // A request for rows after it may have been listed before or after it: asked again.
    this.#abortFrom(index);
    this.want(...this.#wanted);
    return this.head.length + index;
  }

  #grow(n: number): void {
    if (this.#baseTotal !== null) this.#baseTotal = Math.max(0, this.#baseTotal + n);
    if (this.#serverTotal !== null) this.#serverTotal += n;
  }

  #abortFrom(b: number): void {
    for (const r of [...this.#inFlight]) {
      if (r.end >= b) {
        r.controller.abort();
        this.#inFlight.delete(r);
      }
    }
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
    const firstPage = Math.floor((b0 + a + this.#before(b0)) / size) + 1;
    const lastPage = Math.floor((b1 + a + this.#before(b1)) / size) + 1;
    const spans = this.#spans();
    for (let p = firstPage; p <= lastPage; p++) {
      const start = this.#startOf(p, a);
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

  /** Live events (newest first) shown at the top; of those the source does not list on top (`order`), the place is left out. */
  prepend(events: readonly EventRecord[], order?: LiveOrder): void {
    if (events.length === 0) return;
    this.head.unshift(...events);
    this.arrived += events.length - this.#atEnd(events, order);
  }

  /**
   * Lets go of the live events on top after the first `keep` (and the rows the view wants): rows the
   * source lists on top again, listed by page when scrolled to; no row moves. False (nothing done)
   * while one is listed elsewhere (at the end, among the rows) or a place among rows is held.
   */
  trimHead(keep: number): boolean {
    const n = this.head.length - Math.max(keep, this.#wanted[1] + 1);
    if (n <= 0) return true;
    const gone = this.head.slice(-n);
    const listed = new Set([...this.#last, ...this.#among.lifted.map((e) => e.pk)]);
    if (this.#among.pending.size || n > this.arrived || gone.some((e) => listed.has(e.pk))) return false;
    [this.head.length, this.arrived] = [this.head.length - n, this.arrived - n];
    for (const entry of this.#entries) entry.start += n;
    this.#abortFrom(-Infinity);
    if (this.#baseTotal !== null) this.#baseTotal += n;
    this.#newest = gone[0];
    this.want(...this.#wanted);
    return true;
  }

  /** Live events that exist on the server but are not shown (yet): later pages shift past them. */
  countArrived(n: number): void {
    this.arrived += n;
  }

  /** Shows live events counted with `countArrived` at the top (those the source does not list on top were not counted; those put among the rows are taken out). */
  showArrived(events: readonly EventRecord[], order?: LiveOrder): void {
    let taken = 0;
    for (const event of events) if (this.#among.unplace(this.#entries, event)) taken++;
    if (taken) {
      this.#grow(-taken);
      this.#abortFrom(0);
    }
    this.head.unshift(...events);
    this.#atEnd(events, order);
  }

  /**
   * Of live events shown at the top, marks those the source lists at the end (they shift no page)
   * and returns how many. One listed at the end of the rows already is counted there: the count
   * drops by one, so that place is not shown. One not listed yet is left out of the next count.
   */
  #atEnd(events: readonly EventRecord[], order?: LiveOrder): number {
    let n = 0;
    for (const event of events) {
      if (order?.among(event)) {
        n++;
        this.#among.lift(event, order.above);
      }
      if (!order?.last(event)) continue;
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
      if (e.start < b - this.#opts.pageSize - this.#among.spliced) break;
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
    const start = this.#startOf(page, a);
    const request: Request = { page, start, end: start + size - 1, controller, last: this.#last.length, lifted: this.#among.lifted.length, base: (page - 1) * size - a };
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
    const { items } = page;
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
    // …and those it lists among the rows: left out, and the page starts as many rows earlier as it lists below them.
    const among = this.#among.store(items, request.lifted);
    const start = request.base - among.up;
    if (page.total !== null) {
      this.#serverTotal = page.total;
      this.#baseTotal = Math.max(0, page.total - a - atEnd - among.listed);
      this.#totalKnown = true;
    } else if (page.next === null) {
      // A source that cannot count: its last page tells the exact size (the events at the end shown on top left out).
      const shown = new Set(this.#last);
      this.#baseTotal = start + among.items.filter((e) => !shown.has(e.pk)).length;
      this.#serverTotal = request.base + items.length + a;
      this.#totalKnown = true;
    } else {
      // …otherwise the rows known so far plus one more page, growing as the user scrolls.
      this.#baseTotal = Math.max(this.#baseTotal ?? 0, start + among.items.length + this.#opts.pageSize);
      this.#serverTotal = this.#baseTotal + a;
    }
    this.firstError = undefined;
    this.#entries = this.#entries.filter((e) => !(e.error !== undefined && e.start === request.start));
    if (among.items.length) this.#insert({ start, items: among.items, used: ++this.#tick });
  }

  /** Base index of page `page`'s first row (the live events shown at the top listed above it as far as known). */
  #startOf(page: number, a: number): number {
    const base = (page - 1) * this.#opts.pageSize - a;
    return base - this.#before(base);
  }

  /** How many live events shown at the top the source is known to list among the rows before base index `b`. */
  #before(b: number): number {
    return this.#among.lifted.length ? this.#among.before(this.#entries, b) : 0;
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
    if (entry.start === 0 && entry.items.length) this.#newest = entry.items[0];
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
