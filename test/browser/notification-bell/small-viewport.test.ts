/**
 * On a small phone (320×480) the popover sits below or above the bell, whichever has more room,
 * and never covers it: the bell stays visible and clickable (a click closes the panel), wherever
 * the page puts it. Before, the panel (up to 32rem tall) was pushed back into the viewport over it.
 * The same in a browser without CSS anchor positioning, where the bell places the panel itself:
 * emulated here by `CSS.supports` saying no to it (the bell's own check, made on every opening)
 * and the page turning the anchor properties off on the panel (what such a browser ignores).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, notifications, openPanel, panel, settle, sr, until, withoutAnchorPositioning } from './helpers.js';

const SPOTS = {
  'top right (a header)': 'top: 4px; right: 4px',
  'top left': 'top: 4px; left: 4px',
  'the middle': 'top: 220px; left: 140px',
  'bottom right (a tab bar)': 'bottom: 4px; right: 4px',
  'bottom left': 'bottom: 4px; left: 4px',
};

for (const anchored of [true, false]) describe(`<ev-notification-bell> popover at 320×480${anchored ? '' : ', without CSS anchor positioning'}`, () => {
  let restore = () => {};
  before(async () => {
    await setViewport({ width: 320, height: 480 });
    if (!anchored) restore = withoutAnchorPositioning();
  });
  after(async () => {
    restore();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [where, style] of Object.entries(SPOTS))
    for (const dir of ['ltr', 'rtl'])
      it(`bell at ${where} (${dir}): the panel is beside it on the screen, the bell visible and closing it`, async () => {
        const host = await fixture<HTMLElement>(html`<div dir=${dir} style="position: fixed; ${style}">
          <ev-notification-bell .client=${createMemoryClient({ notifications: notifications(30) })}></ev-notification-bell>
        </div>`);
        const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
        await openPanel(el);
        const b = bellButton(el).getBoundingClientRect();
        const p = panel(el).getBoundingClientRect();
        const at = `bell ${[b.left, b.top, b.right, b.bottom]}, panel ${[p.left, p.top, p.right, p.bottom]}`;
        expect(p.bottom <= b.top || p.top >= b.bottom, `the panel above or below the bell, not over it (${at})`).to.equal(true);
        expect(p.top >= 0 && p.bottom <= innerHeight && p.left >= 0 && p.right <= innerWidth, `the panel on the screen (${at})`).to.equal(true);
        // Room for the heading, the tabs and a few notifications (the larger side was taken).
        expect(p.height, at).to.be.at.least(200);
        expect(sr(el).elementFromPoint(b.x + b.width / 2, b.y + b.height / 2)?.closest('button'), 'what is under the bell').to.equal(bellButton(el));
        bellButton(el).click();
        await until(() => !el.open, 'the panel closed by the bell');
        await settle(el);
      });
});
