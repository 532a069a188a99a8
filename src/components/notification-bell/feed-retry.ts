/**
 * The bell feed's retries: of seen changes and mark-all (`withRetries`), and of the unread count
 * while live (`retryable`, `retryDelay`). No DOM, no Lit.
 */
import { EventsApiError, EventsHttpError } from '../../client/errors.js';
import { defaultSleep } from '../../client/http.js';

/** Retry policy of seen changes and mark-all (tests shorten it). */
export const retryPolicy = { retries: 3, delayMs: 1000 };

/** Worth another try: network trouble, timeouts, 429 and 5xx. Never 4xx, auth or bad data. */
export function retryable(error: unknown): boolean {
  return error instanceof EventsApiError && (error.retryable || (error instanceof EventsHttpError && error.status >= 500));
}

/**
 * The wait before retry `n` (from 0) after `error`: the backoff (`retryPolicy.delayMs`, doubling),
 * or the server's `Retry-After` (429 / 503) when that is longer; at most 5 minutes.
 */
export const retryDelay = (error: unknown, n: number): number => Math.min(Math.max(retryPolicy.delayMs * 2 ** n, (error as EventsHttpError).retryAfterMs ?? 0), 3e5);

/**
 * Runs `write` under the retry policy; rejects with the last error. A server that asks for more
 * than a minute (`Retry-After`) is not waited for, as the client's own retries are not: the
 * change is rolled back now instead of staying optimistic for minutes.
 */
export async function withRetries<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!retryable(error) || attempt >= retryPolicy.retries || (error as EventsHttpError).retryAfterMs! > 6e4) throw error;
      await defaultSleep(retryDelay(error, attempt));
    }
  }
}
