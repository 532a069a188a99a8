/**
 * The notification half of authentik's `/api/v3` events API, usable on its own: a page that
 * only shows `<ev-notification-bell>` loads this and not the events, volume and query code.
 * `createAuthentikClient` builds on the same pieces, so both speak exactly the same protocol.
 */
import { LiveHub, type LiveStrategy, type LiveTransport, autoStrategy, pollStrategy, sseStrategy, wsStrategy } from '../live.js';
import { pageSizeOf } from '../paging.js';
import { pollTick } from '../poll.js';
import { defaultWebsocketUrl, liveChannelName, shareAcrossTabs } from '../shared-live.js';
import { type RequestSpec, Transport, type TokenSource, type TransportOptions, defaultSleep } from '../transport.js';
import type { EventsClient, NotificationClient, NotificationQuery, Page } from '../types.js';
import { count, each, fail, fields, notification, number } from '../validate.js';
import { encodeSegment } from '../encode.js';

/**
 * `auto` tries the SSE stream and falls back to polling; `sse`, `poll` and `none` force one;
 * `websocket` listens on authentik's own `/ws/client/` socket (session cookie) and polls when it
 * cannot connect.
 */
export type LiveMode = 'auto' | 'sse' | 'poll' | 'websocket' | 'none';

export interface AuthentikLiveOptions {
  /** Live updates (default `auto`). */
  live?: LiveMode;
  /** Polling interval (default 30 s). */
  pollIntervalMs?: number;
  /**
   * Share one live connection with the other tabs of this origin that use the same API (Web
   * Locks + BroadcastChannel): one tab holds the connection and relays what it receives. Default:
   * on, except with a `token` function (which may stand for different users); a string names
   * the channel explicitly; `false` turns it off.
   */
  shareLive?: boolean | string;
  /** URL of authentik's websocket for `live: 'websocket'` (default `/ws/client/` on the API's origin). */
  websocketUrl?: string;
}

export interface AuthentikNotificationClientOptions
  extends Omit<TransportOptions, 'baseUrl' | 'token' | 'authHeader' | 'authScheme'>,
    AuthentikLiveOptions {
  /** The API root, e.g. `https://auth.example.com/api/v3` (or `/api/v3` on the same origin). */
  baseUrl: string;
  /** An API token (sent as `Authorization: Bearer …`), or a function returning a fresh one. */
  token?: TokenSource;
}


/** Checks authentik's pagination envelope (including consistent `next` / `previous`) and its results. */
export function toPage<T>(body: unknown, guard: (value: unknown, path: string) => T, pageSize: number): Page<T> {
  const [root] = fields(body, '$');
  const [, at] = fields(root.pagination, '$.pagination');
  const [current, total, next, previous, pages] = [at('current', count), at('count', count), at('next', count), at('previous', count), at('total_pages', count)];
  at('start_index', number);
  at('end_index', number);
  if (next && (next !== current + 1 || next > pages)) {
    fail('$.pagination.next', `0 or ${current + 1} (page ${current} of ${pages})`);
  }
  if (previous && previous !== current - 1) fail('$.pagination.previous', `0 or ${current - 1}`);
  return {
    items: each(root.results, '$.results', guard),
    total,
    page: current,
    pageSize,
    next: next || null,
    previous: previous || null,
  };
}

/** `listNotifications`, `markSeen`, `markAllSeen` over a transport (only the answer's body is read). */
export function notificationMethods(transport: { request(spec: RequestSpec): Promise<{ body: unknown }> }): Omit<NotificationClient, 'subscribe'> {
  return {
    async listNotifications(query: NotificationQuery = {}, { signal } = {}) {
      const pageSize = pageSizeOf(query.pageSize);
      const response = await transport.request({
        path: '/events/notifications/',
        query: {
          seen: query.seen,
          severity: query.severity,
          ordering: query.ordering ?? '-created',
          page: query.page,
          page_size: pageSize,
          created__gt: query.createdAfter,
        },
        signal,
        conditional: true,
      });
      return toPage(response.body, notification, pageSize);
    },

    async markSeen(pk, { signal, keepalive, retries } = {}) {
      const response = await transport.request({
        method: 'PATCH',
        path: `/events/notifications/${encodeSegment(pk)}/`,
        body: { seen: true },
        signal,
        keepalive,
        retries,
      });
      return notification(response.body, '$');
    },

    async markAllSeen({ signal, keepalive, retries } = {}) {
      await transport.request({ method: 'POST', path: '/events/notifications/mark_all_seen/', signal, keepalive, retries });
    },
  };
}

/** 32-bit FNV-1a, to tell tokens apart in a channel name without putting the token there. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** The live hub of an authentik client: SSE / websocket / polling, shared across tabs when allowed. */
export function authentikLive(
  transport: LiveTransport & Pick<Transport, 'baseUrl'>,
  options: AuthentikNotificationClientOptions,
  listing: Pick<EventsClient, 'listNotifications'> & Partial<Pick<EventsClient, 'listEvents'>>,
  kinds: ReadonlyArray<'event' | 'notification'>,
): LiveHub {
  const sleep = options.sleep ?? defaultSleep;
  const backoff = { sleep, ...(options.random ? { random: options.random } : {}) };
  const poll = pollStrategy(pollTick(listing, kinds), {
    ...backoff,
    intervalMs: options.pollIntervalMs ?? 30_000,
  });
  const mode = options.live ?? 'auto';
  const sse = sseStrategy(transport, '/events/stream/', backoff);
  let strategy: LiveStrategy =
    mode === 'none'
      ? async () => undefined
      : mode === 'poll'
        ? poll
        : mode === 'sse'
          ? sse
          : autoStrategy(mode === 'auto' ? sse : wsStrategy(options.websocketUrl ?? defaultWebsocketUrl(transport.baseUrl), backoff), poll);
  const { token, shareLive = typeof token !== 'function' } = options;
  if (shareLive && mode !== 'none') {
    const name = typeof shareLive === 'string' ? shareLive : liveChannelName(mode, String(kinds), transport.baseUrl, token ? fnv(token as string) : '');
    strategy = shareAcrossTabs(name, strategy);
  }
  return new LiveHub(strategy);
}

/**
 * A client for authentik's notifications only (what `<ev-notification-bell>` needs). Assignable
 * wherever a `NotificationClient` is expected; use `createAuthentikClient` for everything.
 */
export function createAuthentikNotificationClient(options: AuthentikNotificationClientOptions): NotificationClient {
  const transport = new Transport({ ...options, authHeader: 'Authorization', authScheme: 'Bearer' });
  const methods = notificationMethods(transport);
  const hub = authentikLive(transport, options, methods, ['notification']);
  return { ...methods, subscribe: (onMessage, subscribeOptions) => hub.subscribe(onMessage, subscribeOptions) };
}
