/**
 * An action name of 10,000 characters (a custom action is any string a client sends): the chart
 * cuts it to 300 characters ("…") wherever it names it, as the log does, so one name
 * cannot make the legend and the tooltip thousands of pixels tall or the summary and the live
 * announcements tens of thousands of characters long. The start of the name is what is shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, hourly, parts } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const word = 'x'.repeat(10_000);
const words = 'verylongname '.repeat(800);
const actions = ['login', `custom_${word}`, `custom_${words}`];

describe('<ev-volume-chart> with 10,000-character action names', () => {
  it('the legend, the summary, the tooltip, the announcements and the table show the start of each name, cut', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${hourly(T0, actions, [[1, 5, 7], [2, 3, 1]])}></ev-volume-chart>`);
    await el.tableComplete;
    const root = el.shadowRoot!;

    const legend = parts(el, 'legend-item');
    expect(legend).to.have.length(3);
    const custom = legend.filter((item) => item.textContent!.includes('Custom'));
    expect(custom).to.have.length(2);
    for (const item of custom) {
      expect(item.textContent!.length, 'legend item').to.be.below(400);
      expect(item.title.length, 'legend title').to.be.below(400);
      expect(item.textContent).to.contain('…');
      expect(item.getBoundingClientRect().height, 'legend item height').to.be.below(400);
    }
    expect(custom.some((item) => item.textContent!.includes(`Custom: X${'x'.repeat(150)}`))).to.equal(true);
    expect(custom.map((item) => item.textContent!.slice(0, 60)).join('\n')).to.contain('Custom: Verylongname verylongname');

    const summary = root.querySelector('[part=summary]')!.textContent!;
    expect(summary.length, summary.slice(0, 80)).to.be.below(1000);
    expect(el.getBoundingClientRect().height, 'the element').to.be.below(1200);

    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const live = root.querySelector('[aria-live]')!;
    expect(live.textContent!.length, 'bar announcement').to.be.below(1000);
    expect(live.textContent).to.contain('Custom: Xxxx');
    const tooltip = parts(el, 'tooltip')[0]!;
    expect(tooltip.textContent!.length, 'tooltip').to.be.below(1000);
    expect(tooltip.getBoundingClientRect().height, 'tooltip height').to.be.below(600);

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(live.textContent!.length, 'segment announcement').to.be.below(1000);

    const cells = [...root.querySelectorAll('[part=table] td')].map((td) => td.textContent!.length);
    expect(Math.max(...cells), 'longest table cell').to.be.below(1000);
    await expect(el).to.be.accessible();
  });
});
