/** Shared helpers of the <ev-log> browser tests. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { EventsAbortedError, EventsHttpError } from '../../../src/client/errors.js';
import type {
  CallOptions,
  EventQuery,
  EventRecord,
  EventsClient,
  LiveMessage,
  NotificationQuery,
  Page,
  SubscribeOptions,
  VolumeQuery,
} from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';

export async function mountLog(options: { events?: readonly EventRecord[]; client?: EventsClient; attrs?: string } = {}): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log style="height: 480px; width: 1000px" .events=${options.events} .client=${options.client}></ev-log>`);
  await settle(el);
  return el;
}

/** Waits for the element's update, the grid's frame and pending microtasks. */
export async function settle(el: EvLog, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}

export function shadow(el: EvLog): ShadowRoot {
  return el.shadowRoot!;
}

export function grid(el: EvLog): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
}

/** Data rows in the DOM (not the header, not offscreen). */
export function dataRows(el: EvLog): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
}

export function visibleRows(el: EvLog): HTMLElement[] {
  const box = el.shadowRoot!.querySelector('.window')!.getBoundingClientRect();
  return dataRows(el).filter((r) => {
    const b = r.getBoundingClientRect();
    return b.bottom > box.top + 1 && b.top < box.bottom - 1;
  });
}

/** A row's text as laid out (lines and cells separated by spaces). */
export function rowText(row: Element): string {
  return ((row as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
}

export function activeCell(el: EvLog): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

export async function waitFor(check: () => boolean, what = 'condition', timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * `count` events, newest first, cheap enough for 1,000,000: shallow copies of 1,000 generated
 * events (sharing user / context objects) with their own pk and timestamp.
 */
export function manyEvents(count: number, now = Date.UTC(2026, 10, 20, 12)): EventRecord[] {
  const base = makeEvents({ count: Math.min(count, 1000) });
  const out = new Array<EventRecord>(count);
  for (let i = 0; i < count; i++) {
    const b = base[i % base.length]!;
    out[i] = { ...b, pk: `e${i}`, created: new Date(now - i * 1000).toISOString() };
  }
  return out;
}

export interface ListCall {
  query: EventQuery;
  signal?: AbortSignal;
  aborted: boolean;
  settled: boolean;
}

/**
 * Wraps a client: records every listEvents call (query, abort), holds responses until released
 * when `hold` is on, fails pages chosen by `failPages`, and tracks the most requests in flight.
 */
export class ControlledClient implements EventsClient {
  calls: ListCall[] = [];
  inFlight = 0;
  maxInFlight = 0;
  hold = false;
  failPages = new Set<number>();
  #waiting: Array<() => void> = [];

  constructor(readonly inner: EventsClient) {}

  /** Lets every held response go. */
  release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const go of waiting) go();
  }

  async listEvents(query: EventQuery = {}, options: CallOptions = {}): Promise<Page<EventRecord>> {
    const call: ListCall = { query, signal: options.signal, aborted: false, settled: false };
    this.calls.push(call);
    // A request stops being in flight when it settles or the moment it is aborted.
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const done = () => {
      if (call.settled) return;
      call.settled = true;
      this.inFlight--;
    };
    options.signal?.addEventListener('abort', () => {
      call.aborted = true;
      done();
    });
    try {
      if (this.hold) {
        await new Promise<void>((resolve, reject) => {
          this.#waiting.push(resolve);
          options.signal?.addEventListener('abort', () => reject(new EventsAbortedError()));
        });
      }
      if (this.failPages.has(query.page ?? 1)) throw new EventsHttpError(503, 'unavailable');
      return await this.inner.listEvents(query, options);
    } finally {
      done();
    }
  }
  getEvent(pk: string, options?: CallOptions) {
    return this.inner.getEvent(pk, options);
  }
  volume(query?: VolumeQuery, options?: CallOptions) {
    return this.inner.volume(query, options);
  }
  actions(options?: CallOptions) {
    return this.inner.actions(options);
  }
  topPerUser(query?: { action?: string; topN?: number }, options?: CallOptions) {
    return this.inner.topPerUser(query, options);
  }
  listNotifications(query?: NotificationQuery, options?: CallOptions) {
    return this.inner.listNotifications(query, options);
  }
  markSeen(pk: string, options?: CallOptions) {
    return this.inner.markSeen(pk, options);
  }
  markAllSeen(options?: CallOptions) {
    return this.inner.markAllSeen(options);
  }
  subscribe(onMessage: (m: LiveMessage) => void, options?: SubscribeOptions) {
    return this.inner.subscribe(onMessage, options);
  }
}

/** A live channel whose messages the test pushes. */
export class PushClient extends ControlledClient {
  listeners = new Set<(m: LiveMessage) => void>();
  override subscribe(onMessage: (m: LiveMessage) => void, _options?: SubscribeOptions): () => void {
    this.listeners.add(onMessage);
    return () => this.listeners.delete(onMessage);
  }
  push(m: LiveMessage): void {
    for (const l of this.listeners) l(m);
  }
}

/** No live channel (the log polls), and `since` is not understood: every list starts at the newest. */
export class SincelessClient extends ControlledClient {
  override subscribe(_onMessage: (m: LiveMessage) => void, _options?: SubscribeOptions): () => void {
    throw new Error('no live channel');
  }
}

/** A `SincelessClient` over an in-memory client: every list ignores `since`. */
export function sincelessClient(memory: EventsClient): SincelessClient {
  return new SincelessClient({ ...memory, listEvents: (q: EventQuery = {}, o?: CallOptions) => memory.listEvents({ ...q, since: undefined }, o) });
}

/**
 * A `fetch` that answers like authentik's events API from an in-memory client (so filters and
 * paging behave) and records every URL asked for.
 */
export function fakeAuthentikFetch(events: readonly EventRecord[]): { fetch: typeof fetch; urls: URL[] } {
  const memory = createMemoryClient({ events });
  const urls: URL[] = [];
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  const fake = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    urls.push(url);
    const p = url.searchParams;
    if (url.pathname.endsWith('/events/events/actions/')) return json(await memory.actions());
    const page = await memory
      .listEvents({
      actions: p.getAll('actions'),
      username: p.get('username') ?? undefined,
      client_ip: p.get('client_ip') ?? undefined,
      search: p.get('search') ?? undefined,
      context_model_app: p.get('context_model_app') ?? undefined,
      context_model_name: p.get('context_model_name') ?? undefined,
      context_model_pk: p.get('context_model_pk') ?? undefined,
      since: p.get('created__gte') ?? undefined,
      until: p.get('created__lt') ?? undefined,
      ordering: p.get('ordering') ?? '-created',
      page: Number(p.get('page') ?? 1),
      pageSize: Number(p.get('page_size') ?? 20),
      })
      .catch(() => undefined);
    if (!page) return new Response(JSON.stringify({ detail: 'Invalid page.' }), { status: 404, headers: { 'content-type': 'application/json' } });
    const pages = Math.max(1, Math.ceil((page.total ?? 0) / page.pageSize));
    const current = page.page ?? 1;
    return json({
      pagination: {
        next: current < pages ? current + 1 : 0,
        previous: current > 1 ? current - 1 : 0,
        count: page.total,
        current,
        total_pages: pages,
        start_index: (current - 1) * page.pageSize + 1,
        end_index: (current - 1) * page.pageSize + page.items.length,
      },
      results: page.items,
    });
  };
  return { fetch: fake as typeof fetch, urls };
}

/** The listing requests among recorded URLs, as sorted `key=value` lists (order-free comparison). */
export function listParams(urls: URL[]): string[][] {
  return urls.filter((u) => u.pathname.endsWith('/events/events/')).map((u) => [...u.searchParams].map(([k, v]) => `${k}=${v}`).sort());
}

/** Text of a node including every shadow root below it (an expanded row may hold `<ev-detail>`). */
export async function deepText(node: Node): Promise<string> {
  const hosts: Element[] = [];
  const collect = (n: Node) => {
    if (n instanceof Element && n.shadowRoot) hosts.push(n);
    n.childNodes.forEach(collect);
    if (n instanceof Element && n.shadowRoot) n.shadowRoot.childNodes.forEach(collect);
  };
  collect(node);
  await Promise.all(hosts.map((h) => (h as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ');
}

/**
 * A live authentik client configured with a header no HTTP header can carry: every call and the
 * stream fail with EventsConfigError before anything is sent. `sent()` counts fetches (expected 0).
 */
export function misconfiguredLiveClient(): { client: EventsClient; sent: () => number } {
  let sent = 0;
  const client = createAuthentikClient({
    baseUrl: 'https://auth.example.com/api/v3',
    token: 't',
    headers: { 'X-Tenant': 'Zürich 🏔' },
    live: 'auto',
    shareLive: false,
    fetch: () => (sent++, Promise.reject(new TypeError('not expected'))),
  });
  return { client, sent: () => sent };
}
