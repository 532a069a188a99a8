/**
 * A long notification body is shortened for the polite announcement (160 characters) and for a
 * desktop notification (500): the cut one ends with "…", so a listener or reader knows there is
 * more, and never in half a character (an emoji across the cut is left out whole, not read or
 * drawn as a broken "�").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { controlledClient, notifications, sr, until } from './helpers.js';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const region = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!;

describe('<ev-notification-bell> a long body, shortened', () => {
  it('in the announcement: cut with "…", an emoji across the cut left out whole', async () => {
    const client = controlledClient(notifications(1));
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 1);
    // 159 characters, then an emoji (two UTF-16 units) across the 160th.
    client.add([{ ...notifications(1, { prefix: 'x', now: Date.now() + 1000 })[0]!, body: `${'a'.repeat(159)}😀 and more` }]);
    await until(() => region(el) !== '', 'the announcement');
    expect(LONE.test(region(el)), 'half a character in the announcement').to.equal(false);
    expect(region(el)).to.equal(`New notification: ${'a'.repeat(159)}…`);
    // The emoji one earlier: it would end the cut text half, so it is left out whole.
    client.add([{ ...notifications(1, { prefix: 'y', now: Date.now() + 2000 })[0]!, body: `${'b'.repeat(158)}😀 and more` }]);
    await until(() => region(el).includes('bbb'), 'the second announcement');
    expect(region(el)).to.equal(`New notification: ${'b'.repeat(158)}…`);
    // A body of exactly 160 characters is said whole.
    client.add([{ ...notifications(1, { prefix: 'z', now: Date.now() + 3000 })[0]!, body: 'd'.repeat(160) }]);
    await until(() => region(el).includes('ddd'), 'the third announcement');
    expect(region(el)).to.equal(`New notification: ${'d'.repeat(160)}`);
  });

  it('in a desktop notification: cut with "…", an emoji across the cut left out whole', async () => {
    const shown: NotificationOptions[] = [];
    const real = window.Notification;
    const hasFocus = document.hasFocus;
    (window as unknown as { Notification: unknown }).Notification = class {
      static permission = 'granted';
      onclick = null;
      constructor(_title: string, options: NotificationOptions) {
        shown.push(options);
      }
    };
    document.hasFocus = () => false; // the page is in the background
    try {
      const client = controlledClient(notifications(1));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell desktop .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1);
      client.add([{ ...notifications(1, { prefix: 'x', now: Date.now() + 1000 })[0]!, body: `${'a'.repeat(499)}😀${'z'.repeat(100)}` }]);
      await until(() => shown.length === 1, 'a desktop notification');
      expect(LONE.test(shown[0]!.body!), 'half a character in the desktop notification').to.equal(false);
      expect(shown[0]!.body).to.equal(`${'a'.repeat(499)}…`);
      // Nothing visible in what would be shown: the severity, as for a blank body.
      client.add([{ ...notifications(1, { prefix: 'y', now: Date.now() + 2000 })[0]!, severity: 'alert', body: `${'\u200b'.repeat(600)}late text` }]);
      await until(() => shown.length === 2, 'the second desktop notification');
      expect(shown[1]!.body).to.equal('Alert');
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
      document.hasFocus = hasFocus;
    }
  });
});
