/**
 * An EventsClient over data already in hand: the same filtering, ordering, paging, volume and
 * seen semantics as the reference server, for stories, tests, and pages that have their events.
 */
import { KNOWN_ACTIONS } from '../actions.js';
import { EventsAbortedError, type EventsApiError, EventsHttpError, EventsValidationError } from '../errors.js';
import { pageSizeOf } from '../paging.js';
import { defaultSleep } from '../transport.js';
import type {
  ActionInfo,
  CallOptions,
  EventNotification,
  EventQuery,
  EventRecord,
  EventsClient,
  JsonObject,
  LiveMessage,
  NotificationQuery,
  Page,
  SubscribeOptions,
  VolumeBucket,
  VolumeQuery,
} from '../types.js';
import { AUTHENTIK_BUCKET_MS, DAY, bucketStart, zeroFill } from '../volume.js';
import { isoMs } from '../filter-match.js';
import { MemoryIndex, isOrderable } from './memory-index.js';

export interface MemoryClientOptions {
  events?: readonly EventRecord[];
  notifications?: readonly EventNotification[];
  /** Simulated latency per call (stories). Aborting cuts it short. */
  latencyMs?: number;
  /** Volume bucket width (default 6 hours, like authentik). */
  volumeBucketMs?: number;
  /** Makes calls fail (stories of error states): return an error to throw it. */
  fail?: (operation: keyof EventsClient) => EventsApiError | undefined;
  /** "Now" for volume ranges (tests). */
  now?: () => number;
}

export interface MemoryClient extends EventsClient {
  /** Appends events (as if they just happened) and pushes them to live subscribers. */
  addEvents(events: readonly EventRecord[]): void;
  /** Appends notifications and pushes them to live subscribers. */
  addNotifications(notifications: readonly EventNotification[]): void;
  /** The events held (insertion order). */
  readonly events: readonly EventRecord[];
  readonly notifications: readonly EventNotification[];
}

function pageOf<T>(items: ArrayLike<T> | ((start: number, end: number) => T[]), total: number, query: { page?: number; pageSize?: number }): Page<T> {
  const pageSize = pageSizeOf(query.pageSize);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = query.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > totalPages) throw new EventsHttpError(404, 'Invalid page.');
  const start = (page - 1) * pageSize;
  const end = Math.min(start + pageSize, total);
  const slice = typeof items === 'function' ? items(start, end) : Array.from({ length: end - start }, (_, k) => items[start + k]!);
  return {
    items: slice,
    total,
    page,
    pageSize,
    next: page < totalPages ? page + 1 : null,
    previous: page > 1 ? page - 1 : null,
  };
}

export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const index = new MemoryIndex([...(options.events ?? [])]);
  const notifications = (options.notifications ?? []).map((n) => ({ ...n }));
  const listeners = new Set<{ onMessage: (m: LiveMessage) => void; kinds: Set<string> }>();
  const bucketMs = options.volumeBucketMs ?? AUTHENTIK_BUCKET_MS;
  const now = options.now ?? Date.now;
  let actionList: ActionInfo[] | undefined;

  async function enter(operation: keyof EventsClient, { signal }: CallOptions = {}): Promise<void> {
    if (signal?.aborted) throw new EventsAbortedError();
    if (options.latencyMs) await defaultSleep(options.latencyMs, signal);
    const error = options.fail?.(operation);
    if (error) throw error;
  }

  function emit(message: LiveMessage): void {
    for (const l of [...listeners]) if (message.type === 'status' || l.kinds.has(message.type)) l.onMessage(message);
  }

  const client: MemoryClient = {
    get events() {
      return index.events;
    },
    get notifications() {
      return notifications;
    },

    async listEvents(query: EventQuery = {}, callOptions) {
      await enter('listEvents', callOptions);
      const ordering = query.ordering ?? '-created';
      if (!isOrderable(ordering.replace(/^-/, ''))) throw new EventsValidationError('ordering', 'a sortable field');
      const matches = await index.match(query, ordering, callOptions?.signal);
      return pageOf((start, end) => Array.from(matches.subarray(start, end), (i) => index.events[i]!), matches.length, query);
    },

    async getEvent(pk, callOptions) {
      await enter('getEvent', callOptions);
      const found = index.events.find((e) => e.pk === pk);
      if (!found) throw new EventsHttpError(404, 'Not found.');
      return found;
    },

    async volume(query: VolumeQuery = {}, callOptions) {
      await enter('volume', callOptions);
      const until = query.until ? isoMs(query.until) : now();
      const since = query.since ? isoMs(query.since) : until - (query.historyDays ?? 7) * DAY;
      const matches = await index.match({ ...query, since: new Date(since).toISOString(), until: new Date(until).toISOString() }, '-created', callOptions?.signal);
      const counts = new Map<string, number>();
      for (const i of matches) {
        const key = `${bucketStart(index.time(i), bucketMs)}|${index.events[i]!.action}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const buckets: VolumeBucket[] = [];
      for (const [key, count] of counts) {
        const [t, action] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
        buckets.push({ action, time: new Date(Number(t)).toISOString(), count });
      }
      return zeroFill(buckets, { since, until, bucketMs, actions: query.actions ?? [] });
    },

    async actions(callOptions) {
      await enter('actions', callOptions);
      if (!actionList) {
        const known = new Map<string, ActionInfo>(KNOWN_ACTIONS.map(([name, description]) => [name, { name, description }]));
        for (const e of index.events) if (!known.has(e.action)) known.set(e.action, { name: e.action, description: e.action });
        actionList = [...known.values()];
      }
      return actionList.map((a) => ({ ...a }));
    },

    async topPerUser(query = {}, callOptions) {
      await enter('topPerUser', callOptions);
      const action = query.action ?? 'authorize_application';
      const groups = new Map<string, { application: JsonObject; count: number; users: Set<string> }>();
      for (const e of index.events) {
        const app = e.context.authorized_application;
        if (e.action !== action || typeof app !== 'object' || app === null || Array.isArray(app)) continue;
        const key = JSON.stringify(app);
        const group = groups.get(key) ?? { application: app, count: 0, users: new Set<string>() };
        group.count++;
        group.users.add(String(e.user.username ?? e.user.pk ?? ''));
        groups.set(key, group);
      }
      return [...groups.values()]
        .sort((a, b) => b.count - a.count)
        .slice(0, query.topN ?? 15)
        .map((g) => ({ application: g.application, counted_events: g.count, unique_users: g.users.size }));
    },

    async listNotifications(query: NotificationQuery = {}, callOptions) {
      await enter('listNotifications', callOptions);
      const after = query.createdAfter ? isoMs(query.createdAfter) : undefined;
      // `created` is data: one that is no time is listed (after nothing, so not with `createdAfter`).
      const filtered = notifications
        .map((n, at) => ({ n, at, ms: isoMs(n.created) }))
        .filter(
          ({ n, ms }) =>
            (query.seen === undefined || n.seen === query.seen) && (!query.severity || n.severity === query.severity) && (after === undefined || ms > after),
        );
      const sign = (query.ordering ?? '-created').startsWith('-') ? -1 : 1;
      // Those without a time last in either ordering; ties (and those) in the order they were added.
      filtered.sort((a, b) => {
        const [aNone, bNone] = [Number.isNaN(a.ms), Number.isNaN(b.ms)];
        if (aNone || bNone) return aNone === bNone ? a.at - b.at : aNone ? 1 : -1;
        return sign * (a.ms - b.ms) || a.at - b.at;
      });
      const page = pageOf(filtered.map((f) => f.n), filtered.length, query);
      return { ...page, items: page.items.map((n) => ({ ...n })) };
    },

    async markSeen(pk, callOptions) {
      await enter('markSeen', callOptions);
      const found = notifications.find((n) => n.pk === pk);
      if (!found) throw new EventsHttpError(404, 'Not found.');
      found.seen = true;
      return { ...found };
    },

    async markAllSeen(callOptions) {
      await enter('markAllSeen', callOptions);
      for (const n of notifications) n.seen = true;
    },

    subscribe(onMessage, subscribeOptions: SubscribeOptions = {}) {
      const listener = { onMessage, kinds: new Set<string>(subscribeOptions.kinds ?? ['event', 'notification']) };
      listeners.add(listener);
      queueMicrotask(() => listeners.has(listener) && onMessage({ type: 'status', status: 'open' }));
      const unsubscribe = () => listeners.delete(listener);
      subscribeOptions.signal?.addEventListener('abort', unsubscribe, { once: true });
      return unsubscribe;
    },

    addEvents(events) {
      index.add(events);
      actionList = undefined;
      for (const event of events) emit({ type: 'event', event });
    },

    addNotifications(added) {
      for (const n of added) {
        notifications.push({ ...n });
        emit({ type: 'notification', notification: { ...n } });
      }
    },
  };
  return client;
}
