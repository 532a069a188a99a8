/**
 * Polling with the client's clock 3 minutes behind the server's (or a notification stamped by a
 * clock that far ahead of the one stamping the next): every new notification is counted, listed
 * and announced on the next poll tick, once, and each tick makes one request. Before, one created
 * less than 5 minutes ahead of the client's clock moved the "newest seen" there at once, so one
 * stamped earlier than it that arrived later (30 s later, by a clock 3 minutes behind the first
 * one's) was never shown by a tick. The client's clock is the page's; the server's times are set
 * relative to it; polls run on a virtual clock.
 */
import { expect } from '@open-wc/testing';
import { badge, openPanel, until } from './helpers.js';
import { FACTORIES, announced, bodies, one, pollingBell } from './poll-tick-helpers.js';

/** [what the server's clock is ahead of the client's when A is created, when B is created 30 s later]. */
const CASES: Array<[string, number, number]> = [
  ['the server clock 3 minutes ahead', 180_000, 180_000],
  ['A stamped 3 minutes ahead, B by the client-true clock', 180_000, 0],
];

for (const [label, factory] of FACTORIES)
  for (const [skew, aheadA, aheadB] of CASES)
    describe(`<ev-notification-bell> polling, ${skew} (${label})`, () => {
      it('shows each new notification on the next tick, once, with one request a tick', async () => {
        const { el, api, tick } = await pollingBell(factory);
        const start = Date.now();
        api.items.push(one('A', start + aheadA));
        expect(await tick(), 'requests of the tick that finds A').to.equal(1);
        await until(() => badge(el) === '3', 'A counted');
        await until(() => announced(el) === 'New notification: A', 'A announced');
        api.items.push(one('B', start + 30_000 + aheadB));
        expect(await tick(), 'requests of the tick that finds B').to.equal(1);
        await until(() => badge(el) === '4', 'B counted');
        await until(() => announced(el) === 'New notification: B', 'B announced');
        for (let i = 0; i < 3; i++) expect(await tick(), `requests of quiet tick ${i}`).to.equal(1);
        expect([badge(el), announced(el)]).to.deep.equal(['4', 'New notification: B']);
        await openPanel(el);
        expect(bodies(el).filter((b) => b === 'A' || b === 'B')).to.have.lengthOf(2);
        await expect(el).to.be.accessible();
      });
    });
