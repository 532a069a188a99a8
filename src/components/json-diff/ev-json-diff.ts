import { define } from '../../base/define.js';
import { EvJsonDiff } from './json-diff.js';

export { EvJsonDiff };

define('ev-json-diff', EvJsonDiff);

declare global {
  interface HTMLElementTagNameMap {
    'ev-json-diff': EvJsonDiff;
  }
}
