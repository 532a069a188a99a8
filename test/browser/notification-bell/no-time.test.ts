/**
 * Notifications whose `created` is no time (null, a number: data is hostile) are shown without
 * breaking anything: counted in the badge, listed after the others with "Time unknown",
 * announced and shown on the desktop by their body; and one that arrives first does not stop the
 * bell from catching up on what it missed after a reconnect (also one whose `created` only the
 * browser reads as a date, "5": before, the bell asked the server for what came after it, and
 * announced nothing).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { LOOKBACK_MS } from '../../../src/client/poll.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { articles, badge, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

/** `n` with a `created` that is no time. */
const timeless = (n: EventNotification, created: unknown): EventNotification => ({ ...n, created: created as string });

const bodies = (el: EvNotificationBell) => articles(el).map((a) => a.querySelector('[part~=body]')!.textContent);
const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();

describe('<ev-notification-bell> notifications without a time', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in e ? e.error : e.reason);
  beforeEach(() => {
    errors.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  it('are counted and listed after the others, their time said to be unknown', async () => {
    const [a, b, c] = notifications(3);
    const items = [timeless({ ...a!, body: 'No time' }, null), { ...b!, body: 'Timed' }, timeless({ ...c!, body: 'A number' }, 1_700_000_000_000)];
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${createMemoryClient({ notifications: items })}></ev-notification-bell>`);
    await until(() => el.unread === 3, 'the unread count');
    expect(badge(el)).to.equal('3');
    await openPanel(el);
    expect(bodies(el)).to.deep.equal(['Timed', 'No time', 'A number']);
    const times = articles(el).map((x) => x.querySelector('[part=meta]')!.textContent!.replace('Unread, ', '').trim());
    expect(times.filter((t) => t === 'Time unknown'), times.join(' | ')).to.have.length(2);
    sr(el).querySelector<HTMLElement>('#tab-all')!.click();
    await until(() => articles(el).length === 3, 'the all tab');
    await expect(el).to.be.accessible();
    expect(errors).to.deep.equal([]);
  });

  it('arriving live: listed, announced and shown on the desktop by their body', async () => {
    const shown: Array<{ title: string; body?: string }> = [];
    const real = window.Notification;
    const hasFocus = document.hasFocus;
    (window as unknown as { Notification: unknown }).Notification = class {
      static permission = 'granted';
      onclick = null;
      constructor(title: string, options: NotificationOptions) {
        shown.push({ title, body: options.body });
      }
    };
    document.hasFocus = () => false; // the page is in the background
    try {
      const client = controlledClient(notifications(1));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell desktop .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1, 'the unread count');
      await openPanel(el);
      const [n] = notifications(1, { prefix: 'x' });
      client.add([timeless({ ...n!, body: 'Backup failed' }, null)]);
      await until(() => el.unread === 2 && articles(el).length === 2, 'the new one');
      expect(bodies(el)).to.deep.equal(['Body n0', 'Backup failed']);
      await until(() => announced(el) !== '', 'the announcement');
      expect(announced(el)).to.equal('New notification: Backup failed');
      await until(() => shown.length === 1, 'a desktop notification');
      expect(shown[0]).to.deep.equal({ title: 'Notifications', body: 'Backup failed' });
      expect(errors).to.deep.equal([]);
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
      document.hasFocus = hasFocus;
    }
  });

  for (const created of [null, 1_700_000_000_000]) {
    it(`one that arrives first (created ${created}) does not stop the bell from catching up after a reconnect`, async () => {
      // One on the server, not listed yet (the panel is not open): the pushed one is the first the bell knows.
      const client = controlledClient(notifications(1, { now: Date.now() - 3_600_000 }));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1, 'the unread count');
      const [first] = notifications(1, { prefix: 'x' });
      client.add([timeless({ ...first!, body: 'No time' }, created)]);
      await until(() => el.unread === 2, 'the pushed one');
      const [second] = notifications(1, { prefix: 'y' });
      client.add([{ ...second!, body: 'Timed' }]);
      await until(() => el.unread === 3, 'the timed one');
      await settle(el);
      // The stream drops; one arrives meanwhile, unheard; the stream comes back without replay.
      client.push({ type: 'status', status: 'connecting' });
      const [missed] = notifications(1, { prefix: 'z', now: Date.now() + 5000 });
      client.add([{ ...missed!, body: 'Missed while away' }], true);
      client.push({ type: 'status', status: 'open' });
      // What came after the newest known time is asked for, from its look-back window on (not after a time that is none).
      const catchUp = () => client.calls.find((c) => c.query?.createdAfter !== undefined);
      await until(catchUp, 'the catch-up request');
      expect(catchUp()!.query!.createdAfter).to.equal(new Date(Date.parse(second!.created) - LOOKBACK_MS).toISOString());
      await openPanel(el);
      expect(bodies(el)).to.deep.equal(['Missed while away', 'Timed', 'Body n0', 'No time']);
      expect(errors).to.deep.equal([]);
    });
  }

  // The browser reads these as dates of 2001 (as the list shows them: "Time unknown").
  for (const created of ['5', '12.5']) {
    it(`the only one known, created "${created}": what arrived while the stream was down is still caught up on and announced`, async () => {
      const client = controlledClient(notifications(1, { now: Date.now() - 3_600_000 }));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1, 'the unread count');
      const [first] = notifications(1, { prefix: 'x' });
      client.add([{ ...first!, body: 'No time', created }]);
      await until(() => announced(el).includes('No time'), 'the pushed one announced');
      client.push({ type: 'status', status: 'connecting' });
      const [missed] = notifications(1, { prefix: 'z' });
      client.add([{ ...missed!, body: 'Missed while away' }], true);
      client.push({ type: 'status', status: 'open' });
      await until(() => announced(el).includes('Missed while away'), 'the missed one announced');
      expect(el.unread).to.equal(3);
      // Nothing asked "after" a time that is none.
      expect(client.calls.filter((c) => c.query?.createdAfter !== undefined)).to.deep.equal([]);
      await openPanel(el);
      expect(bodies(el)).to.deep.equal(['Missed while away', 'Body n0', 'No time']);
      expect(errors).to.deep.equal([]);
    });
  }
});
