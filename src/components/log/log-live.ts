/**
 * What `<ev-log>` does with live events: insert them at the top while the user is there (and
 * not paused), otherwise hold them behind the "N new events" button without moving any row.
 * Only a newest-first list can take rows at the top; explicit pages and other orderings reload.
 * When the stream opens or re-opens (or polling starts) with a gap it may not replay (events created
 * after the rows' first page was listed or while the stream was down), one catch-up request lists them and hands them in as live events
 * are (deduplicated by pk). A newest-first list asks for the events since `LOOKBACK_MS` before its
 * newest row the client's clock has reached (not one stamped ahead of it, which would hide those
 * stamped before it; the window for one stamped before it but visible later), not below its rows loaded
 * (further pages of that query while the window fills more than one, at most `MAX_CATCH_UP_PAGES`: beyond, the rows reload);
 * other views (explicit pages, other orderings) have no such row, so they take the newest events
 * beyond the count their first page reported (the button counts them; showing them reloads).
 * Events arriving while a first page loads wait for it.
 * A live event whose `created` is a real time but not newer than the newest row (created
 * concurrently elsewhere and delivered late) shows on top like every other, and its place among
 * the rows (where the source lists it) is left out; held behind the button, it shows at that place
 * until shown on top (the rows after it make room, those above the view stay still).
 */
import type { EventFilter, EventQuery, EventRecord, EventsClient, Page } from '../../client/types.js';
import { eventMatcher, isoMs } from '../../client/filter-match.js';
import { LOOKBACK_MS } from '../../client/poll.js';
import type { LiveOrder, RowCache } from './row-cache.js';
import type { VirtualGrid } from './virtual-grid.js';

/** Whether a newest-first source lists an event last (its `created` is no time), not on top. */
const listedLast = (event: EventRecord): boolean => Number.isNaN(isoMs(event.created));

/** Whether a newest-first source lists `event` above `row`: no time last; ties in the order created (the row first). */
const above = (event: EventRecord, row: EventRecord): boolean => {
  const t = isoMs(event.created);
  const r = isoMs(row.created);
  return !Number.isNaN(t) && (Number.isNaN(r) || t > r);
};

/** Where a newest-first source whose newest row is `newest` lists live events not on top. */
const orderBelow = (newest: EventRecord | undefined): LiveOrder => ({
  last: listedLast,
  among: (event) => newest !== undefined && !listedLast(event) && !above(event, newest),
  above,
});

/** Live events kept for the button; beyond this, the button reloads instead. */
const MAX_PENDING = 1000;

/**
 * Live events shown on top the rows keep at most (`max`); beyond, all but the newest `keep` are let
 * go (row-cache.ts `trimHead`). 5,000 events of about 1 KB each stay a few MB, and checking a new event
 * against them (by pk) a few microseconds; `keep` (1,000) is far more than a screen holds, so the rows
 * on screen never change. @internal For tests: lowered to stay fast.
 */
export const headLimit = { max: 5000, keep: 1000 };

/** Pages of 100 a catch-up follows at most; a window needing more reloads the rows. */
const MAX_CATCH_UP_PAGES = 10;

export interface LiveRowsHost {
  cache(): RowCache | undefined;
  /** The client the rows are listed with (none for an `.events` array). */
  client(): EventsClient | undefined;
  readonly grid: VirtualGrid;
  filter(): EventFilter;
  /** A newest-first list (scroll mode, default ordering): new events belong at the top. */
  streaming(): boolean;
  paused(): boolean;
  atTop(): boolean;
  /** Reloads from the first page. */
  reload(): void;
  requestUpdate(): void;
}

export class LiveRows {
  #pending: EventRecord[] = [];
  /** Live events that arrived while the first page loaded (it may have been listed before them). */
  #early: EventRecord[] = [];
  /** The stream opened after the rows' first request: catch up once they have loaded. */
  #catchUp = false;
  #catchUpAbort?: AbortController;
  /** The result set's size as its first page reported it (null: not counted), and the rows it is for. */
  #listed?: { cache: RowCache; total: number | null };
  /** Events behind the button (may exceed the ones kept). */
  count = 0;

  constructor(readonly host: LiveRowsHost) {}

  /** New rows (listed from now on): nothing held, nothing to catch up. */
  reset(): void {
    this.#pending = [];
    this.#early = [];
    this.count = 0;
    this.#catchUp = false;
    this.#catchUpAbort?.abort();
    this.#listed = undefined;
  }

  /** The live stream opened after a gap it may not replay: events newer than the newest row are fetched once the rows are there. */
  opened(): void {
    this.#catchUp = true;
    this.#catchUpAbort?.abort();
    this.loaded();
  }

  /** The first page answered: events that arrived meanwhile go in, and a catch-up waiting for the rows runs. */
  loaded(): void {
    const { host } = this;
    const cache = host.cache();
    const client = host.client();
    if (!cache?.loaded) return;
    if (this.#listed?.cache !== cache) this.#listed = { cache, total: cache.totalKnown ? cache.serverTotal : null };
    const early = this.#early;
    this.#early = [];
    if (early.length) this.receive(early);
    if (!this.#catchUp || !client) return;
    this.#catchUp = false;
    if (!host.streaming()) {
      this.#catchUpByCount(cache, client);
      return;
    }
    // The newest row the client's clock has reached (as poll.ts's watermark, no allowance): one
    // ahead of it (created in 9999, data is hostile; or minutes ahead, skew between the clocks
    // stamping events) would hide those created meanwhile and stamped before it. The rows above
    // are listed again (dropped by pk). All ahead (a clock far behind): the newest row.
    let i = 0;
    while (cache.event(i) && !(isoMs(cache.event(i)!.created) <= Date.now())) i++;
    const newest = (cache.event(i) ?? cache.event(0))?.created;
    // As poll.ts, from `LOOKBACK_MS` before it: one stamped before it but visible only after the
    // rows were listed (its transaction committed later, a clock behind) is new too. Not below the
    // rows loaded from the top (those after them show where they are listed; none or all loaded: no limit).
    let reach = Infinity;
    let j = 0;
    for (let e; (e = cache.event(j)); j++) if (isoMs(e.created) < reach) reach = isoMs(e.created);
    if (!j || (cache.totalKnown && j >= cache.head.length + cache.serverTotal!)) reach = -Infinity;
    const from = Math.max(isoMs(newest) - LOOKBACK_MS, reach);
    const since = Number.isFinite(from) ? new Date(from).toISOString() : newest;
    const abort = (this.#catchUpAbort = new AbortController());
    const query: EventQuery = { ...host.filter(), ...(since ? { since } : {}), ordering: '-created', page: 1, pageSize: 100 };
    const floor = isoMs(since) || -Infinity;
    const top = isoMs(newest) || -Infinity;
    this.#listWindow(client, query, floor, top, abort.signal, () => host.cache() === cache).then(
      (page) => {
        if (page === undefined || abort.signal.aborted || host.cache() !== cache) return;
        // More than a page happened unseen (none of it reached the newest row), or more pages in
        // the window than are followed: the rows start over rather than leave a hole.
        if (page === 'reload') {
          this.reset();
          host.reload();
          return;
        }
        // A source that ignores `since` lists older events too (the rows not loaded yet): only
        // those not older than `since` and newer than the rows loaded are new (the same pk is dropped in `receive`).
        const items = page.items.filter((e) => isoMs(e.created) >= floor && !(isoMs(e.created) <= reach));
        items.push(...this.#newWithoutTime(cache, page, (e) => isoMs(e.created) > top || (items.includes(e) && cache.find(e.pk) < 0)));
        this.receive(items);
      },
      // Not worth an error state (the rows are fine): the events show on the next refresh.
      () => undefined,
    );
  }

  /**
   * The catch-up's events: its query's first page and, once that reaches the newest row (`top`),
   * the pages after it until one reaches below the window (`floor`; a source that ignores
   * `since`) or the last: one stamped before that row but visible only later (its transaction
   * committed late) may be listed after more than a page of the rows. All of them as one page;
   * 'reload' when the first page does not reach that row (more than a page is new) or the window
   * needs more than `MAX_CATCH_UP_PAGES`; undefined when aborted or the rows changed between pages.
   */
  async #listWindow(
    client: EventsClient,
    query: EventQuery,
    floor: number,
    top: number,
    signal: AbortSignal,
    current: () => boolean,
  ): Promise<Page<EventRecord> | 'reload' | undefined> {
    let page = await client.listEvents(query, { signal });
    if (page.next !== null && !page.items.some((e) => isoMs(e.created) <= top)) return 'reload';
    const items = [...page.items];
    // Below the floor, or no time (listed last): the pages after it are older still.
    for (let n = 1; page.next !== null && page.items.every((e) => isoMs(e.created) >= floor); n++) {
      if (n >= MAX_CATCH_UP_PAGES) return 'reload';
      if (signal.aborted || !current()) return undefined;
      const next = page.next;
      page = await client.listEvents({ ...query, ...(typeof next === 'string' ? { page: undefined, cursor: next } : { page: next }) }, { signal });
      items.push(...page.items);
    }
    return { ...page, items };
  }

  /**
   * Of a catch-up page a source that ignores `since` listed, the events whose `created` is no time
   * that are new: not shown, and the source counts at least as many more events than the rows'
   * first page did beyond those with a time that are new (`isNew`) (otherwise some may be rows not loaded
   * yet: none is taken). Only while the rows hold the last row listed first (they show on top,
   * and the rows leave them out where the source lists them: last). Otherwise, and from a source
   * that does not count, they show where the source lists them (the next page's count includes them).
   */
  #newWithoutTime(cache: RowCache, page: Page<EventRecord>, isNew: (event: EventRecord) => boolean): EventRecord[] {
    const listed = this.#listed?.total;
    if (page.total === null || listed == null || !cache.event(cache.head.length + listed - 1)) return [];
    const livePks = new Set([...cache.head, ...this.#pending].map((p) => p.pk));
    const live = (e: EventRecord) => livePks.has(e.pk);
    const fresh = page.items.filter((e) => listedLast(e) && cache.find(e.pk) < 0 && !live(e));
    // Those received live already were created after the rows were listed: part of the growth too.
    const grown = page.total - listed - page.items.filter((e) => isNew(e) || live(e)).length;
    return fresh.length <= grown ? fresh : [];
  }

  /**
   * The catch-up of a view that is not newest first: the newest events beyond the count the
   * first page reported were created since; the button counts at least that many (the live ones
   * counted already are among them, deduplicated by pk). Beyond one page they are only counted:
   * showing them reloads this view anyway.
   */
  #catchUpByCount(cache: RowCache, client: EventsClient): void {
    const { host } = this;
    const listed = this.#listed;
    // A source that does not count has no reference point here: its rows show them on the next refresh.
    if (listed?.total == null) return;
    const abort = (this.#catchUpAbort = new AbortController());
    client.listEvents({ ...host.filter(), ordering: '-created', page: 1, pageSize: 100 }, { signal: abort.signal }).then(
      (page) => {
        if (abort.signal.aborted || host.cache() !== cache || page.total === null) return;
        const gap = page.total - listed.total!;
        if (gap <= 0) return;
        this.receive(page.items.slice(0, gap));
        // Every event counted since the first page was created after it, so they are part of the gap.
        if (this.count < gap) {
          this.count = gap;
          host.requestUpdate();
        }
      },
      () => undefined,
    );
  }

  /** A batch of live events, newest first. */
  receive(events: readonly EventRecord[]): void {
    const { host } = this;
    const cache = host.cache();
    if (cache && !cache.loaded && cache.firstError === undefined) {
      this.#early = [...events, ...this.#early].slice(0, MAX_PENDING);
      return;
    }
    if (!cache?.loaded) return;
    const matches = eventMatcher(host.filter());
    const fresh = events.filter((e) => matches(e) && !cache.has(e.pk) && !this.#pending.some((p) => p.pk === e.pk));
    if (fresh.length === 0) return;
    const stream = host.streaming();
    const order = orderBelow(cache.newest);
    if (stream && host.atTop() && !host.paused() && this.count === 0) {
      cache.prepend(fresh, order);
      host.grid.shift(fresh.length);
      this.#bound(cache);
    } else {
      // The server has them on top: later pages shift past them so no row moves. One whose
      // `created` is no time it lists last: it shifts nothing (and shows there until shown on
      // top). One it lists among the rows goes there until shown on top.
      if (stream) {
        cache.countArrived(fresh.filter((e) => !order.last(e) && !order.among(e)).length);
        for (const event of fresh.filter(order.among)) {
          const at = cache.place(event, above);
          if (at >= 0) host.grid.shift(1, at);
        }
      }
      this.#pending.unshift(...fresh);
      this.#pending.length = Math.min(this.#pending.length, MAX_PENDING);
      this.count += fresh.length;
    }
    host.requestUpdate();
  }

  /**
   * At the top with nothing held: past `headLimit.max` live events on top, the older ones are let
   * go (those up to the focused or expanded row stay); when they cannot be (one is listed
   * elsewhere), the rows start over from the first page, focus going back to its event.
   */
  #bound(cache: RowCache): void {
    const { grid } = this.host;
    if (cache.head.length <= headLimit.max) return;
    const keep = Math.max(headLimit.keep, grid.focus.row + 1, (grid.expanded?.index ?? -1) + 1);
    if (cache.trimHead(keep > headLimit.max ? headLimit.keep : keep)) return;
    this.reset();
    this.host.reload();
  }

  /** Shows the held events at the top (true), or reloads when they cannot be inserted (false). */
  show(): boolean {
    const { host } = this;
    const cache = host.cache();
    const n = this.count;
    if (n === 0) return false;
    if (cache && host.streaming() && this.#pending.length === n) {
      cache.showArrived(this.#pending, orderBelow(cache.newest));
      host.grid.shift(n);
      this.reset();
      host.grid.scrollToTop();
      this.#bound(cache);
      host.requestUpdate();
      return true;
    }
    this.reset();
    host.reload();
    return false;
  }
}
