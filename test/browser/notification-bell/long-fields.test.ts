/**
 * Hostile data cannot make one notification taller than the list: its body is cut to a few lines
 * already, and now so are its meta line (a 5,000-character user name) and its link's label, so
 * "mark as read", the link and the next notification stay within reach. The whole text is still
 * there for screen readers and find-in-page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeEvents } from '../../fixtures/events.js';
import { articles, notifications, openPanel, sr } from './helpers.js';

const long = (word: string) => Array.from({ length: 500 }, () => word).join(' ');

describe('<ev-notification-bell> a notification with very long fields', () => {
  for (const [what, patch] of [
    ['user name', (event: ReturnType<typeof makeEvents>[number]) => ({ event: { ...event, user: { ...event.user, username: long('mallory') } } })],
    ['link label', () => ({ hyperlink: 'https://example.com/x', hyperlink_label: long('click') })],
  ] as const)
    it(`a 4,000-character ${what}: the notification fits in the list, its link and "mark as read" in view together`, async () => {
      const [event] = makeEvents({ count: 1 });
      const [n] = notifications(2);
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell
        .client=${createMemoryClient({ notifications: [{ ...n!, body: 'Short body', event: event!, ...patch(event!) }, notifications(2)[1]!] })}
      ></ev-notification-bell>`);
      await openPanel(el);
      const item = articles(el)[0]!.getBoundingClientRect();
      const list = sr(el).querySelector('.list')!.getBoundingClientRect();
      expect(item.height, `the notification (${Math.round(item.height)} px) within the list (${Math.round(list.height)} px)`).to.be.at.most(list.height);
      const text = articles(el)[0]!.textContent!;
      expect(text, 'all of it still in the text').to.include(what === 'user name' ? long('mallory') : long('click'));
      await expect(el).to.be.accessible();
    });
});
