/**
 * Which columns are visible, persisted in localStorage under the element's `persist-key`.
 * Stored as JSON `{ "columns": [...] }`; anything unreadable falls back to every column.
 */
import { COLUMN_IDS, isColumnId } from './columns.js';
import type { LogColumnId } from './log.strings.js';

export function loadColumns(key: string | undefined): LogColumnId[] | undefined {
  if (!key) return undefined;
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { columns?: unknown };
    if (!Array.isArray(parsed.columns)) return undefined;
    const columns = COLUMN_IDS.filter((id) => (parsed.columns as unknown[]).includes(id));
    return columns.length ? columns : undefined;
  } catch {
    return undefined;
  }
}

export function saveColumns(key: string | undefined, columns: readonly LogColumnId[]): void {
  if (!key) return;
  try {
    localStorage.setItem(key, JSON.stringify({ columns }));
  } catch {
    // Storage full or blocked: the choice still applies to this page.
  }
}

/** Shows or hides one column, in the canonical order; the last visible column stays. */
export function toggleColumn(current: readonly LogColumnId[], id: LogColumnId, on: boolean): LogColumnId[] {
  const next = COLUMN_IDS.filter((c) => (c === id ? on : current.includes(c)));
  return next.length ? next : [...current];
}

export function sanitizeColumns(value: unknown): LogColumnId[] {
  if (!Array.isArray(value)) return [...COLUMN_IDS];
  const columns = COLUMN_IDS.filter((id) => value.some((v) => isColumnId(v) && v === id));
  return columns.length ? columns : [...COLUMN_IDS];
}
