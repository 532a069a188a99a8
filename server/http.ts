/**
 * Small HTTP helpers shared by the route modules: replies, errors, JSON bodies, CORS and
 * query-parameter parsing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isoTimeMs } from './iso-time.js';

/** A route's answer. `json` is serialised unless a malformed fault replaces it. */
export interface Reply {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  query: URLSearchParams;
  /** Capture groups of the route pattern. */
  params: string[];
  /** Parsed JSON body of POST/PATCH requests (undefined when empty). */
  body: unknown;
}

/** `'stream'` means the handler has taken over the response (SSE). */
export type Handler = (ctx: RequestContext) => Reply | 'stream';

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** Thrown by handlers to answer with an error status and body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** Reads and parses a JSON request body (at most 1 MiB). */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1024 * 1024) throw new HttpError(413, { detail: 'Request body too large.' });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, { detail: 'JSON parse error.' });
  }
}

const ALLOW_HEADERS = 'Authorization, Content-Type, Last-Event-ID, If-None-Match, X-Api-Key, X-Ev-Fault, X-Ev-Tag';

/** CORS for any origin, with credentials: the request's Origin is echoed. */
export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After, X-Ev-Malformed');
  res.setHeader('Access-Control-Max-Age', '600');
  res.setHeader('Vary', 'Origin');
}

/** Writes a body with its content type and length. */
export function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Writes a JSON reply (no body for 204/304). */
export function sendReply(res: ServerResponse, reply: Reply): void {
  if (reply.status === 204 || reply.status === 304 || reply.json === undefined) {
    res.writeHead(reply.status, { 'Cache-Control': 'no-store', ...reply.headers });
    res.end();
    return;
  }
  send(res, reply.status, JSON.stringify(reply.json), 'application/json', reply.headers);
}

/** Reads a cookie value from the Cookie header. */
export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Parses an integer query parameter; `fallback` when absent, `invalid()` when not an integer. */
export function intParam(query: URLSearchParams, name: string, fallback: number, invalid: () => never): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) invalid();
  return Number(raw);
}

/** Parses an ISO 8601 timestamp with a time zone (a real day: see `isoTimeMs`); undefined when the parameter is absent. */
export function timeParam(query: URLSearchParams, name: string, invalid: () => never): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  // An unencoded `+` in a UTC offset arrives as a space.
  const raw = value.replace(/ (\d{2}:?\d{2})$/, '+$1');
  const ms = isoTimeMs(raw);
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2}))?$/.test(raw.trim()) || Number.isNaN(ms)) invalid();
  return ms;
}

/** The string value of a parameter, or undefined when absent or empty. */
export function stringParam(query: URLSearchParams, name: string): string | undefined {
  const v = query.get(name);
  return v === null || v === '' ? undefined : v;
}

/**
 * Parses a bounding box `south,west,north,east` (degrees, edges included; `west > east` crosses
 * the antimeridian). Undefined when absent; `invalid()` unless four finite numbers with
 * south <= north within [-90, 90].
 */
export function boxParam(query: URLSearchParams, name: string, invalid: () => never): { south: number; west: number; north: number; east: number } | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const parts = raw.split(',').map((p) => p.trim());
  const numbers = parts.map((p) => (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(p) ? Number(p) : NaN));
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return invalid();
  const [south, west, north, east] = numbers as [number, number, number, number];
  if (south > north || south < -90 || north > 90) return invalid();
  return { south, west, north, east };
}
