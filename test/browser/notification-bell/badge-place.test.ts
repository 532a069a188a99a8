/**
 * The "99+" badge leaves the bell icon mostly visible (before, it covered about half of it), and
 * stays whole inside the viewport without a page scrollbar when the bell is at its very edge.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, controlledClient, notifications, sr, until } from './helpers.js';

describe('<ev-notification-bell>: the badge', () => {
  afterEach(() => document.body.style.removeProperty('margin'));
  for (const [where, style] of [
    ['right edge', ''],
    ['left edge, right-to-left', 'direction:rtl'],
  ])
    it(`"99+" covers at most a third of the icon and stays in the viewport (bell at the ${where})`, async () => {
      document.body.style.margin = '0';
      const host = await fixture<HTMLElement>(html`<div style="display:flex;justify-content:flex-end;padding-block:2rem;${style}"><ev-notification-bell .client=${controlledClient(notifications(120))}></ev-notification-bell></div>`);
      const el = host.querySelector<EvNotificationBell>('ev-notification-bell')!;
      await until(() => badge(el) === '99+', 'the badge');
      const b = sr(el).querySelector('[part=badge]')!.getBoundingClientRect();
      const i = sr(el).querySelector('[part=icon]')!.getBoundingClientRect();
      const overlap = Math.max(0, Math.min(b.right, i.right) - Math.max(b.left, i.left)) * Math.max(0, Math.min(b.bottom, i.bottom) - Math.max(b.top, i.top));
      expect(overlap / (i.width * i.height), 'part of the icon covered').to.be.below(0.35);
      const root = document.documentElement;
      expect(b.left, 'badge left').to.be.at.least(0);
      expect(b.top, 'badge top').to.be.at.least(0);
      expect(b.right, 'badge end').to.be.at.most(root.clientWidth);
      expect(root.scrollWidth, 'page width').to.equal(root.clientWidth);
    });
});
