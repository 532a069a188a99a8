/**
 * Any events REST API, described by a declarative mapping: URL templates, parameter names,
 * where items / total / next cursor live in the response, and a path per domain field. Page,
 * offset and cursor paging all give the same `Page` (cursor APIs remember the cursors they
 * have seen, so page N is reachable once pages before it were read).
 */
import { EventsUnsupportedError } from '../errors.js';
import { LiveHub, pollStrategy } from '../live.js';
import { MAX_PAGE_SIZE, pageSizeOf } from '../paging.js';
import { pollTick } from '../poll.js';
import { Transport, type TokenSource, type TransportOptions, defaultSleep } from '../transport.js';
import type { EventNotification, EventRecord, EventsClient, Page, Severity, VolumeBucket } from '../types.js';
import { type Guard, actionInfo, count, each, eventRecord, notification, object, volumeBucket } from '../validate.js';
import { AUTHENTIK_BUCKET_MS, DAY, zeroFill } from '../volume.js';
import { type FieldMap, type ListMapping, applyFields, checkMapped, expandUrl, getPath, mapParams, sourcePath } from './mapping.js';

export type { FieldMap, FieldSpec, ListMapping, ParamSpec, Paging, ValueFormat } from './mapping.js';

export interface MappedClientMapping extends Omit<TransportOptions, 'baseUrl' | 'token' | 'authHeader' | 'authScheme'> {
  baseUrl: string;
  token?: TokenSource;
  /** Where the token goes (default `Authorization: Bearer <token>`). */
  auth?: { header?: string; scheme?: string };
  events: {
    list: ListMapping;
    /** Single event; `{pk}` is replaced. Without it `getEvent` is unsupported. */
    detail?: { url: string; item?: string };
    /** Domain field (`pk`, `user.username`, `context` …) → source field. */
    fields: FieldMap;
  };
  actions?: { url: string; items?: string; name: string; description?: string };
  volume?: {
    url: string;
    items?: string;
    fields: { action: string; time: string; count: string };
    /** Filter field → parameter, as for lists (since / until / actions …). */
    params?: ListMapping['params'];
    /** Parameter that carries the bucket width, and its unit. */
    interval?: { name: string; unit: 's' | 'ms' };
    /** Bucket width the API answers with (default 6 hours; with `interval`, what is requested). */
    bucketMs?: number;
  };
  notifications?: {
    list: ListMapping;
    fields: FieldMap;
    /** The API's severity values → ours. */
    severity?: Record<string, Severity>;
    markSeen?: { method?: 'POST' | 'PATCH' | 'PUT'; url: string; body?: unknown; item?: string };
    markAllSeen?: { method?: 'POST' | 'PATCH' | 'PUT'; url: string; body?: unknown };
  };
  /** Live updates poll the lists (default every 30 s); `false` turns them off. */
  live?: false | { pollIntervalMs?: number };
}

interface ListResult {
  raw: unknown[];
  itemsPath: string;
  total: number | null;
  nextCursor: string | null;
}

/** A client for an events API described by `mapping`. See the README for worked mappings. */
export function createMappedClient(mapping: MappedClientMapping): EventsClient {
  const transport = new Transport({
    ...mapping,
    authHeader: mapping.auth?.header ?? 'Authorization',
    authScheme: mapping.auth?.scheme ?? 'Bearer',
  });
  const cursors = new Map<string, string[]>();

  async function fetchList(
    list: ListMapping,
    values: Record<string, unknown>,
    page: number,
    pageSize: number,
    cursor: string | undefined,
    signal?: AbortSignal,
  ): Promise<ListResult> {
    const params = mapParams(values, list);
    const p = list.paging;
    if (p.type === 'page') {
      params[p.page] = String(page - 1 + (p.firstPage ?? 1));
      params[p.pageSize] = String(pageSize);
    } else if (p.type === 'offset') {
      params[p.offset] = String((page - 1) * pageSize);
      params[p.limit] = String(pageSize);
    } else {
      params[p.limit] = String(pageSize);
      if (cursor) params[p.cursor] = cursor;
    }
    const response = await transport.request({ path: list.url, query: params, signal });
    const itemsPath = list.items;
    const raw = getPath(response.body, itemsPath);
    if (!Array.isArray(raw)) object(response.body, '$');
    const total = list.total ? getPath(response.body, list.total) : undefined;
    const next = p.type === 'cursor' ? getPath(response.body, p.next) : undefined;
    return {
      raw: Array.isArray(raw) ? raw : each(raw, itemsPath, (x) => x),
      itemsPath,
      total: total === undefined || total === null ? null : count(total, list.total!),
      // A cursor may be a number (an id or offset to continue after) as well as a string.
      nextCursor: typeof next === 'string' && next ? next : typeof next === 'number' && Number.isFinite(next) ? String(next) : null,
    };
  }

  /** Pages through a list of any paging type; for cursors, walks forward from the nearest known page. */
  async function listPage<T>(
    list: ListMapping,
    values: Record<string, unknown>,
    query: { page?: number; pageSize?: number; cursor?: string },
    toItem: (raw: unknown, at: string) => T,
    signal?: AbortSignal,
  ): Promise<Page<T>> {
    const pageSize = pageSizeOf(query.pageSize, list.maxPageSize ?? MAX_PAGE_SIZE);
    const page = query.page ?? 1;
    let result: ListResult;
    if (list.paging.type === 'cursor' && !query.cursor) {
      // The cursors of one result list: the same filter and page size, whichever page is asked for.
      const { page: _page, pageSize: _pageSize, cursor: _cursor, ...filter } = values;
      const key = `${list.url}|${JSON.stringify(filter)}|${pageSize}`;
      const known = cursors.get(key) ?? [''];
      let at = Math.min(page, known.length);
      result = await fetchList(list, values, at, pageSize, known[at - 1] || undefined, signal);
      while (at < page) {
        if (!result.nextCursor) break;
        known[at] = result.nextCursor;
        at++;
        result = await fetchList(list, values, at, pageSize, result.nextCursor, signal);
      }
      if (result.nextCursor) known[at] = result.nextCursor;
      if (cursors.size > 20) cursors.clear();
      cursors.set(key, known);
      // The list ended before the page asked for: that page is empty (not the last one again).
      if (at < page) result = { ...result, raw: [], nextCursor: null };
    } else {
      result = await fetchList(list, values, page, pageSize, query.cursor, signal);
    }
    const items = result.raw.map((raw, i) => toItem(raw, `${result.itemsPath}[${i}]`));
    const totalPages = result.total === null ? null : Math.max(1, Math.ceil(result.total / pageSize));
    const hasNext = list.paging.type === 'cursor' ? result.nextCursor !== null : totalPages === null ? items.length === pageSize : page < totalPages;
    return {
      items,
      total: result.total,
      page: query.cursor ? null : page,
      pageSize,
      next: hasNext ? (query.cursor ? result.nextCursor : page + 1) : null,
      previous: page > 1 && !query.cursor ? page - 1 : null,
    };
  }

  // Each item is shaped through its field map, then validated; errors name the API's paths.
  const mapped = <T>(guard: Guard<T>, raw: unknown, fields: FieldMap, at: string): T => checkMapped(guard, applyFields(raw, fields, at), fields, at);
  const toEvent = (raw: unknown, at: string): EventRecord => mapped(eventRecord, raw, mapping.events.fields, at);
  const toNotification = (raw: unknown, at: string): EventNotification => {
    const n = mapping.notifications!;
    const shaped = applyFields(raw, n.fields, at);
    if (typeof shaped.severity === 'string' && n.severity?.[shaped.severity]) shaped.severity = n.severity[shaped.severity];
    // The linked event is validated on its own first, so its errors name its own source fields.
    const event = n.fields.event;
    if (shaped.event != null && event) shaped.event = toEvent(shaped.event, sourcePath({ event }, at, `${at}.event`)!);
    return checkMapped(notification, shaped, n.fields, at);
  };
  const unsupported = (operation: string) => Promise.reject(new EventsUnsupportedError(operation));

  const client: EventsClient = {
    listEvents(query = {}, { signal } = {}) {
      return listPage(mapping.events.list, { ordering: '-created', ...query }, query, toEvent, signal);
    },

    async getEvent(pk, { signal } = {}) {
      const detail = mapping.events.detail;
      if (!detail) return unsupported('getEvent');
      const response = await transport.request({ path: expandUrl(detail.url, { pk }), signal });
      const item = detail.item ?? '$';
      return toEvent(getPath(response.body, item) ?? (item === '$' ? response.body : undefined), item);
    },

    async volume(query = {}, { signal } = {}) {
      const v = mapping.volume;
      if (!v) return unsupported('volume');
      const until = query.until ? Date.parse(query.until) : Date.now();
      const since = query.since ? Date.parse(query.since) : until - (query.historyDays ?? 7) * DAY;
      const bucketMs = v.bucketMs ?? AUTHENTIK_BUCKET_MS;
      const values = { ...query, since: new Date(since).toISOString(), until: new Date(until).toISOString() };
      const params = mapParams(values, { url: v.url, items: '', paging: { type: 'offset', offset: '', limit: '' }, ...(v.params ? { params: v.params } : {}) });
      if (v.interval) params[v.interval.name] = String(v.interval.unit === 's' ? bucketMs / 1000 : bucketMs);
      const response = await transport.request({ path: v.url, query: params, signal });
      const itemsPath = v.items ?? '$';
      const buckets: VolumeBucket[] = each(getPath(response.body, itemsPath) ?? response.body, itemsPath, (raw, at) => mapped(volumeBucket, raw, v.fields, at));
      return zeroFill(buckets, { since, until, bucketMs, actions: query.actions ?? [] });
    },

    async actions({ signal } = {}) {
      const a = mapping.actions;
      if (!a) return unsupported('actions');
      const response = await transport.request({ path: a.url, signal });
      const itemsPath = a.items ?? '$';
      const fields = { name: a.name, ...(a.description ? { description: a.description } : {}) };
      return each(getPath(response.body, itemsPath) ?? response.body, itemsPath, (raw, at) => mapped(actionInfo, raw, fields, at));
    },

    topPerUser() {
      return unsupported('topPerUser');
    },

    listNotifications(query = {}, { signal } = {}) {
      const n = mapping.notifications;
      if (!n) return unsupported('listNotifications');
      return listPage(n.list, { ordering: '-created', ...query }, query, toNotification, signal);
    },

    async markSeen(pk, { signal, retries } = {}) {
      const m = mapping.notifications?.markSeen;
      if (!m) return unsupported('markSeen');
      const response = await transport.request({ method: m.method ?? 'POST', path: expandUrl(m.url, { pk }), body: m.body, signal, retries });
      const item = m.item ?? '$';
      return toNotification(getPath(response.body, item) ?? response.body, item);
    },

    async markAllSeen({ signal, retries } = {}) {
      const m = mapping.notifications?.markAllSeen;
      if (!m) return unsupported('markAllSeen');
      await transport.request({ method: m.method ?? 'POST', path: m.url, body: m.body, signal, retries });
    },

    subscribe(onMessage, options) {
      return hub.subscribe(onMessage, options);
    },
  };

  const kinds: Array<'event' | 'notification'> = mapping.notifications ? ['event', 'notification'] : ['event'];
  const hub = new LiveHub(
    mapping.live === false
      ? async () => undefined
      : pollStrategy(pollTick(client, kinds), {
          intervalMs: mapping.live?.pollIntervalMs ?? 30_000,
          sleep: mapping.sleep ?? defaultSleep,
        }),
  );
  return client;
}
