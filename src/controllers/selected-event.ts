import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventRecord, EventsClient } from '../client/types.js';
import type { EvStore } from '../context/store.js';

/** What the controller needs from its element (every `EvDataElement` is one). */
export interface SelectedEventHost extends ReactiveControllerHost {
  readonly store: EvStore;
  readonly effectiveClient: EventsClient | undefined;
}

export interface SelectedEventOptions {
  /** Finds the event in data the element already holds (no request), e.g. its `.events`. */
  lookup?: (pk: string) => EventRecord | undefined;
  /** Called once the selected event is known (or the selection was cleared). */
  onChange?: (event: EventRecord | undefined) => void;
}

/** Recently fetched selections per client: a chart and a map on one page share one request. */
const fetched = new WeakMap<EventsClient, Map<string, Promise<EventRecord>>>();
const KEEP = 16;

function fetchEvent(client: EventsClient, pk: string): Promise<EventRecord> {
  let cache = fetched.get(client);
  if (!cache) fetched.set(client, (cache = new Map()));
  let pending = cache.get(pk);
  if (!pending) {
    // Not tied to one element's signal: another element may be waiting for the same answer.
    pending = client.getEvent(pk);
    pending.catch(() => cache.delete(pk));
    cache.set(pk, pending);
    if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  }
  return pending;
}

/**
 * The shared selection (`store.selection`, a pk) resolved to its event, for elements that mark
 * the selected event in their own view (the chart's bar, the map's point). It looks in the
 * element's own data first, else asks the client (`getEvent`, shared between elements); a
 * selection that cannot be resolved (deleted, another source) simply marks nothing.
 */
export class SelectedEventController implements ReactiveController {
  readonly #host: SelectedEventHost;
  readonly #options: SelectedEventOptions;
  #pk: string | null = null;
  #client?: EventsClient;
  #event?: EventRecord;
  #seq = 0;

  constructor(host: SelectedEventHost, options: SelectedEventOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The selected event, once resolved; undefined without a selection or while it loads. */
  get event(): EventRecord | undefined {
    return this.#event;
  }

  /** Re-resolves on the next update (call when the element's own data changed). */
  invalidate(): void {
    if (this.#event) return;
    this.#pk = null;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const pk = this.#host.store.selection;
    const client = this.#host.effectiveClient;
    if (pk === this.#pk && client === this.#client) return;
    this.#pk = pk;
    this.#client = client;
    const seq = ++this.#seq;
    const local = pk ? this.#options.lookup?.(pk) : undefined;
    if (!pk || local || !client) {
      this.#set(local);
      return;
    }
    if (this.#event?.pk !== pk) this.#set(undefined);
    fetchEvent(client, pk).then(
      (event) => {
        if (seq !== this.#seq) return;
        this.#set(event);
        this.#host.requestUpdate();
      },
      () => undefined,
    );
  }

  hostDisconnected(): void {
    // Answers arriving after a disconnect are dropped; a reconnect resolves again.
    this.#seq++;
    this.#pk = null;
  }

  #set(event: EventRecord | undefined): void {
    if (event === this.#event) return;
    this.#event = event;
    this.#options.onChange?.(event);
  }
}
