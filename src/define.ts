/**
 * Registers every event-elements custom element. Import once per page:
 *
 *   import 'event-elements/define.js';
 */
import './components/source/ev-source.js';
import './components/volume-chart/ev-volume-chart.js';
import './components/json-diff/ev-json-diff.js';
import './components/detail/ev-detail.js';
import './components/log/ev-log.js';
import './components/map/ev-map.js';
import './components/notification-bell/ev-notification-bell.js';
