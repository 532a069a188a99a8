import { define } from '../../base/define.js';
import '../json-diff/ev-json-diff.js';
import { EvDetail } from './detail.js';

export { EvDetail };

define('ev-detail', EvDetail);

declare global {
  interface HTMLElementTagNameMap {
    'ev-detail': EvDetail;
  }
}
