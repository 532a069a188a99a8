/**
 * `mode` set to something it does not know (`mode="foo"`, a typo, a value from a newer version):
 * the diff shows the documented default, inline, with the Inline button pressed, so the toolbar
 * always says which layout is on screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

const $$ = (el: EvJsonDiff, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pressed = (el: EvJsonDiff) => $$(el, '[part~=layout-button]').filter((b) => b.getAttribute('aria-pressed') === 'true').map(text);

describe('<ev-json-diff> an unknown mode', () => {
  for (const mode of ['foo', '', 'SIDE-BY-SIDE']) {
    it(`mode="${mode}" shows inline with Inline pressed`, async () => {
      const el = await fixture<EvJsonDiff>(html`<ev-json-diff mode=${mode} .oldValue=${{ a: 1 }} .newValue=${{ a: 2 }}></ev-json-diff>`);
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal(['Inline']);
      expect($$(el, 'table')).to.have.length(0);
      expect(text($$(el, '.row-replace .cell')[0]!)).to.equal('changed, a: Previous, 1 → New, 2');
      await expect(el).to.be.accessible();
    });
  }

  it('the layout buttons still switch from there', async () => {
    const el = await fixture<EvJsonDiff>(html`<ev-json-diff mode="foo" .oldValue=${{ a: 1 }} .newValue=${{ a: 2 }}></ev-json-diff>`);
    await el.updateComplete;
    $$(el, '[part~=layout-button]').find((b) => text(b) === 'Side by side')!.click();
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['Side by side']);
    expect($$(el, 'table')).to.have.length(1);
  });
});
