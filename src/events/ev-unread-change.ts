export interface EvUnreadChangeDetail {
  /** The unread count now shown. */
  unread: number;
  /** The count shown before, or null when this is the first known count. */
  previous: number | null;
}

/** Fired when the unread count shown by a bell changes (including the first count). */
export class EvUnreadChangeEvent extends CustomEvent<EvUnreadChangeDetail> {
  static readonly eventName = 'ev-unread-change' as const;
  constructor(detail: EvUnreadChangeDetail) {
    super(EvUnreadChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-unread-change': EvUnreadChangeEvent;
  }
}
