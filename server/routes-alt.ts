/**
 * The "alt" route family under `/api/alt/v1`: the same data in a different JSON shape with
 * opaque keyset cursors, used to prove the mapped adapter. Auth: `X-Api-Key`.
 */
import { ACTIONS } from './catalog.js';
import type { EventFilter, Position } from './event-store.js';
import { HttpError, boxParam, intParam, stringParam, timeParam, type Reply, type RequestContext, type Route } from './http.js';
import type { NotificationFilter } from './notification-store.js';
import { toAltEvent, toInboxItem } from './serialize.js';
import { normalUuid, UUID, type Services } from './services.js';

const DAY = 86_400_000;

/** The alt family's error body. */
export function altError(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

const bad = (message: string): never => {
  throw new HttpError(400, altError('invalid_parameter', message));
};
const missing = (what: string): never => {
  throw new HttpError(404, altError('not_found', `No ${what} with this id.`));
};

/** Cursors are base64url JSON of the sort direction and the last (created, seq) seen. */
function encodeCursor(desc: boolean, p: Position): string {
  return Buffer.from(JSON.stringify([desc ? 'd' : 'a', p.created, p.seq])).toString('base64url');
}

function decodeCursor(raw: string | undefined, desc: boolean): Position | null {
  if (raw === undefined) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === (desc ? 'd' : 'a') && Number.isInteger(parsed[1]) && Number.isInteger(parsed[2])) {
      return { created: parsed[1] as number, seq: parsed[2] as number };
    }
  } catch {
    // reported below
  }
  throw new HttpError(400, altError('invalid_cursor', 'The cursor is invalid or belongs to another sort order.'));
}

function limitOf(query: URLSearchParams, fallback: number): number {
  const limit = intParam(query, 'limit', fallback, () => bad('limit must be an integer'));
  if (limit < 1 || limit > 500) bad('limit must be between 1 and 500');
  return limit;
}

function auditFilter(query: URLSearchParams): EventFilter {
  const objectId = stringParam(query, 'object_id');
  return {
    actions: query.getAll('kind').filter((k) => k !== ''),
    username: stringParam(query, 'actor'),
    clientIp: stringParam(query, 'ip'),
    brandName: stringParam(query, 'tenant'),
    modelApp: stringParam(query, 'object_app'),
    modelName: stringParam(query, 'object_type'),
    modelPk: objectId?.replace(/-/g, ''),
    search: stringParam(query, 'q'),
    from: timeParam(query, 'from', () => bad('from must be an ISO 8601 timestamp')),
    to: timeParam(query, 'to', () => bad('to must be an ISO 8601 timestamp')),
    area: boxParam(query, 'bbox', () => bad('bbox must be south,west,north,east in degrees (south <= north)')),
  };
}

function listAuditLogs(s: Services, { query }: RequestContext): Reply {
  const sort = stringParam(query, 'sort') ?? '-occurred_at';
  if (sort !== 'occurred_at' && sort !== '-occurred_at') bad('sort must be occurred_at or -occurred_at');
  const desc = sort === '-occurred_at';
  const filter = auditFilter(query);
  const limit = limitOf(query, 50);
  const rows = s.events.after(filter, desc, decodeCursor(stringParam(query, 'cursor'), desc), limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next = rows.length > limit && last ? encodeCursor(desc, { created: last.created, seq: last.seq ?? 0 }) : null;
  return { status: 200, json: { data: page.map(toAltEvent), meta: { total: s.events.count(filter), next_cursor: next } } };
}

function getAuditLog(s: Services, { params }: RequestContext): Reply {
  const id = params[0] ?? '';
  const row = UUID.test(id) ? s.events.get(normalUuid(id)) : undefined;
  return row ? { status: 200, json: { data: toAltEvent(row) } } : missing('audit log');
}

function kinds(): Reply {
  return { status: 200, json: { data: ACTIONS.map((a) => ({ kind: a.action, label: a.label })) } };
}

function histogram(s: Services, { query }: RequestContext): Reply {
  const interval = intParam(query, 'interval', 3600, () => bad('interval must be an integer number of seconds'));
  if (interval < 60) bad('interval must be at least 60 seconds');
  const filter = auditFilter(query);
  filter.to ??= s.clock();
  filter.from ??= filter.to - 7 * DAY;
  if ((filter.to - filter.from) / (interval * 1000) > 100_000) bad('the range holds more than 100,000 intervals');
  const rows = s.events.volume(filter, interval * 1000);
  return { status: 200, json: { interval, data: rows.map((r) => ({ kind: r.action, bucket_start: new Date(r.bucket).toISOString(), n: r.count })) } };
}

function listInbox(s: Services, { query }: RequestContext): Reply {
  const unread = stringParam(query, 'unread');
  if (unread !== undefined && unread !== 'true' && unread !== 'false') bad('unread must be true or false');
  const filter: NotificationFilter = unread === undefined ? {} : { seen: unread === 'false' };
  const limit = limitOf(query, 50);
  const rows = s.notifications.before(filter, decodeCursor(stringParam(query, 'cursor'), true), limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const linked = s.events.getMany(page.flatMap((r) => (r.event_pk ? [r.event_pk] : [])));
  return {
    status: 200,
    json: {
      data: page.map((r) => toInboxItem(r, r.event_pk ? linked.get(r.event_pk) : undefined)),
      meta: { total: s.notifications.count(filter), next_cursor: rows.length > limit && last ? encodeCursor(true, { created: last.created, seq: last.seq ?? 0 }) : null },
    },
  };
}

function readInboxItem(s: Services, { params }: RequestContext): Reply {
  const id = params[0] ?? '';
  const row = UUID.test(id) ? s.notifications.setSeen(normalUuid(id), true) : undefined;
  if (!row) return missing('inbox item');
  return { status: 200, json: { data: toInboxItem(row, row.event_pk ? s.events.get(row.event_pk) : undefined) } };
}

function readAll(s: Services): Reply {
  s.notifications.markAllSeen();
  return { status: 204 };
}

/** The alt route table. */
export function altRoutes(s: Services): Route[] {
  const p = (path: string): RegExp => new RegExp(`^/api/alt/v1${path}$`);
  return [
    { method: 'GET', pattern: p('/audit-logs'), handler: (c) => listAuditLogs(s, c) },
    { method: 'GET', pattern: p('/audit-logs/kinds'), handler: kinds },
    { method: 'GET', pattern: p('/audit-logs/histogram'), handler: (c) => histogram(s, c) },
    { method: 'GET', pattern: p('/audit-logs/([^/]+)'), handler: (c) => getAuditLog(s, c) },
    { method: 'GET', pattern: p('/inbox'), handler: (c) => listInbox(s, c) },
    { method: 'POST', pattern: p('/inbox/read-all'), handler: () => readAll(s) },
    { method: 'POST', pattern: p('/inbox/([^/]+)/read'), handler: (c) => readInboxItem(s, c) },
  ];
}
