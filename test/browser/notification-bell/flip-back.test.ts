/**
 * With CSS anchor positioning the popover goes below or above the bell, whichever has more room,
 * and is never taller than that room. While open, a bell scrolled near the viewport's bottom sends
 * the panel above it; scrolled back near the top, the panel must come back below, full height.
 * Before, the browser kept the side it had last taken (it still "fitted": the panel shrank to the
 * room), so the panel stayed a 20 px sliver above the bell, its "Mark all as read" button under
 * the page's header (the demo's e2e test hit that).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, notifications, openPanel, panel, until } from './helpers.js';
import { expectBeside } from './placement.js';

const side = (el: EvNotificationBell) => {
  const b = bellButton(el).getBoundingClientRect();
  const p = panel(el).getBoundingClientRect();
  return p.top >= b.bottom ? 'below' : p.bottom <= b.top ? 'above' : 'over';
};
const at = (el: EvNotificationBell) => {
  const b = bellButton(el).getBoundingClientRect();
  const p = panel(el).getBoundingClientRect();
  return `bell ${[b.top, b.bottom].map(Math.round)}, panel ${[p.top, p.bottom].map(Math.round)}, viewport height ${innerHeight}`;
};

describe('<ev-notification-bell> popover on a scrolled page, while open', () => {
  before(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => scrollTo(0, 0));

  for (const dir of ['ltr', 'rtl'])
    it(`(${dir}) goes above the bell near the bottom, and back below, full height, near the top`, async () => {
      const host = await fixture<HTMLElement>(html`<div dir=${dir} style="height: 3000px; padding-top: 1000px">
        <ev-notification-bell .client=${createMemoryClient({ notifications: notifications(30) })}></ev-notification-bell>
      </div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      const top = () => bellButton(el).getBoundingClientRect().top + scrollY;
      scrollTo(0, top() - 20);
      await openPanel(el);
      await until(() => side(el) === 'below', 'the panel below the bell');
      const full = panel(el).getBoundingClientRect().height;
      expect(full, `a full panel (${at(el)})`).to.be.greaterThan(300);

      scrollTo(0, top() - innerHeight + 60);
      await until(() => side(el) === 'above', 'the panel above the bell near the bottom');
      expectBeside(el);

      scrollTo(0, top() - 20);
      await until(() => side(el) === 'below', 'the panel back below the bell near the top');
      expectBeside(el);
      expect(panel(el).getBoundingClientRect().height, at(el)).to.equal(full);
    });
});
