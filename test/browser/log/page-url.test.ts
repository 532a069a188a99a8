// <ev-log mode="pages" sync-url> opened from a link whose page cannot be (past the last page, 0,
// not a number): the URL is corrected to the page shown, in place (no new history entry, so Back
// does not return to the broken link), and foreign parameters stay.
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const events = makeEvents({ count: 30, now: NOW });
const pagerText = (el: EvLog) => shadow(el).querySelector('[part="pager"] .page-status')?.textContent?.trim();

async function openAt(search: string, source: 'events' | 'client'): Promise<EvLog> {
  history.replaceState(null, '', `${location.pathname}${search}`);
  const el = await fixture<EvLog>(
    source === 'events'
      ? html`<ev-log mode="pages" page-size="10" sync-url style="height: 480px" .events=${events}></ev-log>`
      : html`<ev-log mode="pages" page-size="10" sync-url style="height: 480px" .client=${createMemoryClient({ events })}></ev-log>`,
  );
  await waitFor(() => el.matches(':state(ready)') && pagerText(el) !== undefined, `${source}: ready`);
  await settle(el);
  return el;
}

describe('<ev-log sync-url> with a page number in the URL that cannot be', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  // Past the end: an array knows its last page; a server answers 404 (the first page).
  for (const [page, inArray, fromServer] of [['999', 3, 1], ['0', 1, 1], ['-4', 1, 1], ['abc', 1, 1]] as const) {
    it(`?page=${page}: the URL names the page shown (array: ${inArray}, server: ${fromServer}), without a new history entry`, async () => {
      for (const source of ['events', 'client'] as const) {
        const shown = source === 'events' ? inArray : fromServer;
        const entries = history.length;
        const el = await openAt(`?keep=1&page=${page}`, source);
        expect(pagerText(el), source).to.equal(`Page ${shown} of 3`);
        await waitFor(() => location.search !== `?keep=1&page=${page}`, `${source}: URL corrected, is ${location.search}`);
        expect(location.search, source).to.equal(shown === 1 ? '?keep=1' : `?keep=1&page=${shown}`);
        expect(history.length, `${source}: replaced, not pushed`).to.equal(entries);
        el.remove();
      }
    });
  }

  it('a valid page stays as it is, and paging on still adds history entries', async () => {
    const el = await openAt('?keep=1&page=2', 'events');
    expect(pagerText(el)).to.equal('Page 2 of 3');
    expect(location.search).to.equal('?keep=1&page=2');
    const entries = history.length;
    shadow(el).querySelector<HTMLButtonElement>('[part~="pager-next"], [part="pager"] button:last-of-type')!.click();
    await settle(el);
    expect(pagerText(el)).to.equal('Page 3 of 3');
    expect(location.search).to.equal('?keep=1&page=3');
    expect(history.length).to.equal(entries + 1);
  });

  it('an ordering no source sorts by is dropped from the URL too', async () => {
    const entries = history.length;
    await openAt('?keep=1&ordering=-password', 'events');
    await waitFor(() => location.search === '?keep=1', `URL corrected, is ${location.search}`);
    expect(history.length).to.equal(entries);
  });
});
