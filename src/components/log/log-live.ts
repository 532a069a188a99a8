/**
 * What `<ev-log>` does with live events: insert them at the top while the user is there (and
 * not paused), otherwise hold them behind the "N new events" button without moving any row.
 * Only a newest-first list can take rows at the top; explicit pages and other orderings reload.
 */
import type { EventFilter, EventRecord } from '../../client/types.js';
import { eventMatcher } from '../../client/filter-match.js';
import type { RowCache } from './row-cache.js';
import type { VirtualGrid } from './virtual-grid.js';

/** Live events kept for the button; beyond this, the button reloads instead. */
const MAX_PENDING = 1000;

export interface LiveRowsHost {
  cache(): RowCache | undefined;
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
  /** Events behind the button (may exceed the ones kept). */
  count = 0;

  constructor(readonly host: LiveRowsHost) {}

  reset(): void {
    this.#pending = [];
    this.count = 0;
  }

  /** A batch of live events, newest first. */
  receive(events: readonly EventRecord[]): void {
    const { host } = this;
    const cache = host.cache();
    if (!cache?.loaded) return;
    const matches = eventMatcher(host.filter());
    const fresh = events.filter((e) => matches(e) && cache.find(e.pk) < 0 && !this.#pending.some((p) => p.pk === e.pk));
    if (fresh.length === 0) return;
    const stream = host.streaming();
    if (stream && host.atTop() && !host.paused() && this.count === 0) {
      cache.prepend(fresh);
      host.grid.shift(fresh.length);
    } else {
      // The server has them on top: later pages shift past them so no row moves.
      if (stream) cache.countArrived(fresh.length);
      this.#pending.unshift(...fresh);
      this.#pending.length = Math.min(this.#pending.length, MAX_PENDING);
      this.count += fresh.length;
    }
    host.requestUpdate();
  }

  /** Shows the held events at the top (or reloads when they cannot be inserted). */
  show(): void {
    const { host } = this;
    const cache = host.cache();
    const n = this.count;
    if (n === 0) return;
    if (cache && host.streaming() && this.#pending.length === n) {
      cache.showArrived(this.#pending);
      host.grid.shift(n);
      this.reset();
      host.grid.scrollToTop();
      host.requestUpdate();
    } else {
      this.reset();
      host.reload();
    }
  }
}
