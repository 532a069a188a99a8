import { expect, fixture, html } from '@open-wc/testing';
import { Chart, Colors, Legend, Title, Tooltip } from 'chart.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { NEVER_RENDERED_TAGS, corpus, hugeStrings, pwned } from '../../fixtures/xss-corpus.js';
import { chartOf, hourly, parts } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

describe('<ev-volume-chart> with hostile data', () => {
  it('renders every corpus payload (as custom and unknown actions) and 1 MB names as text only', async () => {
    const actions = [...corpus.map((p) => `custom_${p}`), ...corpus.slice(0, 40), hugeStrings.megabyteMarkup(), hugeStrings.unbreakable()];
    const buckets = hourly(T0, actions, [actions.map((_, a) => (a % 3) + 1), actions.map((_, a) => a % 2)]);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector(NEVER_RENDERED_TAGS.join(','))).to.equal(null);
    expect(root.querySelector('img, svg, a, form, input, style:not(:first-child), template, details, video, audio, body')).to.equal(null);
    // The 10 most frequent and the group in the legend; every name, as text, in the per-action table.
    expect(parts(el, 'legend-item')).to.have.length(11);
    expect(root.querySelectorAll('[part=action-table] tbody tr')).to.have.length(actions.length);
    // The legend wraps long names (cut at 300 characters) inside the element.
    const widest = Math.max(...parts(el, 'legend-item').map((b) => b.getBoundingClientRect().width));
    expect(widest).to.be.at.most(el.getBoundingClientRect().width);
    // Tooltip and announcement are text too.
    canvasFocus(el);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(parts(el, 'tooltip')[0]!.textContent).to.contain('Other actions (182)');
    expect(root.querySelector('[part=action-table]')!.textContent).to.contain('Custom: <img');
    expect(root.querySelector('[aria-live]')!.textContent).to.match(/^<.*: \d events?, 11\/1\/26/);
    expect(pwned()).to.equal(false);
  });

  it('ignores Chart.js plugins a page registered globally (legend, tooltip, title, colours)', async () => {
    Chart.register(Legend, Tooltip, Title, Colors);
    try {
      const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${hourly(T0, ['login', 'logout'], [[1, 2], [3, 1]])}></ev-volume-chart>`);
      const chart = chartOf(el) as Chart & { legend?: unknown; tooltip?: unknown; titleBlock?: unknown };
      expect(chart.legend).to.equal(undefined);
      expect(chart.tooltip).to.equal(undefined);
      expect(chart.titleBlock).to.equal(undefined);
      // No legend or title box took space above the plot.
      expect(chart.chartArea.top).to.be.lessThan(20);
    } finally {
      Chart.unregister(Legend, Tooltip, Title, Colors);
    }
  });
});

function canvasFocus(el: EvVolumeChart): void {
  // Keyboard focus (":focus-visible"), as Tab would give.
  el.shadowRoot!.querySelector('canvas')!.focus({ focusVisible: true } as FocusOptions);
}
