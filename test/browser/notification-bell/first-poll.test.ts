/**
 * Polling's first tick only takes a baseline (it announces none of the newest it lists). A
 * notification created after the bell's first count and before that first tick reaches the server
 * is in neither: once the first tick is in, the bell catches up as when a stream first opens.
 * The first poll is held until the test releases it; time is a virtual clock (no later tick).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { fakeAuthentikApi, virtualClock } from './fake-api.js';
import { articles, badge, notifications, openPanel, settle, sr, until } from './helpers.js';

const BASE = 'https://events.test/api/v3';
const T0 = Date.UTC(2026, 0, 1);
const isPoll = (r: { method: string; query: URLSearchParams }) => r.method === 'GET' && r.query.get('page_size') === '50';
const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent;

const FACTORIES: Array<[string, (options: BellClientOptions) => NotificationClient]> = [
  ['createAuthentikNotificationClient', createAuthentikNotificationClient],
  ['the client built from `api`', createBellClient],
];

for (const [label, factory] of FACTORIES) describe(`<ev-notification-bell>: a notification created before the first poll (${label})`, () => {
  /** A bell polling a fake API whose polls wait until `releasePolls()`; counted once. */
  async function pollingBell() {
    const clock = virtualClock();
    const api = fakeAuthentikApi(notifications(2, { now: T0 }), clock);
    let releasePolls!: () => void;
    const held = new Promise<void>((r) => (releasePolls = r));
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (new URL(String(input)).searchParams.get('page_size') === '50') await held;
      return api.fetch(input, init);
    }) as typeof globalThis.fetch;
    const client = factory({ baseUrl: BASE, fetch, sleep: clock.sleep, random: () => 0.5, live: 'poll', shareLive: false, retries: 0 });
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 2, 'the first count');
    return { api, el, releasePolls };
  }

  for (const shown of [false, true]) it(`is counted, announced once${shown ? ' and listed in the open panel' : ''} once the first poll is in`, async () => {
    const { api, el, releasePolls } = await pollingBell();
    if (shown) {
      await openPanel(el);
      expect(articles(el)).to.have.length(2);
    }
    // Created on the server after the count, before the first poll reaches it.
    api.items.push(...notifications(1, { prefix: 'late', now: T0 + 60_000 }));
    await settle(el);
    expect(badge(el)).to.equal('2');
    releasePolls();
    await until(() => api.log.some(isPoll), 'the first poll');
    await until(() => badge(el) === '3', 'the count with the late one');
    await until(() => announced(el) === 'New notification: Body late0', 'the announcement of the late one alone');
    if (shown) {
      await until(() => articles(el).length === 3, 'the late one listed');
      expect(articles(el)[0]!.textContent).to.contain('Body late0');
    }
    await expect(el).to.be.accessible();
  });

  it('nothing new before the first poll: the count stays, nothing is announced', async () => {
    const { api, el, releasePolls } = await pollingBell();
    const counts = () => api.log.filter((r) => r.query.get('seen') === 'false' && r.query.get('page_size') === '1').length;
    releasePolls();
    await until(() => api.log.some(isPoll), 'the first poll');
    await until(() => counts() > 1, 'the count asked again after the first poll');
    await settle(el);
    expect(badge(el)).to.equal('2');
    expect(announced(el)).to.equal('');
  });
});
