/**
 * `theme="dark"` on a light page: the state views (empty, loading, error, not found) paint the
 * detail's own background, so their text keeps its contrast (axe) instead of light text on the
 * page's white.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/detail/ev-detail.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';

describe('<ev-detail theme="dark"> state views on a light page', () => {
  it('empty and not found: the dark background is painted, axe passes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="background: #fff; color: #000; padding: 8px">
      <ev-detail theme="dark"></ev-detail>
      <ev-detail theme="dark" .client=${createMemoryClient({ events: [] })} event-id="no-such-event"></ev-detail>
    </div>`);
    const [empty, gone] = [...wrap.querySelectorAll<EvDetail>('ev-detail')] as [EvDetail, EvDetail];
    for (let i = 0; i < 100 && gone.viewState !== 'not-found'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(gone.viewState).to.equal('not-found');
    for (const el of [empty, gone]) {
      const view = el.shadowRoot!.querySelector<HTMLElement>('.ev-state')!;
      expect(getComputedStyle(view).backgroundColor, 'the state view paints a background').to.not.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    }
  });
});
