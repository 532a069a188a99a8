import { define } from '../../base/define.js';
import { EvSource } from './source.js';

export { EvSource };

define('ev-source', EvSource);

declare global {
  interface HTMLElementTagNameMap {
    'ev-source': EvSource;
  }
}
