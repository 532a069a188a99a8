/**
 * Live updates: one connection per client, shared by every subscriber on the page.
 * Strategies: Server-Sent Events read through fetch (so the token stays in a header and
 * `Last-Event-ID` resumes after a drop), and polling with exponential backoff that pauses
 * while the tab is hidden and refreshes at once when it becomes visible or comes back online.
 * A reconnect waiting out its backoff also goes at once then.
 */
import { EventsApiError, EventsAuthError, type EventsErrorKind, EventsHttpError, EventsValidationError, isAbortError } from './errors.js';
import { jittered, unlessAborted } from './http.js';
import type { Transport } from './transport.js';
import type { LiveMessage, LiveStatus, SubscribeOptions, Unsubscribe } from './types.js';
import { eventRecord, notification } from './validate.js';

export type Emit = (message: LiveMessage) => void;
/** What the SSE strategy needs of a transport (a `Transport` is one; so is a smaller fetch wrapper). */
export type LiveTransport = Pick<Transport, 'headers' | 'fetchImpl' | 'url' | 'credentials'>;
/** Runs until `signal` aborts; handles its own reconnects. Rejects only when it cannot work at all. */
export type LiveStrategy = (emit: Emit, signal: AbortSignal) => Promise<void>;

/** A status message. */
export const statusMessage = (s: LiveStatus): LiveMessage => ({ type: 'status', status: s });

/** What a live connection offers its subscribers (`NotificationClient['subscribe']`). */
export type Subscribe = (onMessage: (message: LiveMessage) => void, options?: SubscribeOptions) => Unsubscribe;

/**
 * Fans one live connection out to many subscribers: connects on the first, closes after the
 * last; a late subscriber hears the current status at once. A connection the strategy ended with
 * a typed error closes with its kind (`error` on the `closed` status). A connection that ended
 * (credentials refused, …) is not retried by itself; the next new subscription (e.g. a Retry
 * after the token was fixed) starts one again, shared by every current subscriber, who all hear
 * its statuses.
 */
export function fanOut(strategy: LiveStrategy): Subscribe {
  const subscribers = new Set<(message: LiveMessage) => void>();
  let controller: AbortController | undefined;
  /** The strategy of the current connection has settled: it runs no more. */
  let ended = false;
  let last: LiveMessage = statusMessage('closed');
  const emit: Emit = (message) => {
    if (message.type === 'status') last = message;
    for (const s of [...subscribers]) {
      try {
        s(message);
      } catch (error) {
        // One subscriber's bug must not starve the others.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
  return (onMessage, { kinds = ['event', 'notification'], signal } = {}) => {
    const subscriber = (m: LiveMessage) => (m.type === 'status' || kinds.includes(m.type)) && onMessage(m);
    subscribers.add(subscriber);
    const off = () => {
      signal?.removeEventListener('abort', off);
      if (!subscribers.delete(subscriber) || subscribers.size) return;
      controller?.abort();
      controller = undefined;
      last = statusMessage('closed');
    };
    signal?.addEventListener('abort', off, { once: true });
    if (controller && !ended) queueMicrotask(() => onMessage(last));
    else {
      const mine = (controller = new AbortController());
      ended = false;
      void strategy(emit, mine.signal)
        .then(
          () => undefined,
          (error: unknown) => (error instanceof EventsApiError ? error.kind : undefined),
        )
        .then((error) => {
          if (controller !== mine) return;
          ended = true;
          emit(error ? { type: 'status', status: 'closed', error } : statusMessage('closed'));
        });
    }
    return off;
  };
}

/** `fanOut` as an object: `new LiveHub(strategy).subscribe(…)`. */
export class LiveHub {
  readonly subscribe: Subscribe;

  constructor(strategy: LiveStrategy) {
    this.subscribe = fanOut(strategy);
  }
}

export interface BackoffOptions {
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** True when an SSE `id` can be sent back as `Last-Event-ID` (no NUL, nothing outside Latin-1; a line cannot hold a line break). */
export const sendableId = (id: string): boolean => !/[\0\u0100-\uffff]/.test(id);

/**
 * Parses a `text/event-stream` body incrementally; calls `onMessage` per dispatched message.
 * `lastEventId` changes only when a message is dispatched (an `id:` line waits in a buffer, as in
 * the WHATWG parser), so it never names a message cut off before its blank line. A parser for a
 * reconnect starts from the id the previous one reached (as browsers' `EventSource` does).
 */
export class SseParser {
  /** The pieces of a line not ended yet (joined once it ends, so a long line costs what its length does). */
  #pending: string[] = [];
  #size = 0;
  #data: string[] = [];
  #event = '';
  #id: string;
  /** The previous chunk ended with a CR: a LF starting this one is the rest of that CRLF. */
  #cr = false;
  lastEventId: string;
  retryMs?: number;

  constructor(
    private readonly onMessage: (event: string, data: string, id: string) => void,
    lastEventId = '',
  ) {
    this.lastEventId = this.#id = lastEventId;
  }

  push(chunk: string): void {
    // Only the new chunk is searched for line ends: a message arriving in many small chunks costs what its length does.
    let start = this.#cr && chunk.startsWith('\n') ? 1 : 0;
    if (chunk) this.#cr = chunk.endsWith('\r');
    const end = /\r\n|\r|\n/g;
    end.lastIndex = start;
    for (let match; (match = end.exec(chunk)); start = end.lastIndex) {
      this.#pending.push(chunk.slice(start, match.index));
      const line = this.#pending.join('');
      this.#pending = [];
      this.#size = 0;
      this.#line(line);
    }
    if (start < chunk.length) this.#pending.push(chunk.slice(start));
    if ((this.#size += chunk.length - start) > MAX_LINE) throw new EventsValidationError('$', `SSE lines no longer than ${MAX_LINE >> 20} Mi characters`);
  }

  #line(line: string): void {
    if (line === '') {
      this.lastEventId = this.#id;
      if (this.#data.length) this.onMessage(this.#event || 'message', this.#data.join('\n'), this.lastEventId);
      this.#data = [];
      this.#event = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    // An id no header can carry (NUL, outside Latin-1) is ignored: as `Last-Event-ID` it would make every reconnect fail.
    else if (field === 'id' && sendableId(value)) this.#id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
  }
}

/** Turns one SSE message into a typed live message; invalid payloads are dropped. */
function toLiveMessage(event: string, data: string, id: string): LiveMessage | undefined {
  try {
    const value = JSON.parse(data) as unknown;
    if (event === 'event') return { type: 'event', event: eventRecord(value, '$'), id };
    if (event === 'notification') return { type: 'notification', notification: notification(value, '$'), id };
  } catch {
    /* a malformed live message is skipped, never thrown into the page */
  }
  return undefined;
}

export class LiveUnsupportedError extends Error {}

/**
 * Longest SSE line buffered, in decoded characters (8 Mi, as many as the response cap's bytes): a longer one is an
 * `EventsValidationError` (the stream is dropped, polling takes over).
 */
export const MAX_LINE = 8 << 20;

/** A stream open this long is healthy: the reconnect backoff starts again from 1 s. */
export const HEALTHY_MS = 5000;

/** The response is a `text/event-stream`. */
export const isEventStream = (response: Response): boolean => /^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '');

/** Error kinds that trying again cannot cure: credentials refused or not to be had (`auth`), options that cannot work (`config`). */
export const hopelessKind = (kind: EventsErrorKind | undefined): boolean => kind === 'auth' || kind === 'config';
const hopeless = (error: unknown): boolean => error instanceof EventsApiError && hopelessKind(error.kind);

/**
 * SSE over fetch with reconnects (1 s doubling to 30 s, reset once a stream stayed open `HEALTHY_MS`; at once
 * when the tab is shown or back online) and `Last-Event-ID` resume. Rejects with `LiveUnsupportedError` when the endpoint does not exist
 * or its first answer is not an event stream (a login page, JSON), so callers can fall back to polling;
 * such an answer after the stream had worked is a failed attempt (backoff).
 */
export function sseStrategy(transport: LiveTransport, path: string, backoff: BackoffOptions): LiveStrategy {
  return async (emit, signal) => {
    let lastEventId = '';
    let failures = 0;
    let everOpened = false;
    while (!signal.aborted) {
      emit(statusMessage('connecting'));
      const done = new AbortController();
      try {
        // Until aborted: a token function that never settles must not keep the strategy (and what it holds) alive.
        const headers = await unlessAborted(transport.headers({ accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }), signal);
        const response = await transport.fetchImpl(transport.url(path), {
          headers,
          credentials: transport.credentials,
          signal,
          cache: 'no-store',
        });
        // A 200 that is not an event stream (a login page, JSON) is no stream: never `open`.
        const isStream = response.ok && isEventStream(response);
        if (!isStream) void response.body?.cancel();
        if (!everOpened && ([404, 405, 501].includes(response.status) || (response.ok && !isStream))) throw new LiveUnsupportedError();
        if (response.status === 401 || response.status === 403) throw new EventsAuthError(response.status, '');
        if (!isStream || !response.body) throw new EventsHttpError(response.status, '', { retryable: true });
        everOpened = true;
        emit(statusMessage('open'));
        // Healthy once open `HEALTHY_MS`: only then reconnects start from 1 s again (a stream that closes at once, again and again, keeps backing off).
        backoff.sleep(HEALTHY_MS, AbortSignal.any([signal, done.signal])).then(() => (failures = 0), () => undefined);
        const parser = new SseParser((event, data, id) => {
          const message = toLiveMessage(event, data, id);
          if (message) emit(message);
        }, lastEventId);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          try {
            parser.push(value);
          } catch {
            // A line past `MAX_LINE`: not an event stream to read on.
            void reader.cancel();
            throw new LiveUnsupportedError();
          }
          lastEventId = parser.lastEventId;
        }
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        // Credentials refused (401 / 403), not to be had (`EventsTokenError`) or headers that cannot be sent: reconnecting cannot help.
        if (error instanceof LiveUnsupportedError || hopeless(error)) throw error;
      }
      done.abort();
      if (signal.aborted || !(await reconnectWait(++failures, backoff, emit, signal))) return;
    }
  };
}

/**
 * Waits before reconnect number `failures` (1 s doubling, ±25 %, never past 30 s: 22.5 s to 30 s once
 * the doubling reaches it), cut short when the tab is shown or the browser comes back online, as
 * polling is; false when aborted.
 */
export async function reconnectWait(failures: number, backoff: BackoffOptions, emit: Emit, signal: AbortSignal): Promise<boolean> {
  emit(statusMessage(failures > 2 ? 'offline' : 'connecting'));
  const delay = jittered(1000 * 2 ** (failures - 1), 0.25, 30_000, backoff.random ?? Math.random);
  await pause(delay, backoff.sleep, signal, false);
  return !signal.aborted;
}

/**
 * authentik's websocket (`/ws/client/`, authenticated by the session cookie): `notification.new`
 * messages carry the notification in `data`; other message types are ignored. Reconnects like
 * the SSE strategy; rejects with `LiveUnsupportedError` when the socket never opens, so
 * `autoStrategy` falls back to polling.
 */
export function wsStrategy(url: string, backoff: BackoffOptions): LiveStrategy {
  return async (emit, signal) => {
    let failures = 0;
    let everOpened = false;
    do {
      emit(statusMessage('connecting'));
      await new Promise<void>((resolve) => {
        const socket = new WebSocket(url.replace(/^http/i, 'ws'));
        const close = () => socket.close();
        signal.addEventListener('abort', close, { once: true });
        socket.onopen = () => {
          everOpened = true;
          failures = 0;
          emit(statusMessage('open'));
        };
        socket.onmessage = ({ data }: MessageEvent) => {
          try {
            const raw = JSON.parse(String(data)) as { message_type?: unknown; data?: unknown };
            if (raw.message_type === 'notification.new') {
              emit({ type: 'notification', notification: notification(raw.data, '$.data') });
            }
          } catch {
            /* a malformed message is skipped */
          }
        };
        socket.onclose = () => {
          signal.removeEventListener('abort', close);
          resolve();
        };
      });
      if (signal.aborted) return;
      if (!everOpened) throw new LiveUnsupportedError();
    } while (await reconnectWait(++failures, backoff, emit, signal));
  };
}

export interface PollOptions extends BackoffOptions {
  intervalMs: number;
  /** Longest wait after repeated failures (default 5 minutes); a longer `intervalMs` is still kept. */
  maxBackoffMs?: number;
}

const doc = () => globalThis.document as Document | undefined;
/** The page is hidden (false where there is no document). */
export const isHidden = () => doc()?.visibilityState === 'hidden';

/**
 * Waits `ms` (if any), then until the tab is visible (unless `whileHidden` is false); cut short
 * when the tab is shown or the browser comes back online. Outside browsers it only sleeps.
 */
async function pause(ms: number, sleep: BackoffOptions['sleep'], signal: AbortSignal, whileHidden = true): Promise<void> {
  const d = doc();
  if (!d) return void (ms && (await sleep(ms, signal).catch(() => undefined)));
  const wake = new AbortController();
  // Aborted by the caller, by a wake-up, or when the pause ends: the listeners go with it.
  const woken = AbortSignal.any([signal, wake.signal]);
  const onWake = () => isHidden() || wake.abort();
  addEventListener('online', onWake, { signal: woken });
  d.addEventListener('visibilitychange', onWake, { signal: woken });
  if (ms) await sleep(ms, woken).catch(() => undefined);
  if (whileHidden && isHidden() && !woken.aborted) await new Promise((resolve) => woken.addEventListener('abort', resolve));
  wake.abort();
}

/** The polling interval used when the one given is unusable. */
const DEFAULT_POLL_MS = 30_000;

/**
 * Polls `tick` every `intervalMs` (30 s when that is not a positive finite number); after failures waits intervalMs × 2^n (with jitter) up to
 * `maxBackoffMs`, or up to `intervalMs` when that is longer (the cap never shortens the interval); pauses while the tab is hidden;
 * polls at once on `visibilitychange` and `online`.
 */
export function pollStrategy(tick: (emit: Emit, signal: AbortSignal) => Promise<void>, options: PollOptions): LiveStrategy {
  // 0, a negative number or NaN (poll-interval="" or "abc") would poll in a tight loop: the default instead.
  const every = options.intervalMs > 0 && Number.isFinite(options.intervalMs) ? options.intervalMs : DEFAULT_POLL_MS;
  return async (emit, signal) => {
    emit(statusMessage('polling'));
    for (let failures = 0, wait = 0; !signal.aborted; ) {
      await pause(wait, options.sleep, signal);
      if (signal.aborted) return;
      try {
        await tick(emit, signal);
        if (failures) emit(statusMessage('polling'));
        failures = 0;
      } catch (error) {
        if (signal.aborted || isAbortError(error)) return;
        failures++;
        if (error instanceof EventsApiError) {
          // Credentials refused or not to be had (kind `auth`), or unusable options (`config`): polling stops, as after a 401.
          if (hopeless(error)) throw error;
          emit(statusMessage('offline'));
        }
      }
      const jitter = failures ? 0.75 + 0.5 * (options.random ?? Math.random)() : 1;
      // The cap shortens failure backoff only: an interval longer than it is kept, and a failure never polls sooner than it.
      wait = Math.min(every * 2 ** failures * jitter, Math.max(options.maxBackoffMs ?? 300_000, every));
    }
  };
}

/** SSE when the endpoint exists, otherwise polling. */
export function autoStrategy(sse: LiveStrategy, poll: LiveStrategy): LiveStrategy {
  return async (emit, signal) => {
    try {
      await sse(emit, signal);
    } catch (error) {
      if (!(error instanceof LiveUnsupportedError)) throw error;
      await poll(emit, signal);
    }
  };
}
