/**
 * Registers every event-elements custom element. Import once per page:
 *
 *   import 'event-elements/define.js';
 */
import './components/source/ev-source.js';
import './components/map/ev-map.js';
