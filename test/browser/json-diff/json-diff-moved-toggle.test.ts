/**
 * The toggle of a list item that moved and changed ("moved from [2] to [0]", then its own
 * changes): it answers the arrow keys like every other toggle, and its name says which item.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const before = [{ id: 1, v: 'a' }, { id: 2, v: 'b' }, { id: 3, v: 'c' }];
const after = [{ id: 3, v: 'C' }, { id: 1, v: 'a' }, { id: 2, v: 'b' }];

function movedToggle(el: EvJsonDiff): HTMLButtonElement {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.row-moved > .cell > button.toggle, .row-moved > td.after > button.toggle');
  expect(toggle, 'toggle in the moved row').to.exist;
  return toggle!;
}

/** The row texts of the item's own changes (shown while the toggle is open). */
const changeRows = (el: EvJsonDiff) => [...el.shadowRoot!.querySelectorAll('.row-text, .row-replace')].map(text);

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff> moved item toggle (${mode})`, () => {
    it('ArrowLeft closes it and ArrowRight opens it again, like the other toggles', async () => {
      const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${before} .newValue=${after} mode=${mode}></ev-json-diff>`);
      await el.updateComplete;
      movedToggle(el).focus();
      expect(movedToggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(changeRows(el)).to.have.length(1);

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(movedToggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(changeRows(el)).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(movedToggle(el));

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(movedToggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(changeRows(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('its name says which item, like a container toggle', async () => {
      const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${before} .newValue=${after} mode=${mode}></ev-json-diff>`);
      await el.updateComplete;
      // The button's text is its accessible name (the chevron is aria-hidden).
      expect(text(movedToggle(el))).to.equal('[0]: {…} 1 change');
      expect(text(el.shadowRoot!.querySelector('.row-moved'))).to.contain('moved from [2] to [0]');
    });

    it('takes replaced strings (.strings) for its count', async () => {
      const el = await fixture<EvJsonDiff>(
        html`<ev-json-diff .oldValue=${before} .newValue=${after} mode=${mode} .strings=${{ jsonDiff: { changes: (n: number) => `${n} Änderung(en)` } }}></ev-json-diff>`,
      );
      await el.updateComplete;
      expect(text(movedToggle(el))).to.equal('[0]: {…} 1 Änderung(en)');
    });
  });
}

describe('<ev-json-diff> moved item toggle (RTL)', () => {
  it('ArrowRight closes it and ArrowLeft opens it (mirrored)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><ev-json-diff .oldValue=${before} .newValue=${after}></ev-json-diff></div>`);
    const el = wrap.querySelector('ev-json-diff')!;
    await el.updateComplete;
    movedToggle(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(movedToggle(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(movedToggle(el).getAttribute('aria-expanded')).to.equal('true');
  });
});
