/**
 * Hand-given buckets off the hour grid (e.g. hourly buckets at :30, from a server in a half-hour
 * zone or one that buckets from the query's start): the bars start where the buckets start.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { VolumeBucket } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { HOUR, canvasOf, hourly, parts, text } from './helpers.js';

/** 00:30 UTC. */
const T30 = Date.UTC(2026, 10, 1, 0, 30);

async function chart(buckets: VolumeBucket[], maxBars?: number) {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" .client=${undefined}>
    <ev-volume-chart lang="en-US" max-bars=${maxBars ?? 2000} .buckets=${buckets}></ev-volume-chart>
  </ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  await el.updateComplete;
  await el.tableComplete;
  return el;
}

function rows(el: EvVolumeChart): string[][] {
  return [...el.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].map((r) => [...r.children].map((c) => c.textContent!));
}

describe('<ev-volume-chart> buckets off the hour grid', () => {
  it('hourly buckets at :30 give bars from :30 to :30, labelled so', async () => {
    const el = await chart(hourly(T30, ['login', 'logout'], [[3, 1], [5, 0], [0, 2]]));
    expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['11/1/26, 12:30 AM', '4'],
      ['11/1/26, 1:30 AM', '5'],
      ['11/1/26, 2:30 AM', '2'],
    ]);
    expect(text(el, '[part=summary]')).to.contain('11/1/26, 12:30 – 3:30 AM');
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal('11/1/26, 12:30 – 1:30 AM: 4 events. Login 3, Logout 1.');
    expect(parts(el, 'tooltip')[0]!.textContent).to.contain('12:30 – 1:30 AM');
    await expect(el).to.be.accessible();
  });

  it('coarser bars (max-bars) group whole buckets from the first one: counts are not merged across the grid', async () => {
    // Four hourly buckets at 00:30, 01:30, 02:30, 03:30; at most 2 bars → bars of 3 hours.
    const el = await chart(hourly(T30, ['login'], [[1], [2], [4], [8]]), 2);
    expect(text(el, '[part=bucket-label]')).to.equal('Bars of 3 hours (server buckets: 1 hour)');
    expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['11/1/26, 12:30 AM', '7'],
      ['11/1/26, 3:30 AM', '8'],
    ]);
  });

  it('an explicit bucket-ms keeps the phase too', async () => {
    const buckets = hourly(T30, ['login'], [[1], [0], [0], [2]], 6 * HOUR).filter((b) => b.count > 0);
    const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" .client=${undefined}>
      <ev-volume-chart lang="en-US" .bucketMs=${6 * HOUR} .buckets=${buckets}></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await el.tableComplete;
    expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['11/1/26, 12:30 AM', '1'],
      ['11/1/26, 6:30 AM', '0'],
      ['11/1/26, 12:30 PM', '0'],
      ['11/1/26, 6:30 PM', '2'],
    ]);
  });
});
