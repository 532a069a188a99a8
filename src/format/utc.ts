/**
 * `Date.UTC` for every year as written: `Date.UTC` reads the years 0–99 as 1900–1999 (so the
 * year 50 would be 1950, and 1900's missing leap day would stand for the year 0's). `month` is
 * 0-based and may overflow like `Date.UTC`'s (day 0 is the previous month's last day).
 */
export function utcMs(year: number, month: number, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  // Outside 0–99 `Date.UTC` is the same, without a Date made per call (the map reads 100,000 times as data comes in).
  if (!(year >= 0 && year < 100)) return Date.UTC(year, month, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.setUTCHours(hours, minutes, seconds, ms);
}
