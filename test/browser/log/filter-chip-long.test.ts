/**
 * A filter chip's value comes from a link or another element (hostile): a 10,000-character brand
 * is cut like a cell's text, in what is shown and in the remove button's name, so a screen reader
 * does not read ten thousand characters; the start still names it.
 */
import { expect } from '@open-wc/testing';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow } from './helpers.js';

describe('<ev-log> filter chip with a 10,000-character value', () => {
  it('shows and names the start of it, cut', async () => {
    const el = await mountLog({ events: makeEvents({ count: 10 }) });
    el.store.patchFilter({ brand_name: `Acme ${'x'.repeat(10_000)}`, context_authorized_app: `app-${'y'.repeat(10_000)}` });
    await settle(el, 3);
    const chips = [...shadow(el).querySelectorAll<HTMLElement>('[part=filter-chip]')];
    expect(chips.length).to.equal(2);
    for (const chip of chips) {
      const value = chip.querySelector('.filter-chip-value')!.textContent!;
      const name = chip.querySelector('[part=filter-chip-remove]')!.getAttribute('aria-label')!;
      expect(value.length, 'shown value cut').to.be.below(1000);
      expect(value.endsWith('…'), 'marked as cut').to.equal(true);
      expect(name.length, 'remove button name cut').to.be.below(1000);
    }
    expect(chips[0]!.querySelector('[part=filter-chip-remove]')!.getAttribute('aria-label')!.startsWith('Remove filter: Brand Acme xxx')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
