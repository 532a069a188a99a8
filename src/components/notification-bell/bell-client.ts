/**
 * The client `<ev-notification-bell api="…">` builds for itself (the script-tag path): authentik's
 * notification endpoints with the session cookie, through a small fetch wrapper instead of the
 * general `Transport` (no token, no request sharing: one feed per client already makes one
 * request) and small live strategies for notifications only (`bell-live.ts`). Shared with
 * `createAuthentikNotificationClient`: the endpoint methods, response validation, the live
 * fan-out and fallback, cross-tab sharing and the typed errors; the live and reference-server
 * tests run against both clients. `apiClient` keeps one per API settings, so every bell
 * configured by the same attributes shares one connection.
 */
import { type AuthentikLiveOptions, type LiveMode, notificationMethods } from '../../client/adapters/authentik-notifications.js';
import {
  EventsAbortedError,
  EventsApiError,
  EventsAuthError,
  EventsHttpError,
  EventsNetworkError,
  EventsTimeoutError,
  EventsValidationError,
} from '../../client/errors.js';
import { excerpt, jittered, readCapped } from '../../client/http.js';
import { type RequestSpec, type TransportOptions, defaultSleep, parseJson, parseRetryAfter } from '../../client/transport.js';
import type { NotificationClient } from '../../client/types.js';
import { bellLive } from './bell-live.js';

export interface BellClientOptions
  extends AuthentikLiveOptions,
    Pick<TransportOptions, 'baseUrl' | 'credentials' | 'timeoutMs' | 'retries' | 'maxBytes' | 'fetch' | 'sleep' | 'random'> {}

/** Statuses worth another try, like `Transport`'s. */
const RETRY = [429, 502, 503, 504];

/**
 * A fetch wrapper with `Transport`'s behaviour for cookie-authenticated JSON: per-attempt timeout
 * (15 s), retries of network errors, timeouts, 429 and 502–504 (backoff from 500 ms doubling to
 * 30 s, jitter included, or a longer `Retry-After` up to 60 s), conditional GETs (ETag / If-None-Match),
 * a response size cap (8 MiB) and the typed errors.
 */
function bellTransport(o: BellClientOptions) {
  const baseUrl = o.baseUrl.replace(/\/+$/, '');
  const fetchImpl = o.fetch ?? globalThis.fetch.bind(globalThis);
  const credentials = o.credentials ?? 'same-origin';
  const timeoutMs = o.timeoutMs ?? 15_000;
  const max = o.maxBytes ?? 8 << 20;
  const sleep = o.sleep ?? defaultSleep;
  const random = o.random ?? Math.random;
  const etags = new Map<string, { etag: string; body: unknown }>();

  const url = (path: string, query: RequestSpec['query'] = {}): string => {
    // URLSearchParams turns each value into a string (`${v}`); empty values are left out.
    const qs = `${new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== '') as string[][])}`;
    return baseUrl + path + (qs ? `?${qs}` : '');
  };

  /** Sends `spec`, retrying what may pass on a retry; resolves to the parsed JSON body (undefined for 204). */
  async function request(spec: RequestSpec): Promise<{ body: unknown }> {
    const { signal: caller, conditional } = spec;
    const href = url(spec.path, spec.query);
    const cached = conditional ? etags.get(href) : undefined;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    if (cached) headers['if-none-match'] = cached.etag;
    for (let attempt = 0; ; attempt++) {
      try {
        const timeout = AbortSignal.timeout(timeoutMs);
        let response: Response;
        let text: string;
        try {
          response = await fetchImpl(href, {
            method: spec.method ?? 'GET',
            headers,
            body: spec.body === undefined ? null : JSON.stringify(spec.body),
            credentials,
            signal: caller ? AbortSignal.any([caller, timeout]) : timeout,
            ...(spec.keepalive ? { keepalive: true } : {}),
          });
          text = response.status === 304 ? '' : await readCapped(response, max);
        } catch (cause) {
          // A body past the cap is a validation error; any other failure to get the answer, what cut it short.
          throw cause instanceof EventsValidationError
            ? cause
            : caller?.aborted
              ? new EventsAbortedError()
              : timeout.aborted
                ? new EventsTimeoutError(timeoutMs)
                : new EventsNetworkError('The events server could not be reached.', { cause });
        }
        const { status } = response;
        if (!response.ok && status !== 304) {
          // Transport's excerpt: control characters out, at most 300 characters, a cut one ending with "…".
          const body = excerpt(text);
          throw status === 401 || status === 403
            ? new EventsAuthError(status, body)
            : new EventsHttpError(status, body, { retryable: RETRY.includes(status), retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
        }
        // Nothing changed since the remembered answer (conditional GET).
        if (status === 304 && cached) return cached;
        const body = status === 304 || status === 204 ? undefined : parseJson(text);
        if (conditional) {
          const etag = response.headers.get('etag');
          if (etags.size > 50) etags.clear();
          if (etag) etags.set(href, { etag, body });
          else etags.delete(href);
        }
        return { body };
      } catch (error) {
        const after = error instanceof EventsHttpError ? error.retryAfterMs : undefined;
        if (!(error instanceof EventsApiError) || !error.retryable || attempt >= (spec.retries ?? o.retries ?? 3) || caller?.aborted || after! > 60_000) throw error;
        // The longer of the backoff and Retry-After: a short one (even 0) must not make retries come faster.
        await sleep(Math.max(after ?? 0, jittered(500 * 2 ** attempt, 0.5, 30_000, random)), caller);
      }
    }
  }

  // What the live strategies need too (`LiveDeps`).
  return { baseUrl, credentials, fetch: fetchImpl, sleep, random, url, request };
}

/**
 * A notification client for authentik's `/api/v3` (or a compatible API) on the page's session
 * cookie: what `<ev-notification-bell api="…">` uses. Same protocol and live behaviour as
 * `createAuthentikNotificationClient` (no token: cookies only), in fewer bytes.
 */
export function createBellClient(options: BellClientOptions): NotificationClient {
  const transport = bellTransport(options);
  const methods = notificationMethods(transport);
  return { ...methods, subscribe: bellLive(transport, options, methods.listNotifications) };
}

const apiClients = new Map<string, NotificationClient>();

/** One client per API settings, so every bell configured by attributes shares one connection. */
export function apiClient(baseUrl: string, credentials: RequestCredentials, live: LiveMode, pollSeconds: number): NotificationClient {
  const key = [baseUrl, credentials, live, pollSeconds].join('\n');
  let client = apiClients.get(key);
  if (!client) {
    client = createBellClient({ baseUrl, credentials, live, pollIntervalMs: pollSeconds * 1000 });
    apiClients.set(key, client);
  }
  return client;
}
