/**
 * The live events that arrive while a volume request is in flight. Its answer replaces the bars,
 * and it was computed at some moment the chart cannot see: the request asks only up to the moment
 * it is sent (its `until`), so the events from that moment on are certainly not in it and are
 * counted again; the earlier ones certainly are.
 */
import { isoMs } from '../../client/filter-match.js';
import type { EventFilter, EventRecord } from '../../client/types.js';
import { liveMatch } from './live-match.js';

/** One request in flight: the `until` it was sent with (ms) and the live events meanwhile. */
export interface InFlight {
  readonly until: number;
  readonly events: EventRecord[];
}

export class InFlightEvents {
  #current?: InFlight;

  /** A request is sent, up to `until` (ISO): the live events from now on are kept for its answer. */
  start(until: string): InFlight {
    this.#current = { until: isoMs(until), events: [] };
    return this.#current;
  }

  /** A live event the chart counted. */
  add(event: EventRecord): void {
    this.#current?.events.push(event);
  }

  /** The request failed: nothing to keep. */
  cancel(): void {
    this.#current = undefined;
  }

  /** The answer of `request` came: the events it cannot have that still match the filter. */
  settle(request: InFlight, filter: EventFilter): EventRecord[] {
    if (this.#current === request) this.#current = undefined;
    return request.events.filter((event) => isoMs(event.created) >= request.until && liveMatch(event, filter) === true);
  }
}
