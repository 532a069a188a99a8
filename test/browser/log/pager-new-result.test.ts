// <ev-log mode="pages"> after a filter change: while the first page of the new result loads, the
// pager does not claim the previous result's page count ("Page 3 of 3" of a result that has 2
// pages). It says it is counting, is marked busy, its buttons are unavailable (they would go by
// the old count), and nothing is announced until the new count is known.
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { ControlledClient, settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);

const pager = (el: EvLog) => shadow(el).querySelector<HTMLElement>('[part="pager"]');
const pagerText = (el: EvLog) => pager(el)?.querySelector('.page-status')?.textContent?.trim();
const buttons = (el: EvLog) => [...pager(el)!.querySelectorAll('button')];
const region = (el: EvLog) => shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;

/** Every pager status and live-region text the log shows from now on. */
function watch(el: EvLog) {
  const seen = { pager: new Set<string>(), said: new Set<string>() };
  const record = () => {
    seen.pager.add(pagerText(el) ?? '(no pager)');
    const said = region(el).textContent!.trim();
    if (said) seen.said.add(said);
  };
  const observer = new MutationObserver(record);
  observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('<ev-log mode="pages"> pager while a new result loads', () => {
  // 30 events, half of them logins: 3 pages, 2 once filtered to logins.
  const events = makeEvents({ count: 30, now: NOW, actions: ['login', 'logout'] });

  for (const start of [1, 3]) {
    it(`from page ${start} of 3, a filter change: no stale count while loading, then the new one`, async () => {
      const client = new ControlledClient(createMemoryClient({ events }));
      const el = await fixture<EvLog>(html`<ev-log mode="pages" page=${start} page-size="10" style="height: 480px" .client=${client}></ev-log>`);
      await waitFor(() => el.matches(':state(ready)'), 'ready', 8000);
      await settle(el);
      expect(pagerText(el)).to.equal(`Page ${start} of 3`);
      expect(pager(el)!.getAttribute('aria-busy')).to.equal('false');

      const { seen, stop } = watch(el);
      client.hold = true;
      el.store.patchFilter({ actions: ['login'] });
      await waitFor(() => el.matches(':state(loading)'), 'loading');
      await settle(el);
      // Loading the new result: the pager stays (no jump in the layout), without a count.
      expect(pagerText(el)).to.equal('Counting pages…');
      expect(pager(el)!.getAttribute('aria-busy')).to.equal('true');
      expect(buttons(el).map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true', 'true', 'true']);
      // Its buttons do nothing meanwhile (Last would go by the old count).
      buttons(el).at(-1)!.click();
      await settle(el);
      expect(pagerText(el)).to.equal('Counting pages…');
      await expect(el).to.be.accessible();

      client.hold = false;
      client.release();
      await waitFor(() => el.matches(':state(ready)') && pagerText(el) === 'Page 1 of 2', `the new count, shown ${pagerText(el)}`, 8000);
      await settle(el);
      expect(pager(el)!.getAttribute('aria-busy')).to.equal('false');
      stop();
      // The old count was never shown for the new result, nor said.
      expect([...seen.pager].filter((text) => / of 3$/.test(text))).to.deep.equal([]);
      expect([...seen.said].filter((text) => /of 3/.test(text))).to.deep.equal([]);

      // Another page of the same result: its count is known and stays while it loads.
      client.hold = true;
      buttons(el).find((b) => b.textContent!.trim() === 'Next page')!.click();
      await waitFor(() => el.matches(':state(loading)'), 'page 2 loading');
      await settle(el);
      expect(pagerText(el)).to.equal('Page 2 of 2');
      expect(pager(el)!.getAttribute('aria-busy')).to.equal('false');
      client.hold = false;
      client.release();
      await waitFor(() => el.matches(':state(ready)') && region(el).textContent!.trim() === 'Page 2 of 2', 'page 2 announced');
    });
  }
});
