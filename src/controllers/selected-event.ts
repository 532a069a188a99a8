import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EventsAbortedError, isGone } from '../client/errors.js';
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

/** One `getEvent` shared by every caller asking a client for the same pk. */
interface SharedFetch {
  promise: Promise<EventRecord>;
  controller: AbortController;
  /** Callers still waiting with a signal: the request is aborted when the last one leaves. */
  waiters: number;
  /** A caller without a signal waits to the end: the request is never aborted. */
  held: boolean;
  settled: boolean;
  /** The event, once the request succeeded. */
  value?: EventRecord;
  /** Set when the server answered that it has no such event: the answer is shared until then. */
  goneUntil?: number;
}

/**
 * Recently fetched events per client. A definite "no such event" (404 / 410) is kept for
 * `GONE_MS`, so the elements resolving one stale selection share it; any other failure is
 * dropped, so a retry asks again.
 */
const fetched = new WeakMap<EventsClient, Map<string, SharedFetch>>();
const KEEP = 16;
const GONE_MS = 30_000;


function start(client: EventsClient, cache: Map<string, SharedFetch>, pk: string): SharedFetch {
  const controller = new AbortController();
  const shared: SharedFetch = { controller, waiters: 0, held: false, settled: false, promise: client.getEvent(pk, { signal: controller.signal }) };
  shared.promise.then(
    (event) => {
      shared.settled = true;
      shared.value = event;
    },
    (error: unknown) => {
      shared.settled = true;
      if (isGone(error)) shared.goneUntil = Date.now() + GONE_MS;
      else if (cache.get(pk) === shared) cache.delete(pk);
    },
  );
  cache.set(pk, shared);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  return shared;
}

function wait(shared: SharedFetch, cache: Map<string, SharedFetch>, pk: string, signal: AbortSignal): Promise<EventRecord> {
  shared.waiters++;
  return new Promise<EventRecord>((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return false;
      left = true;
      shared.waiters--;
      signal.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (!shared.settled && !shared.held && shared.waiters === 0) {
        if (cache.get(pk) === shared) cache.delete(pk);
        shared.controller.abort();
      }
      reject(new EventsAbortedError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (event) => {
        if (leave()) resolve(event);
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}

/**
 * The event `pk` from `client`, with one request shared by every element asking for it (the
 * detail, the chart's and the map's selection) and the last few answers kept per client. A
 * 404 / 410 is shared for 30 s; any other failed request is forgotten, so asking again (Retry)
 * sends a new one. `signal` ends only this
 * caller's wait: the request itself is aborted once no caller waits for it any more (a caller
 * without a signal always waits).
 */
export function fetchEvent(client: EventsClient, pk: string, signal?: AbortSignal): Promise<EventRecord> {
  if (signal?.aborted) return Promise.reject(new EventsAbortedError());
  let cache = fetched.get(client);
  if (!cache) fetched.set(client, (cache = new Map()));
  let shared = cache.get(pk);
  if (shared?.goneUntil !== undefined && Date.now() >= shared.goneUntil) {
    cache.delete(pk);
    shared = undefined;
  }
  if (shared) {
    // Most recently asked last: the bound drops the oldest.
    cache.delete(pk);
    cache.set(pk, shared);
  } else {
    shared = start(client, cache, pk);
  }
  if (!signal) {
    shared.held = true;
    return shared.promise;
  }
  return shared.settled ? shared.promise : wait(shared, cache, pk, signal);
}

/**
 * The event `pk` if `client` has already answered for it (one of the last few `fetchEvent`
 * answers kept per client), else undefined. Makes no request; what `fetchEvent` would resolve
 * with, known now, so an element can show it without a loading step.
 */
export function cachedEvent(client: EventsClient, pk: string): EventRecord | undefined {
  return fetched.get(client)?.get(pk)?.value;
}

/**
 * The shared selection (`store.selection`, a pk) resolved to its event, for elements that mark
 * the selected event in their own view (the chart's bar, the map's point). It looks in the
 * element's own data first, else asks the client (`getEvent`, shared between elements); a
 * selection that cannot be resolved (deleted, another source) simply marks nothing, and once
 * the client answered 404 / 410 for it, `invalidate()` only looks in the element's data again.
 */
export class SelectedEventController implements ReactiveController {
  readonly #host: SelectedEventHost;
  readonly #options: SelectedEventOptions;
  #pk: string | null = null;
  #client?: EventsClient;
  #event?: EventRecord;
  #seq = 0;
  /** `invalidate()` was called: look the current selection up again. */
  #recheck = false;
  /** The client answered 404 / 410 for the current selection. */
  #gone = false;

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
    this.#recheck = true;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const pk = this.#host.store.selection;
    const client = this.#host.effectiveClient;
    const same = pk === this.#pk && client === this.#client;
    const recheck = this.#recheck;
    this.#recheck = false;
    if (same && !recheck) return;
    const local = pk ? this.#options.lookup?.(pk) : undefined;
    // The client already said it has no such event: only the element's own data is looked at again.
    if (same && this.#gone && !local) return;
    this.#pk = pk;
    this.#client = client;
    this.#gone = false;
    const seq = ++this.#seq;
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
      (error: unknown) => {
        if (seq === this.#seq) this.#gone = isGone(error);
      },
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
