/**
 * Polling when a notification becomes visible after a newer one was already listed: B stamped
 * before C, but its transaction commits 2 s later (or the server stamping it has a clock behind
 * the one stamping C). The tick that listed C had passed B's time; B is still counted, listed and
 * announced on the next tick, once, and each tick makes one request. Before, B was never shown by
 * polling: no count, no row, no announcement. Times are relative to the page's clock; polls run on
 * a virtual clock.
 */
import { expect } from '@open-wc/testing';
import { badge, openPanel, until } from './helpers.js';
import { FACTORIES, announced, bodies, one, pollingBell } from './poll-tick-helpers.js';

/** [cause, B's time, C's time], relative to when C is created. */
const CASES: Array<[string, number, number]> = [
  ['B committed 2 s after it was stamped', -2000, -1500],
  ['B stamped by a server clock 5 s behind', -5000, 0],
];

for (const [label, factory] of FACTORIES)
  for (const [cause, b, c] of CASES)
    describe(`<ev-notification-bell> polling, ${cause} (${label})`, () => {
      it('counts, lists and announces B on the next tick, once, with one request a tick', async () => {
        const { el, api, tick } = await pollingBell(factory);
        const start = Date.now();
        api.items.push(one('C', start + c));
        expect(await tick(), 'requests of the tick that finds C').to.equal(1);
        await until(() => badge(el) === '3', 'C counted');
        await until(() => announced(el) === 'New notification: C', 'C announced');
        api.items.push(one('B', start + b));
        expect(await tick(), 'requests of the tick that finds B').to.equal(1);
        await until(() => badge(el) === '4', 'B counted');
        await until(() => announced(el) === 'New notification: B', 'B announced');
        for (let i = 0; i < 3; i++) expect(await tick(), `requests of quiet tick ${i}`).to.equal(1);
        expect([badge(el), announced(el)]).to.deep.equal(['4', 'New notification: B']);
        await openPanel(el);
        expect(bodies(el).filter((x) => x === 'B' || x === 'C')).to.deep.equal(['C', 'B']);
        await expect(el).to.be.accessible();
      });
    });
