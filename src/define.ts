/**
 * Registers every event-elements custom element. Import once per page:
 *
 *   import 'event-elements/define.js';
 */
import './components/source/ev-source.js';
import './components/notification-bell/ev-notification-bell.js';
