/**
 * Counts in page-supplied `.buckets` (not validated by a client) that are no event count:
 * Infinity, NaN, negative, fractional, not a number, or so large that sums stop being exact (and
 * overflow to Infinity). The chart shows a typed error naming the first bad bucket and what was expected there (as an invalid
 * answer from a server), fires `ev-error`, and never says "∞ events".
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { EventsValidationError } from '../../../src/client/errors.js';
import type { VolumeBucket } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { hourly, text } from './helpers.js';

const START = Date.parse('2026-11-01T00:00:00Z');

function buckets(bad: unknown): VolumeBucket[] {
  const out = hourly(START, ['login', 'logout'], [
    [3, 1],
    [2, 0],
    [4, 2],
  ]);
  out[3] = { ...out[3]!, count: bad as number };
  return out;
}

describe('<ev-volume-chart> invalid counts in .buckets', () => {
  for (const [name, bad] of [
    ['Infinity', Infinity],
    ['NaN', NaN],
    ['negative', -5],
    ['fractional', 2.5],
    ['a string', '7'],
    ['past exact whole numbers', 2 ** 53],
    ['1e308 (sums overflow)', 1e308],
  ] as const) {
    it(`${name}: an error naming the bucket, no "∞", no chart`, async () => {
      const el = document.createElement('ev-volume-chart');
      const errored = oneEvent(el, 'ev-error');
      el.buckets = buckets(bad);
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      const { detail } = await errored;
      expect(detail.error).to.be.instanceOf(EventsValidationError);
      expect(detail.operation).to.equal('buckets');
      await waitUntil(() => el.matches(':state(error)'), 'error state');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[part=error]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(el, '[part=error]')).to.equal('The volume data given to the chart is invalid. Unexpected value at buckets[3].count: expected a whole number of events (0 or more).');
      expect(el.shadowRoot!.textContent).not.to.contain('∞');
      expect(el.shadowRoot!.querySelector('[part=summary]'), 'no summary').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=retry-button]'), 'trying again cannot help: no retry').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('valid buckets handed in next show the chart again', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets(Infinity)}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(error)'), 'error state');
    el.buckets = buckets(1);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    expect(text(el, '[part=summary]')).to.match(/^13 events/);
    await expect(el).to.be.accessible();
  });

  it('zero counts are fine (an empty chart, no error)', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${hourly(START, ['login'], [[0], [0]])}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(empty)'), 'empty state');
  });
});
