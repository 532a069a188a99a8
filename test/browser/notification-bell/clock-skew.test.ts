/**
 * Polling with the client's clock 3 minutes behind the server's (or a notification stamped by a
 * clock that far ahead of the one stamping the next): every new notification is counted, listed
 * and announced on the next poll tick, once, and each tick makes one request. Before, one created
 * less than 5 minutes ahead of the client's clock moved the "newest seen" there at once, so one
 * stamped earlier than it that arrived later (30 s later, by a clock 3 minutes behind the first
 * one's) was never shown by a tick. The client's clock is the page's; the server's times are set
 * relative to it; polls run on a virtual clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { EventNotification, NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { fakeAuthentikApi, virtualClock } from './fake-api.js';
import { badge, notifications, openPanel, settle, sr, until } from './helpers.js';

const BASE = 'https://events.test/api/v3';
const isPoll = (r: { method: string; query: URLSearchParams }) => r.method === 'GET' && r.query.get('page_size') === '50';
const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();
const bodies = (el: EvNotificationBell) => [...sr(el).querySelectorAll('article [part~=body]')].map((b) => b.textContent);
const one = (body: string, created: number): EventNotification => ({ ...notifications(1, { prefix: body })[0]!, body, created: new Date(created).toISOString() });

const FACTORIES: Array<[string, (options: BellClientOptions) => NotificationClient]> = [
  ['createAuthentikNotificationClient', createAuthentikNotificationClient],
  ['the client built from `api`', createBellClient],
];

/** [what the server's clock is ahead of the client's when A is created, when B is created 30 s later]. */
const CASES: Array<[string, number, number]> = [
  ['the server clock 3 minutes ahead', 180_000, 180_000],
  ['A stamped 3 minutes ahead, B by the client-true clock', 180_000, 0],
];

for (const [label, factory] of FACTORIES)
  for (const [skew, aheadA, aheadB] of CASES)
    describe(`<ev-notification-bell> polling, ${skew} (${label})`, () => {
      it('shows each new notification on the next tick, once, with one request a tick', async () => {
        const clock = virtualClock();
        const api = fakeAuthentikApi(notifications(2, { now: Date.now() - 3_600_000 }), clock);
        const client = factory({ baseUrl: BASE, fetch: api.fetch, sleep: clock.sleep, random: () => 0.5, live: 'poll', shareLive: false, retries: 0 });
        const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
        await until(() => el.unread === 2, 'the first count');
        await until(() => api.log.some(isPoll), 'the baseline poll');
        const polls = () => api.log.filter(isPoll).length;
        const tick = async () => {
          const before = polls();
          await clock.advance(30_000);
          await settle(el);
          return polls() - before;
        };
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
