/**
 * The "Other actions" group says which actions it holds in each bar: its tooltip row, the
 * keyboard announcement of its segment, and its entry in the per-bar data table list them with
 * their counts (most first, at most a few, then "and N more"), not only the group's total. The
 * announcement of a bar ends as the tooltip does: "and 8 more actions (800 events)", not "and 8 more".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, hourly, parts, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const NAMED = Array.from({ length: 10 }, (_, i) => `custom_top${i}`);
// Grouped (more than any named action in a bar, so the tooltip lists the group first): bar 0 holds grp_a 150, grp_b 60; bar 1 grp_c 170 and grp_d..grp_g 1 each.
const GROUPED = ['custom_grp_a', 'custom_grp_b', 'custom_grp_c', 'custom_grp_d', 'custom_grp_e', 'custom_grp_f', 'custom_grp_g'];
const BUCKETS = hourly(T0, [...NAMED, ...GROUPED], [
  [...NAMED.map(() => 100), 150, 60, 0, 0, 0, 0, 0],
  [...NAMED.map(() => 100), 0, 0, 170, 1, 1, 1, 1],
]);

describe('<ev-volume-chart> "Other actions" lists what it holds per bar', () => {
  it('in the tooltip, the keyboard announcement and the data table', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="en-US" time-zone="UTC" style="width: 700px" .buckets=${BUCKETS}></ev-volume-chart>`);
    await el.tableComplete;
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    // Up through the 10 named segments to the group's, on top.
    for (let k = 0; k < 11; k++) await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal('Other actions (7): 210 events, 11/1/26, 12:00 – 1:00 AM. In this bar: Custom: Grp a 150; Custom: Grp b 60.');
    const row = [...parts(el, 'tooltip')[0]!.querySelectorAll('li')].find((li) => li.textContent!.includes('Other actions'))!;
    expect(row.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Other actions (7) (Custom: Grp a 150; Custom: Grp b 60) 210');

    // The next bar as a whole: the group's entry lists at most 3, then how many more.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal(
      '11/1/26, 1:00 – 2:00 AM: 1,174 events. Other actions (7) 174 (Custom: Grp c 170; Custom: Grp d 1; Custom: Grp e 1; and 2 more), Custom: Top0 100, Custom: Top1 100, and 8 more actions (800 events).',
    );

    const cells = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part=table] tbody tr')].map((tr) => tr.cells[2]!.textContent!);
    expect(cells[0]).to.contain('Other actions (7) 210 (Custom: Grp a 150; Custom: Grp b 60)');
    expect(cells[1]).to.contain('Other actions (7) 174 (Custom: Grp c 170; Custom: Grp d 1; Custom: Grp e 1; Custom: Grp f 1; Custom: Grp g 1)');
    await expect(el).to.be.accessible();
  });

  // Guard (passed before this test was written): each action the group lists has its own count, in
  // the element's language through Intl (German thousands: 1.500), as the other entries have.
  it('in German each listed action has its count, formatted for German', async () => {
    await import('../../../src/i18n/locales/de.js');
    const big = hourly(T0, [...NAMED, ...GROUPED.slice(0, 2)], [[...NAMED.map(() => 2000), 1500, 1200]]);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="de" time-zone="UTC" style="width: 700px" .buckets=${big}></ev-volume-chart>`);
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    for (let k = 0; k < 11; k++) await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const row = [...parts(el, 'tooltip')[0]!.querySelectorAll('li')].find((li) => li.textContent!.includes('Weitere Aktionen'))!;
    expect(row.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Weitere Aktionen (2) (Benutzerdefiniert: Grp a 1.500; Benutzerdefiniert: Grp b 1.200) 2.700');
    expect(text(el, '[aria-live]')).to.contain('In diesem Balken: Benutzerdefiniert: Grp a 1.500; Benutzerdefiniert: Grp b 1.200.');
  });
});
