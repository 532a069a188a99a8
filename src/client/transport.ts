/**
 * The fetch wrapper under every HTTP adapter: auth header, per-attempt timeout, caller abort,
 * retry with exponential backoff and jitter (network errors, 429, 502, 503, 504; a longer
 * Retry-After is waited for instead), de-duplication of identical in-flight GETs, a response
 * size cap, and typed errors. The token is only ever sent in a header: never in a URL, an error
 * or a log line.
 * The stateless pieces (Retry-After, query strings, JSON checks) live in `http.ts`.
 */
import {
  EventsAbortedError,
  EventsApiError,
  EventsAuthError,
  EventsConfigError,
  EventsHttpError,
  EventsNetworkError,
  EventsTimeoutError,
  EventsTokenError,
  EventsValidationError,
} from './errors.js';
import { type QueryValue, RETRYABLE_STATUS, buildQuery, defaultSleep, excerpt, isJsonType, jittered, parseJson, parseRetryAfter, readCapped, sendable, unlessAborted } from './http.js';

// Re-exported: adapters, the bell and tests import them from here.
export type { QueryValue };
export { buildQuery, defaultSleep, isJsonType, parseJson, parseRetryAfter };

export type TokenSource = string | (() => string | Promise<string>);

export interface TransportOptions {
  /** Base URL every path is appended to, e.g. `https://auth.example.com/api/v3`. */
  baseUrl: string;
  /**
   * Secret sent as `<authHeader>: <authScheme> <token>`. A function is called before every
   * request; when it throws or rejects, or the token cannot be sent in a header (outside
   * Latin-1, line breaks), the call rejects with `EventsTokenError` (not retried, nothing sent).
   */
  token?: TokenSource;
  /** Header that carries the token (default `Authorization`). */
  authHeader?: string;
  /** Scheme before the token (default `Bearer`; `''` for none, e.g. an `X-Api-Key` header). */
  authScheme?: string;
  /** Cookie mode for fetch (default `same-origin`; `include` for a cross-origin session cookie). */
  credentials?: RequestCredentials;
  /**
   * Extra headers on every request. An entry no HTTP header can carry (outside Latin-1, line
   * breaks) makes every call reject with `EventsConfigError` naming it (not retried, nothing sent).
   */
  headers?: Record<string, string>;
  /** Per-attempt timeout (default 15 s). */
  timeoutMs?: number;
  /** Retries after the first attempt for retryable failures (default 3). */
  retries?: number;
  /** First backoff delay; doubles per retry, with ±50 % jitter (default 500 ms). */
  backoffMs?: number;
  /**
   * Upper bound of one backoff delay, jitter included (default 30 s): a delay that reaches it is
   * jittered between half of it and it. A longer Retry-After (up to `maxRetryAfterMs`) is still waited for.
   */
  maxBackoffMs?: number;
  /** A longer Retry-After than this is not waited for: the error is returned instead (default 60 s). */
  maxRetryAfterMs?: number;
  /** Largest response body accepted (default 8 MiB). */
  maxBytes?: number;
  /** Injected for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface RequestSpec {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue> | URLSearchParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /**
   * Conditional GET: remember the ETag and body of this URL, send `If-None-Match` next time,
   * and answer a 304 with the remembered body (for polling).
   */
  conditional?: boolean;
  /** fetch `keepalive`: the request survives the page being unloaded (small bodies only). */
  keepalive?: boolean | undefined;
  /** Retries of this request (default: the transport's `retries`). */
  retries?: number | undefined;
}

export interface TransportResponse {
  status: number;
  /** Parsed JSON, or undefined for 204 / 304. */
  body: unknown;
  etag: string | null;
  headers: Headers;
}

/** A caller's view of a shared in-flight request. */
interface Shared {
  promise: Promise<TransportResponse>;
  controller: AbortController;
  waiters: number;
}

export class Transport {
  readonly baseUrl: string;
  readonly #options: TransportOptions;
  readonly #inflight = new Map<string, Shared>();
  readonly #etags = new Map<string, { etag: string; body: unknown }>();

  constructor(options: TransportOptions) {
    this.#options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** The full URL of a request (never contains credentials). */
  url(path: string, query?: RequestSpec['query']): string {
    const qs = buildQuery(query);
    const base = /^https?:\/\//i.test(path) ? path : `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
    return qs ? `${base}${base.includes('?') ? '&' : '?'}${qs}` : base;
  }

  /** Headers for a request, including the auth header when a token is configured. */
  async headers(extra?: Record<string, string>): Promise<Record<string, string>> {
    this.#checkHeaders();
    return this.#withToken(extra, await this.#token());
  }

  #checkHeaders(): void {
    // fetch would reject these with a TypeError that looks like a network failure (and be retried).
    for (const [name, value] of Object.entries(this.#options.headers ?? {})) if (!sendable(name, value)) throw new EventsConfigError(name);
  }

  #withToken(extra: Record<string, string> | undefined, token: string | undefined): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.#options.headers, ...extra };
    if (token) {
      const scheme = this.#options.authScheme ?? 'Bearer';
      const name = (this.#options.authHeader ?? 'Authorization').toLowerCase();
      const value = scheme ? `${scheme} ${token}` : token;
      if (!sendable(name, value)) throw new EventsTokenError('invalid');
      headers[name] = value;
    }
    return headers;
  }

  get credentials(): RequestCredentials {
    return this.#options.credentials ?? 'same-origin';
  }

  get fetchImpl(): typeof fetch {
    return this.#options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  async #token(): Promise<string | undefined> {
    const source = this.#options.token;
    if (typeof source !== 'function') return source || undefined;
    try {
      return await source();
    } catch (cause) {
      throw new EventsTokenError('failed', { cause });
    }
  }

  /** Sends a request with retries. Identical concurrent GETs share one HTTP request. */
  request(spec: RequestSpec): Promise<TransportResponse> {
    if (spec.conditional) return this.#conditional(spec);
    const method = spec.method ?? 'GET';
    if (method !== 'GET') return this.#withRetries(spec, spec.signal);
    const key = `${this.url(spec.path, spec.query)}\n${JSON.stringify(spec.headers ?? {})}`;
    let shared = this.#inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const created: Shared = {
        controller,
        waiters: 0,
        promise: this.#withRetries(spec, controller.signal).finally(() => {
          if (this.#inflight.get(key) === created) this.#inflight.delete(key);
        }),
      };
      // An unobserved rejection of the shared promise is handled by each waiter.
      created.promise.catch(() => undefined);
      this.#inflight.set(key, created);
      shared = created;
    }
    return this.#wait(shared, key, spec.signal);
  }

  async #conditional(spec: RequestSpec): Promise<TransportResponse> {
    const url = this.url(spec.path, spec.query);
    const cached = this.#etags.get(url);
    const response = await this.request({
      ...spec,
      conditional: false,
      headers: { ...spec.headers, ...(cached ? { 'if-none-match': cached.etag } : {}) },
    });
    if (response.status === 304 && cached) return { ...response, status: 200, body: cached.body, etag: cached.etag };
    if (response.etag) {
      if (this.#etags.size > 50) this.#etags.clear();
      this.#etags.set(url, { etag: response.etag, body: response.body });
    } else {
      this.#etags.delete(url);
    }
    return response;
  }

  #wait(shared: Shared, key: string, signal: AbortSignal | undefined): Promise<TransportResponse> {
    if (signal?.aborted) return Promise.reject(new EventsAbortedError());
    shared.waiters++;
    return new Promise<TransportResponse>((resolve, reject) => {
      let settled = false;
      const leave = () => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        leave();
        shared.waiters--;
        if (shared.waiters === 0) {
          if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
          shared.controller.abort();
        }
        reject(new EventsAbortedError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          if (settled) return;
          leave();
          resolve(value);
        },
        (error: unknown) => {
          if (settled) return;
          leave();
          reject(error);
        },
      );
    });
  }

  async #withRetries(spec: RequestSpec, signal: AbortSignal | undefined): Promise<TransportResponse> {
    const o = this.#options;
    const retries = spec.retries ?? o.retries ?? 3;
    const sleep = o.sleep ?? defaultSleep;
    const random = o.random ?? Math.random;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#attempt(spec, signal);
      } catch (error) {
        if (!(error instanceof EventsApiError) || !error.retryable || attempt >= retries || signal?.aborted) throw error;
        const retryAfter = error instanceof EventsHttpError ? error.retryAfterMs : undefined;
        if (retryAfter !== undefined && retryAfter > (o.maxRetryAfterMs ?? 60_000)) throw error;
        const backoff = jittered((o.backoffMs ?? 500) * 2 ** attempt, 0.5, o.maxBackoffMs ?? 30_000, random);
        // The longer of the two: a short Retry-After (even 0) must not make a struggling server's retries come faster.
        await sleep(Math.max(retryAfter ?? 0, backoff), signal);
      }
    }
  }

  async #attempt(spec: RequestSpec, signal: AbortSignal | undefined): Promise<TransportResponse> {
    if (signal?.aborted) throw new EventsAbortedError();
    const timeoutMs = this.#options.timeoutMs ?? 15_000;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const hasBody = spec.body !== undefined;
    try {
      this.#checkHeaders();
      let token: string | undefined;
      try {
        // Within the attempt's timeout and the caller's abort: a token function that never settles must not hang the call.
        token = await unlessAborted(this.#token(), controller.signal);
      } catch (cause) {
        throw controller.signal.aborted ? this.#failure(cause, signal, timedOut, timeoutMs) : cause;
      }
      const headers = this.#withToken({ ...(hasBody ? { 'content-type': 'application/json' } : {}), ...spec.headers }, token);
      let response: Response;
      try {
        response = await this.fetchImpl(this.url(spec.path, spec.query), {
          method: spec.method ?? 'GET',
          headers,
          body: hasBody ? JSON.stringify(spec.body) : null,
          credentials: this.credentials,
          signal: controller.signal,
          ...(spec.keepalive ? { keepalive: true } : {}),
        });
      } catch (cause) {
        throw this.#failure(cause, signal, timedOut, timeoutMs);
      }
      const etag = response.headers.get('etag');
      if (response.status === 304 || response.status === 204) {
        await response.body?.cancel().catch(() => undefined);
        return { status: response.status, body: undefined, etag, headers: response.headers };
      }
      if (response.ok && !isJsonType(response.headers.get('content-type'))) {
        await response.body?.cancel().catch(() => undefined);
        throw new EventsValidationError('$', 'a JSON response (Content-Type: application/json)');
      }
      let text: string;
      try {
        text = await readCapped(response, this.#options.maxBytes ?? 8 << 20);
      } catch (cause) {
        throw cause instanceof EventsApiError ? cause : this.#failure(cause, signal, timedOut, timeoutMs);
      }
      if (!response.ok) throw this.#httpError(response, text, token);
      return { status: response.status, body: parseJson(text), etag, headers: response.headers };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  #failure(cause: unknown, signal: AbortSignal | undefined, timedOut: boolean, timeoutMs: number): EventsApiError {
    if (signal?.aborted) return new EventsAbortedError();
    if (timedOut) return new EventsTimeoutError(timeoutMs);
    return new EventsNetworkError('The events server could not be reached.', { cause });
  }

  /** The typed error of an answer; `secret` (the token that was sent) is redacted from its excerpt. */
  #httpError(response: Response, text: string, secret: string | undefined): EventsApiError {
    // Redacted before control characters turn into spaces: a token with a tab in it is found as sent.
    const body = excerpt(secret && secret.length >= 4 ? text.split(secret).join('[redacted]') : text);
    if (response.status === 401 || response.status === 403) return new EventsAuthError(response.status, body);
    return new EventsHttpError(response.status, body, {
      retryable: RETRYABLE_STATUS.has(response.status),
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    });
  }
}
