/**
 * Polling with a notification created in the far future ("9999-12-31…": data is hostile): it is
 * counted and announced once, and it does not switch the bell's live updates off: a notification
 * that comes after it is still counted and announced (before, the far one stayed "the newest seen"
 * and every later poll found nothing new). Polls run on a virtual clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { fakeAuthentikApi, virtualClock } from './fake-api.js';
import { badge, notifications, settle, sr, until } from './helpers.js';

const BASE = 'https://events.test/api/v3';
const isPoll = (r: { method: string; query: URLSearchParams }) => r.method === 'GET' && r.query.get('page_size') === '50';
const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();

const FACTORIES: Array<[string, (options: BellClientOptions) => NotificationClient]> = [
  ['createAuthentikNotificationClient', createAuthentikNotificationClient],
  ['the client built from `api`', createBellClient],
];

for (const [label, factory] of FACTORIES)
  describe(`<ev-notification-bell> polling: a notification created in 9999 (${label})`, () => {
    it('is announced once, and one created after it is still counted and announced', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(2, { now: Date.now() - 3_600_000 }), clock);
      const client = factory({ baseUrl: BASE, fetch: api.fetch, sleep: clock.sleep, random: () => 0.5, live: 'poll', shareLive: false, retries: 0 });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 2, 'the first count');
      await until(() => api.log.some(isPoll), 'the first poll');
      api.items.push({ ...notifications(1, { prefix: 'far' })[0]!, created: '9999-12-31T23:59:59Z' });
      await clock.advance(30_000);
      await until(() => badge(el) === '3', 'the far one counted');
      await until(() => announced(el) === 'New notification: Body far0', 'the far one announced');
      api.items.push(...notifications(1, { prefix: 'later' }));
      await clock.advance(30_000);
      await until(() => badge(el) === '4', 'the later one counted');
      await until(() => announced(el) === 'New notification: Body later0', 'the later one announced');
      // Neither comes again.
      await clock.advance(60_000);
      await settle(el);
      expect([badge(el), announced(el)]).to.deep.equal(['4', 'New notification: Body later0']);
      await expect(el).to.be.accessible();
    });
  });
