/**
 * The client `<ev-notification-bell api="…">` builds for itself (the script-tag path): authentik's
 * notification endpoints with the session cookie, through a small fetch wrapper instead of the
 * general `Transport` (no token, no request sharing: one feed per client already makes one
 * request) and small live strategies for notifications only (`bell-live.ts`). Shared with
 * `createAuthentikNotificationClient`: the endpoint methods, response validation, cross-tab
 * sharing and the typed errors; the live and reference-server tests run against both clients.
 */
import { type AuthentikLiveOptions, notificationMethods } from '../../client/adapters/authentik-notifications.js';
import {
  EventsAbortedError,
  EventsApiError,
  EventsAuthError,
  EventsHttpError,
  EventsNetworkError,
  EventsTimeoutError,
  EventsValidationError,
} from '../../client/errors.js';
import { type RequestSpec, type TransportOptions, type TransportResponse, defaultSleep, parseJson, parseRetryAfter } from '../../client/transport.js';
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
 * 30 s with jitter, `Retry-After` honoured up to 60 s), conditional GETs (ETag / If-None-Match),
 * a response size cap (8 MiB) and the typed errors.
 */
export function bellTransport(o: BellClientOptions) {
  const baseUrl = o.baseUrl.replace(/\/+$/, '');
  const fetchImpl = o.fetch ?? globalThis.fetch.bind(globalThis);
  const credentials = o.credentials ?? 'same-origin';
  const timeoutMs = o.timeoutMs ?? 15_000;
  const max = o.maxBytes ?? 8 << 20;
  const sleep = o.sleep ?? defaultSleep;
  const etags = new Map<string, { etag: string; body: unknown }>();

  const url = (path: string, query: RequestSpec['query'] = {}): string => {
    const qs = `${new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v == null || v === '' ? [] : [[k, `${v}`]])))}`;
    return baseUrl + path + (qs ? `?${qs}` : '');
  };

  async function once(spec: RequestSpec, headers: Record<string, string>): Promise<TransportResponse> {
    const caller = spec.signal;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url(spec.path, spec.query), {
        method: spec.method ?? 'GET',
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        credentials,
        signal: caller ? AbortSignal.any([caller, timeout]) : timeout,
        ...(spec.keepalive ? { keepalive: true } : {}),
      });
      text = response.status === 304 || Number(response.headers.get('content-length')) > max ? '' : await response.text();
    } catch (cause) {
      if (caller?.aborted) throw new EventsAbortedError();
      if (timeout.aborted) throw new EventsTimeoutError(timeoutMs);
      throw new EventsNetworkError('The events server could not be reached.', { cause });
    }
    const { status } = response;
    const etag = response.headers.get('etag');
    if (text.length > max || Number(response.headers.get('content-length')) > max) {
      throw new EventsValidationError('$', `a response of at most ${max >> 20} MiB`);
    }
    if (!response.ok && status !== 304) {
      // eslint-disable-next-line no-control-regex -- control characters never reach an error message
      const excerpt = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 300);
      throw status === 401 || status === 403
        ? new EventsAuthError(status, excerpt)
        : new EventsHttpError(status, excerpt, { retryable: RETRY.includes(status), retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
    }
    return { status, body: status === 304 || status === 204 ? undefined : parseJson(text), etag, headers: response.headers };
  }

  async function request(spec: RequestSpec): Promise<TransportResponse> {
    const key = url(spec.path, spec.query);
    const cached = spec.conditional ? etags.get(key) : undefined;
    const headers = { accept: 'application/json', ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }), ...(cached ? { 'if-none-match': cached.etag } : {}) };
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await once(spec, headers);
        if (!spec.conditional) return response;
        if (response.status === 304 && cached) return { ...response, status: 200, body: cached.body };
        if (etags.size > 50) etags.clear();
        if (response.etag) etags.set(key, { etag: response.etag, body: response.body });
        else etags.delete(key);
        return response;
      } catch (error) {
        const after = error instanceof EventsHttpError ? error.retryAfterMs : undefined;
        if (!(error instanceof EventsApiError) || !error.retryable || attempt >= (o.retries ?? 3) || spec.signal?.aborted || after! > 60_000) throw error;
        await sleep(after ?? Math.min(500 * 2 ** attempt, 30_000) * (0.5 + (o.random ?? Math.random)()), spec.signal);
      }
    }
  }

  return { baseUrl, credentials, fetchImpl, url, request };
}

/**
 * A notification client for authentik's `/api/v3` (or a compatible API) on the page's session
 * cookie: what `<ev-notification-bell api="…">` uses. Same protocol and live behaviour as
 * `createAuthentikNotificationClient` (no token: cookies only), in fewer bytes.
 */
export function createBellClient(options: BellClientOptions): NotificationClient {
  const { baseUrl, credentials, fetchImpl, url, request } = bellTransport(options);
  const methods = notificationMethods({ request });
  const deps = { baseUrl, url, credentials, fetch: fetchImpl, sleep: options.sleep ?? defaultSleep, random: options.random ?? Math.random };
  return { ...methods, subscribe: bellLive(deps, options, methods.listNotifications) };
}
