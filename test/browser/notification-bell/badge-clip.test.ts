/**
 * A bell flush at the top of a toolbar that clips what overflows it (`overflow: hidden`, a common
 * portal header) shows its whole "99+" badge: the badge lies inside the bell's own box (before,
 * it stood about 7 px above it, and that top was cut off), still leaving most of the icon visible,
 * in both directions and both variants.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, bellButton, controlledClient, notifications, sr, until } from './helpers.js';

const inside = (inner: DOMRect, outer: DOMRect) => inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
const box = (r: DOMRect) => `${r.left},${r.top} – ${r.right},${r.bottom}`;

describe('<ev-notification-bell>: the badge in a clipping toolbar', () => {
  for (const dir of ['ltr', 'rtl'])
    for (const variant of ['popover', 'drawer'])
      it(`${dir}, ${variant}: "99+" lies inside the bell's box and the 40 px toolbar, the icon mostly visible`, async () => {
        const bar = await fixture<HTMLElement>(
          html`<div dir=${dir} style="overflow:hidden; height:40px; display:flex; align-items:flex-start">
            <ev-notification-bell variant=${variant} .client=${controlledClient(notifications(120))}></ev-notification-bell>
          </div>`,
        );
        const el = bar.querySelector<EvNotificationBell>('ev-notification-bell')!;
        await until(() => badge(el) === '99+', 'the badge');
        const b = sr(el).querySelector('[part=badge]')!.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        const toolbar = bar.getBoundingClientRect();
        expect(inside(b, host), `badge ${box(b)} inside the bell ${box(host)}`).to.equal(true);
        expect(inside(b, toolbar), `badge ${box(b)} inside the toolbar ${box(toolbar)}`).to.equal(true);
        // The button fits the toolbar too (nothing of it cut off), and stays a target of at least 24 px.
        const button = bellButton(el).getBoundingClientRect();
        expect(inside(button, toolbar), `button ${box(button)} inside the toolbar ${box(toolbar)}`).to.equal(true);
        expect(Math.min(button.width, button.height), 'button size').to.be.at.least(24);
        const i = sr(el).querySelector('[part=icon]')!.getBoundingClientRect();
        const overlap = Math.max(0, Math.min(b.right, i.right) - Math.max(b.left, i.left)) * Math.max(0, Math.min(b.bottom, i.bottom) - Math.max(b.top, i.top));
        expect(overlap / (i.width * i.height), 'part of the icon covered').to.be.at.most(0.25);
      });
});
