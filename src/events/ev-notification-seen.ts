import type { EventNotification } from '../client/types.js';

export interface EvNotificationSeenDetail {
  /** The notifications now marked seen on the server (for mark-all: the ones loaded here). */
  notifications: EventNotification[];
  /** True for "mark all as read". */
  all: boolean;
}

/** Fired when the server has confirmed that notifications the user marked are seen. */
export class EvNotificationSeenEvent extends CustomEvent<EvNotificationSeenDetail> {
  static readonly eventName = 'ev-notification-seen' as const;
  constructor(detail: EvNotificationSeenDetail) {
    super(EvNotificationSeenEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-notification-seen': EvNotificationSeenEvent;
  }
}
