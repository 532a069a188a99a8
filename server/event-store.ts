/**
 * Event queries: filters → SQL, offset and keyset paging, counts (cached per data version),
 * volume buckets and the top-applications aggregate. Every filter and ordering is index-backed.
 */
import { eventInserter, type Db, type EventRow } from './db.js';

/** Filters shared by both route families. Times are epoch milliseconds. */
export interface EventFilter {
  /** Exact actions, OR-ed (authentik `actions`, alt `kind`). */
  actions?: string[];
  /** Case-insensitive substring of the action (authentik's `action` filter is `icontains`). */
  actionContains?: string;
  username?: string;
  clientIp?: string;
  brandName?: string;
  modelApp?: string;
  modelName?: string;
  modelPk?: string;
  authorizedApp?: string;
  /** Case-insensitive substring over user, action, app, context JSON and client IP. */
  search?: string;
  /** Inclusive lower bound on `created`. */
  from?: number;
  /** Exclusive upper bound on `created`. */
  to?: number;
  /** Only events located (`context.geo.lat` / `long`, numbers) inside this box; `west > east` crosses the antimeridian. */
  area?: GeoBox;
}

/** A bounding box in degrees (edges included). */
export interface GeoBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Longitude folded into [-180, 180] (unchanged when already in range, as the clients do). */
const foldLong = (x: number): number => (x >= -180 && x <= 180 ? x : ((((x + 180) % 360) + 360) % 360) - 180);

export type OrderColumn = 'created' | 'action' | 'username' | 'client_ip' | 'app' | 'brand_name';

export interface Ordering {
  column: OrderColumn;
  desc: boolean;
}

/** A keyset position: the (created, seq) of the last row already seen. */
export interface Position {
  created: number;
  seq: number;
}

interface Sql {
  where: string;
  params: unknown[];
}

const escapeLike = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(f: EventFilter): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const eq = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    parts.push(`${column} = ?`);
    params.push(value);
  };
  if (f.actions && f.actions.length > 0) {
    parts.push(`action IN (${f.actions.map(() => '?').join(', ')})`);
    params.push(...f.actions);
  }
  if (f.actionContains !== undefined) {
    parts.push(`action LIKE ? ESCAPE '\\'`);
    params.push(escapeLike(f.actionContains));
  }
  eq('username', f.username);
  eq('client_ip', f.clientIp);
  eq('brand_name', f.brandName);
  eq('model_app', f.modelApp);
  eq('model_name', f.modelName);
  eq('model_pk', f.modelPk);
  eq('authorized_app', f.authorizedApp);
  if (f.search !== undefined && f.search !== '') {
    parts.push(`(user_json LIKE ?1 ESCAPE '\\' OR action LIKE ?1 ESCAPE '\\' OR app LIKE ?1 ESCAPE '\\' OR context_json LIKE ?1 ESCAPE '\\' OR client_ip LIKE ?1 ESCAPE '\\')`.replace(/\?1/g, '?'));
    const like = escapeLike(f.search);
    params.push(like, like, like, like, like);
  }
  if (f.from !== undefined) {
    parts.push('created >= ?');
    params.push(f.from);
  }
  if (f.to !== undefined) {
    parts.push('created < ?');
    params.push(f.to);
  }
  if (f.area) {
    // Same semantics as the clients' in-memory filter (src/client/geo.ts): edges included,
    // longitudes folded, a box 360° or wider holds every longitude.
    const { south, west, north, east } = f.area;
    parts.push('geo_lat BETWEEN ? AND ?');
    params.push(south, north);
    if (east - west < 360) {
      const [w, e] = [foldLong(west), foldLong(east)];
      parts.push(w <= e ? 'geo_long BETWEEN ? AND ?' : '(geo_long >= ? OR geo_long <= ?)');
      params.push(w, e);
    } else parts.push('geo_long IS NOT NULL');
  }
  return { where: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function orderOf(o: Ordering): string {
  const dir = o.desc ? 'DESC' : 'ASC';
  return o.column === 'created' ? `ORDER BY created ${dir}, seq ${dir}` : `ORDER BY ${o.column} ${dir}, created ${dir}, seq ${dir}`;
}

const COUNT_CACHE_LIMIT = 500;

/** Read and write access to the events table. */
export class EventStore {
  private readonly insertRow;
  private readonly byPk;
  private readonly maxSeq;
  private readonly counts = new Map<string, number>();
  private newest: number;

  constructor(private readonly db: Db) {
    this.insertRow = eventInserter(db);
    this.byPk = db.prepare('SELECT * FROM events WHERE pk = ?');
    this.maxSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM events').pluck();
    const last = db.prepare('SELECT created FROM events ORDER BY seq DESC LIMIT 1').pluck().get() as number | undefined;
    this.newest = last ?? 0;
  }

  /** Inserts a live event; its `created` is raised to the newest existing one to keep time order. */
  insert(row: EventRow): EventRow {
    row.created = Math.max(row.created, this.newest);
    row.expires = Math.max(row.expires, row.created);
    this.newest = row.created;
    row.seq = this.insertRow(row);
    this.counts.clear();
    return row;
  }

  /** The event with this pk, if any. */
  get(pk: string): EventRow | undefined {
    return this.byPk.get(pk) as EventRow | undefined;
  }

  /** Events by pk, for nesting into notifications. */
  getMany(pks: string[]): Map<string, EventRow> {
    const out = new Map<string, EventRow>();
    for (const pk of new Set(pks)) {
      const row = this.get(pk);
      if (row) out.set(pk, row);
    }
    return out;
  }

  /** Number of matching events; cached until the next insert. */
  count(filter: EventFilter): number {
    const { where, params } = whereOf(filter);
    const key = `${where}\u0000${JSON.stringify(params)}`;
    const hit = this.counts.get(key);
    if (hit !== undefined) return hit;
    const n = where === '' ? (this.maxSeq.get() as number) : (this.db.prepare(`SELECT COUNT(*) FROM events ${where}`).pluck().get(...params) as number);
    if (this.counts.size >= COUNT_CACHE_LIMIT) this.counts.clear();
    this.counts.set(key, n);
    return n;
  }

  /** One offset page. Unfiltered time-ordered pages are read by seq range, so deep pages cost the same as page 1. */
  list(filter: EventFilter, ordering: Ordering, offset: number, limit: number): EventRow[] {
    const { where, params } = whereOf(filter);
    if (where === '' && ordering.column === 'created') return this.seqRange(ordering.desc, offset, limit);
    const sql = `SELECT * FROM events WHERE seq IN (SELECT seq FROM events ${where} ${orderOf(ordering)} LIMIT ? OFFSET ?) ${orderOf(ordering)}`;
    return this.db.prepare(sql).all(...params, limit, offset) as EventRow[];
  }

  private seqRange(desc: boolean, offset: number, limit: number): EventRow[] {
    const max = this.maxSeq.get() as number;
    const [lo, hi] = desc ? [max - offset - limit + 1, max - offset] : [offset + 1, offset + limit];
    const sql = `SELECT * FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq ${desc ? 'DESC' : 'ASC'}`;
    return this.db.prepare(sql).all(Math.max(lo, 1), Math.min(hi, max)) as EventRow[];
  }

  /** Keyset page by time: rows strictly after `position` in the given direction. Stable under inserts. */
  after(filter: EventFilter, desc: boolean, position: Position | null, limit: number): EventRow[] {
    const { where, params } = whereOf(filter);
    const op = desc ? '<' : '>';
    const key = position ? `(created, seq) ${op} (?, ?)` : '';
    const clause = [where.replace(/^WHERE /, ''), key].filter((s) => s !== '').join(' AND ');
    const sql = `SELECT * FROM events ${clause ? `WHERE ${clause}` : ''} ${orderOf({ column: 'created', desc })} LIMIT ?`;
    const keyParams = position ? [position.created, position.seq] : [];
    return this.db.prepare(sql).all(...params, ...keyParams, limit) as EventRow[];
  }

  /** Counts per (action, bucket start) for non-empty buckets, oldest first. */
  volume(filter: EventFilter, bucketMs: number): Array<{ action: string; bucket: number; count: number }> {
    const { where, params } = whereOf(filter);
    // With only time and action constraints the (created, action) index covers the scan; the
    // planner would otherwise pick the narrower created index and read every row.
    const coveringOnly = Object.entries(filter).every(([k, v]) => v === undefined || ['actions', 'from', 'to'].includes(k));
    const source = coveringOnly ? 'events INDEXED BY events_created_action' : 'events';
    const sql = `SELECT action, (created / CAST(? AS INTEGER)) * CAST(? AS INTEGER) AS bucket, COUNT(*) AS count FROM ${source} ${where}
      GROUP BY bucket, action ORDER BY bucket, action`;
    return this.db.prepare(sql).all(bucketMs, bucketMs, ...params) as Array<{ action: string; bucket: number; count: number }>;
  }

  /** authentik's `top_per_user`: events of `action` grouped by authorized application. */
  topApplications(action: string, topN: number): Array<{ application: string; counted_events: number; unique_users: number }> {
    const sql = `SELECT json_extract(MIN(context_json), '$.authorized_application') AS application, COUNT(*) AS counted_events,
      COUNT(DISTINCT username) AS unique_users FROM events WHERE action = ? AND authorized_app IS NOT NULL
      GROUP BY authorized_app ORDER BY counted_events DESC, authorized_app LIMIT ?`;
    return this.db.prepare(sql).all(action, topN) as Array<{ application: string; counted_events: number; unique_users: number }>;
  }
}
