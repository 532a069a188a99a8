/**
 * A poll tick that found more new notifications than it lists (500) says so (`missed`): the bell
 * resyncs and says "more than" the number it listed, never a smaller number than came. In-memory
 * source, live messages sent by the test (the reference-server run is in catchup.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/i18n/locales/de.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { type ControlledClient, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();

async function bell(client: ControlledClient, lang = 'en'): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang=${lang} .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === 3, 'the count');
  await settle(el);
  return el;
}

/** 800 created during a gap; a tick sends the newest 500, then its status with `missed`. */
function tickPastTheCap(client: ControlledClient): void {
  const gap = notifications(800, { prefix: 'gap', now: Date.now() + 1_000_000 });
  client.add(gap, true);
  for (const n of gap.slice(0, 500).reverse()) client.push({ type: 'notification', notification: { ...n } });
  client.push({ type: 'status', status: 'polling', missed: true, missedKinds: ['notification'] });
}

describe('<ev-notification-bell> after a poll tick past its cap', () => {
  it('800 new, 500 listed: announces more than 500 (not "500 new"), and the badge shows the server count', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    tickPastTheCap(client);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('More than 500 new notifications');
    await until(() => el.unread === 803, `the server's count (shows ${el.unread})`);
  });

  it('in German too', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client, 'de');
    tickPastTheCap(client);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('Mehr als 500 neue Benachrichtigungen');
  });

  it('a few new ones afterwards are announced by their number again', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    tickPastTheCap(client);
    await until(() => announced(el) === 'More than 500 new notifications', 'the first announcement');
    await new Promise((r) => setTimeout(r, 300));
    client.add(notifications(2, { prefix: 'later', now: Date.now() + 2_000_000 }));
    await until(() => announced(el) === '2 new notifications', `the second announcement (says "${announced(el)}")`);
  });
});

/**
 * A reconnect catches up on at most 20 pages (2,000 notifications): when more arrived while the
 * connection was down, the bell says "more than" the 2,000 it fetched and shows the server's count.
 */
describe('<ev-notification-bell> after a reconnect that missed more than it fetches', function () {
  this.timeout(20000);

  /** The connection drops, `count` are created meanwhile, and it opens again (no replay). */
  function reconnectAfter(client: ControlledClient, count: number): void {
    client.push({ type: 'status', status: 'connecting' });
    // A minute apart, all after the newest known one.
    client.add(notifications(count, { prefix: 'gap', now: Date.now() + (count + 10) * 60_000 }), true);
    client.push({ type: 'status', status: 'open' });
  }

  it('2,500 missed, the newest known (panel opened): announces more than 2,000, the badge is the server count', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    await openPanel(el);
    reconnectAfter(client, 2500);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('More than 2,000 new notifications');
    await until(() => el.unread === 2503, `the server's count (shows ${el.unread})`);
  });

  it('2,500 missed, nothing listed yet (panel never opened): announces more than 2,000, not "2000 new"', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    reconnectAfter(client, 2500);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('More than 2,000 new notifications');
    await until(() => el.unread === 2503, `the server's count (shows ${el.unread})`);
  });

  it('in German, with German digit grouping', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client, 'de');
    reconnectAfter(client, 2500);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('Mehr als 2.000 neue Benachrichtigungen');
  });

  it('exactly 2,000 missed: announces "2,000 new notifications" (all of them were fetched)', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    reconnectAfter(client, 2000);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('2,000 new notifications');
  });
});
