/**
 * authentik-compatible routes under `/api/v3`, in the exact shapes of authentik's OpenAPI
 * schema, plus the documented extensions `created__gte` / `created__lt` and `geo_bounds` (events, volume),
 * `created__gt` (notifications) and `GET /events/stream/` (SSE).
 */
import { createHash } from 'node:crypto';
import { ACTIONS, isKnownAction } from './catalog.js';
import type { EventFilter, Ordering, OrderColumn } from './event-store.js';
import { HttpError, boxParam, intParam, stringParam, timeParam, type Reply, type RequestContext, type Route } from './http.js';
import type { NotificationFilter, NotificationOrderColumn, NotificationOrdering } from './notification-store.js';
import { toEvent, toNotification } from './serialize.js';
import { normalUuid, UUID, type Services } from './services.js';
import type { LiveKind } from './sse.js';

const DAY = 86_400_000;
const VOLUME_BUCKET = 6 * 3_600_000;
const MAX_PAGE_SIZE = 1000;

const invalid = (field: string, message: string): never => {
  throw new HttpError(400, { [field]: [message] });
};
const notFound = (): never => {
  throw new HttpError(404, { detail: 'Not found.' });
};

const EVENT_ORDERING: Record<string, OrderColumn> = {
  created: 'created',
  expires: 'created',
  action: 'action',
  user: 'username',
  username: 'username',
  client_ip: 'client_ip',
  app: 'app',
  brand: 'brand_name',
};
const NOTIFICATION_ORDERING: Record<string, NotificationOrderColumn> = { created: 'created', severity: 'severity', seen: 'seen' };

/** Parses `ordering` (a field, `-` prefixed for descending; the first of a comma list wins). */
function ordering<T>(query: URLSearchParams, fields: Record<string, T>): { column: T; desc: boolean } {
  const raw = stringParam(query, 'ordering') ?? '-created';
  const parsed = raw.split(',').map((part) => {
    const name = part.trim().replace(/^-/, '');
    const column = fields[name];
    if (column === undefined) return invalid('ordering', `Unknown ordering field "${name}". Choose from: ${Object.keys(fields).join(', ')}.`);
    return { column, desc: part.trim().startsWith('-') };
  });
  return parsed[0] as { column: T; desc: boolean };
}

function eventFilter(query: URLSearchParams): EventFilter {
  const actions = query.getAll('actions').filter((a) => a !== '');
  for (const a of actions) if (!isKnownAction(a)) invalid('actions', `Select a valid choice. ${a} is not one of the available choices.`);
  const modelPk = stringParam(query, 'context_model_pk');
  const authorized = stringParam(query, 'context_authorized_app');
  return {
    actions,
    actionContains: stringParam(query, 'action'),
    username: stringParam(query, 'username'),
    clientIp: stringParam(query, 'client_ip'),
    brandName: stringParam(query, 'brand_name'),
    modelApp: stringParam(query, 'context_model_app'),
    modelName: stringParam(query, 'context_model_name'),
    modelPk: modelPk?.replace(/-/g, ''),
    authorizedApp: authorized?.replace(/-/g, ''),
    search: stringParam(query, 'search'),
    from: timeParam(query, 'created__gte', () => invalid('created__gte', 'Enter a valid date/time.')),
    to: timeParam(query, 'created__lt', () => invalid('created__lt', 'Enter a valid date/time.')),
    area: boxParam(query, 'geo_bounds', () => invalid('geo_bounds', 'Enter south,west,north,east in degrees (south <= north).')),
  };
}

interface PageWindow {
  offset: number;
  limit: number;
  pagination: Record<string, number>;
}

/** DRF page-number paging with authentik's pagination block; 404 "Invalid page." beyond the last. */
function pageWindow(query: URLSearchParams, count: number): PageWindow {
  // As DRF: anything but a positive whole number (0, -5, 2.5, NaN) means the default.
  const raw = stringParam(query, 'page_size')?.trim() ?? '';
  const size = /^\d+$/.test(raw) && Number(raw) >= 1 ? Math.min(Number(raw), MAX_PAGE_SIZE) : 20;
  const totalPages = Math.max(1, Math.ceil(count / size));
  const rawPage = stringParam(query, 'page') ?? '1';
  const page = rawPage === 'last' ? totalPages : /^\d+$/.test(rawPage) ? Number(rawPage) : 0;
  if (page < 1 || page > totalPages) throw new HttpError(404, { detail: 'Invalid page.' });
  const offset = (page - 1) * size;
  const end = Math.min(count, offset + size);
  return {
    offset,
    limit: size,
    pagination: {
      next: page < totalPages ? page + 1 : 0,
      previous: page > 1 ? page - 1 : 0,
      count,
      current: page,
      total_pages: totalPages,
      start_index: count === 0 ? 0 : offset + 1,
      end_index: end,
    },
  };
}

function listEvents(s: Services, { query }: RequestContext): Reply {
  const filter = eventFilter(query);
  const order: Ordering = ordering(query, EVENT_ORDERING);
  const win = pageWindow(query, s.events.count(filter));
  const rows = s.events.list(filter, order, win.offset, win.limit);
  return { status: 200, json: { pagination: win.pagination, results: rows.map(toEvent), autocomplete: {} } };
}

function retrieveEvent(s: Services, { params }: RequestContext): Reply {
  const id = params[0] ?? '';
  const row = UUID.test(id) ? s.events.get(normalUuid(id)) : undefined;
  return row ? { status: 200, json: toEvent(row) } : notFound();
}

function actions(): Reply {
  return { status: 200, json: ACTIONS.map((a) => ({ name: a.action, description: a.label, component: '', model_name: '' })) };
}

function topPerUser(s: Services, { query }: RequestContext): Reply {
  const action = stringParam(query, 'action') ?? 'authorize_application';
  const topN = intParam(query, 'top_n', 15, () => invalid('top_n', 'A valid integer is required.'));
  const rows = s.events.topApplications(action, Math.max(0, Math.min(topN, 1000)));
  return {
    status: 200,
    json: rows.map((r) => ({ application: JSON.parse(r.application) as unknown, counted_events: r.counted_events, unique_users: r.unique_users })),
  };
}

function volume(s: Services, { query }: RequestContext): Reply {
  const filter = eventFilter(query);
  ordering(query, EVENT_ORDERING);
  const rawDays = stringParam(query, 'history_days') ?? '7';
  const days = Number(rawDays);
  if (!Number.isFinite(days) || days <= 0 || days > 3650) invalid('history_days', 'A valid number between 0 and 3650 is required.');
  if (filter.from === undefined) filter.from = Math.floor((s.clock() - days * DAY) / VOLUME_BUCKET) * VOLUME_BUCKET;
  const rows = s.events.volume(filter, VOLUME_BUCKET);
  return { status: 200, json: rows.map((r) => ({ action: r.action, time: new Date(r.bucket).toISOString(), count: r.count })) };
}

function booleanParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = stringParam(query, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  return invalid(name, 'Must be a valid boolean.');
}

function notificationFilter(query: URLSearchParams): NotificationFilter {
  const severity = stringParam(query, 'severity');
  if (severity !== undefined && !['notice', 'warning', 'alert'].includes(severity)) {
    invalid('severity', `Select a valid choice. ${severity} is not one of the available choices.`);
  }
  const event = stringParam(query, 'event');
  if (event !== undefined && !UUID.test(event)) invalid('event', 'Enter a valid UUID.');
  return {
    seen: booleanParam(query, 'seen'),
    severity,
    search: stringParam(query, 'search'),
    body: stringParam(query, 'body'),
    eventPk: event === undefined ? undefined : normalUuid(event),
    after: timeParam(query, 'created__gt', () => invalid('created__gt', 'Enter a valid date/time.')),
  };
}

function etagOf(json: unknown): string {
  return `W/"${createHash('sha1').update(JSON.stringify(json)).digest('base64url').slice(0, 27)}"`;
}

function listNotifications(s: Services, { query, req }: RequestContext): Reply {
  const filter = notificationFilter(query);
  const order: NotificationOrdering = ordering(query, NOTIFICATION_ORDERING);
  const win = pageWindow(query, s.notifications.count(filter));
  const rows = s.notifications.list(filter, order, win.offset, win.limit);
  const linked = s.events.getMany(rows.flatMap((r) => (r.event_pk ? [r.event_pk] : [])));
  const json = { pagination: win.pagination, results: rows.map((r) => toNotification(r, r.event_pk ? linked.get(r.event_pk) : undefined)), autocomplete: {} };
  const etag = etagOf(json);
  const match = req.headers['if-none-match'];
  if (match && (match.trim() === '*' || match.split(',').some((m) => m.trim() === etag))) return { status: 304, headers: { ETag: etag } };
  return { status: 200, json, headers: { ETag: etag } };
}

function notificationReply(s: Services, pk: string): Reply {
  const row = s.notifications.get(pk);
  if (!row) return notFound();
  return { status: 200, json: toNotification(row, row.event_pk ? s.events.get(row.event_pk) : undefined) };
}

function retrieveNotification(s: Services, { params }: RequestContext): Reply {
  const id = params[0] ?? '';
  return UUID.test(id) ? notificationReply(s, normalUuid(id)) : notFound();
}

function patchNotification(s: Services, { params, body }: RequestContext): Reply {
  const id = params[0] ?? '';
  if (!UUID.test(id) || !s.notifications.get(normalUuid(id))) return notFound();
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw new HttpError(400, { non_field_errors: ['Invalid data. Expected a dictionary.'] });
  }
  const seen = (body as Record<string, unknown> | undefined)?.seen;
  if (seen !== undefined && typeof seen !== 'boolean') invalid('seen', 'Must be a valid boolean.');
  if (typeof seen === 'boolean') s.notifications.setSeen(normalUuid(id), seen);
  return notificationReply(s, normalUuid(id));
}

function markAllSeen(s: Services): Reply {
  s.notifications.markAllSeen();
  return { status: 204 };
}

function stream(s: Services, { query, req, res }: RequestContext): 'stream' {
  const kinds = new Set<LiveKind>();
  for (const k of (stringParam(query, 'kinds') ?? 'event,notification').split(',')) {
    const kind = k.trim();
    if (kind !== 'event' && kind !== 'notification') invalid('kinds', `Unknown kind "${kind}". Use event, notification.`);
    kinds.add(kind as LiveKind);
  }
  const header = req.headers['last-event-id'];
  const raw = (Array.isArray(header) ? header[0] : header) ?? stringParam(query, 'last_event_id');
  const last = raw !== undefined && /^\d+$/.test(raw.trim()) ? Number(raw) : null;
  s.hub.open(res, kinds, last);
  return 'stream';
}

/** The authentik route table (paths relative to the server root). */
export function authentikRoutes(s: Services): Route[] {
  const p = (path: string): RegExp => new RegExp(`^/api/v3${path}$`);
  const id = '([^/]+)';
  return [
    { method: 'GET', pattern: p('/events/events/'), handler: (c) => listEvents(s, c) },
    { method: 'GET', pattern: p('/events/events/actions/'), handler: actions },
    { method: 'GET', pattern: p('/events/events/top_per_user/'), handler: (c) => topPerUser(s, c) },
    { method: 'GET', pattern: p('/events/events/volume/'), handler: (c) => volume(s, c) },
    { method: 'GET', pattern: p(`/events/events/${id}/`), handler: (c) => retrieveEvent(s, c) },
    { method: 'GET', pattern: p('/events/notifications/'), handler: (c) => listNotifications(s, c) },
    { method: 'POST', pattern: p('/events/notifications/mark_all_seen/'), handler: () => markAllSeen(s) },
    { method: 'GET', pattern: p(`/events/notifications/${id}/`), handler: (c) => retrieveNotification(s, c) },
    { method: 'PATCH', pattern: p(`/events/notifications/${id}/`), handler: (c) => patchNotification(s, c) },
    { method: 'GET', pattern: p('/events/stream/'), handler: (c) => stream(s, c) },
  ];
}
