import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/detail/ev-detail.js';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { detailEvent } from '../../fixtures/detail-events.js';

type Pointing = 'right' | 'left' | 'down' | 'up';

/**
 * Where the chevron of a toggle points, as drawn: the corner of its two borders, turned by its
 * transform. (Its `::before` is an L of two borders rotated by CSS; the corner is the tip.)
 */
function pointing(button: Element): Pointing {
  const style = getComputedStyle(button.querySelector('.chevron')!, '::before');
  const x = parseFloat(style.borderRightWidth) > 0 ? 1 : parseFloat(style.borderLeftWidth) > 0 ? -1 : 0;
  const y = parseFloat(style.borderBottomWidth) > 0 ? 1 : parseFloat(style.borderTopWidth) > 0 ? -1 : 0;
  const m = new DOMMatrix(style.transform === 'none' ? undefined : style.transform);
  const p = m.transformPoint(new DOMPoint(x, y));
  if (Math.abs(p.x) > Math.abs(p.y)) return p.x > 0 ? 'right' : 'left';
  return p.y > 0 ? 'down' : 'up';
}

/** Ends the chevrons' turn transitions, so the computed transform is the final one. */
function settle(root: ShadowRoot): void {
  for (const animation of root.getAnimations()) animation.finish();
}

const toggles = (root: ShadowRoot, expanded: boolean) => [...root.querySelectorAll(`button[aria-expanded="${expanded}"]`)].filter((b) => b.querySelector('.chevron'));

describe('toggle chevrons point the reading way, and down when open', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    const closed: Pointing = dir === 'rtl' ? 'left' : 'right';

    it(`<ev-json-diff dir="${dir}">: closed ${closed}, open down`, async () => {
      const el = await fixture<EvJsonDiff>(
        html`<ev-json-diff dir=${dir} .oldValue=${{ a: { b: { c: 1 } }, big: { x: [1, 2] } }} .newValue=${{ a: { b: { c: 2 } }, big: { x: [1, 3] } }}></ev-json-diff>`,
      );
      await el.updateComplete;
      const root = el.shadowRoot!;
      const open = toggles(root, true);
      expect(open.length).to.be.greaterThan(0);
      for (const b of open) expect(pointing(b), b.textContent!).to.equal('down');
      // Close one: its chevron turns to the reading direction.
      (open[0] as HTMLButtonElement).click();
      await el.updateComplete;
      settle(root);
      const closedNow = toggles(root, false);
      expect(closedNow.length).to.be.greaterThan(0);
      for (const b of closedNow) expect(pointing(b), b.textContent!).to.equal(closed);
    });

    it(`<ev-detail dir="${dir}">: the Context disclosure and its tree, closed ${closed}, open down`, async () => {
      const el = await fixture<EvDetail>(html`<ev-detail dir=${dir} .event=${detailEvent('custom_sync', { stats: { users: 3 } })}></ev-detail>`);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const context = [...root.querySelectorAll<HTMLButtonElement>('button[part="disclosure"]')].find((b) => b.textContent!.includes('Context'))!;
      expect(pointing(context)).to.equal(closed);
      context.click();
      await el.updateComplete;
      settle(root);
      expect(pointing(context)).to.equal('down');
      for (const b of toggles(root, false)) expect(pointing(b), b.textContent!).to.equal(closed);
    });
  }
});
