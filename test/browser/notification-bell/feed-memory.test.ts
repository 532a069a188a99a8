/**
 * The feed's memory on a page left open for days: what it holds by pk stays what its lists hold
 * plus the catch-up's look-back window (30 s below the newest), through live pushes, list reloads,
 * mark-all, missed ticks (resync) and reconnect catch-ups (with a push arriving while one is on its
 * way), and every notification is still announced exactly once. Before, every notification ever
 * heard was held until the page closed. A desktop notification clicked after the feed let go of
 * its notification still marks it seen (guard: true before; it is what letting go must keep).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EventNotification } from '../../../src/client/types.js';
import { NotificationFeed } from '../../../src/components/notification-bell/feed.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, controlledClient, notifications, settle, until } from './helpers.js';

for (const opened of [true, false])
  describe(`<ev-notification-bell> feed memory (panel ${opened ? 'opened' : 'never opened'})`, () => {
    it('holds what its lists hold and the look-back window, not every notification heard', async () => {
      let clock = Date.now() - 7 * 86_400_000;
      const client = controlledClient(notifications(30, { now: clock, seen: (i) => i % 2 === 0 }));
      const feed = new NotificationFeed(client);
      feed.pageSize = 5;
      const told = new Map<string, number>();
      feed.addEventListener('new', (e) => {
        for (const n of (e as CustomEvent<EventNotification[]>).detail) told.set(n.pk, (told.get(n.pk) ?? 0) + 1);
      });
      const release = feed.attach({});
      await until(() => feed.unread !== null, 'the first count');
      let made = 0;
      const next = () => notifications(1, { prefix: `p${made++}-`, now: (clock += 60_000) });
      const matches = () => feed.unread === client.server.filter((n) => !n.seen).length;
      for (let cycle = 0; cycle < 40; cycle++) {
        client.add(next());
        // Missed while the connection was down, caught up on when it is back; one more pushed meanwhile.
        client.add(next(), true);
        client.push({ type: 'status', status: 'offline' });
        client.push({ type: 'status', status: 'open' });
        client.add(next());
        await settle();
        if (opened) {
          await feed.load('unread');
          await feed.load('all');
        }
        if (cycle % 10 === 9) {
          client.push({ type: 'status', status: 'open', missed: true });
          await feed.markAllSeen();
        }
        await until(matches, `cycle ${cycle}: the count to match the server`);
        await settle();
      }
      const listed = new Set([...feed.lists.unread.items, ...feed.lists.all.items].map((n) => n.pk));
      expect(told.size, 'every notification added told').to.equal(made);
      expect([...told.values()].every((times) => times === 1), 'none told twice').to.be.true;
      expect(feed.held, `held (listed: ${listed.size}, heard: ${made})`).to.be.at.most(listed.size + 1);
      release();
    });
  });

describe('<ev-notification-bell> feed memory: a desktop notification clicked later', () => {
  it('guard: marks its notification seen after the feed let go of it', async () => {
    const shown: Array<{ tag?: string; note: { onclick: (() => void) | null } }> = [];
    const real = window.Notification;
    const hasFocus = document.hasFocus;
    (window as unknown as { Notification: unknown }).Notification = class {
      static permission = 'granted';
      onclick: (() => void) | null = null;
      constructor(_title: string, options: NotificationOptions) {
        shown.push({ tag: options.tag, note: this });
      }
      close() {}
    };
    document.hasFocus = () => false; // the page is in the background
    try {
      const client = controlledClient(notifications(1, { now: Date.now() - 3_600_000 }));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell desktop .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1, 'the first count');
      client.add(notifications(1, { prefix: 'x', now: Date.now() - 120_000 }));
      await until(() => shown.length === 1, 'the desktop notification of x0');
      client.add(notifications(1, { prefix: 'y', now: Date.now() - 1000 }));
      await until(() => shown.length === 2 && badge(el) === '3', 'y0');
      await settle(el);
      shown[0]!.note.onclick!();
      await until(() => client.calls.some((c) => c.method === 'markSeen' && c.pk === 'x0'), 'x0 marked seen');
      await until(() => badge(el) === '2', 'the badge to count it read');
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
      document.hasFocus = hasFocus;
    }
  });
});
