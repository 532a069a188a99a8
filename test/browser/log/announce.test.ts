// <ev-log>'s polite live region says the same words again when they come again (a link copied
// twice): the region empties first, then says them anew, as the other elements do.
import { expect, fixture, html } from '@open-wc/testing';
import type { EvLog } from '../../../src/components/log/log.js';
import { dataRows, manyEvents, settle, shadow, waitFor } from './helpers.js';

describe('<ev-log> announcements', () => {
  it('copying the link twice says "Link copied" twice', async () => {
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .events=${manyEvents(20)}></ev-log>`);
    await settle(el);
    const region = shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    const seen: string[] = [];
    new MutationObserver(() => {
      const now = (region.textContent ?? '').trim();
      if (seen.at(-1) !== now) seen.push(now);
    }).observe(region, { childList: true, subtree: true, characterData: true });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    try {
      dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
      await settle(el);
      const copy = shadow(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      copy.click();
      await waitFor(() => seen.at(-1) === 'Link copied', 'the first announcement');
      copy.click();
      await waitFor(() => seen.length >= 3 && seen.at(-1) === 'Link copied', 'the second announcement');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(seen).to.deep.equal(['Link copied', '', 'Link copied']);
  });
});
