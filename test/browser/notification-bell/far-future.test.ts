/**
 * Polling with a notification created in the far future ("9999-12-31…": data is hostile): it is
 * counted and announced once, and it does not switch the bell's live updates off: a notification
 * that comes after it is still counted and announced (before, the far one stayed "the newest seen"
 * and every later poll found nothing new). Nor does it stop the bell from catching up on what
 * arrived while a stream was down: before, the catch-up asked for what came after 9999 (nothing).
 * Polls run on a virtual clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { LOOKBACK_MS } from '../../../src/client/poll.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { fakeAuthentikApi, virtualClock } from './fake-api.js';
import { badge, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

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

describe('<ev-notification-bell> stream: a notification created in 9999', () => {
  it('pushed live, does not stop the bell from catching up on what arrived while the stream was down', async () => {
    const client = controlledClient(notifications(1, { now: Date.now() - 3_600_000 }));
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 1, 'the unread count');
    const [timed, far] = [notifications(1, { prefix: 'y' })[0]!, notifications(1, { prefix: 'x' })[0]!];
    client.add([{ ...timed, body: 'Timed' }]);
    await until(() => announced(el) === 'New notification: Timed', 'the timed one announced');
    client.add([{ ...far, body: 'Far', created: '9999-12-31T23:59:59Z' }]);
    await until(() => announced(el) === 'New notification: Far', 'the far one announced');
    // The stream drops; one arrives meanwhile, unheard; the stream comes back without replay.
    client.push({ type: 'status', status: 'connecting' });
    const [missed] = notifications(1, { prefix: 'z', now: Date.now() + 5000 });
    client.add([{ ...missed!, body: 'Missed while away' }], true);
    client.push({ type: 'status', status: 'open' });
    await until(() => announced(el) === 'New notification: Missed while away', 'the missed one announced');
    await until(() => el.unread === 4, 'the count with it');
    // What came after the newest known time the clock has reached is asked for (from its look-back window on).
    const after = new Date(Date.parse(timed.created) - LOOKBACK_MS).toISOString();
    expect(client.calls.filter((c) => c.query?.createdAfter !== undefined).map((c) => c.query!.createdAfter)).to.deep.equal([after]);
    await openPanel(el);
    const bodies = [...sr(el).querySelectorAll('article [part~=body]')].map((b) => b.textContent);
    expect(bodies).to.deep.equal(['Far', 'Missed while away', 'Timed', 'Body n0']);
    await expect(el).to.be.accessible();
  });
});
