/**
 * One poll connection can serve `<ev-log>` and the bell (the general client polls both kinds). A
 * tick that overflowed names the kinds (`missedKinds`): the bell resyncs only when notifications
 * overflowed, not after an event overflow. In-memory source, live messages sent by the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { type ControlledClient, controlledClient, notifications, settle, until } from './helpers.js';

const lists = (client: ControlledClient) => client.calls.filter((c) => c.method === 'listNotifications').length;

async function bell(client: ControlledClient): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === 3, 'the count');
  await settle(el);
  return el;
}

describe('<ev-notification-bell> on a connection shared with <ev-log>: `missed` by kind', () => {
  it('a tick that missed events only: no resync (no request for notifications)', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    const before = lists(client);
    client.push({ type: 'status', status: 'polling', missed: true, missedKinds: ['event'] });
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(lists(client)).to.equal(before);
  });

  it('a tick that missed notifications (or says `missed` without kinds): the count from the server again', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    for (const message of [{ missedKinds: ['event', 'notification'] as const }, {}]) {
      const before = lists(client);
      client.push({ type: 'status', status: 'polling', missed: true, ...message });
      await until(() => lists(client) > before, 'a count request');
      await settle(el);
    }
  });
});
