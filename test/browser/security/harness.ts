/**
 * The security suite's watchers and helpers: uncaught errors and rejections, long tasks,
 * console output, the XSS sentinel, private reference servers, a fetch that records what the
 * server answered, and "open everything" for a rendered component.
 */
import { nextFrame } from '@open-wc/testing';
import { SENTINEL } from '../../fixtures/xss-corpus.js';
import { allElements } from './inspect.js';

export interface PageWatch {
  /** Uncaught errors (`error` events) and unhandled rejections, as text. */
  readonly errors: string[];
  /** Durations (ms) of long tasks seen since the last `reset()`. */
  readonly longTasks: number[];
  /** The longest task (ms) that started at or after `since` (a `performance.now()` time); 0 when none. */
  longestSince(since: number): number;
  /** Every console message (all levels), as text. */
  readonly console: string[];
  reset(): void;
  stop(): void;
}

function describeReason(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Listens for uncaught errors (window `error`), unhandled rejections, long tasks (> 50 ms,
 * PerformanceObserver `longtask`) and console output until `stop()`.
 */
export function watchPage(): PageWatch {
  const errors: string[] = [];
  const longTasks: number[] = [];
  const entries: Array<{ start: number; duration: number }> = [];
  const messages: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message} (${e.filename}:${e.lineno})`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${describeReason(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const take = (list: PerformanceEntryList) => {
    for (const entry of list) {
      longTasks.push(Math.round(entry.duration));
      entries.push({ start: entry.startTime, duration: Math.round(entry.duration) });
    }
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  const originals = new Map<string, (...args: unknown[]) => void>();
  const target = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const level of LEVELS) {
    const original = target[level]!;
    originals.set(level, original);
    target[level] = (...args: unknown[]) => {
      messages.push(`${level}: ${args.map(describeReason).join(' ')}`);
      original.apply(console, args);
    };
  }
  return {
    errors,
    longTasks,
    console: messages,
    longestSince(since: number) {
      take(observer.takeRecords());
      return Math.max(0, ...entries.filter((e) => e.start >= since).map((e) => e.duration));
    },
    reset() {
      errors.length = 0;
      longTasks.length = 0;
      messages.length = 0;
      entries.length = 0;
      observer.takeRecords();
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      take(observer.takeRecords());
      observer.disconnect();
      for (const [level, original] of originals) target[level] = original;
    },
  };
}

/** Long tasks are reported a little late: let the observer catch up. */
export async function flushLongTasks(): Promise<void> {
  await new Promise((r) => setTimeout(r, 20));
  await nextFrame();
}

/** True when any payload ran in this window. */
export { pwned } from '../../fixtures/xss-corpus.js';

export function clearSentinel(): void {
  delete (window as unknown as Record<string, unknown>)[SENTINEL];
}

export interface PrivateServer {
  origin: string;
  apiUrl: string;
  altUrl: string;
  controlUrl: string;
  token: string;
}

const servers = new Map<string, Promise<PrivateServer>>();

/** A reference server used by this test file only (own faults, request log and token). */
export function privateServer(name: string): Promise<PrivateServer> {
  let server = servers.get(name);
  if (!server) {
    server = fetch(`/__ev/security/server.json?name=${encodeURIComponent(name)}`).then((r) => r.json() as Promise<PrivateServer>);
    servers.set(name, server);
  }
  return server;
}

/** Calls a private server's control API. */
export async function control<T = unknown>(server: PrivateServer, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${server.controlUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export type { LoggedRequest } from '../../../server/request-log.js';
import type { LoggedRequest } from '../../../server/request-log.js';

export const requests = (server: PrivateServer): Promise<LoggedRequest[]> => control<LoggedRequest[]>(server, '/requests');

export interface SeenResponse {
  url: string;
  method: string;
  status: number;
  /** The server's `X-Ev-Malformed` header: the malformed kind it applied, or null. */
  malformed: string | null;
  /** The declared body size (Content-Length), or null. */
  bytes: number | null;
}

/** A fetch that records what it sent and what came back (status, the malformed kind applied). */
export function recordingFetch(): { fetch: typeof fetch; seen: SeenResponse[]; requests: Array<{ url: string; init: RequestInit | undefined }> } {
  const seen: SeenResponse[] = [];
  const sent: Array<{ url: string; init: RequestInit | undefined }> = [];
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, init });
    const response = await fetch(input, init);
    const length = response.headers.get('content-length');
    seen.push({ url, method: init?.method ?? 'GET', status: response.status, malformed: response.headers.get('x-ev-malformed'), bytes: length === null ? null : Number(length) });
    return response;
  };
  return { fetch: wrapped as typeof fetch, seen, requests: sent };
}

/** Waits until `check()` holds, polling every 10 ms. */
export async function waitFor(check: () => unknown, what: string, timeout = 8000): Promise<void> {
  const end = performance.now() + timeout;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every element of the composed tree under `root`, shadow roots included. */
export const composed = allElements;

/** Waits for every Lit element under `root` to finish updating. */
export async function settled(root: Node): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(composed(root).map((el) => (el as Updatable).updateComplete));
    await nextFrame();
  }
}

/**
 * Opens everything that is closed under `root` (disclosures, tree nodes, "N unchanged", "show
 * more", `<details>`), round after round until nothing is left to open or `maxRounds` ran.
 * Never follows links. Returns how many controls were activated.
 */
export async function openEverything(root: Node, { maxRounds = 12, skip = (_el: Element): boolean => false } = {}): Promise<number> {
  let clicks = 0;
  for (let round = 0; round < maxRounds; round++) {
    const closed = composed(root).filter(
      (el) =>
        !skip(el) &&
        ((el instanceof HTMLButtonElement && !el.disabled && (el.getAttribute('aria-expanded') === 'false' || /(^|\s)(more-button|unchanged|show-more)(\s|$)/.test(el.getAttribute('part') ?? ''))) ||
          (el instanceof HTMLDetailsElement && !el.open)),
    );
    if (closed.length === 0) break;
    for (const el of closed) {
      if (el instanceof HTMLDetailsElement) el.open = true;
      else (el as HTMLElement).click();
      clicks++;
    }
    await settled(root);
  }
  return clicks;
}

/** The text of everything rendered under `root` (shadow roots included). */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return parts.join('\n');
}
