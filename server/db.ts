/**
 * SQLite storage: schema, bulk loading, indexes, the meta table that records which generation
 * a database file holds, and the live log SSE replays from.
 *
 * Invariant the paging fast path relies on: event `seq` values are contiguous from 1 and
 * `created` never decreases with `seq` (the generator inserts in time order and live events
 * are stamped no earlier than the newest event).
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** One stored event; the JSON columns hold the serialised `user`, `brand` and `context`. */
export interface EventRow {
  seq?: number;
  pk: string;
  created: number;
  expires: number;
  action: string;
  app: string;
  username: string;
  client_ip: string | null;
  brand_name: string | null;
  model_app: string | null;
  model_name: string | null;
  model_pk: string | null;
  authorized_app: string | null;
  user_json: string;
  brand_json: string;
  context_json: string;
}

/** One stored notification. `generated` rows are restored by `/__control/reset`. */
export interface NotificationRow {
  seq?: number;
  pk: string;
  severity: string;
  body: string;
  hyperlink: string | null;
  hyperlink_label: string | null;
  created: number;
  event_pk: string | null;
  seen: number;
  seen_initial: number;
  generated: number;
}

export interface LiveLogRow {
  seq: number;
  kind: 'event' | 'notification';
  data: string;
}

/** Bumped whenever the generator's output changes, so old database files are re-seeded. */
export const SCHEMA_VERSION = '5';

/** SQL of a generated location column: the coordinate when both are numbers within range. */
function geoColumn(which: 'lat' | 'long'): string {
  const numeric = (key: string) => `json_type(context_json, '$.geo.${key}') IN ('integer', 'real')`;
  const lat = "json_extract(context_json, '$.geo.lat')";
  const long = "json_extract(context_json, '$.geo.long')";
  return `CASE WHEN ${numeric('lat')} AND ${numeric('long')} AND abs(${lat}) <= 90 AND abs(${long}) <= 180 THEN ${which === 'lat' ? lat : long} END`;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY,
  pk TEXT NOT NULL,
  created INTEGER NOT NULL,
  expires INTEGER NOT NULL,
  action TEXT NOT NULL,
  app TEXT NOT NULL,
  username TEXT NOT NULL,
  client_ip TEXT,
  brand_name TEXT,
  model_app TEXT,
  model_name TEXT,
  model_pk TEXT,
  authorized_app TEXT,
  user_json TEXT NOT NULL,
  brand_json TEXT NOT NULL,
  context_json TEXT NOT NULL,
  -- context.geo.lat / long when both are numbers in range (what clients plot), else NULL.
  geo_lat REAL GENERATED ALWAYS AS (${geoColumn('lat')}) VIRTUAL,
  geo_long REAL GENERATED ALWAYS AS (${geoColumn('long')}) VIRTUAL
);
CREATE TABLE IF NOT EXISTS notifications (
  seq INTEGER PRIMARY KEY,
  pk TEXT NOT NULL UNIQUE,
  severity TEXT NOT NULL,
  body TEXT NOT NULL,
  hyperlink TEXT,
  hyperlink_label TEXT,
  created INTEGER NOT NULL,
  event_pk TEXT,
  seen INTEGER NOT NULL,
  seen_initial INTEGER NOT NULL,
  generated INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS live_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, data TEXT NOT NULL);
`;

/** Created after the bulk insert: every filter and ordering the API offers has one. */
const INDEXES = `
CREATE UNIQUE INDEX IF NOT EXISTS events_pk ON events (pk);
CREATE INDEX IF NOT EXISTS events_created ON events (created);
CREATE INDEX IF NOT EXISTS events_created_action ON events (created, action);
CREATE INDEX IF NOT EXISTS events_action ON events (action, created);
CREATE INDEX IF NOT EXISTS events_username ON events (username, created);
CREATE INDEX IF NOT EXISTS events_client_ip ON events (client_ip, created);
CREATE INDEX IF NOT EXISTS events_brand ON events (brand_name, created);
CREATE INDEX IF NOT EXISTS events_app ON events (app, created);
CREATE INDEX IF NOT EXISTS events_model_pk ON events (model_pk) WHERE model_pk IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_model_name ON events (model_name, created) WHERE model_name IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_model_app ON events (model_app, created) WHERE model_app IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_authorized_app ON events (authorized_app, created) WHERE authorized_app IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_geo ON events (geo_lat, geo_long);
CREATE INDEX IF NOT EXISTS notifications_created ON notifications (created);
`;

/** Opens (or creates) a database file, or `:memory:`, with the schema in place. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.exec(SCHEMA);
  return db;
}

/** Reads the generation parameters a database was seeded with. */
export function readMeta(db: Db): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Empties every table (before re-seeding a file that holds another generation). */
export function clearDatabase(db: Db): void {
  db.exec('DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS notifications; DROP TABLE IF EXISTS live_log; DROP TABLE IF EXISTS meta;');
  db.exec(SCHEMA);
}

/** Writes rows fast: one transaction, prepared statements, no fsync; indexes come afterwards. */
export function bulkLoad(db: Db, fill: (insertEvent: (row: EventRow) => void, insertNotification: (row: NotificationRow) => void) => void): void {
  const insertEvent = eventInserter(db);
  const insertNotification = notificationInserter(db);
  db.pragma('synchronous = OFF');
  db.transaction(() => fill(insertEvent, insertNotification))();
  db.exec(INDEXES);
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('synchronous = NORMAL');
}

/** Records the generation parameters once seeding has completed. */
export function writeMeta(db: Db, meta: Record<string, string>): void {
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const [k, v] of Object.entries(meta)) put.run(k, v);
  })();
}

/** A function inserting one event row; returns its seq. */
export function eventInserter(db: Db): (row: EventRow) => number {
  const stmt = db.prepare(`INSERT INTO events (pk, created, expires, action, app, username, client_ip, brand_name, model_app,
    model_name, model_pk, authorized_app, user_json, brand_json, context_json) VALUES (@pk, @created, @expires, @action, @app,
    @username, @client_ip, @brand_name, @model_app, @model_name, @model_pk, @authorized_app, @user_json, @brand_json, @context_json)`);
  return (row) => Number(stmt.run(row).lastInsertRowid);
}

/** A function inserting one notification row. */
export function notificationInserter(db: Db): (row: NotificationRow) => number {
  const stmt = db.prepare(`INSERT INTO notifications (pk, severity, body, hyperlink, hyperlink_label, created, event_pk, seen,
    seen_initial, generated) VALUES (@pk, @severity, @body, @hyperlink, @hyperlink_label, @created, @event_pk, @seen,
    @seen_initial, @generated)`);
  return (row) => Number(stmt.run(row).lastInsertRowid);
}

/** The stored log of live items (kept to the newest `keep`), for SSE `Last-Event-ID` replay. */
export class LiveLog {
  private readonly insert;
  private readonly since;
  private readonly prune;

  constructor(
    db: Db,
    private readonly keep = 10_000,
  ) {
    this.insert = db.prepare('INSERT INTO live_log (kind, data) VALUES (?, ?)');
    this.since = db.prepare('SELECT seq, kind, data FROM live_log WHERE seq > ? ORDER BY seq');
    this.prune = db.prepare('DELETE FROM live_log WHERE seq <= ?');
  }

  /** Appends an item and returns its sequence number (monotonic, also across restarts of a file). */
  append(kind: LiveLogRow['kind'], data: string): number {
    const seq = Number(this.insert.run(kind, data).lastInsertRowid);
    if (seq % 500 === 0) this.prune.run(seq - this.keep);
    return seq;
  }

  /** Every stored item newer than `seq`, oldest first. */
  after(seq: number): LiveLogRow[] {
    return (this.since.all(seq) as LiveLogRow[]).slice(-this.keep);
  }
}
