export interface EvRangeSelectDetail {
  /** ISO 8601 start of the selected range (inclusive), or null when the range was cleared. */
  since: string | null;
  /** ISO 8601 end of the selected range (exclusive), or null when the range was cleared. */
  until: string | null;
  /** The action of the clicked bar segment, or null for a whole bar or a dragged range. */
  action: string | null;
  /** How the range was chosen. */
  trigger: 'click' | 'drag' | 'keyboard' | 'clear';
}

/**
 * Fired by `<ev-volume-chart>` when the user selects a time range (a bar, a segment, a dragged
 * span) or clears it. Cancelable: `preventDefault()` keeps the shared filter unchanged.
 */
export class EvRangeSelectEvent extends CustomEvent<EvRangeSelectDetail> {
  static readonly eventName = 'ev-range-select' as const;
  constructor(detail: EvRangeSelectDetail) {
    super(EvRangeSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-range-select': EvRangeSelectEvent;
  }
}
