// <ev-log live> whose newest row was stamped a few minutes ahead of the client's clock (a server
// clock ahead, skew between the clocks stamping events): when the stream re-opens after a drop it
// cannot replay, an event created meanwhile, stamped before that row (by a clock behind the one
// that stamped it) but after the row before it, is caught up on and shown, once. Before, the
// catch-up allowed 5 minutes ahead of the clock, started from the row ahead and never showed it
// (as poll.ts's "newest seen" marker, which allows nothing since). In-memory source with a live
// channel the test drives; times relative to this run's clock (EV_TEST_CLOCK_OFFSET_DAYS).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { PushClient, manyEvents, settle, shadow, waitFor } from './helpers.js';
import { copies } from './live-helpers.js';

const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const at = (pk: string, created: number) => ({ ...manyEvents(1)[0]!, pk, created: new Date(created).toISOString() }) as EventRecord;

/** How far ahead of the client's clock the newest row was stamped. */
const AHEAD: Array<[string, number]> = [
  ['3 minutes', 180_000],
  ['1 minute', 60_000],
];

for (const [label, ahead] of AHEAD)
  describe(`<ev-log live>: the newest row stamped ${label} ahead of the client's clock`, () => {
    it('after a stream drop, an event created meanwhile and stamped before it is shown once; nothing twice', async () => {
      const start = Date.now();
      // The rows end a minute before the clock; the newest is ahead of it.
      const a = at('ahead', start + ahead);
      const memory = createMemoryClient({ events: [a, ...manyEvents(30, start - 60_000)] });
      const client = new PushClient(memory);
      const el = await fixture<EvLog>(html`<ev-log live lang="en" style="height: 480px; width: 1000px" .client=${client}></ev-log>`);
      await waitFor(() => el.matches(':state(ready)'), 'rows');
      client.push({ type: 'status', status: 'open' });
      await waitFor(() => status(el) === 'Live', 'live');
      await settle(el);
      expect(el.total).to.equal(31);
      // The stream drops; one is created meanwhile (after the rows below the one ahead, before
      // it), unheard; the stream comes back without replay.
      client.push({ type: 'status', status: 'connecting' });
      const b = at('meanwhile', Date.now() - 1000);
      memory.addEvents([b]);
      client.push({ type: 'status', status: 'open' });
      await waitFor(() => el.total === 32, 'the missed one');
      await settle(el);
      expect(copies(el, [b.created, a.created]), 'the missed one and the one ahead, once each').to.deep.equal([1, 1]);
      // Dropped and back again: the catch-up lists them again; nothing shows twice.
      const calls = client.calls.length;
      client.push({ type: 'status', status: 'connecting' });
      client.push({ type: 'status', status: 'open' });
      await waitFor(() => client.calls.length > calls && client.calls.every((c) => c.settled), 'the second catch-up');
      await settle(el);
      expect(el.total).to.equal(32);
      expect(copies(el, [b.created, a.created]), 'still once each').to.deep.equal([1, 1]);
      await expect(el).to.be.accessible();
    });
  });
