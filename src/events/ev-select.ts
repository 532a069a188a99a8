import type { EventRecord } from '../client/types.js';

export interface EvSelectDetail {
  /** The selected event. */
  event: EventRecord;
}

/** Fired when the user activates an event (a row, a map point, a notification's event). Cancelable. */
export class EvSelectEvent extends CustomEvent<EvSelectDetail> {
  static readonly eventName = 'ev-select' as const;
  constructor(detail: EvSelectDetail) {
    super(EvSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-select': EvSelectEvent;
  }
}
