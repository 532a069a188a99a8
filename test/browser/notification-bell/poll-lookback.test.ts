/**
 * Polling when a notification becomes visible after a newer one was already listed: B stamped
 * before C, but its transaction commits 2 s later (or the server stamping it has a clock behind
 * the one stamping C). The tick that listed C had passed B's time; B is still counted, listed and
 * announced on the next tick, once, and each tick makes one request. Before, B was never shown by
 * polling: no count, no row, no announcement. Times are relative to the page's clock; polls run on
 * a virtual clock.
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

/** [cause, B's time, C's time], relative to when C is created. */
const CASES: Array<[string, number, number]> = [
  ['B committed 2 s after it was stamped', -2000, -1500],
  ['B stamped by a server clock 5 s behind', -5000, 0],
];

for (const [label, factory] of FACTORIES)
  for (const [cause, b, c] of CASES)
    describe(`<ev-notification-bell> polling, ${cause} (${label})`, () => {
      it('counts, lists and announces B on the next tick, once, with one request a tick', async () => {
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
