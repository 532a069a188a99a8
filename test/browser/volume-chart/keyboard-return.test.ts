// A keyboard user who leaves the chart (to hide an action in the legend and compare, to read the
// log) and comes back was put on the latest bar again, far from the bar they were reading. The
// focus comes back to the bar and action segment they left (the whole bar when that action is now
// hidden); a bar selected with the pointer meanwhile is where the focus starts.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { HOUR, announced, canvasOf, click, hourly, parts, pointAt, tabbedChart } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const BUCKETS = hourly(T0, ['login', 'logout'], [[4, 2], [1, 0], [0, 0], [3, 3], [0, 0]]);

const focused = async (): Promise<EvVolumeChart> => (await tabbedChart(BUCKETS, { style: 'width: 700px' })).el;

async function press(el: EvVolumeChart, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

describe('<ev-volume-chart> keyboard focus coming back to the chart', () => {
  it('returns to the bar and action segment it left', async () => {
    const el = await focused();
    await press(el, 'Home', 'ArrowUp');
    expect(announced(el)).to.equal('Login: 4 events, 11/1/26, 12:00 – 1:00 AM.');
    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'legend-item')[0]);
    await press(el, 'Shift+Tab');
    expect(el.shadowRoot!.activeElement).to.equal(canvasOf(el));
    expect(announced(el)).to.equal('Login: 4 events, 11/1/26, 12:00 – 1:00 AM.');
    expect(parts(el, 'segment-focus')).to.have.length(1);
    await press(el, 'ArrowRight');
    expect(announced(el)).to.equal('11/1/26, 1:00 – 2:00 AM: 1 event. Login 1.');
  });

  it('after hiding the focused action in the legend, returns to the same bar, whole', async () => {
    const el = await focused();
    await press(el, 'Home', 'ArrowUp', 'ArrowUp');
    expect(announced(el)).to.equal('Logout: 2 events, 11/1/26, 12:00 – 1:00 AM.');
    await press(el, 'Tab', 'Tab');
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('Logout');
    await press(el, 'Space', 'Shift+Tab', 'Shift+Tab');
    expect(el.shadowRoot!.activeElement).to.equal(canvasOf(el));
    expect(announced(el)).to.equal('11/1/26, 12:00 – 1:00 AM: 4 events. Login 4.');
    expect(parts(el, 'segment-focus')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a bar clicked meanwhile is where the focus starts', async () => {
    const el = await focused();
    await press(el, 'Home', 'Tab');
    await click(pointAt(el, T0 + 1.5 * HOUR, 0.5));
    await press(el, 'Tab', 'Shift+Tab');
    expect(el.shadowRoot!.activeElement).to.equal(canvasOf(el));
    expect(announced(el)).to.contain('1:00 – 2:00 AM');
  });
});
