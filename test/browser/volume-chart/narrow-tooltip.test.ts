// On a 320 px phone the tooltip of a bar near the middle of the plot ran past the chart: off the
// screen (cut off on the left in right-to-left pages) or widening the page so it scrolled
// sideways. Every bar's tooltip stays inside the chart, in both directions.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, hourly, parts } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const ACTIONS = ['login', 'custom_nightly directory sync', 'logout'];
const COUNTS = Array.from({ length: 24 }, (_, i) => [i + 1, 2, 3]);

describe('<ev-volume-chart> tooltip at 320 px', () => {
  before(() => setViewport({ width: 320, height: 600 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`every bar's tooltip is inside the chart and the page does not scroll sideways (${dir})`, async () => {
      const el = await fixture<EvVolumeChart>(html`<ev-volume-chart dir=${dir} .buckets=${hourly(T0, ACTIONS, COUNTS)}></ev-volume-chart>`);
      canvasOf(el).focus();
      await sendKeys({ press: 'Home' });
      const host = el.getBoundingClientRect();
      for (let bar = 0; bar < COUNTS.length; bar++) {
        await el.updateComplete;
        const tip = parts(el, 'tooltip')[0]!;
        const r = tip.getBoundingClientRect();
        expect(r.left, `bar ${bar}: the tooltip starts in the chart`).to.be.at.least(host.left - 0.5);
        expect(r.right, `bar ${bar}: the tooltip ends in the chart`).to.be.at.most(host.right + 0.5);
        expect(document.documentElement.scrollWidth, `bar ${bar}: no sideways scroll`).to.be.at.most(innerWidth);
        // Its text is all there: nothing cut inside it either.
        expect(tip.scrollWidth, `bar ${bar}: the tooltip's text fits it`).to.be.at.most(tip.clientWidth + 1);
        await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
      }
      await expect(el).to.be.accessible();
    });
  }
});
