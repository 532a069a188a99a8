/**
 * Live tail for `<ev-log>`: subscribes to the client's live events (`subscribe`, kinds
 * ['event']). When the client has no live channel (`subscribe` throws, or the stream closes
 * before it ever opened) it polls `listEvents` itself with the client's polling strategy
 * (backoff, paused while the tab is hidden). A stream that closes on an `auth` or `config` error
 * stays closed: every poll would fail the same way, until `resume()` (the element calls it when a
 * reload succeeded, so the cause is gone) opens it again. Events are handed over in batches, newest first.
 * `onOpen` tells when the stream opened after a gap (its first open, and every re-open: a resume
 * from `Last-Event-ID` replays only what the server still has, and some servers replay nothing),
 * so the caller fetches what happened meanwhile (deduplicated by pk with what the stream replays).
 * Polling has the same gap (its first tick only takes a baseline): `onOpen` comes once per start,
 * after a tick ran since the tail started listening (a poller reports `polling` after each tick),
 * and again after a tick that found more new events than it lists (`missed` naming events, or no kind:
 * a long offline stretch; a tick that missed only notifications is the bell's business).
 * A new polling interval takes effect at once (`start` again with the same client): the poller
 * restarts with it, polling at once, and keeps what it has seen (nothing is missed or repeated).
 */
import { isoMs } from '../../client/filter-match.js';
import { LiveHub, hopelessKind, pollStrategy } from '../../client/live.js';
import { pollTick } from '../../client/poll.js';
import { defaultSleep } from '../../client/transport.js';
import type { EventRecord, EventsClient, LiveMessage, LiveStatus } from '../../client/types.js';

export interface LiveTailOptions {
  /** Receives each batch of new events, newest first. */
  onEvents: (events: EventRecord[]) => void;
  onStatus: (status: LiveStatus) => void;
  /** The stream opened (or polling took its baseline) and events may have happened unseen before (rows loaded earlier, a drop it cannot replay). */
  onOpen: () => void;
  /** Interval of the polling fallback. */
  pollIntervalMs: () => number;
}

export class LiveTail {
  status: LiveStatus = 'closed';
  /** True when the component polls itself because the client has no live channel. */
  fallback = false;

  #client?: EventsClient;
  #unsubscribe?: () => void;
  #batch: EventRecord[] = [];
  #everOpen = false;
  /** Closed on an `auth` or `config` error: retrying on its own cannot help. */
  #stopped = false;
  /** `onOpen` was called for polling since `start`. */
  #polled = false;
  /** The polling fallback's tick (it keeps the newest event seen) and interval. */
  #poll?: { tick: ReturnType<typeof pollTick>; intervalMs: number };

  constructor(readonly options: LiveTailOptions) {}

  /** Started and not stopped: a status now comes from the channel (`stop()` reports `closed` after this turned false). */
  get active(): boolean {
    return this.#client !== undefined;
  }

  start(client: EventsClient): void {
    if (this.#client === client && this.#unsubscribe) {
      const poll = this.#poll;
      if (this.fallback && poll && !Object.is(poll.intervalMs, this.options.pollIntervalMs())) this.#startPolling(client, poll.tick);
      return;
    }
    this.stop();
    this.#client = client;
    this.#everOpen = false;
    this.#stopped = false;
    this.#polled = false;
    this.fallback = false;
    this.#setStatus('connecting');
    try {
      if (typeof client.subscribe !== 'function') throw new TypeError('no subscribe');
      this.#unsubscribe = client.subscribe(this.#onMessage, { kinds: ['event'] });
    } catch {
      this.#startPolling(client);
    }
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#client = undefined;
    this.#poll = undefined;
    this.#batch = [];
    if (this.status !== 'closed') this.#setStatus('closed');
  }

  /**
   * Opens the tail again after it stopped on an `auth` or `config` error (nothing otherwise): the
   * caller knows the cause is gone (a request with the same client just succeeded). A fresh
   * subscription, so the client's connection restarts when this was its only subscriber.
   */
  resume(): void {
    const client = this.#client;
    if (!this.#stopped || !client) return;
    this.stop();
    this.start(client);
  }

  #startPolling(client: EventsClient, tick = pollTick(client, ['event'])): void {
    this.#unsubscribe?.();
    this.fallback = true;
    const poll = (this.#poll = { tick, intervalMs: this.options.pollIntervalMs() });
    const hub = new LiveHub(pollStrategy(tick, { intervalMs: poll.intervalMs, sleep: defaultSleep }));
    this.#unsubscribe = hub.subscribe(this.#onMessage, { kinds: ['event'] });
  }

  #setStatus(status: LiveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }

  #onMessage = (message: LiveMessage): void => {
    if (message.type === 'status') {
      if (message.status === 'open' || message.status === 'polling') this.#everOpen = true;
      const hopeless = message.status === 'closed' && hopelessKind(message.error);
      if (message.status === 'closed' && !this.#everOpen && !this.fallback && this.#client && !hopeless) {
        this.#startPolling(this.#client);
        return;
      }
      this.#stopped = hopeless;
      // `polling` twice in a row: a tick ran since this tail listened, so the poller misses nothing from here on.
      const ticked = message.status === 'polling' && this.status === 'polling' && !this.#polled;
      this.#setStatus(message.status);
      if (message.status === 'open' && this.#client) this.options.onOpen();
      if (ticked) this.#polled = true;
      // A tick that listed fewer events than were new (not one that only missed notifications: the bell's business).
      const missed = message.status === 'polling' && message.missed && (message.missedKinds ?? ['event']).includes('event');
      if ((ticked || missed) && this.#client) this.options.onOpen();
      return;
    }
    if (message.type !== 'event') return;
    if (this.#batch.length === 0) queueMicrotask(this.#flush);
    this.#batch.push(message.event);
  };

  #flush = (): void => {
    // Newest first, whatever order the channel delivered them in (ties keep the latest arrival first);
    // one whose created is no time ("5", which Date.parse reads as May 2001, too) below every timed one.
    const batch = this.#batch.reverse();
    const time = new Map(batch.map((e) => [e, isoMs(e.created)]));
    for (const [e, t] of time) if (Number.isNaN(t)) time.set(e, -Infinity);
    batch.sort((a, b) => time.get(b)! - time.get(a)!);
    this.#batch = [];
    if (batch.length && this.#client) this.options.onEvents(batch);
  };
}
