// <ev-log live> after a stream drop it cannot replay: an event created meanwhile but stamped a
// little before the newest row shown (its transaction committed later, or the server stamping it
// has a clock a few seconds behind the one that stamped that row) is caught up on and shown,
// once; nothing shows twice, and each catch-up is one request. Before, the catch-up listed only
// from the newest row on and never showed it. In-memory source with a live channel the test
// drives; times relative to this run's clock (EV_TEST_CLOCK_OFFSET_DAYS).
import { expect } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import { manyEvents, settle, waitFor } from './helpers.js';
import { copies, eventAt as at, liveWithC, shown } from './live-helpers.js';

/** [case, the rows' page size, B's time]: B 2 s before C (the newest, pushed live) or between two rows listed first. */
const CASES: Array<[string, number, (c: number, rows: readonly EventRecord[]) => number]> = [
  ['above the rows listed first, all rows loaded', 100, (c) => c - 2000],
  ['between two rows listed first, all rows loaded', 100, (_c, rows) => Date.parse(rows[2]!.created) - 500],
  ['above the rows, 20 rows a page: more in the last 30 s than loaded', 20, (c) => c - 2000],
  ['between two rows listed first, 20 rows a page', 20, (_c, rows) => Date.parse(rows[2]!.created) - 500],
];

for (const [where, pageSize, bAt] of CASES)
  describe(`<ev-log live> catch-up, B stamped before the newest row shown (${where})`, () => {
    it('shows B once after the stream comes back; nothing twice; one request a catch-up', async () => {
      const start = Date.now();
      // 60 rows 0.4 s apart, the newest 10 s before the clock: all within 30 s of C.
      const rows = manyEvents(60, start - 10_000).map((e, i) => ({ ...e, created: new Date(start - 10_000 - i * 400).toISOString() }));
      // C arrives live and shows on top.
      const { el, client, memory, c } = await liveWithC(rows, pageSize);
      // The stream drops; B, stamped before C, becomes visible meanwhile, unheard; the stream comes back without replay.
      client.push({ type: 'status', status: 'connecting' });
      const b = at('B', bAt(Date.parse(c.created), rows));
      memory.addEvents([b]);
      let calls = client.calls.length;
      client.push({ type: 'status', status: 'open' });
      await waitFor(() => client.calls.length > calls && client.calls.every((x) => x.settled), 'the catch-up');
      await settle(el);
      expect(client.calls.length - calls, 'requests of the catch-up').to.equal(1);
      await waitFor(() => el.total === 62, 'B');
      expect(copies(el, [b.created, c.created]), 'B and C, once each').to.deep.equal([1, 1]);
      // Dropped and back again with nothing new (the quiet path): one request, nothing twice.
      calls = client.calls.length;
      client.push({ type: 'status', status: 'connecting' });
      client.push({ type: 'status', status: 'open' });
      await waitFor(() => client.calls.length > calls && client.calls.every((x) => x.settled), 'the second catch-up');
      await settle(el);
      expect(client.calls.length - calls, 'requests of the quiet catch-up').to.equal(1);
      expect(el.total).to.equal(62);
      expect(copies(el, [b.created, c.created]), 'still once each').to.deep.equal([1, 1]);
      expect(new Set(shown(el)).size, 'no row twice on screen').to.equal(shown(el).length);
      await expect(el).to.be.accessible();
    });
  });
