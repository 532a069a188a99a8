/**
 * Shared set-up for the reference server tests: an in-process server on a free port with a
 * small seeded in-memory database, and fetch helpers for both route families.
 */
import { startServer, type RunningServer, type ServerOptions } from '../../../server/app.js';

export const TOKEN = 'test-token-9f3e';
/** Fixed so generated data (and therefore every assertion) is the same on every run. */
export const NOW = '2026-03-02T12:00:00.000Z';

/** Starts a server with 3,000 events (override anything through `options`). */
export function testServer(options: ServerOptions = {}): Promise<RunningServer> {
  return startServer({ port: 0, events: 3000, seed: 7, token: TOKEN, now: NOW, heartbeatMs: 200, ...options });
}

export interface JsonResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** GET (or another method) on the authentik family with the bearer token; parses JSON when there is a body. */
export async function api<T = unknown>(server: RunningServer, path: string, init: RequestInit = {}): Promise<JsonResponse<T>> {
  const headers = new Headers(init.headers);
  if (!headers.has('Authorization')) headers.set('Authorization', `Bearer ${TOKEN}`);
  return request<T>(`${server.url}/api/v3${path}`, { ...init, headers });
}

/** A request on the alt family with the API key. */
export async function alt<T = unknown>(server: RunningServer, path: string, init: RequestInit = {}): Promise<JsonResponse<T>> {
  const headers = new Headers(init.headers);
  headers.set('X-Api-Key', TOKEN);
  return request<T>(`${server.url}/api/alt/v1${path}`, { ...init, headers });
}

/** A control-API request with an optional JSON body. */
export async function control<T = unknown>(server: RunningServer, method: string, path: string, body?: unknown): Promise<JsonResponse<T>> {
  return request<T>(`${server.url}/__control${path}`, {
    method,
    ...(body !== undefined && { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
}

async function request<T>(url: string, init: RequestInit): Promise<JsonResponse<T>> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

export interface EventJson {
  pk: string;
  user: Record<string, unknown>;
  action: string;
  app: string;
  context: Record<string, unknown>;
  client_ip: string | null;
  created: string;
  expires: string;
  brand: Record<string, unknown>;
}

export interface PageJson<T> {
  pagination: { next: number; previous: number; count: number; current: number; total_pages: number; start_index: number; end_index: number };
  results: T[];
  autocomplete: Record<string, unknown>;
}

export interface NotificationJson {
  pk: string;
  severity: string;
  body: string;
  hyperlink: string | null;
  hyperlink_label: string | null;
  created: string;
  event?: EventJson;
  seen: boolean;
}
