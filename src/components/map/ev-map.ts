import { define } from '../../base/define.js';
import { EvMap } from './map.js';

export { EvMap };

define('ev-map', EvMap);

declare global {
  interface HTMLElementTagNameMap {
    'ev-map': EvMap;
  }
}
