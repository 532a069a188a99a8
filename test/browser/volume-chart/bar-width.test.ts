// Bars coarser than the 30-day step are whole days, so the label reads "Bars of 2,435 days", not
// "Bars of 58,428 hours" (a multiple of the server's 6-hour bucket).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { VolumeBucket } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { text } from './helpers.js';

describe('<ev-volume-chart> bar width over thousands of years', () => {
  it('says whole days', async () => {
    const buckets: VolumeBucket[] = [
      { action: 'login', time: '0001-01-01T00:00:00.000Z', count: 1 },
      { action: 'login', time: '9999-01-01T00:00:00.000Z', count: 2 },
    ];
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="en" time-zone="UTC" style="width: 640px" max-bars="1500" .buckets=${buckets} bucket-ms="21600000"></ev-volume-chart>`);
    await el.updateComplete;
    // 9,998 years and 6 hours over at most 1,500 bars: 2,434.46 days, so 2,435 days each.
    expect(text(el, '[part=bucket-label]')).to.equal('Bars of 2,435 days (server buckets: 6 hours)');
    await expect(el).to.be.accessible();
  });
});
