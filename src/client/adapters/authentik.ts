/**
 * authentik's `/api/v3` events API: the exact parameter names and pagination envelope of its
 * OpenAPI schema (`next` / `previous` are page numbers, 0 = none; `actions` repeated).
 */
import { EventsValidationError } from '../errors.js';
import { LiveHub, type LiveStrategy, autoStrategy, pollStrategy, sseStrategy } from '../live.js';
import { pollTick } from '../poll.js';
import { filterToParams, queryToParams } from '../query.js';
import { Transport, type TokenSource, type TransportOptions, defaultSleep } from '../transport.js';
import type {
  EventQuery,
  EventsClient,
  NotificationQuery,
  Page,
  VolumeQuery,
} from '../types.js';
import {
  actionInfo,
  count,
  each,
  eventRecord,
  notification,
  number,
  object,
  topPerUser,
  volumeBucket,
} from '../validate.js';
import { AUTHENTIK_BUCKET_MS, DAY, zeroFill } from '../volume.js';

export type LiveMode = 'auto' | 'sse' | 'poll' | 'none';

export interface AuthentikClientOptions
  extends Omit<TransportOptions, 'baseUrl' | 'token' | 'authHeader' | 'authScheme'> {
  /** The API root, e.g. `https://auth.example.com/api/v3` (or `/api/v3` on the same origin). */
  baseUrl: string;
  /** An API token (sent as `Authorization: Bearer …`), or a function returning a fresh one. */
  token?: TokenSource;
  /**
   * Live updates: `sse` reads `/events/stream/` (the reference server's stream), `poll` polls
   * the lists, `auto` (default) tries the stream and falls back to polling.
   */
  live?: LiveMode;
  /** Polling interval (default 30 s). */
  pollIntervalMs?: number;
  /**
   * Send the time range as `created__gte` / `created__lt` (default true). authentik itself has no
   * time filter on events; the reference server and many Django deployments accept these names.
   */
  timeRange?: boolean;
  /** Bucket width the server's volume endpoint answers with (authentik: 6 hours). */
  volumeBucketMs?: number;
}

const DEFAULT_PAGE_SIZE = 20;

interface Envelope {
  results: unknown;
  current: number;
  count: number;
  next: number;
  previous: number;
  totalPages: number;
}

/** Checks authentik's pagination envelope, including that `next` / `previous` are consistent. */
function envelope(body: unknown): Envelope {
  const root = object(body, '$');
  const p = object(root.pagination, '$.pagination');
  const result: Envelope = {
    results: root.results,
    current: count(p.current, '$.pagination.current'),
    count: count(p.count, '$.pagination.count'),
    next: count(p.next, '$.pagination.next'),
    previous: count(p.previous, '$.pagination.previous'),
    totalPages: count(p.total_pages, '$.pagination.total_pages'),
  };
  number(p.start_index, '$.pagination.start_index');
  number(p.end_index, '$.pagination.end_index');
  if (result.next !== 0 && (result.next !== result.current + 1 || result.next > result.totalPages)) {
    throw new EventsValidationError('$.pagination.next', `0 or ${result.current + 1} (page ${result.current} of ${result.totalPages})`);
  }
  if (result.previous !== 0 && result.previous !== result.current - 1) {
    throw new EventsValidationError('$.pagination.previous', `0 or ${result.current - 1}`);
  }
  return result;
}

function toPage<T>(body: unknown, guard: (value: unknown, path: string) => T, pageSize: number): Page<T> {
  const env = envelope(body);
  return {
    items: each(env.results, '$.results', guard),
    total: env.count,
    page: env.current,
    pageSize,
    next: env.next || null,
    previous: env.previous || null,
  };
}

function notificationParams(query: NotificationQuery): Record<string, string | undefined> {
  return {
    seen: query.seen === undefined ? undefined : String(query.seen),
    severity: query.severity,
    ordering: query.ordering ?? '-created',
    page: query.page === undefined ? undefined : String(query.page),
    page_size: String(query.pageSize ?? DEFAULT_PAGE_SIZE),
    created__gt: query.createdAfter,
  };
}

/** A client for authentik's events API (or the reference server, which serves the same shapes). */
export function createAuthentikClient(options: AuthentikClientOptions): EventsClient {
  const transport = new Transport({ ...options, authHeader: 'Authorization', authScheme: 'Bearer' });
  const timeRange = options.timeRange !== false;
  const bucketMs = options.volumeBucketMs ?? AUTHENTIK_BUCKET_MS;
  const sleep = options.sleep ?? defaultSleep;

  const client: EventsClient = {
    async listEvents(query: EventQuery = {}, { signal } = {}) {
      const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
      const params = queryToParams({ ordering: '-created', ...query, pageSize }, { timeRange });
      const response = await transport.request({ path: '/events/events/', query: params, signal });
      return toPage(response.body, eventRecord, pageSize);
    },

    async getEvent(pk, { signal } = {}) {
      const response = await transport.request({ path: `/events/events/${encodeURIComponent(pk)}/`, signal });
      return eventRecord(response.body, '$');
    },

    async volume(query: VolumeQuery = {}, { signal } = {}) {
      const now = Date.now();
      const until = query.until ? Date.parse(query.until) : now;
      const since = query.since ? Date.parse(query.since) : until - (query.historyDays ?? 7) * DAY;
      const historyDays = Math.max(1, Math.ceil((now - since) / DAY));
      const params = { ...filterToParams(query, { timeRange }), history_days: String(historyDays) };
      const response = await transport.request({ path: '/events/events/volume/', query: params, signal });
      const buckets = each(response.body, '$', volumeBucket);
      return zeroFill(buckets, { since, until, bucketMs, actions: query.actions ?? [] });
    },

    async actions({ signal } = {}) {
      const response = await transport.request({ path: '/events/events/actions/', signal });
      return each(response.body, '$', actionInfo);
    },

    async topPerUser(query = {}, { signal } = {}) {
      const response = await transport.request({
        path: '/events/events/top_per_user/',
        query: { action: query.action, top_n: query.topN },
        signal,
      });
      return each(response.body, '$', topPerUser);
    },

    async listNotifications(query: NotificationQuery = {}, { signal } = {}) {
      const response = await transport.request({
        path: '/events/notifications/',
        query: notificationParams(query),
        signal,
        conditional: true,
      });
      return toPage(response.body, notification, query.pageSize ?? DEFAULT_PAGE_SIZE);
    },

    async markSeen(pk, { signal } = {}) {
      const response = await transport.request({
        method: 'PATCH',
        path: `/events/notifications/${encodeURIComponent(pk)}/`,
        body: { seen: true },
        signal,
      });
      return notification(response.body, '$');
    },

    async markAllSeen({ signal } = {}) {
      await transport.request({ method: 'POST', path: '/events/notifications/mark_all_seen/', signal });
    },

    subscribe(onMessage, subscribeOptions) {
      return hub.subscribe(onMessage, subscribeOptions);
    },
  };

  const poll = pollStrategy(pollTick(client), {
    intervalMs: options.pollIntervalMs ?? 30_000,
    sleep,
    ...(options.random ? { random: options.random } : {}),
  });
  const sse = sseStrategy(transport, '/events/stream/', { sleep, ...(options.random ? { random: options.random } : {}) });
  const mode = options.live ?? 'auto';
  const strategies: Record<LiveMode, LiveStrategy> = {
    auto: autoStrategy(sse, poll),
    sse,
    poll,
    none: async () => undefined,
  };
  const hub = new LiveHub(strategies[mode]);
  return client;
}

