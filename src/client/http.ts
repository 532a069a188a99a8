/**
 * The stateless HTTP pieces under the fetch wrappers (`Transport` and the bell's own small one):
 * waiting, Retry-After, query strings, which headers fetch can send, error excerpts, the size cap
 * and the JSON checks of a response.
 */
import { EventsAbortedError, EventsTooLargeError, EventsValidationError } from './errors.js';

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;

/** Statuses a retry may cure (too many requests, bad gateway, unavailable, gateway timeout). */
export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** Waits `ms`; rejects with `EventsAbortedError` when `signal` aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new EventsAbortedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new EventsAbortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * One backoff wait: `base` jittered by ±`spread` (0.5 = ±50 %), never longer than `cap`. A `base`
 * at or near the cap is jittered between (1 − spread) × min(base, cap) and the cap, so waits that
 * reach the cap still spread out instead of all being the cap.
 */
export function jittered(base: number, spread: number, cap: number, random: () => number): number {
  const b = Math.min(base, cap);
  const low = b * (1 - spread);
  const high = Math.min(b * (1 + spread), cap);
  return low + random() * (high - low);
}

/** `promise`, unless `signal` aborts first: then a rejection with its reason (what `promise` gives later is ignored). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Retry-After as milliseconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Appends query parameters; arrays repeat the name (`actions=a&actions=b`); empty values are left out. */
export function buildQuery(query: Record<string, QueryValue> | URLSearchParams | undefined): string {
  if (!query) return '';
  if (query instanceof URLSearchParams) return query.toString();
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  return params.toString();
}

/** A response body fit for an error message: control characters out, at most 300 characters (a cut one ends with "…"). */
export function excerpt(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return cut(clean, 300);
}

/** `text` at most `n` characters: a cut one ends with "…", never in half a character (an emoji's high surrogate left alone at the limit). */
export const cut = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1).replace(/[\ud800-\udbff]$/, '')}…` : text);

/** True when fetch can send this header (a Latin-1 value without line breaks, a valid name). */
export function sendable(name: string, value: string): boolean {
  try {
    new Headers([[name, value]]);
    return true;
  } catch {
    return false;
  }
}

/**
 * True for a JSON media type (`application/json`, `application/problem+json` …) or no
 * Content-Type at all. A 200 labelled as anything else (an HTML login page from a proxy, JSON
 * served as text/plain) is not trusted as data.
 */
export function isJsonType(contentType: string | null): boolean {
  if (contentType === null || contentType.trim() === '') return true;
  return /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);
}

/**
 * The body as text, at most `max` bytes: a larger Content-Length, or a body (chunked, endless)
 * that passes `max` while it streams, is cancelled and rejects with `EventsTooLargeError`.
 */
export async function readCapped(response: Response, max: number): Promise<string> {
  const tooLarge = () => new EventsTooLargeError(max);
  const body = response.body;
  if (!body) return '';
  if (Number(response.headers.get('content-length')) > max) {
    await body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    if ((size += value.byteLength) > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** JSON.parse with a typed error; a leading byte-order mark is tolerated. */
export function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new EventsValidationError('$', 'a JSON body');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new EventsValidationError('$', 'valid JSON');
  }
}
