/**
 * Whether a live event belongs to the current filter, decided in the browser (the live stream
 * carries every event): the client's filter semantics (`src/client/filter-match.ts`), the same
 * the memory adapter answers queries with, so the live tail keeps exactly what a reload would show.
 */
export { eventMatcher, matchesFilter } from '../../client/filter-match.js';
