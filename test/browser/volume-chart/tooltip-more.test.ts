/**
 * The tooltip lists at most 8 entries. Before, a bar with more actions listed the 8 largest and
 * "and 3 more": the "Other actions" group (often the smallest entry of a bar) and the segment in
 * focus could be among the unlisted, and the entries did not add up to the bar's total. Now the
 * group and the segment in focus are always listed, and the last line says how many actions and
 * how many events are not listed, so listed + unlisted = the bar's total.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, hourly, parts } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const NAMED = Array.from({ length: 10 }, (_, i) => `custom_top${i}`);
// One bar (of 6 hours, the default width of a lone bucket): ten named actions of 100 events each,
// the group (grp_a, grp_b) 2 events: the smallest entry.
const BUCKETS = hourly(T0, [...NAMED, 'custom_grp_a', 'custom_grp_b'], [[...NAMED.map(() => 100), 1, 1]]);

function tooltip(el: EvVolumeChart): { header: string; entries: string[]; current: string[] } {
  const tip = parts(el, 'tooltip')[0]!;
  const clean = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
  return { header: clean(tip.querySelector('p')!), entries: [...tip.querySelectorAll('li')].map(clean), current: [...tip.querySelectorAll('li.current')].map(clean) };
}

describe('<ev-volume-chart> tooltip of a bar with more than 8 actions', () => {
  it('lists the "Other actions" group and says how many actions and events are not listed', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="en-US" time-zone="UTC" style="width: 700px" .buckets=${BUCKETS}></ev-volume-chart>`);
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const { header, entries } = tooltip(el);
    expect(header).to.equal('11/1/26, 12:00 – 6:00 AM · 1,002 events');
    expect(entries).to.deep.equal([
      'Custom: Top0 100',
      'Custom: Top1 100',
      'Custom: Top2 100',
      'Custom: Top3 100',
      'Custom: Top4 100',
      'Custom: Top5 100',
      'Custom: Top6 100',
      'Other actions (2) (Custom: Grp a 1; Custom: Grp b 1) 2',
      'and 3 more actions (300 events)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists the segment in keyboard focus even when 8 larger ones come first', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="en-US" time-zone="UTC" style="width: 700px" .buckets=${BUCKETS}></ev-volume-chart>`);
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    // Up through the segments, bottom first, to the ninth: custom_top8.
    for (let k = 0; k < 9; k++) await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const { entries, current } = tooltip(el);
    expect(current).to.deep.equal(['Custom: Top8 100']);
    expect(entries).to.deep.equal([
      'Custom: Top0 100',
      'Custom: Top1 100',
      'Custom: Top2 100',
      'Custom: Top3 100',
      'Custom: Top4 100',
      'Custom: Top5 100',
      'Custom: Top8 100',
      'Other actions (2) (Custom: Grp a 1; Custom: Grp b 1) 2',
      'and 3 more actions (300 events)',
    ]);
  });

  it('one more action: "and 1 more action (1 event)"', async () => {
    const actions = Array.from({ length: 9 }, (_, i) => `custom_a${i}`);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="en-US" time-zone="UTC" style="width: 700px" .buckets=${hourly(T0, actions, [[9, 8, 7, 6, 5, 4, 3, 2, 1]])}></ev-volume-chart>`);
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const { entries } = tooltip(el);
    expect(entries.length).to.equal(9);
    expect(entries.at(-1)).to.equal('and 1 more action (1 event)');
  });
});
