import { define } from '../../base/define.js';
import { EvVolumeChart } from './volume-chart.js';

export { EvVolumeChart };

define('ev-volume-chart', EvVolumeChart);

declare global {
  interface HTMLElementTagNameMap {
    'ev-volume-chart': EvVolumeChart;
  }
}
