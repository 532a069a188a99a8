/**
 * Every control in the open panel is a target of at least 24 × 24 CSS px (WCAG 2.2 2.5.8, target
 * size minimum): the links and "Show event" buttons of the notifications (before, one line of
 * small text: 19 px tall, and as narrow as their label), "mark as read", the tabs, "Mark all as
 * read", the drawer's close button, "Enable desktop notifications".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeEvents } from '../../fixtures/events.js';
import { controlledClient, notifications, openPanel, sr, until } from './helpers.js';

function items() {
  const list = notifications(6, { seen: (i) => i > 3 });
  const [event] = makeEvents({ count: 1 });
  list[0] = { ...list[0]!, hyperlink: 'https://example.com/a', hyperlink_label: 'Open console' };
  list[1] = { ...list[1]!, hyperlink: '/if/admin/', hyperlink_label: '→' };
  list[2] = { ...list[2]!, event: event! };
  list[3] = { ...list[3]!, body: '{"a":1}', hyperlink: '/x' };
  list[4] = { ...list[4]!, event: event! };
  return list;
}

describe('<ev-notification-bell>: target size', () => {
  for (const variant of ['popover', 'drawer']) {
    it(`${variant}: every link and button in the open panel is at least 24 × 24 px`, async () => {
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell desktop variant=${variant} .client=${controlledClient(items())}></ev-notification-bell>`);
      await until(() => el.unread === 4, 'the unread count');
      await openPanel(el);
      sr(el).querySelector<HTMLElement>('#tab-all')!.click();
      await until(() => sr(el).querySelectorAll('article').length === 6, 'the All tab');
      const targets = [...sr(el).querySelectorAll<HTMLElement>('#panel :is(a, button, [tabindex])')];
      const parts = targets.map((t) => t.getAttribute('part'));
      for (const part of ['link', 'event-button', 'mark-read', 'tab', 'mark-all-button', variant === 'drawer' ? 'close-button' : 'tab'])
        expect(parts, part).to.include(part);
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        const name = `${target.getAttribute('part')} "${target.textContent!.trim()}": ${width} × ${height}`;
        expect(width, name).to.be.at.least(24);
        expect(height, name).to.be.at.least(24);
      }
    });
  }
});
