/**
 * Whether a `YYYY-MM-DD…` text names a day its month has. `Date.parse` takes the 1st to the 31st
 * of every month and rolls the rest over ("2026-02-30" is 2 March, "2026-02-29" 1 March), so a
 * time that reads fine can stand for another day than it says. The date alone, read as UTC
 * midnight (years 0–99 as written), must come back as the same day; `toJSON` gives null (no
 * throw) for no date at all (month 13, day 00). Small on purpose: the bell's bundle carries it.
 */
export const isCalendarDay = (text: string): boolean => {
  const day = text.slice(0, 10);
  return !!new Date(day).toJSON()?.startsWith(day);
};
