/**
 * The in-memory event index behind `createMemoryClient`: timestamps parsed once into a
 * Float64Array, a newest-first order (free when the input is already sorted, the usual case),
 * binary search for time ranges, and a small cache of filter results so paging is O(page).
 */
import { EventsAbortedError } from '../errors.js';
import { EXACT_FIELDS, fieldTest, isoMs, searchText, timeBounds, type ExactField } from '../filter-match.js';
import { nextTask } from '../next-task.js';
import { filterKey } from '../query.js';
import type { EventFilter, EventRecord } from '../types.js';

const ORDERABLE: Record<string, (e: EventRecord) => string> = {
  action: (e) => e.action,
  user: (e) => e.user.username ?? '',
  client_ip: (e) => e.client_ip ?? '',
  app: (e) => e.app,
  brand: (e) => e.brand?.name ?? '',
};

export function isOrderable(field: string): boolean {
  return field === 'created' || field in ORDERABLE;
}

type IndexedField = 'actions' | ExactField;

/** The fields with a value → positions index; their order is the tie-break between equal-sized candidates. */
const KEYS: Record<IndexedField, (e: EventRecord) => string | undefined> = { actions: (e) => e.action, ...EXACT_FIELDS };

/** Yields to the event loop without timer clamping (scheduler.yield, else a fresh task). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : nextTask();
}

/** Splits long work into slices of about `budgetMs`, honouring an abort between slices. */
class Slicer {
  #start = performance.now();
  constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly budgetMs = 8,
  ) {}

  due(): boolean {
    return performance.now() - this.#start > this.budgetMs;
  }

  async pause(): Promise<void> {
    await yieldToPage();
    if (this.signal?.aborted) throw new EventsAbortedError();
    this.#start = performance.now();
  }
}

export class MemoryIndex {
  readonly events: EventRecord[];
  /** Parsed `created` per event (NaN: no time), once `#parsed` says so. */
  #times?: Float64Array;
  /** 1 where `#times` holds the parsed value: an event without a time is parsed once too. */
  #parsed?: Uint8Array;
  /** Event indexes, newest first. */
  #order?: Uint32Array;
  /** Per field: value → positions in `order` (ascending), built on first use of that field. */
  readonly #fieldIndexes = new Map<IndexedField, Map<string, Uint32Array>>();
  #haystacks?: Array<string | undefined>;
  readonly #cache = new Map<string, Uint32Array>();

  constructor(events: readonly EventRecord[]) {
    this.events = events as EventRecord[];
    this.#scanInBackground();
  }

  /**
   * Adds events and drops every cached result. The sortedness scan only appends, so its progress
   * stays valid: it goes on from where it was, over the new tail only.
   */
  add(events: readonly EventRecord[]): void {
    this.events.push(...events);
    this.#times = undefined;
    this.#parsed = undefined;
    this.#order = undefined;
    this.#haystacks = undefined;
    this.#fieldIndexes.clear();
    this.#building.clear();
    this.#generation++;
    this.#cache.clear();
    this.#scanInBackground();
  }

  /** Milliseconds of event `i` (NaN when its `created` is no time), parsed on first use only. */
  time(i: number): number {
    if (!this.#times || !this.#parsed) {
      this.#times = new Float64Array(this.events.length);
      this.#parsed = new Uint8Array(this.events.length);
    }
    if (this.#parsed[i]) return this.#times[i]!;
    const t = isoMs(this.events[i]!.created);
    this.#times[i] = t;
    this.#parsed[i] = 1;
    return t;
  }

  /**
   * Indexes newest first (ties keep input order). Input that is already newest-first (or
   * oldest-first) in a uniform `…Z` ISO format is recognised by string comparison alone.
   */
  get order(): Uint32Array {
    if (!this.#order) {
      const { events } = this;
      const n = events.length;
      const order = new Uint32Array(n);
      const direction = this.#sortedDirection();
      if (direction === 'desc') for (let i = 0; i < n; i++) order[i] = i;
      else if (direction === 'asc') for (let i = 0; i < n; i++) order[i] = n - 1 - i;
      else {
        for (let i = 0; i < n; i++) {
          order[i] = i;
          this.time(i);
        }
        const times = this.#times!;
        // An event without a time (`created` no time) sorts last, as the oldest: the binary
        // searches of a time range (`#firstOlderThan`) take it for older than any bound.
        const t = (i: number) => (Number.isNaN(times[i]!) ? -Infinity : times[i]!);
        order.sort((a, b) => t(b) - t(a) || a - b);
      }
      this.#order = order;
    }
    return this.#order;
  }

  /** Progress of the sortedness scan: resumable, so it can run in background slices. */
  #scan = { next: 1, desc: true, asc: true, failed: false };

  /** Scans up to `budget` more events; true when the scan is complete. */
  #scanSorted(budget = Infinity): boolean {
    const { events } = this;
    const n = events.length;
    const scan = this.#scan;
    if (n < 2) return true;
    // `created` is data: one that is no string (null, a number) means no uniform format.
    const first: unknown = events[0]!.created;
    const length = typeof first === 'string' ? first.length : 0;
    if (scan.next === 1 && (length === 0 || (first as string).charCodeAt(length - 1) !== 90)) scan.failed = true;
    const stop = Math.min(n, scan.next + budget);
    let p = events[scan.next - 1]!.created;
    for (let i = scan.next; i < stop && !scan.failed; i++) {
      const c: unknown = events[i]!.created;
      if (typeof c !== 'string' || c.length !== length || c.charCodeAt(length - 1) !== 90 /* Z */) {
        scan.failed = true;
        break;
      }
      if (c > p) scan.desc = false;
      else if (c < p) scan.asc = false;
      if (!scan.desc && !scan.asc) scan.failed = true;
      p = c;
    }
    scan.next = stop;
    return scan.failed || stop >= n;
  }

  /** Starts the sortedness scan in background slices (so the first query rarely pays for it). */
  #scanInBackground(): void {
    const generation = this.#generation;
    const step = () => {
      if (generation !== this.#generation || this.#order) return;
      if (!this.#scanSorted(100_000)) setTimeout(step, 0);
    };
    if (this.events.length > 100_000 && typeof setTimeout === 'function') setTimeout(step, 0);
  }

  #sortedDirection(): 'desc' | 'asc' | undefined {
    this.#scanSorted();
    const scan = this.#scan;
    if (scan.failed) return undefined;
    return scan.desc ? 'desc' : 'asc';
  }

  #haystack(i: number): string {
    this.#haystacks ??= new Array<string | undefined>(this.events.length);
    return (this.#haystacks[i] ??= searchText(this.events[i]!));
  }

  /**
   * value → ascending positions in `order` for one field, or undefined while it is being built.
   * The first filter on a field scans linearly (fast enough for one query) and starts building
   * the index in small background chunks, so no single task blocks the page.
   */
  #fieldIndex(field: IndexedField): Map<string, Uint32Array> | undefined {
    const index = this.#fieldIndexes.get(field);
    if (!index && !this.#building.has(field)) this.#buildInBackground(field);
    return index;
  }

  readonly #building = new Set<IndexedField>();

  #buildInBackground(field: IndexedField): void {
    this.#building.add(field);
    const order = this.order;
    const key = KEYS[field];
    const lists = new Map<string, number[]>();
    const generation = this.#generation;
    let p = 0;
    const step = () => {
      if (generation !== this.#generation) return;
      const stop = Math.min(order.length, p + 50_000);
      for (; p < stop; p++) {
        const value = key(this.events[order[p]!]!);
        if (value === undefined) continue;
        let list = lists.get(value);
        if (!list) lists.set(value, (list = []));
        list.push(p);
      }
      if (p < order.length) {
        setTimeout(step, 0);
        return;
      }
      this.#fieldIndexes.set(field, new Map([...lists].map(([value, list]) => [value, Uint32Array.from(list)])));
      this.#building.delete(field);
    };
    if (order.length <= 50_000) step();
    else setTimeout(step, 0);
  }

  #generation = 0;

  /** Positions in `order` matching the exact-match filters, ascending; undefined when none apply. */
  #candidates(filter: EventFilter): Uint32Array | undefined {
    let best: Uint32Array | undefined;
    for (const field of Object.keys(KEYS) as IndexedField[]) {
      const wanted = field === 'actions' ? filter.actions : filter[field]?.trim() ? [filter[field]!.trim()] : undefined;
      if (!wanted?.length) continue;
      const index = this.#fieldIndex(field);
      if (!index) continue;
      const lists = [...new Set(wanted)].map((v) => index.get(v)).filter((l): l is Uint32Array => Boolean(l));
      const size = lists.reduce((sum, l) => sum + l.length, 0);
      if (best && size >= best.length) continue;
      if (lists.length === 1) best = lists[0]!;
      else {
        const merged = new Uint32Array(size);
        let k = 0;
        for (const l of lists) {
          merged.set(l, k);
          k += l.length;
        }
        best = merged.sort();
      }
    }
    return best;
  }

  /** First position in `order` whose time is < `ms` (order is newest first). */
  #firstOlderThan(ms: number): number {
    const { order } = this;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.time(order[mid]!) >= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Indexes of matching events in the requested order. Cached per (filter, ordering). */
  async match(filter: EventFilter, ordering = '-created', signal?: AbortSignal): Promise<Uint32Array> {
    const key = `${filterKey(filter)}|${ordering}`;
    const cached = this.#cache.get(key);
    if (cached) {
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return cached;
    }
    // The sortedness scan and linear filter scans run in slices of at most ~8 ms, yielding to the
    // page between them, so even a first query over 1,000,000 events never blocks it.
    const slice = new Slicer(signal);
    while (!this.#order && !this.#scanSorted(50_000)) await slice.pause();
    const order = this.order;
    const { since, until } = timeBounds(filter);
    const start = until !== undefined ? this.#firstOlderThan(until) : 0;
    const end = since !== undefined ? this.#firstOlderThan(since) : order.length;
    const test = fieldTest(filter);
    const candidates = this.#candidates(filter);
    let result: Uint32Array;
    if (!test) {
      result = order.subarray(start, Math.max(start, end));
    } else if (candidates) {
      const out = new Uint32Array(candidates.length);
      let n = 0;
      for (let k = 0; k < candidates.length; k++) {
        const p = candidates[k]!;
        if (p >= start && p < end) {
          const i = order[p]!;
          if (test(this.events[i]!, () => this.#haystack(i))) out[n++] = i;
        }
        if ((k & 8191) === 8191 && slice.due()) await slice.pause();
      }
      result = out.slice(0, n);
    } else {
      const out = new Uint32Array(Math.max(0, end - start));
      const { events } = this;
      let n = 0;
      for (let p = start; p < end; p++) {
        const i = order[p]!;
        if (test(events[i]!, () => this.#haystack(i))) out[n++] = i;
        if ((p & 8191) === 8191 && slice.due()) await slice.pause();
      }
      result = out.slice(0, n);
    }
    const descending = ordering.startsWith('-');
    const field = descending ? ordering.slice(1) : ordering;
    if (field === 'created') {
      if (!descending) result = result.slice().reverse();
    } else if (ORDERABLE[field]) {
      const get = ORDERABLE[field];
      const keys = new Map<number, string>();
      for (const i of result) keys.set(i, get(this.events[i]!));
      const sign = descending ? -1 : 1;
      result = result.slice().sort((a, b) => {
        const ka = keys.get(a)!;
        const kb = keys.get(b)!;
        return ka < kb ? -sign : ka > kb ? sign : 0;
      });
    }
    this.#cache.set(key, result);
    if (this.#cache.size > 16) this.#cache.delete(this.#cache.keys().next().value!);
    return result;
  }
}
