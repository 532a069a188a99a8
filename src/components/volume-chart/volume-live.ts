/**
 * Live updates of `<ev-volume-chart>`: one subscription to the client while `live` is on.
 * An event the chart can place is counted in place; one it cannot judge (free-text search)
 * triggers a debounced re-fetch. Every event not counted now is still handed on (`seen`): a filter
 * change before the next answer may let it in, and that answer may not have it. A reconnect, a re-attached
 * element or `live` switched on after the data was loaded re-fetches to catch up on what was missed.
 * An event without a valid time, or too far ahead of the server's clock (`believes`), is ignored:
 * neither counted nor kept, and the server clock's estimate does not learn from it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventFilter, EventRecord, EventsClient, LiveMessage, Unsubscribe } from '../../client/types.js';
import { liveMatch } from './live-match.js';

/** Wait before re-fetching after a live event the chart cannot place itself. */
const REFETCH_MS = 1500;

export interface VolumeLiveOptions {
  /** The client to follow, or undefined when live updates are off. */
  client: () => EventsClient | undefined;
  /** The shared filter without its time range. */
  filter: () => EventFilter;
  /** Counts a matching event. */
  place: (event: EventRecord) => void;
  /** An event the filter excludes now, or cannot judge: kept for the next answer, under whatever filter it has. */
  seen: (event: EventRecord) => void;
  /** Re-fetches everything. */
  reload: () => void;
  /** The client the data comes from, followed or not (undefined with handed buckets). */
  source: () => EventsClient | undefined;
  /** Whether the event's time is believed (a valid date, not too far ahead of the server's clock). */
  believes: (event: EventRecord) => boolean;
}

export class VolumeLiveController implements ReactiveController {
  #client?: EventsClient;
  #unsubscribe?: Unsubscribe;
  #down = false;
  /** The stream has been open (or polling) on this subscription: a drop after that may miss events. */
  #up = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** The client whose subscription ended (element removed, `live` off): events from then on were missed. */
  #missedFrom?: EventsClient;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VolumeLiveOptions,
  ) {
    host.addController(this);
  }

  /** A fresh request is on its way (the element re-attached after an aborted load): nothing to catch up on. */
  caughtUp(): void {
    this.#missedFrom = undefined;
  }

  hostUpdated(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#sync();
    clearTimeout(this.#timer);
  }

  #sync(): void {
    const client = this.host.isConnected ? this.options.client() : undefined;
    // Not following (removed, `live` off, or never on): what the data came from is missed from now on.
    if (!client) this.#missedFrom = this.#client ?? this.options.source() ?? this.#missedFrom;
    if (client === this.#client) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#client = client;
    this.#down = false;
    this.#up = false;
    if (!client) return;
    this.#unsubscribe = client.subscribe(this.#onMessage, { kinds: ['event'] });
    // Following the same client again after a gap: catch up (a new client loads its own data).
    // After this update, not inside it (this runs in `hostUpdated`).
    if (client === this.#missedFrom) queueMicrotask(() => this.options.reload());
    this.#missedFrom = undefined;
  }

  #onMessage = (message: LiveMessage): void => {
    if (message.type === 'status') {
      if (message.status === 'open' && this.#down) this.options.reload();
      // The data was fetched as the subscription started: a stream still opening for the first time
      // (it reports `connecting` more than once when shared across tabs) has missed nothing; one that
      // drops after being up, or goes offline, may have.
      if (message.status === 'open' || message.status === 'polling') this.#up = true;
      this.#down = message.status === 'offline' || (message.status === 'connecting' && this.#up);
      return;
    }
    if (message.type !== 'event' || !this.options.believes(message.event)) return;
    const verdict = liveMatch(message.event, this.options.filter());
    if (verdict === true) this.options.place(message.event);
    else this.options.seen(message.event);
    if (verdict === undefined) {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.options.reload(), REFETCH_MS);
    }
  };
}
