import type { EventNotification } from '../client/types.js';

export interface EvNotificationClickDetail {
  /** The notification the user activated. */
  notification: EventNotification;
}

/**
 * Fired when the user activates a notification in `<ev-notification-bell>`. Cancelable: the
 * default marks it read and opens its link, or, without a link, fires `ev-select` with its event.
 */
export class EvNotificationClickEvent extends CustomEvent<EvNotificationClickDetail> {
  static readonly eventName = 'ev-notification-click' as const;
  constructor(detail: EvNotificationClickDetail) {
    super(EvNotificationClickEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ev-notification-click': EvNotificationClickEvent;
  }
}
