/**
 * A virtual clock and an authentik-shaped notifications API behind a fake `fetch`, so the
 * live strategies (polling, backoff, visibility) run through the real client and transport
 * while the test decides what time it is.
 */
import type { EventNotification } from '../../../src/client/types.js';

export interface VirtualClock {
  now: number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Runs every timer due within `ms`, in order, letting the code they wake up run. */
  advance(ms: number): Promise<void>;
}

const macrotask = () => new Promise((r) => setTimeout(r, 0));

export function virtualClock(): VirtualClock {
  const timers: Array<{ at: number; resolve: () => void }> = [];
  const clock: VirtualClock = {
    now: 0,
    sleep(ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
        const timer = { at: clock.now + ms, resolve: () => resolve() };
        timers.push(timer);
        signal?.addEventListener(
          'abort',
          () => {
            timers.splice(timers.indexOf(timer), 1);
            reject(new DOMException('aborted', 'AbortError'));
          },
          { once: true },
        );
      });
    },
    async advance(ms) {
      const end = clock.now + ms;
      for (;;) {
        for (let i = 0; i < 5; i++) await macrotask();
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        clock.now = next.at;
        next.resolve();
      }
      clock.now = end;
      for (let i = 0; i < 5; i++) await macrotask();
    },
  };
  return clock;
}

export interface ApiRequest {
  t: number;
  method: string;
  path: string;
  query: URLSearchParams;
  ifNoneMatch: string | null;
  status: number;
}

export interface FakeApi {
  fetch: typeof fetch;
  log: ApiRequest[];
  items: EventNotification[];
  /** Answer the next `times` requests matching `test` with `status`. */
  fail(test: (r: { method: string; path: string; query: URLSearchParams }) => boolean, status: number, times?: number): void;
}

/** `/events/notifications/` (list with seen / created__gt / paging, ETag), PATCH, mark_all_seen; no stream (404). */
export function fakeAuthentikApi(items: EventNotification[], clock: { now: number }): FakeApi {
  const faults: Array<{ test: (r: { method: string; path: string; query: URLSearchParams }) => boolean; status: number; times: number }> = [];
  const api: FakeApi = {
    log: [],
    items,
    fail(test, status, times = Infinity) {
      faults.push({ test, status, times });
    },
    fetch: (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input));
      const method = init.method ?? 'GET';
      const headers = new Headers(init.headers);
      const entry: ApiRequest = { t: clock.now, method, path: url.pathname, query: url.searchParams, ifNoneMatch: headers.get('if-none-match'), status: 200 };
      api.log.push(entry);
      const answer = (status: number, body?: unknown, extra: Record<string, string> = {}) => {
        entry.status = status;
        return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...extra } });
      };
      const fault = faults.find((f) => f.times > 0 && f.test({ method, path: url.pathname, query: url.searchParams }));
      if (fault) {
        fault.times--;
        return answer(fault.status, { detail: 'fault' });
      }
      const path = url.pathname.replace(/^.*\/api\/v3/, '');
      if (path === '/events/notifications/' && method === 'GET') {
        const q = url.searchParams;
        const after = q.get('created__gt') ? Date.parse(q.get('created__gt')!) : -Infinity;
        const list = items
          .filter((n) => (q.get('seen') === null || String(n.seen) === q.get('seen')) && Date.parse(n.created) > after)
          .sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
        const size = Number(q.get('page_size') ?? 20);
        const page = Number(q.get('page') ?? 1);
        const pages = Math.max(1, Math.ceil(list.length / size));
        const results = list.slice((page - 1) * size, page * size);
        const body = {
          pagination: { next: page < pages ? page + 1 : 0, previous: page > 1 ? page - 1 : 0, count: list.length, current: page, total_pages: pages, start_index: results.length ? (page - 1) * size + 1 : 0, end_index: (page - 1) * size + results.length },
          results,
        };
        const etag = `W/"${[...JSON.stringify(body)].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0}"`;
        if (entry.ifNoneMatch === etag) return answer(304, undefined, { etag });
        return answer(200, body, { etag });
      }
      const one = /^\/events\/notifications\/([^/]+)\/$/.exec(path);
      if (one && method === 'PATCH') {
        const n = items.find((x) => x.pk === decodeURIComponent(one[1]!));
        if (!n) return answer(404, { detail: 'Not found.' });
        n.seen = true;
        return answer(200, n);
      }
      if (path === '/events/notifications/mark_all_seen/' && method === 'POST') {
        for (const n of items) n.seen = true;
        return answer(204);
      }
      return answer(404, { detail: 'Not found.' });
    }) as typeof fetch,
  };
  return api;
}

/** Pretends the page is hidden or visible (and tells listeners), until `restoreVisibility()`. */
export function setVisibility(state: 'hidden' | 'visible', doc: Document = document): void {
  Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(doc, 'hidden', { configurable: true, get: () => state === 'hidden' });
  doc.dispatchEvent(new Event('visibilitychange'));
}

export function restoreVisibility(doc: Document = document): void {
  delete (doc as unknown as Record<string, unknown>).visibilityState;
  delete (doc as unknown as Record<string, unknown>).hidden;
}
