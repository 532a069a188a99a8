/**
 * Thousands of distinct actions (custom actions are any string a client sends): the chart draws
 * the 10 most frequent as series and groups the rest as one "Other actions (N)" series, so the
 * legend is 11 buttons to Tab through (not 3,000), Chart.js draws 11 series (not 3,000 paths and colours), the tooltip, announcements and data table name the group, and the summary says
 * how many actions it holds. Every action's own total stays reachable in a visually hidden
 * "Events per action" table. New actions arriving live join the group.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { addEvent, buildModel } from '../../../src/components/volume-chart/volume-model.js';
import { HOUR, canvasOf, hourly, parts, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

/** `count` actions, action i with 3,000 - i events in the first bar and 1 in the second. */
function manyActions(count: number) {
  const actions = Array.from({ length: count }, (_, i) => `custom_act${String(i).padStart(4, '0')}`);
  const buckets = hourly(T0, actions, [actions.map((_, i) => 3_000 - i), actions.map(() => 1)]);
  return { actions, buckets };
}

const rest = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => 3_000 - (from + k) + 1).reduce((s, v) => s + v, 0);

describe('<ev-volume-chart> with 3,000 distinct actions', () => {
  it('draws the top 10 and one "Other actions (2,990)" series; legend, summary, table and the per-action totals say so', async () => {
    const { buckets } = manyActions(3_000);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    const root = el.shadowRoot!;

    const legend = parts(el, 'legend-item');
    expect(legend).to.have.length(11);
    expect(legend[0]!.textContent).to.contain('Act0000');
    const otherTotal = rest(10, 3_000);
    expect(legend[10]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Other actions (2,990) (${otherTotal.toLocaleString('en-US')})`);
    // The drawn segments of a bar, as the keyboard reaches them: 10 actions and the group.
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    const said = new Set<string>();
    for (let k = 0; k < 14; k++) {
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const now = text(el, '[aria-live]');
      // Segments only (past the top segment, focus is back on the whole bar).
      if (/^(Custom|Other)/.test(now)) said.add(now);
    }
    expect(said.size, [...said].join('\n')).to.equal(11);
    expect([...said].some((s) => s.startsWith('Other actions (2,990): '))).to.equal(true);
    // Enter on the group selects the bar's range alone: it is no action to filter by.
    await sendKeys({ press: 'Home' });
    for (let k = 0; k < 11; k++) await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.match(/^Other actions/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el, '[part=selection-bar]')).to.match(/^Selected: 11\/1\/26, 12:00 – 1:00 AM Clear range$/);
    expect(root.querySelectorAll('button, [tabindex="0"], input, select').length, 'stops to Tab through').to.be.below(40);

    expect(text(el, '[part=summary]')).to.contain('2,990 less frequent actions are grouped as “Other actions”');

    // The data table: each bar lists at most the 10 actions and the group.
    const byAction = [...root.querySelectorAll<HTMLTableRowElement>('[part=table] tbody tr')].map((tr) => tr.cells[2]!.textContent!);
    expect(byAction[0]).to.contain(`Other actions (2,990) ${rest(10, 3_000) - 2_990}`.replace(/\d{4,}/g, (n) => Number(n).toLocaleString('en-US')));
    expect(byAction[0]!.split(', ')).to.have.length(11);

    // Every action's own total, in a visually hidden table.
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('[part=action-table] tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(3_000);
    expect(rows[0]).to.deep.equal(['Custom: Act0000', '3,001']);
    expect(rows[2_999]).to.deep.equal(['Custom: Act2999', '2']);

    // The group is toggled like any action.
    legend[10]!.click();
    await el.updateComplete;
    expect(parts(el, 'legend-item')[10]!.getAttribute('aria-pressed')).to.equal('false');
    expect(text(el, '[part=summary]')).to.match(/^[\d,]+ events/);
    await expect(el).to.be.accessible();
  });

  it('11 actions or fewer are all drawn, no group', async () => {
    const { buckets } = manyActions(11);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    expect(parts(el, 'legend-item')).to.have.length(11);
    expect(parts(el, 'legend-item').map((b) => b.textContent).join('|')).to.not.contain('Other');
    expect(el.shadowRoot!.querySelector('[part=action-table]')).to.equal(null);
  });

  it('in German', async () => {
    const { buckets } = manyActions(30);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="de" .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    expect(parts(el, 'legend-item')[10]!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Weitere Aktionen \(20\) \([\d.]+\)$/);
    expect(text(el, '[part=summary]')).to.contain('20 seltenere Aktionen sind als „Weitere Aktionen“ zusammengefasst');
  });

  it('actions arriving live join the group; the series stay 11', () => {
    const { buckets } = manyActions(11);
    const model = buildModel(buckets, { since: T0, until: T0 + 2 * HOUR, bucketMs: HOUR, sourceBucketMs: HOUR, maxBars: 2000 });
    expect(model.actions).to.have.length(11);
    addEvent(model, 'custom_new1', T0 + HOUR + 5, false);
    expect(model.actions).to.have.length(11);
    addEvent(model, 'custom_new2', T0 + HOUR + 5, false);
    addEvent(model, 'custom_new2', T0 + HOUR + 6, false);
    expect(model.actions).to.have.length(11);
    expect(model.other?.totals.get('custom_new2')).to.equal(2);
    expect(model.other?.totals.get('custom_act0010')).to.equal(2_991);
  });
});
