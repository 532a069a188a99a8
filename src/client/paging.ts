/**
 * The page size every client asks for and reports (in-memory, authentik, mapped), so a careless
 * `pageSize` (an attribute left at 0, a computed 2.5) gives the same page from every source.
 */
import { EventsHttpError } from './errors.js';
import type { Page } from './types.js';

/** Page size when none is asked for (authentik's default). */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page asked for unless a source declares its own limit (the reference server's and the in-memory client's). */
export const MAX_PAGE_SIZE = 1000;

/**
 * The page size to ask for: missing or NaN → 20; otherwise rounded down to a whole number and
 * clamped to 1..`max` (0 and negatives → 1). Servers would answer 0, negatives and fractions
 * with their default or an HTTP 400; the in-memory client gave one item.
 */
export function pageSizeOf(requested: number | undefined, max = MAX_PAGE_SIZE): number {
  const size = Number(requested);
  if (requested === undefined || requested === null || Number.isNaN(size)) return DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.min(Math.floor(size), Math.floor(max)));
}

/**
 * The page of a list known to be empty without asking the server: page 1 with no items; any
 * other page is beyond the last (HTTP 404 "Invalid page.", as the server and the in-memory client answer).
 */
export function emptyPage<T>(page: number | undefined, pageSize: number): Page<T> {
  if ((page ?? 1) !== 1) throw new EventsHttpError(404, 'Invalid page.');
  return { items: [], total: 0, page: 1, pageSize, next: null, previous: null };
}
