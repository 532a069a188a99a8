/**
 * An event's or a notification's time (`created`, `expires`) as the views show it. Unvalidated
 * sources (a memory client, `.events`, mapped REST APIs) can hand over a number (epoch ms or s),
 * a numeric string, words, an object or null. A time is what `isoMs` reads as one, as the
 * filters, the volume chart's bars and the memory adapter read it; anything else is no time, and
 * a view shows its own "time unknown" wording for it: never the raw value, nor a date made of it.
 */
import { isoMs } from '../client/filter-match.js';

export interface EventTime {
  /** The instant, in epoch milliseconds: format this (every text of the time agrees). */
  ms: number;
  /** The value as given, for `<time datetime>`. */
  iso: string;
}

/** The instant of `value` in epoch milliseconds (`eventTime(value).ms`), or NaN when it is no time: for ranking many events without an object each. */
export const eventMs: (value: unknown) => number = isoMs;

/** The time of `value`, or undefined when it is no time. */
export function eventTime(value: unknown): EventTime | undefined {
  const ms = eventMs(value);
  return Number.isNaN(ms) ? undefined : { ms, iso: value as string };
}
