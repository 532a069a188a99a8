// <ev-log mode="pages">: a page number that cannot be (0, -4, 2.5, NaN, past the last page) is
// shown as the page it lands on, never "Page 0 of 3".
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { dataRows, settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);

const pagerText = (el: EvLog) => shadow(el).querySelector('[part="pager"] .page-status')?.textContent?.trim();

describe('<ev-log mode="pages"> page numbers that cannot be', () => {
  const events = makeEvents({ count: 30, now: NOW });
  // Past the end: an array knows its size (the last page); a server answers 404 (the first page).
  for (const [page, inArray, fromServer] of [['0', 1, 1], ['-4', 1, 1], ['2.5', 2, 2], ['abc', 1, 1], ['99', 3, 1]] as const) {
    it(`page="${page}" shows page ${inArray} of 3 (from a server: ${fromServer})`, async () => {
      for (const source of ['events', 'client'] as const) {
        const shown = source === 'events' ? inArray : fromServer;
        const el = await fixture<EvLog>(
          source === 'events'
            ? html`<ev-log mode="pages" page=${page} page-size="10" style="height: 480px" .events=${events}></ev-log>`
            : html`<ev-log mode="pages" page=${page} page-size="10" style="height: 480px" .client=${createMemoryClient({ events })}></ev-log>`,
        );
        await waitFor(() => el.matches(':state(ready)') && pagerText(el) !== undefined, `${source}: ready`);
        await settle(el);
        expect(pagerText(el), `${source}: page="${page}"`).to.equal(`Page ${shown} of 3`);
        expect(el.page, `${source}: page="${page}"`).to.equal(shown);
        expect(el.getAttribute('page'), `${source}: the attribute`).to.equal(String(shown));
        // The rows are that page's.
        expect(dataRows(el)[0]!.querySelector('time')!.getAttribute('datetime'), `${source}: page="${page}"`).to.equal(events[(shown - 1) * 10]!.created);
      }
    });
  }

  it('a page set later to 0 or NaN is page 1 too', async () => {
    const el = await fixture<EvLog>(html`<ev-log mode="pages" page="2" page-size="10" style="height: 480px" .events=${events}></ev-log>`);
    await settle(el);
    expect(pagerText(el)).to.equal('Page 2 of 3');
    el.page = 0;
    await settle(el);
    expect(pagerText(el)).to.equal('Page 1 of 3');
    el.page = Number.NaN;
    await settle(el);
    expect(pagerText(el)).to.equal('Page 1 of 3');
    expect(el.page).to.equal(1);
  });
});
