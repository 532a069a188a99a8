/**
 * Export of a whole result set to CSV or JSON, fetched page by page (so a large export never
 * holds one giant response), reporting progress, cancelled through an AbortSignal. CSV cells
 * are made formula-safe: a spreadsheet must never evaluate attacker-controlled text.
 */
import { EventsAbortedError } from '../../client/errors.js';
import type { EventRecord, JsonValue } from '../../client/types.js';
import type { PageFetcher } from './row-cache.js';
import { formatWall, formatWallOffset, zoneName } from './zone.js';

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  format: ExportFormat;
  fetch: PageFetcher;
  /** Time-zone setting of the timestamp column. */
  timeZone: string;
  /** Stop after this many events. */
  limit: number;
  pageSize?: number;
  signal: AbortSignal;
  onProgress?: (done: number, total: number | null) => void;
}

export interface ExportResult {
  blob: Blob;
  count: number;
  truncated: boolean;
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection), after any leading blanks. */
// eslint-disable-next-line no-control-regex -- control characters before a trigger must not hide it
const FORMULA_START = /^[\s\u0000-\u001f]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A cell value a spreadsheet shows as text: a leading `'` before formula triggers. */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: formula-safe, always quoted, quotes doubled. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${formulaSafe(text).replace(/"/g, '""')}"`;
}

function geo(event: EventRecord): Record<string, JsonValue> | undefined {
  const g = event.context?.geo;
  return typeof g === 'object' && g !== null && !Array.isArray(g) ? g : undefined;
}

const text = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The CSV header; the timestamp column names its time zone (its values carry the UTC offset, see `csvRow`). */
export function csvHeader(timeZone: string): string {
  return [
    'pk',
    `created (${zoneName(timeZone)})`,
    'created_iso',
    'action',
    'app',
    'username',
    'on_behalf_of',
    'authenticated_as',
    'client_ip',
    'city',
    'country',
    'brand',
    'context',
  ]
    .map(csvCell)
    .join(',');
}

/** One event as a CSV line; the timestamp is wall-clock time in the zone with its UTC offset (`2026-10-25 02:30:00 +02:00`), empty when `created` is no time (`created_iso` keeps it as given). */
export function csvRow(event: EventRecord, timeZone: string): string {
  const g = geo(event);
  return [
    event.pk,
    formatWallOffset(event.created, timeZone),
    event.created,
    event.action,
    event.app,
    event.user?.username,
    event.user?.on_behalf_of?.username,
    event.user?.authenticated_as?.username,
    event.client_ip,
    text(g?.city),
    text(g?.country),
    event.brand?.name,
    JSON.stringify(event.context ?? {}),
  ]
    .map((v) => csvCell(v))
    .join(',');
}

/** Fetches every page of the result set (up to `limit`) and builds the file. */
export async function exportEvents(options: ExportOptions): Promise<ExportResult> {
  const { format, signal, limit, timeZone } = options;
  const pageSize = options.pageSize ?? 500;
  const parts: string[] = [];
  if (format === 'csv') parts.push(`\uFEFF${csvHeader(timeZone)}\r\n`);
  else parts.push('[\n');
  let count = 0;
  let total: number | null = null;
  let truncated = false;
  for (let page = 1; ; page++) {
    if (signal.aborted) throw new EventsAbortedError();
    const result = await options.fetch(page, pageSize, signal);
    if (signal.aborted) throw new EventsAbortedError();
    if (total === null && result.total !== null) total = Math.min(result.total, limit);
    const room = limit - count;
    const items = result.items.length > room ? result.items.slice(0, room) : result.items;
    if (format === 'csv') parts.push(items.map((e) => `${csvRow(e, timeZone)}\r\n`).join(''));
    else parts.push(items.map((e, k) => `${count + k === 0 ? '' : ',\n'}${JSON.stringify(e)}`).join(''));
    count += items.length;
    options.onProgress?.(count, total);
    if (count >= limit) {
      truncated = result.next !== null || result.items.length > items.length;
      break;
    }
    if (result.next === null || result.items.length === 0) break;
    // Yield between pages so a long export never blocks input.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (format === 'json') parts.push('\n]\n');
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  return { blob: new Blob(parts, { type }), count, truncated };
}

/** `events-20261120-130509.csv` in the given zone. */
export function exportFilename(format: ExportFormat, timeZone: string, now = new Date()): string {
  const stamp = formatWall(now.toISOString(), timeZone).replace(/[-:]/g, '').replace(' ', '-');
  return `events-${stamp}.${format}`;
}

/** Starts a browser download of the blob (a temporary object URL on an `<a download>`). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
