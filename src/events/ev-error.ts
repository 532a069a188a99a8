import type { EventsApiError } from '../client/errors.js';

export interface EvErrorDetail {
  /** The typed client error; switch on `error.kind`. */
  error: EventsApiError;
  /** What the element was doing, e.g. `list-events`. */
  operation: string;
}

/** Fired when an element's request fails (never for aborted requests). */
export class EvErrorEvent extends CustomEvent<EvErrorDetail> {
  static readonly eventName = 'ev-error' as const;
  constructor(detail: EvErrorDetail) {
    super(EvErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-error': EvErrorEvent;
  }
}
