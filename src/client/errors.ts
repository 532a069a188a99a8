/**
 * Typed errors raised by the events client. Components switch on `kind`, never on messages.
 * Messages never contain the token or a full URL with credentials.
 */

export type EventsErrorKind = 'network' | 'http' | 'auth' | 'validation' | 'aborted' | 'timeout' | 'unsupported' | 'config';

export abstract class EventsApiError extends Error {
  abstract readonly kind: EventsErrorKind;
  /** Whether trying again may help (network trouble, 429, 5xx). */
  readonly retryable: boolean;

  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
  }
}

/** The request never got an HTTP answer (DNS, refused, reset, offline). */
export class EventsNetworkError extends EventsApiError {
  readonly kind = 'network';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, retryable: true });
  }
}

/** The server did not answer within the client's timeout. */
export class EventsTimeoutError extends EventsApiError {
  readonly kind = 'timeout';
  constructor(readonly timeoutMs: number) {
    super(`The server did not answer within ${timeoutMs} ms.`, { retryable: true });
  }
}

/** The server answered with a non-2xx status (other than 401 / 403). */
export class EventsHttpError extends EventsApiError {
  readonly kind: EventsErrorKind = 'http';
  /** Milliseconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly status: number,
    /** At most 300 characters of the response body, for diagnostics. */
    readonly bodyExcerpt: string,
    options: { retryable?: boolean; retryAfterMs?: number } = {},
  ) {
    super(`HTTP ${status}${bodyExcerpt ? `: ${bodyExcerpt}` : ''}`, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** 401 or 403: the credentials are missing, wrong or insufficient. */
export class EventsAuthError extends EventsHttpError {
  override readonly kind = 'auth';
}

/**
 * The client could not produce its credentials, so no request was sent (kind `auth`, like a
 * 401, but no HTTP status): `failed` when the `token` function threw or rejected (what it threw
 * is kept as `cause`, never copied into the message: a refresh error may carry secrets);
 * `invalid` when the token cannot travel in an HTTP header (a character outside Latin-1, such as
 * `€`, or a line break). Never retried: the caller (a retry button, the next poll) asks for a
 * token again. The message never contains the token.
 */
export class EventsTokenError extends EventsApiError {
  readonly kind = 'auth';
  constructor(
    readonly reason: 'failed' | 'invalid',
    options: { cause?: unknown } = {},
  ) {
    super(
      reason === 'failed'
        ? 'The token function failed; no request was sent.'
        : 'The token cannot be sent in an HTTP header (only Latin-1 characters, no line breaks); no request was sent.',
      options,
    );
  }
}

/**
 * The client's own options cannot work, so no request was sent: an entry of the extra `headers`
 * option whose name or value no HTTP header can carry (a character outside Latin-1, such as an
 * emoji or `€`, or a line break; fetch would throw a TypeError that looks like a network
 * failure). `header` names the entry; its value is never in the message (it may be a secret).
 * Never retried: retrying cannot help until the page's code is fixed.
 */
export class EventsConfigError extends EventsApiError {
  readonly kind = 'config';
  constructor(readonly header: string) {
    super(
      `The headers option cannot be sent: header ${JSON.stringify(header.slice(0, 100))} has a name or value no HTTP header can carry (only Latin-1, no line breaks); no request was sent.`,
    );
  }
}

/** A response did not have the expected shape. `path` names the offending JSON path, e.g. `$.results[3].created`. */
export class EventsValidationError extends EventsApiError {
  readonly kind = 'validation';
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`Unexpected response at ${path}: expected ${expected}.`);
  }
}

/**
 * The response was larger than the client's size cap (`maxBytes`, default 8 MiB), so it was not
 * read: a validation error of its own type, so views say the answer was too large, with the limit.
 */
export class EventsTooLargeError extends EventsValidationError {
  constructor(readonly maxBytes: number) {
    // "no larger than 8 MiB" (a whole number of MiB), not "at most 8388608 bytes".
    super('$', `a response no larger than ${maxBytes % (1 << 20) ? `${maxBytes} bytes` : `${maxBytes >> 20} MiB`}`);
  }
}

/** The caller aborted the request. Not a failure: components never show it as an error. */
export class EventsAbortedError extends EventsApiError {
  readonly kind = 'aborted';
  constructor() {
    super('The request was aborted.');
  }
}

/** The source cannot do this (e.g. a mapped API without a volume endpoint). */
export class EventsUnsupportedError extends EventsApiError {
  readonly kind = 'unsupported';
  constructor(readonly operation: string) {
    super(`This events source does not support ${operation}.`);
  }
}

/** The server's definite answer that the resource does not exist (any more): HTTP 404 or 410. */
export function isGone(error: unknown): boolean {
  return error instanceof EventsHttpError && (error.status === 404 || error.status === 410);
}

export function isAbortError(error: unknown): boolean {
  return (
    error instanceof EventsAbortedError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError')
  );
}
