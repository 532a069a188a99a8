/**
 * The notification state one client's bells share: the unread count, the loaded pages of the
 * unread and all lists, seen changes on their way to the server, and the live connection.
 * Every bell on a page that uses the same client renders the same feed, so five bells make
 * the requests of one. No DOM, no Lit.
 *
 * The unread count is the server's (`seen=false` total) plus local adjustments that the next
 * server count will include: +1 per notification pushed since, −1 per seen change. A server
 * count is only accepted when no seen change was in flight and nothing changed while it was
 * being fetched, and it replaces the adjustments; so the count cannot drift or go negative.
 * No Lit; the only DOM it touches is `visibilitychange` (to re-count when the tab is shown).
 * Catching up after a gap is in feed-catchup.ts, the retries of writes and counts in feed-retry.ts.
 * It holds one object per notification by pk only while a list holds it, its seen change is on its
 * way, or a catch-up could list it again (its look-back window): not every one heard on a page left open.
 */
import { isAbortError } from '../../client/errors.js';
import type { EventNotification, LiveMessage, LiveStatus, NotificationClient, PageToken } from '../../client/types.js';
import { LOOKBACK_MS } from '../../client/poll.js';
import { yearMs } from '../../client/year-ms.js';
import { catchUpFeed } from './feed-catchup.js';
import { retryDelay, retryable, withRetries } from './feed-retry.js';

export { retryPolicy } from './feed-retry.js';

export type FeedTab = 'unread' | 'all';

export interface FeedList {
  items: EventNotification[];
  /** Total the server reported (null when it cannot count). */
  total: number | null;
  /** Token of the next page; null once every page is loaded. */
  next: PageToken | null;
  /** The last page number fetched (page-number paging). */
  page: number;
  loaded: boolean;
  /** A server count that local changes do not explain came in since it was loaded (read or deleted elsewhere): read it again when next shown. */
  stale?: boolean;
  loading: boolean;
  error?: unknown;
  /** Bumped by every first-page load, so an older answer in flight is dropped. */
  gen: number;
}

const newList = (): FeedList => ({ items: [], total: null, next: null, page: 0, loaded: false, loading: false, gen: 0 });
/** Milliseconds of a notification's `created`; NaN when it is no time (`yearMs`: no string, or without a year: V8 reads "5" as May 2001). */
export const ms = (n: EventNotification) => yearMs(n.created);

const LIVE: ReadonlySet<LiveStatus> = new Set(['open', 'polling']);

export class NotificationFeed extends EventTarget {
  /** `closed` until the connection says what it is doing. */
  status: LiveStatus = 'closed';
  lists: Record<FeedTab, FeedList> = { unread: newList(), all: newList() };
  /** pks whose seen change finally failed and was rolled back. */
  readonly failed = new Set<string>();
  /** Set while mark-all is on its way; its final error afterwards. */
  markingAll = false;
  markAllError?: unknown;
  countError?: unknown;
  pageSize = 20;

  #server: number | null = null;
  readonly #adjust = new Map<string, 1 | -1>();
  readonly #byPk = new Map<string, EventNotification>();
  readonly #writing = new Set<string>();
  #epoch = 0;
  #counting?: Promise<void>;
  #countAgain = false;
  #countFails = 0;
  #newest?: EventNotification;
  /** Milliseconds of the oldest notification ever known (not forgotten with it: catching up starts no later). */
  #oldest = Infinity;
  #wasLive = false;
  #allDone = 0;
  readonly #users = new Set<object>();
  readonly #claims = new Map<string, object>();
  #stop?: () => void;

  constructor(readonly client: NotificationClient) {
    super();
  }

  /** The unread count to show, or null before the first answer. Never negative. */
  get unread(): number | null {
    if (this.#server === null) return null;
    let n = this.#server;
    for (const d of this.#adjust.values()) n += d;
    return Math.max(0, n);
  }

  /** @internal How many notifications it holds by pk (its memory; for tests). */
  get held(): number {
    return this.#byPk.size;
  }

  /** True while a seen change for this notification is on its way. */
  writing(pk: string): boolean {
    return this.#writing.has(pk);
  }

  #changed(): void {
    // Lets go of what no list holds, no seen change writes and no catch-up lists again (older than
    // its look-back below the newest; one on its way checks what it lists against what was held when it started).
    const held = new Set([...this.lists.unread.items, ...this.lists.all.items]);
    for (const [pk, n] of this.#byPk) if (!held.has(n) && !this.#writing.has(pk) && ms(n) < ms(this.#newest ?? n) - LOOKBACK_MS) this.#byPk.delete(pk);
    this.dispatchEvent(new Event('change'));
  }

  /** A bell starts using the feed; the first one connects. Returns the matching release. */
  attach(user: object): () => void {
    this.#users.add(user);
    if (!this.#stop) {
      const off = this.client.subscribe(this.#onLive, { kinds: ['notification'] });
      const onShow = () => document.visibilityState === 'visible' && this.refreshCount();
      document.addEventListener('visibilitychange', onShow);
      this.#stop = () => {
        off();
        document.removeEventListener('visibilitychange', onShow);
      };
      void this.refreshCount();
    }
    return () => {
      this.#users.delete(user);
      // Let a bell that is only being moved in the DOM re-attach before disconnecting.
      queueMicrotask(() => {
        if (this.#users.size || !this.#stop) return;
        this.#stop();
        this.#stop = undefined;
        this.#wasLive = false;
      });
    };
  }

  /**
   * True for the first attached user that claims `role` (one announcer, one desktop notifier per
   * page). With `able`, only an able user holds it: one that is not (a hidden bell) gives way.
   */
  claim(role: string, user: object, able: (user: object) => boolean = () => true): boolean {
    const holder = this.#claims.get(role);
    if (!able(user) || (holder && holder !== user && this.#users.has(holder) && able(holder))) return false;
    this.#claims.set(role, user);
    return true;
  }

  #onLive = (message: LiveMessage): void => {
    if (message.type === 'notification') {
      this.#receive([message.notification]);
      void this.refreshCount();
    } else if (message.type === 'status') {
      // A poll tick found more new notifications than it lists: the count and the loaded lists from the server again
      // (not when only events overflowed on a connection shared with `<ev-log>`; no kinds named: any may have).
      if (message.missed && (message.missedKinds ?? ['notification']).includes('notification')) this.#resync();
      const live = LIVE.has(message.status);
      // Back after a drop (or another tab took over the connection): fetch what was missed.
      // Also the first time a stream opens after connecting (what came after the first count and
      // before it is in neither; one open already when the count was asked has no such gap), and
      // when the count failed (the server was down at page load). Polling says `polling` before its
      // first tick and after each (the first lists the newest as its baseline and announces none):
      // the same gap, caught up on at the first status heard while live (`#wasLive` once one came
      // after a live one, or a stream opened).
      const wasLive = LIVE.has(this.status);
      if (live && (wasLive ? !this.#wasLive : this.#wasLive || this.countError || (message.status == 'open' && this.status == 'connecting'))) void this.catchUp();
      this.#wasLive ||= wasLive || message.status == 'open';
      // A status equal to the current one changes nothing to show (polling says `polling` after every tick).
      if (this.status === message.status) return;
      this.status = message.status;
      this.#changed();
    }
  };

  /** Merges notifications pushed or caught up; announces the ones never seen before. */
  #receive(items: EventNotification[], counted = false): void {
    const fresh: EventNotification[] = [];
    for (const n of items) {
      const known = this.#byPk.get(n.pk);
      if (known) {
        if (!this.#writing.has(n.pk)) Object.assign(known, n);
        continue;
      }
      this.#byPk.set(n.pk, n);
      this.#track(n);
      // Unless the server count just taken includes it already.
      if (!n.seen && !counted) this.#adjust.set(n.pk, 1);
      this.#epoch++;
      fresh.push(n);
      for (const tab of ['all', 'unread'] as const) {
        const list = this.lists[tab];
        if (!list.loaded || (tab === 'unread' && n.seen)) continue;
        const at = list.items.findIndex((i) => ms(i) < ms(n));
        list.items.splice(at < 0 ? list.items.length : at, 0, n);
        if (list.total !== null) list.total++;
      }
    }
    if (fresh.length) this.dispatchEvent(new CustomEvent('new', { detail: fresh }));
    this.#changed();
  }

  /** Re-reads the unread count from the server (coalesced: a call while counting resolves when the count asked again is in, or the running one failed). */
  refreshCount(): Promise<void> {
    if (this.#counting) {
      this.#countAgain = true;
      return this.#counting;
    }
    return (this.#counting = this.#count().finally(() => (this.#counting = undefined)));
  }

  async #count(): Promise<void> {
    do {
      this.#countAgain = false;
      if (this.#writing.size) return; // the last seen change to settle asks again
      const epoch = this.#epoch;
      try {
        const page = await this.client.listNotifications({ seen: false, pageSize: 1 });
        this.#acceptCount(page.total ?? page.items.length, epoch);
        this.countError = undefined;
        this.#countFails = 0;
      } catch (error) {
        if (!isAbortError(error)) this.countError = error;
        // While live, nothing else asks again until a notification arrives (a stream that opens
        // or comes back does): ask again on the feed's backoff, doubling up to 5 minutes (or
        // after the server's longer Retry-After), unless an answer or a later failure (whose
        // own retry is due) came meanwhile.
        if (retryable(error) && LIVE.has(this.status))
          setTimeout(() => this.#stop && this.countError === error && this.refreshCount(), retryDelay(error, this.#countFails++));
      }
      this.#changed();
      // A count asked for meanwhile waits as well after a failure (the retry above, a reconnect, a push).
    } while (this.#countAgain && !this.countError);
  }

  #acceptCount(total: number, epoch: number): void {
    if (epoch !== this.#epoch || this.#writing.size) {
      this.#countAgain = true;
      return;
    }
    if (total !== this.unread) for (const list of Object.values(this.lists)) list.stale = list.loaded;
    this.#server = total;
    this.#adjust.clear();
  }

  /** Loads the first page of a list, or with `more` the next one. */
  async load(tab: FeedTab, more = false): Promise<void> {
    const list = this.lists[tab];
    if (more && (list.loading || list.next === null)) return;
    const fresh = !more;
    const gen = fresh ? ++list.gen : list.gen;
    // Page numbers drift when items leave the unread list or arrive on top: start from how
    // many items the server has before the first one still missing (overlap is de-duplicated).
    const before = tab === 'unread' ? list.items.filter((n) => !n.seen || this.#writing.has(n.pk)).length : list.items.length;
    const page = fresh ? 1 : Math.max(Math.floor(before / this.pageSize) + 1, list.page + (list.items.length ? 0 : 1));
    const cursor = typeof list.next === 'string' && !fresh ? list.next : undefined;
    list.loading = true;
    list.error = undefined;
    this.#changed();
    const epoch = this.#epoch;
    try {
      const result = await this.client.listNotifications({
        ordering: '-created',
        pageSize: this.pageSize,
        ...(tab === 'unread' ? { seen: false } : {}),
        ...(cursor ? { cursor } : { page }),
      });
      if (gen !== list.gen) return;
      if (fresh) list.items = [];
      const have = new Set(list.items.map((n) => n.pk));
      let added = 0;
      for (const item of result.items) {
        const n = this.#canonical(item);
        if (have.has(n.pk)) continue;
        list.items.push(n);
        added++;
      }
      // A page that brought nothing new must not be asked for again.
      list.page = added || fresh ? page : page + 1;
      list.next = result.next;
      list.total = result.total;
      list.loaded = true;
      if (tab === 'unread' && fresh && result.total !== null) this.#acceptCount(result.total, epoch);
      // After the count: a new total marks the other list stale, not this fresh one.
      if (fresh) list.stale = false;
    } catch (error) {
      if (gen !== list.gen) return;
      if (!isAbortError(error)) list.error = error;
    }
    list.loading = false;
    this.#changed();
  }

  /** Remembers the newest notification known, where catching up starts. */
  #track(n: EventNotification): void {
    // One whose `created` is no time is never the newest: catch-up asks for what came after a time.
    // Nor one ahead of the clock, as in poll.ts (9999: data is hostile): nothing would come after it.
    const time = ms(n);
    if (time < this.#oldest) this.#oldest = time;
    if (time > (this.#newest ? ms(this.#newest) : -Infinity) && time <= Date.now()) this.#newest = n;
  }

  /** The one object per pk that every list shares; a change in flight keeps its optimistic value. */
  #canonical(item: EventNotification): EventNotification {
    const known = this.#byPk.get(item.pk);
    this.#track(item);
    if (!known) {
      this.#byPk.set(item.pk, item);
      return item;
    }
    if (!this.#writing.has(item.pk)) Object.assign(known, item);
    return known;
  }

  /**
   * Reloads the count and every loaded list from the server (after a gap too large to catch up on
   * item by item); `more` tells that more arrived than the notifications just announced.
   */
  #resync(): void {
    this.dispatchEvent(new Event('more'));
    for (const tab of ['unread', 'all'] as const) if (this.lists[tab].loaded) void this.load(tab);
    void this.refreshCount();
  }

  /** Fetches what arrived while the live connection was down, then the true count (feed-catchup.ts). */
  catchUp(): Promise<void> {
    return catchUpFeed(this, this.#newest?.created, (items, counted) => this.#receive(items, counted), () => this.#resync(), new Map(this.#byPk), this.#oldest);
  }

  /**
   * Marks one notification seen: at once on screen, then on the server with retries. Only when
   * the last retry fails is it rolled back (and listed in `failed`). Resolves true on success.
   * `n`: the notification itself, for one the feed may have let go of (a desktop notification clicked later).
   */
  async markSeen(pk: string, n?: EventNotification): Promise<boolean> {
    const item = this.#byPk.get(pk) ?? n;
    if (!item || item.seen || this.#writing.has(pk)) return false;
    const arrived = this.#adjust.get(pk) === 1;
    if (arrived) this.#adjust.delete(pk);
    else this.#adjust.set(pk, -1);
    item.seen = true;
    const allDone = this.#allDone;
    this.failed.delete(pk);
    this.#writing.add(pk);
    this.#epoch++;
    this.#changed();
    let error: unknown;
    try {
      Object.assign(item, await withRetries(() => this.client.markSeen(pk, { keepalive: true, retries: 0 })), { seen: true });
    } catch (e) {
      error = e;
    }
    this.#writing.delete(pk);
    this.#epoch++;
    // A mark-all that succeeded meanwhile covered this one too.
    if (error && allDone === this.#allDone) {
      item.seen = false;
      if (arrived) this.#adjust.set(pk, 1);
      else this.#adjust.delete(pk);
      this.failed.add(pk);
    }
    this.#changed();
    void this.refreshCount();
    return !error;
  }

  /** Marks everything seen on the server, then reloads the count and the loaded lists from it. */
  async markAllSeen(): Promise<boolean> {
    if (this.markingAll) return false;
    this.markingAll = true;
    this.markAllError = undefined;
    this.#epoch++;
    this.#changed();
    try {
      await withRetries(() => this.client.markAllSeen({ retries: 0 }));
    } catch (e) {
      this.markAllError = e;
    }
    this.markingAll = false;
    this.#epoch++;
    const ok = !this.markAllError;
    if (ok) {
      this.#allDone++;
      for (const n of this.#byPk.values()) n.seen = true;
      this.failed.clear();
      // Everything was unread-free at the server a moment ago; the count below says what came since.
      this.#server = 0;
      this.#adjust.clear();
      for (const tab of ['unread', 'all'] as const) if (this.lists[tab].loaded) void this.load(tab);
    }
    this.#changed();
    await this.refreshCount();
    return ok;
  }
}

const feeds = new WeakMap<NotificationClient, NotificationFeed>();

/** The feed of a client, shared by every bell that uses it. */
export function feedFor(client: NotificationClient): NotificationFeed {
  let feed = feeds.get(client);
  if (!feed) feeds.set(client, (feed = new NotificationFeed(client)));
  return feed;
}
