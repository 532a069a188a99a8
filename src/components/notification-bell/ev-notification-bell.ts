import { define } from '../../base/define.js';
import { EvNotificationBell } from './notification-bell.js';

export { EvNotificationBell };

define('ev-notification-bell', EvNotificationBell);

declare global {
  interface HTMLElementTagNameMap {
    'ev-notification-bell': EvNotificationBell;
  }
}
