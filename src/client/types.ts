/**
 * The domain model shared by every adapter and component.
 *
 * Field names follow authentik's `/api/v3` serializers (snake_case), so an authentik
 * response validates straight into these types; other APIs are mapped onto them.
 * This module has no DOM and no Lit: it runs in Node too.
 */
import type { EventsErrorKind } from './errors.js';

export type JsonPrimitive = null | boolean | number | string;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A user reference as authentik stores it on an event (`get_user()` output). */
export interface EventUser {
  pk?: number | string;
  username?: string;
  email?: string;
  /** Set when an administrator acted while impersonating this user. */
  on_behalf_of?: EventUser;
  /** Set when the request was authenticated as another principal (e.g. a token). */
  authenticated_as?: EventUser;
  is_anonymous?: boolean;
}

/** A reference to a model instance, e.g. `brand` or `context.model`. */
export interface ModelRef {
  pk?: string | number;
  app?: string;
  name?: string;
  model_name?: string;
}

/** One audit event. `action` may be any string: custom actions use the `custom_` prefix. */
export interface EventRecord {
  pk: string;
  user: EventUser;
  action: string;
  app: string;
  context: JsonObject;
  client_ip: string | null;
  /** ISO 8601 timestamp. */
  created: string;
  /** ISO 8601 timestamp, or null when the source does not expire events. */
  expires: string | null;
  brand: ModelRef | null;
}

export type Severity = 'notice' | 'warning' | 'alert';

export interface EventNotification {
  pk: string;
  severity: Severity;
  body: string;
  hyperlink: string | null;
  hyperlink_label: string | null;
  /** ISO 8601 timestamp. */
  created: string;
  event: EventRecord | null;
  seen: boolean;
}

/** A page of results. `next` / `previous` are opaque tokens: page numbers or cursors. */
export interface Page<T> {
  items: T[];
  /** Total number of matching items, or null when the source cannot count. */
  total: number | null;
  /** 1-based page number when the source pages by number. */
  page: number | null;
  pageSize: number;
  next: PageToken | null;
  previous: PageToken | null;
}

export type PageToken = number | string;

/** Count of events of one action in the bucket starting at `time`. */
export interface VolumeBucket {
  action: string;
  /** ISO 8601 start of the bucket. */
  time: string;
  count: number;
}

export interface VolumeResult {
  /** Zero-filled buckets, sorted by time then action. */
  buckets: VolumeBucket[];
  /** Width of one bucket in milliseconds (authentik: 6 hours). */
  bucketMs: number;
  /** ISO 8601 start of the first bucket. */
  since: string;
  /** ISO 8601 end (exclusive) of the last bucket. */
  until: string;
}

/**
 * One row of authentik's `top_per_user`: despite the name, authentik groups the events of one
 * action (default `authorize_application` here) by `context.authorized_application`.
 */
export interface TopPerUser {
  /** The grouped application reference (`{pk, app, name, model_name}`). */
  application: JsonObject;
  counted_events: number;
  unique_users: number;
}

export interface ActionInfo {
  /** The action id, e.g. `login_failed`. */
  name: string;
  description: string;
}

/**
 * A geographic bounding box in degrees (WGS 84), e.g. the visible part of `<ev-map>`.
 * `west > east` means the box crosses the antimeridian.
 */
export interface GeoArea {
  north: number;
  south: number;
  east: number;
  west: number;
}

/** Filters understood by every adapter. Names follow authentik's query parameters. */
export interface EventFilter {
  actions?: string[];
  username?: string;
  client_ip?: string;
  brand_name?: string;
  context_model_app?: string;
  context_model_name?: string;
  context_model_pk?: string;
  context_authorized_app?: string;
  /** Case-insensitive substring of the user (as JSON), action, app, client IP or context (as JSON). */
  search?: string;
  /** ISO 8601 inclusive lower bound on `created`. */
  since?: string;
  /** ISO 8601 exclusive upper bound on `created`. */
  until?: string;
  /**
   * Only events located (`context.geo.lat` / `long`) inside this box. Set by `<ev-map>`'s
   * "filter to this area". The memory adapter applies it; the authentik adapter sends it as
   * `geo_bounds` (a reference-server extension); mapped clients when a `bbox` parameter is mapped.
   */
  area?: GeoArea;
}

export interface EventQuery extends EventFilter {
  /** A field name, `-` prefixed for descending, e.g. `-created` (the default). */
  ordering?: string;
  /** 1-based page number. */
  page?: number;
  pageSize?: number;
  /** Opaque cursor from a previous page's `next` (cursor-paged sources). */
  cursor?: string;
}

export interface VolumeQuery extends EventFilter {
  /** Days of history when `since` is not given (authentik's `history_days`, default 7). */
  historyDays?: number;
}

export interface NotificationQuery {
  seen?: boolean;
  severity?: Severity;
  ordering?: string;
  page?: number;
  pageSize?: number;
  cursor?: string;
  /** ISO 8601: only notifications created after this instant (used to catch up after reconnects). */
  createdAfter?: string;
}

/** Options every client call accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Let a write outlive the page (fetch `keepalive`), e.g. marking a notification seen while following its link. */
  keepalive?: boolean;
  /**
   * Retries of a retryable failure after the first attempt (HTTP clients; default: the client's
   * own policy). The bell passes 0 for its seen changes: it retries them itself, so the two
   * policies do not multiply.
   */
  retries?: number;
}

export type LiveMessage =
  | { type: 'event'; event: EventRecord; id?: string }
  | { type: 'notification'; notification: EventNotification; id?: string }
  | {
      type: 'status';
      status: LiveStatus;
      /**
       * On `closed`: the kind of the error that ended the connection, when one did (`auth`: credentials
       * refused or not to be had; `config`: the client's options cannot be sent). Absent when it ended
       * without one (the client has no live channel). A subscriber does not fall back to polling after
       * `auth` or `config`: every poll would fail the same way.
       */
      error?: EventsErrorKind;
      /**
       * On `polling`: the tick found more new events or notifications than it lists at once (a long
       * offline stretch; see `pollTick`) and emitted only the newest. A subscriber that must not miss any lists them again itself.
       */
      missed?: boolean;
      /**
       * With `missed`: the kinds that overflowed, so a subscriber lists again only what it lost (an
       * event overflow says nothing about notifications). Absent: not said; take it as every kind.
       */
      missedKinds?: ReadonlyArray<'event' | 'notification'>;
    };

export type LiveStatus = 'connecting' | 'open' | 'polling' | 'offline' | 'closed';

export interface SubscribeOptions extends CallOptions {
  /** What to receive. Default: both. */
  kinds?: Array<'event' | 'notification'>;
}

export type Unsubscribe = () => void;

/**
 * The one client every component talks to. Every call takes an AbortSignal; an aborted
 * call rejects with `EventsAbortedError`.
 */
export interface EventsClient {
  listEvents(query?: EventQuery, options?: CallOptions): Promise<Page<EventRecord>>;
  getEvent(pk: string, options?: CallOptions): Promise<EventRecord>;
  volume(query?: VolumeQuery, options?: CallOptions): Promise<VolumeResult>;
  actions(options?: CallOptions): Promise<ActionInfo[]>;
  topPerUser(query?: { action?: string; topN?: number }, options?: CallOptions): Promise<TopPerUser[]>;
  listNotifications(query?: NotificationQuery, options?: CallOptions): Promise<Page<EventNotification>>;
  markSeen(pk: string, options?: CallOptions): Promise<EventNotification>;
  markAllSeen(options?: CallOptions): Promise<void>;
  /** Live events and notifications. The callback also receives connection status changes. */
  subscribe(onMessage: (message: LiveMessage) => void, options?: SubscribeOptions): Unsubscribe;
}

/** The part of the client a notification bell needs; every `EventsClient` is one. */
export type NotificationClient = Pick<EventsClient, 'listNotifications' | 'markSeen' | 'markAllSeen' | 'subscribe'>;
