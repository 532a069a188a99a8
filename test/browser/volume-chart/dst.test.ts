/**
 * The repeated hour when clocks go back (Europe/Berlin, 25 Oct 2026: 02:00–03:00 happens twice):
 * its two bars are told apart in the axis, the data table, the tooltip and announcements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, chartOf, hourly, parts } from './helpers.js';

/** 00:00 CEST on the day clocks go back. */
const MIDNIGHT = Date.UTC(2026, 9, 24, 22);
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

async function berlin(): Promise<EvVolumeChart> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="Europe/Berlin" .client=${undefined}>
    <ev-volume-chart lang="en-US" style="width: 900px" .buckets=${hourly(MIDNIGHT, ['login'], [[1], [2], [3], [4], [5], [6]])}></ev-volume-chart>
  </ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  await el.updateComplete;
  await el.tableComplete;
  return el;
}

const announced = (el: EvVolumeChart) => plain(el.shadowRoot!.querySelector('[role=status][aria-live]')!.textContent!);

describe('<ev-volume-chart> across a DST fall-back', () => {
  it('the data table names the zone for the two 02:00 bars (and only for them)', async () => {
    const el = await berlin();
    const rows = [...el.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].map((r) => plain(r.children[0]!.textContent!));
    expect(rows).to.deep.equal(['10/25/26, 12:00 AM', '10/25/26, 1:00 AM', '10/25/26, 2:00 AM GMT+2', '10/25/26, 2:00 AM GMT+1', '10/25/26, 3:00 AM', '10/25/26, 4:00 AM']);
    await expect(el).to.be.accessible();
  });

  it('keyboard announcements and the tooltip tell the two repeated hours apart', async () => {
    const el = await berlin();
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(announced(el)).to.equal('10/25/26, 2:00 AM GMT+2 – 10/25/26, 2:00 AM GMT+1: 3 events. Login 3.');
    expect(plain(parts(el, 'tooltip')[0]!.querySelector('p')!.textContent!)).to.equal('10/25/26, 2:00 AM GMT+2 – 10/25/26, 2:00 AM GMT+1 · 3 events');
    await sendKeys({ press: 'ArrowRight' });
    expect(announced(el)).to.equal('10/25/26, 2:00 AM GMT+1 – 10/25/26, 3:00 AM GMT+1: 4 events. Login 4.');
    await expect(el).to.be.accessible();
  });

  it('the time axis has a tick at each 02:00, labelled with its zone', async () => {
    const el = await berlin();
    const scale = chartOf(el).scales.x!;
    const labels = scale.ticks.map((t) => (Array.isArray(t.label) ? t.label.join(' ') : String(t.label ?? ''))).map(plain);
    const twos = labels.filter((l) => l.startsWith('02:00'));
    expect(twos, labels.join(' | ')).to.deep.equal(['02:00 AM GMT+2', '02:00 AM GMT+1']);
    expect(new Set(labels).size, labels.join(' | ')).to.equal(labels.length);
  });
});
