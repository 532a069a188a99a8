// <ev-volume-chart> in a sidebar (288 to 320 px): the range picker (24 h · 7 d · 30 d · 90 d ·
// Custom) is one segmented control. It broke in two, "Custom" alone on a second row under a row
// ending in a square corner. In English it now stays one row down to 260 px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import '../../../src/components/volume-chart/ev-volume-chart.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { DAY, canvasOf, recentEvents } from './helpers.js';

async function chartIn(width: number): Promise<EvVolumeChart> {
  const client = createMemoryClient({ events: recentEvents(60, DAY, ['login', 'logout']) });
  const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="en" style="width: ${width}px" .client=${client}></ev-volume-chart>`);
  await waitUntil(() => canvasOf(el), 'the chart', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<ev-volume-chart> range picker in a sidebar', () => {
  for (const width of [260, 288, 320]) {
    it(`stays one row of five joined buttons inside the chart at ${width} px`, async () => {
      const el = await chartIn(width);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=range] button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['24 h', '7 d', '30 d', '90 d', 'Custom']);
      const boxes = buttons.map((b) => b.getBoundingClientRect());
      const host = el.getBoundingClientRect();
      for (const [i, b] of boxes.entries()) {
        expect(b.top, `"${buttons[i]!.textContent}" is on the first row`).to.be.closeTo(boxes[0]!.top, 1);
        expect(b.right, `"${buttons[i]!.textContent}" is inside the chart`).to.be.at.most(host.right + 1);
        expect(b.height, `"${buttons[i]!.textContent}" is at least 24 px tall`).to.be.at.least(24);
        expect(buttons[i]!.scrollWidth, `"${buttons[i]!.textContent}" is not cut off`).to.be.at.most(buttons[i]!.clientWidth);
      }
    });
  }
});
