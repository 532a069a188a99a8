/**
 * Times a client hands the server (query times, an emitted `created`, `--now`): epoch ms of an
 * ISO 8601 date or date-time (`YYYY-MM-DD`, then what `Date.parse` reads), NaN for anything
 * else. `Date.parse` takes the 1st to the 31st of every month and rolls a day past the month's
 * end over ("2026-02-30" is 2 March, "2026-02-29" 1 March): such a day is NaN here, so the
 * server answers for the day it was asked or not at all. "24:00:00", the end of a day in
 * ISO 8601, is read as `Date.parse` reads it (the next day's 00:00).
 */
export function isoTimeMs(text: string): number {
  const day = /^\d{4}-\d\d-\d\d/.exec(text)?.[0];
  // The date alone, read as UTC midnight, comes back as the same day only if the month has it.
  return day !== undefined && new Date(day).toJSON()?.startsWith(day) ? Date.parse(text) : Number.NaN;
}
