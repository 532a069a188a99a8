import { define } from '../../base/define.js';
import { EvLog } from './log.js';

export { EvLog };

define('ev-log', EvLog);

declare global {
  interface HTMLElementTagNameMap {
    'ev-log': EvLog;
  }
}
