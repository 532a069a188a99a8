/** Shared helpers of the bell's browser tests. */
import { createMemoryClient, type MemoryClientOptions } from '../../../src/client/adapters/memory.js';
import type { EventsApiError } from '../../../src/client/errors.js';
import type { EventNotification, LiveMessage, NotificationClient, NotificationQuery } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { retryPolicy } from '../../../src/components/notification-bell/feed.js';

export const sr = (el: EvNotificationBell) => el.shadowRoot!;
export const bellButton = (el: EvNotificationBell) => sr(el).querySelector<HTMLButtonElement>('button.bell')!;
export const badge = (el: EvNotificationBell) => sr(el).querySelector('[part=badge]')?.textContent?.trim() ?? null;
export const articles = (el: EvNotificationBell) => [...sr(el).querySelectorAll<HTMLElement>('article')];
export const panel = (el: EvNotificationBell) => sr(el).querySelector<HTMLElement>('#panel')!;
export const focused = (el: EvNotificationBell) => sr(el).activeElement;

/** Waits until `check` holds (re-checked every frame), failing with `what` after `ms`. */
export async function until(check: () => unknown, what = 'condition', ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Lets pending promises and the element's update run. */
export async function settle(el?: EvNotificationBell): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el?.updateComplete;
  }
}

/** Opens the panel with a click and waits for the list. */
export async function openPanel(el: EvNotificationBell): Promise<void> {
  bellButton(el).click();
  await until(() => el.open && (articles(el).length > 0 || sr(el).querySelector('[part=empty], [part=error]')), 'the panel content');
  await settle(el);
}

/** Fast retries for tests (restore with `restoreRetries`). */
const original = { ...retryPolicy };
export function fastRetries(retries = 3): void {
  Object.assign(retryPolicy, { retries, delayMs: 5 });
}
export function restoreRetries(): void {
  Object.assign(retryPolicy, original);
}

export interface ControlledClient extends NotificationClient {
  /** Calls made, by method. */
  calls: Array<{ method: string; query?: NotificationQuery; pk?: string }>;
  /** Pushes a live message to the subscribers. */
  push(message: LiveMessage): void;
  /** Adds notifications on the "server" and pushes them live (unless `silent`). */
  add(items: EventNotification[], silent?: boolean): void;
  /** Marks seen on the "server" without telling the client (another device did it). */
  seenElsewhere(pk: string): void;
  /** Makes the next `times` markSeen calls fail with `error()`. */
  failMarkSeen(times: number, error: () => EventsApiError): void;
  failMarkAll(times: number, error: () => EventsApiError): void;
  /** Resolves `markSeen` only when released (to test overlapping requests). */
  holdMarkSeen(): () => void;
  /** Holds the answers of `listNotifications` (taken at call time) until released. */
  holdLists(): () => void;
  /** Runs right after the server applied mark-all (before the client hears back). */
  afterMarkAll?: () => void;
  readonly subscribers: number;
  readonly server: EventNotification[];
}

/** A memory client whose live channel and failures the test controls. */
export function controlledClient(notifications: EventNotification[], options: MemoryClientOptions = {}): ControlledClient {
  const memory = createMemoryClient({ ...options, notifications });
  const listeners = new Set<(m: LiveMessage) => void>();
  const calls: ControlledClient['calls'] = [];
  const fail = { markSeen: [] as Array<() => EventsApiError>, markAll: [] as Array<() => EventsApiError> };
  let hold: Promise<void> | undefined;
  let holdList: Promise<void> | undefined;
  const client: ControlledClient = {
    calls,
    get subscribers() {
      return listeners.size;
    },
    get server() {
      return memory.notifications as EventNotification[];
    },
    async listNotifications(query = {}, o) {
      calls.push({ method: 'listNotifications', query });
      const answer = memory.listNotifications(query, o);
      if (holdList) await holdList;
      return answer;
    },
    async markSeen(pk, o) {
      calls.push({ method: 'markSeen', pk });
      if (hold) await hold;
      const error = fail.markSeen.shift();
      if (error) throw error();
      return memory.markSeen(pk, o);
    },
    async markAllSeen(o) {
      calls.push({ method: 'markAllSeen' });
      const error = fail.markAll.shift();
      if (error) throw error();
      await memory.markAllSeen(o);
      client.afterMarkAll?.();
    },
    subscribe(onMessage) {
      listeners.add(onMessage);
      queueMicrotask(() => onMessage({ type: 'status', status: 'open' }));
      return () => listeners.delete(onMessage);
    },
    push(message) {
      for (const l of [...listeners]) l(message);
    },
    add(items, silent) {
      memory.addNotifications(items);
      if (!silent) for (const n of items) client.push({ type: 'notification', notification: { ...n } });
    },
    seenElsewhere(pk) {
      const n = memory.notifications.find((x) => x.pk === pk) as EventNotification | undefined;
      if (n) n.seen = true;
    },
    failMarkSeen(times, error) {
      for (let i = 0; i < times; i++) fail.markSeen.push(error);
    },
    failMarkAll(times, error) {
      for (let i = 0; i < times; i++) fail.markAll.push(error);
    },
    holdLists() {
      let release!: () => void;
      holdList = new Promise((r) => (release = r));
      return () => {
        holdList = undefined;
        release();
      };
    },
    holdMarkSeen() {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = undefined;
        release();
      };
    },
  };
  return client;
}

/** `count` notifications created `now - i minutes`, unseen unless `seen(i)`. */
export function notifications(count: number, { seen = () => false, now = Date.now(), prefix = 'n' }: { seen?: (i: number) => boolean; now?: number; prefix?: string } = {}): EventNotification[] {
  return Array.from({ length: count }, (_, i) => ({
    pk: `${prefix}${i}`,
    severity: (['notice', 'warning', 'alert'] as const)[i % 3]!,
    body: `Body ${prefix}${i}`,
    hyperlink: null,
    hyperlink_label: null,
    created: new Date(now - i * 60_000).toISOString(),
    event: null,
    seen: seen(i),
  }));
}

/** A browser without CSS anchor positioning: its feature check says no, and the panel's anchor properties do nothing. */
export function withoutAnchorPositioning(): () => void {
  const real = CSS.supports;
  const supports = real.bind(CSS) as (property: string, value?: string) => boolean;
  CSS.supports = ((property: string, value?: string) =>
    !/^\s*(position-area|anchor)/.test(property) && (value === undefined ? supports(property) : supports(property, value))) as typeof CSS.supports;
  const style = document.createElement('style');
  style.textContent = 'ev-notification-bell::part(panel) { position-anchor: auto; position-area: none; position-try: none; }';
  document.head.append(style);
  return () => {
    CSS.supports = real;
    style.remove();
  };
}

/** Waits `n` animation frames. */
export const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** The viewport a fixed panel sits in (without a page scrollbar). */
export const viewport = () => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight });
