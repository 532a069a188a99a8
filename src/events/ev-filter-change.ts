import type { EventFilter } from '../client/types.js';

export interface EvFilterChangeDetail {
  /** The filter now in effect. */
  filter: EventFilter;
}

/** Fired by `<ev-source>` (and by elements used without one) when the shared filter changes. */
export class EvFilterChangeEvent extends CustomEvent<EvFilterChangeDetail> {
  static readonly eventName = 'ev-filter-change' as const;
  constructor(detail: EvFilterChangeDetail) {
    super(EvFilterChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-filter-change': EvFilterChangeEvent;
  }
}
