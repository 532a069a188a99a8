/**
 * The page size every client asks for and reports (in-memory, authentik, mapped), so a careless
 * `pageSize` (an attribute left at 0, a computed 2.5) gives the same page from every source.
 */
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

