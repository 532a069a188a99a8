// Action names carrying bidi controls (an unterminated right-to-left override) or right-to-left
// text must not turn the figures and names shown after them around: each name is isolated.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { hourly, parts } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const OVERRIDE = '\u202Eevil';

/** Horizontal centre of the `index`-th character of the text inside `node`. */
function charX(node: Node, index: number): number {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let offset = index;
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (offset < text.data.length) {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      const rect = range.getBoundingClientRect();
      return rect.left + rect.width / 2;
    }
    offset -= text.data.length;
  }
  throw new Error(`no character ${index} in ${JSON.stringify(node.textContent)}`);
}

/** Whether `word`, found in `node`'s text after `from`, reads left to right on screen. */
function readsLeftToRight(node: Node, word: string, from = 0): boolean {
  const at = node.textContent!.indexOf(word, from);
  expect(at, `${word} in ${JSON.stringify(node.textContent)}`).to.be.at.least(0);
  return charX(node, at) < charX(node, at + word.length - 1);
}

async function chart(): Promise<EvVolumeChart> {
  // The override action has the most events: it comes first in the summary and the legend.
  const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 700px" .buckets=${hourly(T0, [OVERRIDE, 'login', 'custom_مرحبا'], [[9, 2, 1], [8, 1, 1]])}></ev-volume-chart>`);
  await el.updateComplete;
  return el;
}

describe('<ev-volume-chart> with bidi text in action names', () => {
  it('the legend keeps each count after its name, left to right', async () => {
    const el = await chart();
    const [evil, login, arabic] = parts(el, 'legend-item');
    expect(evil!.textContent).to.contain('17');
    // "(17)" is drawn as ")71(" when the override runs on.
    expect(readsLeftToRight(evil!, '17')).to.equal(true);
    expect(readsLeftToRight(login!, 'Login')).to.equal(true);
    expect(arabic!.textContent).to.contain('2');
    // The count comes after (right of) the Arabic name, not before it.
    const text = arabic!.textContent!;
    expect(charX(arabic!, text.lastIndexOf('2'))).to.be.greaterThan(charX(arabic!, text.indexOf('م')));
  });

  it('the summary after an overriding name still reads left to right', async () => {
    const el = await chart();
    const summary = parts(el, 'summary')[0]!;
    const after = summary.textContent!.indexOf('evil');
    expect(readsLeftToRight(summary, 'Login', after)).to.equal(true);
    expect(readsLeftToRight(summary, '17', after)).to.equal(true);
  });

  it('the tooltip and the announcement keep the count after the name', async () => {
    const el = await chart();
    el.shadowRoot!.querySelector('canvas')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const tooltip = parts(el, 'tooltip')[0]!;
    expect(readsLeftToRight(tooltip, 'Login')).to.equal(true);
    const live = el.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.textContent).to.contain('evil');
  });
});
