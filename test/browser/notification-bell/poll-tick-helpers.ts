// Shared by the bell's polling tests that push notifications stamped at chosen times and count
// each tick's requests (clock-skew.test.ts, poll-lookback.test.ts).
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { EventNotification, NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { fakeAuthentikApi, virtualClock } from './fake-api.js';
import { notifications, settle, sr, until } from './helpers.js';

const BASE = 'https://events.test/api/v3';
const isPoll = (r: { method: string; query: URLSearchParams }) => r.method === 'GET' && r.query.get('page_size') === '50';

export const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();
export const bodies = (el: EvNotificationBell) => [...sr(el).querySelectorAll('article [part~=body]')].map((b) => b.textContent);
/** A notification whose body is `body`, stamped at `created` (ms). */
export const one = (body: string, created: number): EventNotification => ({ ...notifications(1, { prefix: body })[0]!, body, created: new Date(created).toISOString() });

/** Both clients a bell can poll with. */
export const FACTORIES: Array<[string, (options: BellClientOptions) => NotificationClient]> = [
  ['createAuthentikNotificationClient', createAuthentikNotificationClient],
  ['the client built from `api`', createBellClient],
];

/**
 * A bell polling a fake authentik API on a virtual clock, its baseline poll taken (2 unread, an
 * hour old). `tick()` runs one 30 s poll tick and says how many list requests it made; push to
 * `api.items` to have the server list more.
 */
export async function pollingBell(factory: (options: BellClientOptions) => NotificationClient) {
  const clock = virtualClock();
  const api = fakeAuthentikApi(notifications(2, { now: Date.now() - 3_600_000 }), clock);
  const client = factory({ baseUrl: BASE, fetch: api.fetch, sleep: clock.sleep, random: () => 0.5, live: 'poll', shareLive: false, retries: 0 });
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === 2, 'the first count');
  await until(() => api.log.some(isPoll), 'the baseline poll');
  const polls = () => api.log.filter(isPoll).length;
  const tick = async (): Promise<number> => {
    const before = polls();
    await clock.advance(30_000);
    await settle(el);
    return polls() - before;
  };
  return { el, api, tick };
}
