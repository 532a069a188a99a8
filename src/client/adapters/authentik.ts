/**
 * authentik's `/api/v3` events API: the exact parameter names and pagination envelope of its
 * OpenAPI schema (`next` / `previous` are page numbers, 0 = none; `actions` repeated).
 */
import { isFilterableAction } from '../actions.js';
import { emptyPage, pageSizeOf } from '../paging.js';
import { filterToParams, queryToParams } from '../query.js';
import { Transport, type TokenSource, type TransportOptions } from '../transport.js';
import type { EventFilter, EventQuery, EventsClient, VolumeBucket, VolumeQuery } from '../types.js';
import { actionInfo, each, eventRecord, topPerUser, volumeBucket } from '../validate.js';
import { AUTHENTIK_BUCKET_MS, DAY, zeroFill } from '../volume.js';
import { type AuthentikLiveOptions, authentikLive, notificationMethods, toPage } from './authentik-notifications.js';
import { encodeSegment } from '../encode.js';

export type { LiveMode } from './authentik-notifications.js';

/** The most `history_days` authentik's volume endpoint accepts (more is HTTP 400). */
const MAX_HISTORY_DAYS = 3650;

export interface AuthentikClientOptions
  extends Omit<TransportOptions, 'baseUrl' | 'token' | 'authHeader' | 'authScheme'>,
    AuthentikLiveOptions {
  /** The API root, e.g. `https://auth.example.com/api/v3` (or `/api/v3` on the same origin). */
  baseUrl: string;
  /** An API token (sent as `Authorization: Bearer …`), or a function returning a fresh one. */
  token?: TokenSource;
  /**
   * Send the time range as `created__gte` / `created__lt` (default true). authentik itself has no
   * time filter on events; the reference server and many Django deployments accept these names.
   */
  timeRange?: boolean;
  /**
   * Send the shared `area` filter as `geo_bounds=south,west,north,east` (default true): the
   * reference server's extension. Stock authentik ignores it (`<ev-map>` still filters its own points).
   */
  geoBounds?: boolean;
  /** Bucket width the server's volume endpoint answers with (authentik: 6 hours). */
  volumeBucketMs?: number;
}

/**
 * The filter without the actions authentik would reject with HTTP 400 (unknown ones, e.g. from a
 * stale link), or undefined when actions were asked for and none is left: then no event can
 * match, and the in-memory and mapped clients answer "nothing", so this client does too, unasked.
 */
function knownActions<T extends EventFilter>(query: T): T | undefined {
  if (!query.actions?.length) return query;
  const actions = query.actions.filter(isFilterableAction);
  return actions.length ? { ...query, actions } : undefined;
}

/** A client for authentik's events API (or the reference server, which serves the same shapes). */
export function createAuthentikClient(options: AuthentikClientOptions): EventsClient {
  const transport = new Transport({ ...options, authHeader: 'Authorization', authScheme: 'Bearer' });
  const paramOptions = { timeRange: options.timeRange !== false, geoBounds: options.geoBounds !== false };
  const bucketMs = options.volumeBucketMs ?? AUTHENTIK_BUCKET_MS;

  const client: EventsClient = {
    async listEvents(query: EventQuery = {}, { signal } = {}) {
      const pageSize = pageSizeOf(query.pageSize);
      const known = knownActions(query);
      if (!known) return emptyPage(query.page, pageSize);
      const params = queryToParams({ ordering: '-created', ...known, pageSize }, paramOptions);
      const response = await transport.request({ path: '/events/events/', query: params, signal });
      return toPage(response.body, eventRecord, pageSize);
    },

    async getEvent(pk, { signal } = {}) {
      const response = await transport.request({ path: `/events/events/${encodeSegment(pk)}/`, signal });
      return eventRecord(response.body, '$');
    },

    async volume(query: VolumeQuery = {}, { signal } = {}) {
      const now = Date.now();
      const until = query.until ? Date.parse(query.until) : now;
      const asked = query.since ? Date.parse(query.since) : until - (query.historyDays ?? 7) * DAY;
      // The API answers no further back than MAX_HISTORY_DAYS: then the answer starts at the
      // first whole bucket inside them (its `since` says so; the chart shows where bars start).
      const oldest = Math.ceil((now - MAX_HISTORY_DAYS * DAY) / bucketMs) * bucketMs;
      const cut = asked < oldest;
      const since = cut ? oldest : asked;
      const historyDays = Math.min(MAX_HISTORY_DAYS, Math.max(1, Math.ceil((now - since) / DAY)));
      const known = knownActions(cut && query.since ? { ...query, since: new Date(since).toISOString() } : query);
      let buckets: VolumeBucket[] = [];
      // A window ending before the oldest instant the API answers for has nothing to ask.
      if (known && !(since >= until)) {
        const params = { ...filterToParams(known, paramOptions), history_days: String(historyDays) };
        const response = await transport.request({ path: '/events/events/volume/', query: params, signal });
        buckets = each(response.body, '$', volumeBucket);
      }
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

    ...notificationMethods(transport),

    subscribe(onMessage, subscribeOptions) {
      return hub.subscribe(onMessage, subscribeOptions);
    },
  };

  const hub = authentikLive(transport, options, client, ['event', 'notification']);
  return client;
}

