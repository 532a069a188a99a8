/**
 * The "Other actions" group is no action name: an action a client sends is any string, and one
 * named exactly like an internal key ("\u0000other-actions") must stay its own series, not merge
 * into the group or be hidden with it. Hiding the group puts `EvVolumeChart.OTHER_ACTIONS` (a
 * symbol, never equal to an action name) into `hiddenActions`; the action's own name hides only it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { hourly, parts, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const IMPOSTOR = '\u0000other-actions';

/** 30 actions, the impostor the busiest (its own series); the 20 least frequent are grouped. */
function buckets() {
  const actions = [IMPOSTOR, ...Array.from({ length: 29 }, (_, i) => `custom_act${String(i).padStart(2, '0')}`)];
  return hourly(T0, actions, [actions.map((_, i) => 500 - i)]);
}

const labels = (el: EvVolumeChart) => parts(el, 'legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

describe('<ev-volume-chart> an action named like the group key', () => {
  it('stays its own series: one "Other actions (20)" legend item, and hiding one does not hide the other', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 600px" .buckets=${buckets()}></ev-volume-chart>`);
    await el.tableComplete;
    expect(labels(el)).to.have.length(11);
    expect(labels(el).filter((l) => l.startsWith('Other actions')), labels(el).join('\n')).to.deep.equal([`Other actions (20) (${(20 * 490 - 190).toLocaleString('en-US')})`]);
    const group = () => parts(el, 'legend-item').find((b) => b.textContent!.includes('Other actions'))!;
    const impostor = () => parts(el, 'legend-item')[0]!;
    expect(impostor().textContent).to.contain('500');

    impostor().click();
    await el.updateComplete;
    expect(el.hiddenActions).to.deep.equal([IMPOSTOR]);
    expect(impostor().getAttribute('aria-pressed')).to.equal('false');
    expect(group().getAttribute('aria-pressed')).to.equal('true');

    impostor().click();
    group().click();
    await el.updateComplete;
    expect(el.hiddenActions).to.deep.equal([EvVolumeChart.OTHER_ACTIONS]);
    expect(typeof EvVolumeChart.OTHER_ACTIONS).to.equal('symbol');
    expect(impostor().getAttribute('aria-pressed')).to.equal('true');
    expect(group().getAttribute('aria-pressed')).to.equal('false');
    // Everything but the group: 10 series of 500 … 491 events.
    expect(text(el, '[part=summary]')).to.match(/^4,955 events/);
    await expect(el).to.be.accessible();
  });

  it('set from outside: the constant hides the group, the name hides the action', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 600px" .buckets=${buckets()} .hiddenActions=${[EvVolumeChart.OTHER_ACTIONS]}></ev-volume-chart>`);
    await el.tableComplete;
    const pressed = () => parts(el, 'legend-item').map((b) => b.getAttribute('aria-pressed'));
    expect(pressed()).to.deep.equal([...Array(10).fill('true'), 'false']);
    el.hiddenActions = [IMPOSTOR];
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['false', ...Array(10).fill('true')]);
  });
});
