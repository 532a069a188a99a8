/**
 * The bars `<ev-volume-chart>` shows and their totals: built from given buckets or from an
 * answer (plus the live events the answer does not have), live events counted in place, and the
 * totals of the visible actions recomputed when the counts or the hidden actions change.
 */
import { EventsValidationError } from '../../client/errors.js';
import { isoMs } from '../../client/filter-match.js';
import { array, count, fail, object } from '../../client/validate.js';
import type { EventFilter, EventRecord, VolumeBucket, VolumeResult } from '../../client/types.js';
import { type InFlight, InFlightEvents } from './volume-inflight.js';
import { type ActionKey, type VolumeModel, type VolumeStats, addEvent, keysText, statsOf } from './volume-model.js';
import { CALENDAR, modelFromBuckets, modelFromResult } from './volume-window.js';

/**
 * The first bucket that is no bucket of events, as a typed error naming it: a `time` that is no
 * date (what `isoMs` cannot read: 'yesterday', '', 42, null; the bars would drop it silently), or a
 * `count` that is no event count: not a whole number from 0 to `Number.MAX_SAFE_INTEGER`
 * (Infinity, NaN, negative, fractional, not a number, or so large that sums are no longer exact
 * and may overflow to Infinity), or an `action` that is no string (a number, null, an object: the
 * chart would name it "Unnamed action" and filter by it). Any string is an action, '' included.
 * Hand-given buckets and a client's answer are checked alike.
 */
export function invalidBucket(buckets: readonly VolumeBucket[]): EventsValidationError | undefined {
  return validationOf(() =>
    array(buckets, 'buckets').forEach((raw, i) => {
      const b = object(raw, `buckets[${i}]`);
      if (typeof b.action !== 'string') fail(`buckets[${i}].action`, 'a string');
      if (Number.isNaN(isoMs(b.time))) fail(`buckets[${i}].time`, 'an ISO 8601 date');
      // The client's own rule for a server's counts (`count`), so both fail alike.
      count(b.count, `buckets[${i}].count`);
    }),
  );
}

/** The validation error `check` throws (undefined when it passes); any other error is thrown on. */
function validationOf(check: () => void): EventsValidationError | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof EventsValidationError) return error;
    throw error;
  }
}

/** A date of the answer's window: ISO 8601, in the years 1 to 9999 (the calendar a window may cover). */
const onCalendar = (ms: number): boolean => ms >= CALENDAR.since - 86_400_000 && ms <= CALENDAR.until + 86_400_000;

/**
 * What in a client's answer is no answer for bars, as a typed error naming it: a `since` that is no
 * date, an `until` that is no date after `since` (the bars would start at NaN: "Bars of NaN
 * minutes", "Shown from NaN", no bars), a `bucketMs` that is no whole number of milliseconds from
 * 1 to `until − since`, or a bad bucket (`invalidBucket`). A custom client's answers are not
 * validated by the client (the authentik client makes its own `since` / `until`).
 */
export function invalidAnswer(result: VolumeResult): EventsValidationError | undefined {
  const badWindow = validationOf(() => {
    const answer = object(result, 'answer');
    const since = isoMs(answer.since);
    const until = isoMs(answer.until);
    if (!onCalendar(since)) fail('since', 'an ISO 8601 date');
    if (!onCalendar(until) || until <= since) fail('until', 'an ISO 8601 date after since');
    const width = answer.bucketMs;
    if (typeof width !== 'number' || !Number.isSafeInteger(width) || width < 1 || width > until - since) fail('bucketMs', 'a whole number of milliseconds from 1 to until − since');
  });
  return badWindow ?? invalidBucket(result.buckets);
}

/** The bars moved from `start` with bars of `bucketMs` to `model` (a slide, new data). */
export type MovedBars = (start: number, bucketMs: number, model: VolumeModel) => void;

export class VolumeBars {
  model?: VolumeModel;
  stats?: VolumeStats;
  /** Changes with the counts and with the hidden actions (what the totals depend on). */
  statsKey = '';
  hidden: ReadonlySet<ActionKey> = new Set();
  /** Bars live events changed since the data table was last written (undefined: rewrite all). */
  changedBars?: Set<number>;
  /** Where the bars start when the answer stopped short of the window's start (the client drops the oldest buckets beyond 10,000). */
  cutFrom?: number;
  /** The hand-given buckets (`invalid`) or the last answer (`badAnswer`) have a bucket that is no bucket of events: no bars, this error instead. */
  invalid?: EventsValidationError;
  badAnswer?: EventsValidationError;
  /** Which live events an answer has, and the ones to count again on top of it. */
  readonly inflight = new InFlightEvents();
  #bucketsKey?: unknown[];
  readonly #moved: MovedBars;

  constructor(moved: MovedBars) {
    this.#moved = moved;
  }

  /**
   * Bars from given buckets, rebuilt only when one of their inputs changed; returns `invalid` only
   * when it is new: bad data is checked (and reported) once per array, not again for every change
   * of the bar width, `max-bars` or the actions while it is still shown.
   */
  fromBuckets(buckets: VolumeBucket[], bucketMs: number | undefined, maxBars: number, actions: readonly string[] | undefined): EventsValidationError | undefined {
    const key = [buckets, bucketMs, maxBars, actions?.join('\n')];
    const old = this.#bucketsKey;
    if (old && key.every((v, i) => v === old[i])) return undefined;
    this.#bucketsKey = key;
    const fresh = old?.[0] !== buckets;
    if (fresh) this.invalid = invalidBucket(buckets);
    if (!this.invalid) this.#replace(modelFromBuckets(buckets, bucketMs, maxBars, actions));
    else [this.model, this.stats, this.statsKey] = [undefined, undefined, ''];
    return fresh ? this.invalid : undefined;
  }

  /**
   * The answer replaces the bars, plus the live events that came while it was on its way and are
   * not in it. `slides`: live events slide the window forward (preset ranges). An answer with a bad
   * bucket or window (a custom client's: nothing validated it) gives no bars: it is returned (`badAnswer`).
   */
  settle(answer: { result: VolumeResult; request: InFlight; asked?: string }, view: { maxBars: number; actions?: readonly string[]; filter: EventFilter; until: number; slides: boolean }): EventsValidationError | undefined {
    const { result, request, asked } = answer;
    this.badAnswer = invalidAnswer(result);
    if (this.badAnswer) {
      // As for a failed request: the bars shown stay (under the error, and while the retry loads).
      this.inflight.cancel();
      return this.badAnswer;
    }
    const model = modelFromResult(result, view.maxBars, view.actions, view.until);
    this.cutFrom = isoMs(result.since) > Date.parse(asked ?? '') ? model.start : undefined;
    for (const event of this.inflight.settle(request, view.filter)) addEvent(model, event.action, isoMs(event.created), view.slides);
    this.changedBars = undefined;
    this.#replace(model);
    return undefined;
  }

  /** Counts one live event in place (unless the answer shown has it), and keeps it for the next answer; true when a bar changed. */
  place(event: EventRecord, slides: boolean): boolean {
    const fresh = this.inflight.add(event);
    const model = this.model;
    if (!fresh || !model) return false;
    const start = model.start;
    const bar = addEvent(model, event.action, isoMs(event.created), slides);
    if (bar < 0) return false;
    if (model.start === start) (this.changedBars ??= new Set()).add(bar);
    else this.#moved(start, model.bucketMs, model);
    return true;
  }

  /** Recomputes the totals when the counts or the hidden actions changed; true when it did. */
  refresh(): boolean {
    const model = this.model;
    if (!model) return false;
    const key = `${model.version}|${keysText(this.hidden)}`;
    if (key === this.statsKey) return false;
    this.stats = statsOf(model, this.hidden);
    this.statsKey = key;
    return true;
  }

  #replace(model: VolumeModel): void {
    const old = this.model;
    this.model = model;
    if (old) this.#moved(old.start, old.bucketMs, model);
  }
}
