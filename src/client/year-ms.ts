/**
 * The rule for "is this a time" without `isoMs`'s fast path, small enough for the notification
 * bell's bundle: `Date.parse` of a string with a year (4 digits; digits alone only those 4), NaN
 * for anything else: no string (null, a number), and strings V8 reads as dates of its own making
 * ("5" as May 2001, "12.5" as 5 December 2001, "99999" as the year 99999). `isoMs` gives the same
 * for every value, only faster for the usual `YYYY-MM-DDTHH:MM:SS(.fff)Z`.
 */
export const yearMs = (text: unknown): number =>
  Date.parse(typeof text == 'string' && /\d{4}/.test(text) && !/^\s*\d{5,}\s*$/.test(text) ? text : '');
