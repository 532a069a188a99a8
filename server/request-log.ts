/**
 * The request log served at `/__control/requests`. It never holds credentials: only whether
 * a request carried any, and every logged string has the token value masked.
 */

export interface LoggedRequest {
  /** Epoch milliseconds when the request arrived. */
  t: number;
  method: string;
  path: string;
  /** The raw query string without `?` (token values masked). */
  query: string;
  /** 0 when the connection was dropped without an answer. */
  status: number;
  /** True when an Authorization header, X-Api-Key header or session cookie was sent. */
  hasAuth: boolean;
  lastEventId?: string;
  ifNoneMatch?: string;
  /** The `X-Ev-Tag` header: lets a test pick out the requests of one client. */
  tag?: string;
}

const LIMIT = 5000;

/** A bounded in-memory list of requests, newest last. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly token: string) {}

  /** Replaces any occurrence of the token (raw or URL-encoded) in `text`. */
  mask(text: string): string {
    if (this.token === '') return text;
    let out = text;
    for (const form of new Set([this.token, encodeURIComponent(this.token)])) out = out.split(form).join('***');
    return out;
  }

  /** Records a finished request. */
  add(entry: LoggedRequest): void {
    const clean: LoggedRequest = { ...entry, path: this.mask(entry.path), query: this.mask(entry.query) };
    if (entry.lastEventId !== undefined) clean.lastEventId = this.mask(entry.lastEventId);
    if (entry.ifNoneMatch !== undefined) clean.ifNoneMatch = this.mask(entry.ifNoneMatch);
    if (entry.tag !== undefined) clean.tag = this.mask(entry.tag);
    this.entries.push(clean);
    if (this.entries.length > LIMIT) this.entries.splice(0, this.entries.length - LIMIT);
  }

  /** A copy of every entry, oldest first. */
  list(): LoggedRequest[] {
    return [...this.entries];
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries = [];
  }
}
