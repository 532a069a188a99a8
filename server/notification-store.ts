/**
 * Notification queries. There are only a few hundred rows, so plain SQL without caching.
 */
import { notificationInserter, type Db, type NotificationRow } from './db.js';

export interface NotificationFilter {
  seen?: boolean;
  severity?: string;
  /** Case-insensitive substring of the body. */
  search?: string;
  /** Exact body (authentik's `body` filter). */
  body?: string;
  /** Linked event pk (authentik's `event` filter). */
  eventPk?: string;
  /** Strictly newer than this (ms). */
  after?: number;
}

export type NotificationOrderColumn = 'created' | 'severity' | 'seen';

export interface NotificationOrdering {
  column: NotificationOrderColumn;
  desc: boolean;
}

function whereOf(f: NotificationFilter): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.seen !== undefined) {
    parts.push('seen = ?');
    params.push(f.seen ? 1 : 0);
  }
  if (f.severity !== undefined) {
    parts.push('severity = ?');
    params.push(f.severity);
  }
  if (f.search) {
    parts.push(`body LIKE ? ESCAPE '\\'`);
    params.push(`%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (f.body !== undefined) {
    parts.push('body = ?');
    params.push(f.body);
  }
  if (f.eventPk !== undefined) {
    parts.push('event_pk = ?');
    params.push(f.eventPk);
  }
  if (f.after !== undefined) {
    parts.push('created > ?');
    params.push(f.after);
  }
  return { where: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Read and write access to the notifications table. */
export class NotificationStore {
  private readonly insertRow;

  constructor(private readonly db: Db) {
    this.insertRow = notificationInserter(db);
  }

  /** Inserts a live notification. */
  insert(row: NotificationRow): NotificationRow {
    row.seq = this.insertRow(row);
    return row;
  }

  /** Matching notifications count. */
  count(filter: NotificationFilter): number {
    const { where, params } = whereOf(filter);
    return this.db.prepare(`SELECT COUNT(*) FROM notifications ${where}`).pluck().get(...params) as number;
  }

  /** One offset page. */
  list(filter: NotificationFilter, ordering: NotificationOrdering, offset: number, limit: number): NotificationRow[] {
    const { where, params } = whereOf(filter);
    const dir = ordering.desc ? 'DESC' : 'ASC';
    const order = ordering.column === 'created' ? `created ${dir}, seq ${dir}` : `${ordering.column} ${dir}, created DESC, seq DESC`;
    return this.db.prepare(`SELECT * FROM notifications ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as NotificationRow[];
  }

  /** Keyset page, newest first, strictly older than `position`. */
  before(filter: NotificationFilter, position: { created: number; seq: number } | null, limit: number): NotificationRow[] {
    const { where, params } = whereOf(filter);
    const parts = [where.replace(/^WHERE /, ''), position ? '(created, seq) < (?, ?)' : ''].filter((s) => s !== '');
    const sql = `SELECT * FROM notifications ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY created DESC, seq DESC LIMIT ?`;
    return this.db.prepare(sql).all(...params, ...(position ? [position.created, position.seq] : []), limit) as NotificationRow[];
  }

  /** The notification with this pk, if any. */
  get(pk: string): NotificationRow | undefined {
    return this.db.prepare('SELECT * FROM notifications WHERE pk = ?').get(pk) as NotificationRow | undefined;
  }

  /** Sets `seen` on one notification; returns the updated row. */
  setSeen(pk: string, seen: boolean): NotificationRow | undefined {
    this.db.prepare('UPDATE notifications SET seen = ? WHERE pk = ?').run(seen ? 1 : 0, pk);
    return this.get(pk);
  }

  /** Marks every notification seen. */
  markAllSeen(): void {
    this.db.prepare('UPDATE notifications SET seen = 1 WHERE seen = 0').run();
  }

  /** Restores the generated seen-state. */
  resetSeen(): void {
    this.db.prepare('UPDATE notifications SET seen = seen_initial').run();
  }
}
