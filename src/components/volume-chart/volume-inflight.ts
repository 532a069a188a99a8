/**
 * Which live events a volume answer already counts. A request asks up to its `until`, and the
 * server counts exactly the events created before it, provided that moment is not in the
 * server's future. Events carry the server's clock, the request the browser's: each live event
 * gives a lower bound of the server's clock offset (`created` minus the moment it arrived; the
 * stream's delay only makes it smaller), and the request's `until` is pulled back by it, never
 * past the server's now. Then:
 * - an event created before the answered `until` is in the answer: its (late) message adds nothing;
 * - one created at or after it is not: counted again when the answer replaces the bars, whether
 *   its message came while the request was in flight or just before it was sent.
 * Before any live event it learns from (below) the offset is unknown and the clocks are taken to
 * agree; an event is then skipped only when the offset learnt since proves it was in the answer.
 * Every live event is kept, whether the filter shown counts it or not: the filter may change
 * before the next answer, and each answer takes the kept events its own filter lets through.
 * The offset learns only from events near the browser's clock: at most `MAX_CLOCK_LEAD_MS` ahead
 * and `MAX_CLOCK_LAG_MS` behind. A server clock further ahead is not believed (a bad clock, or a
 * time passed through from untrusted data): one bogus event would stop pulling requests back for
 * a server that is behind, and make the chart take genuine events for already counted. An event
 * from longer ago is not news of the server's clock (a replayed or back-dated event): as the
 * first live event after a load it would pull the next request's `until` back that far (the bars
 * since then empty) and have a replay of an event the answer has counted again. Such an event is
 * judged like any other: one created before the answer's `until` is taken to be in it (a
 * back-dated event new to the server then shows with the next load), one before the bars is not counted.
 * Which live events the chart counts at all: a valid time at most `MAX_CLOCK_LEAD_MS` ahead of
 * the server's clock as estimated (`believes`). A later one is neither counted nor kept: no
 * answer asked up to the server's now has it, so counting it on top of each answer made the
 * totals differ from the server's, and a server that counts what it has regardless of `until`
 * (stock authentik) has it in its answer: it was counted twice. The next load decides. A live
 * event thus slides a preset window at most 30 minutes past the browser's clock (both bounds).
 */
import { isoMs } from '../../client/filter-match.js';
import type { EventFilter, EventRecord } from '../../client/types.js';
import { liveMatch } from './live-match.js';

/** Live events kept for the next answer at most (their arrival order; the oldest go first). */
const KEEP = 10_000;

/** How far the server's clock may be believed to be ahead of the browser's (ms). */
export const MAX_CLOCK_LEAD_MS = 15 * 60_000;

/** How far the server's clock may be believed to be behind the browser's (ms; with the stream's delay). */
export const MAX_CLOCK_LAG_MS = 15 * 60_000;

/** One request: the `until` it asked for and the browser's clock when it was sent (ms). */
export interface InFlight {
  readonly until: number;
  readonly sent: number;
}

export class InFlightEvents {
  /** Lower bound of server clock minus browser clock (ms), once a live event has arrived. */
  #offset?: number;
  /** Live events an answer may lack (created at or after the `until` of any request yet to answer). */
  #kept: { event: EventRecord; created: number }[] = [];
  #pruneAt = 256;
  #current?: InFlight;
  /** The answer shown. */
  #answered?: InFlight;
  #owner?: unknown;

  /**
   * How far to pull the `until` of a request to `client` back from the browser's now, so it is
   * never past the server's now (ms, ≤ 0). A different client has its own clock and answers.
   */
  leadFor(client: unknown): number {
    if (client !== this.#owner) {
      this.#owner = client;
      this.#offset = undefined;
      this.#kept = [];
      this.#current = this.#answered = undefined;
    }
    return this.#lead;
  }

  get #lead(): number {
    return Math.min(0, this.#offset ?? 0);
  }

  /** A request is sent, up to `until` (ISO). */
  start(until: string, now = Date.now()): InFlight {
    this.#current = { until: isoMs(until), sent: now };
    this.#prune(now);
    return this.#current;
  }

  /**
   * Whether the chart believes a live event's time at browser time `now`: a valid date at most
   * `MAX_CLOCK_LEAD_MS` ahead of the server's clock (the browser's until an event taught the offset).
   */
  believes(event: EventRecord, now = Date.now()): boolean {
    const created = typeof event.created === 'string' ? isoMs(event.created) : NaN;
    return created - now - (this.#offset ?? 0) <= MAX_CLOCK_LEAD_MS;
  }

  /** A live event arrived (matching the filter or not): false when the answer shown already has it, if it matches. */
  add(event: EventRecord, now = Date.now()): boolean {
    const created = isoMs(event.created);
    if (!Number.isFinite(created)) return true;
    const offset = created - now;
    if (offset <= MAX_CLOCK_LEAD_MS && offset >= -MAX_CLOCK_LAG_MS) this.#offset = Math.max(this.#offset ?? -Infinity, offset);
    const answered = this.#answered;
    // Certainly in the answer: before its `until`, and before the server's clock when it was asked.
    if (answered && created < Math.min(answered.until, answered.sent + this.#lead)) return false;
    this.#kept.push({ event, created });
    if (this.#kept.length >= this.#pruneAt) this.#prune(now);
    return true;
  }

  /** The request failed or was aborted: the bars shown stay. */
  cancel(): void {
    this.#current = undefined;
  }

  /** The answer of `request` came: the live events it cannot have that still match the filter. */
  settle(request: InFlight, filter: EventFilter): EventRecord[] {
    if (this.#current === request) this.#current = undefined;
    this.#answered = request;
    return this.#kept.filter((k) => k.created >= request.until && liveMatch(k.event, filter) === true).map((k) => k.event);
  }

  /**
   * Forgets the events no answer can lack: created before the `until` of the request in flight,
   * or, with none, before any later request's (`now` pulled back by the offset, which only grows).
   */
  #prune(now: number): void {
    const floor = Math.min(this.#current?.until ?? Infinity, now + this.#lead);
    this.#kept = this.#kept.filter((k) => k.created >= floor).slice(-KEEP);
    this.#pruneAt = Math.max(256, this.#kept.length * 2);
  }
}
