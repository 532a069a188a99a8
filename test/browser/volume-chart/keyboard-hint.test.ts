/**
 * A keyboard user who Tabs to the chart sees a short hint of its keys under the plot (sighted
 * keyboard users never hear the aria-describedby help). It shows only while the plot has keyboard
 * focus (:focus-visible, not after a mouse click), covers no bar or tooltip, and is readable in the
 * dark theme (axe checks its contrast while it shows).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, click, hourly, parts, pointAt } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const BUCKETS = hourly(T0, ['login', 'logout'], [[4, 2], [1, 0], [0, 0], [3, 3], [0, 0]]);

/** The hint a sighted user sees, or '' when none shows. */
function shownHint(el: EvVolumeChart): string {
  const hint = parts(el, 'keyboard-hint')[0];
  return hint && hint.checkVisibility({ visibilityProperty: true }) ? hint.textContent!.replace(/\s+/g, ' ').trim() : '';
}

async function chart(theme: 'light' | 'dark') {
  const page = await fixture<HTMLDivElement>(html`<div style=${theme === 'dark' ? 'background: #16181d' : ''}>
    <button>before</button>
    <ev-volume-chart theme=${theme} lang="en-US" .buckets=${BUCKETS}></ev-volume-chart>
    <button>after</button>
  </div>`);
  const el = page.querySelector('ev-volume-chart')!;
  await el.updateComplete;
  page.querySelector('button')!.focus();
  return el;
}

describe('<ev-volume-chart> visible keyboard hint', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`shows under the plot while it has keyboard focus (${theme})`, async () => {
      const el = await chart(theme);
      expect(shownHint(el), 'nothing before focus').to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(canvasOf(el));
      expect(shownHint(el)).to.equal('← → bars · ↑ ↓ actions · Enter selects · Shift + arrows extend · Esc cancels');
      // Under the plot: it covers no bar and no tooltip.
      const plot = parts(el, 'plot')[0]!.getBoundingClientRect();
      const hint = parts(el, 'keyboard-hint')[0]!.getBoundingClientRect();
      expect(hint.top).to.be.at.least(plot.bottom);
      expect(parts(el, 'tooltip')).to.have.length(1);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shownHint(el), 'still there while moving between bars').not.to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(shownHint(el), 'gone when focus leaves').to.equal('');
    });
  }

  it('a mouse click on the chart does not show it', async () => {
    const el = await chart('light');
    await click(pointAt(el, T0 + 30 * 60_000, 1));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(canvasOf(el));
    expect(shownHint(el)).to.equal('');
  });
});
