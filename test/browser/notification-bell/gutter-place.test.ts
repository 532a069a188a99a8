/**
 * A page whose scrollbar takes room at its left: in an RTL page the vertical scrollbar is on the
 * left in some browsers. The popover keeps its 8 px from the edges of the room a fixed box has
 * (not under the scrollbar) and opens beside the bell, whether CSS anchor positioning places it
 * or the bell's script does (emulated as in small-viewport.test.ts).
 *
 * Headless Chromium draws no scrollbars, on either side (for `<html dir="rtl">` too: `innerWidth`
 * equals `clientWidth` and a fixed box spans the whole window), but it does reserve a page's
 * scrollbar gutters: `scrollbar-gutter: stable both-edges` on the root leaves 15 px at the left as
 * at the right, where fixed boxes are not laid out, while `document.documentElement.clientWidth`
 * still reports the whole window. That is the case tested: room taken at the left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, notifications, openPanel, panel, until, withoutAnchorPositioning } from './helpers.js';

/** The room a fixed box has, in client coordinates. */
async function room(): Promise<DOMRect> {
  const probe = await fixture<HTMLElement>(html`<div style="position: fixed; inset: 0; pointer-events: none"></div>`);
  const r = probe.getBoundingClientRect();
  probe.remove();
  return r;
}

for (const anchored of [true, false])
  describe(`<ev-notification-bell> popover on a page with scrollbar room at the left${anchored ? '' : ', without CSS anchor positioning'}`, () => {
    let restore = () => {};
    before(async () => {
      if (!anchored) restore = withoutAnchorPositioning();
      await setViewport({ width: 320, height: 480 });
      await until(() => innerWidth === 320, 'the phone-sized window');
      document.documentElement.style.scrollbarGutter = 'stable both-edges';
      document.documentElement.style.overflowY = 'scroll';
    });
    after(async () => {
      document.documentElement.style.scrollbarGutter = '';
      document.documentElement.style.overflowY = '';
      restore();
      await setViewport({ width: 800, height: 600 });
    });

    it('the emulation: room is taken at the left (as by a scrollbar there)', async () => {
      expect((await room()).left).to.be.greaterThan(0);
    });

    for (const dir of ['ltr', 'rtl'])
      for (const side of ['left', 'right'])
        for (const at of ['top', 'bottom'])
          it(`${dir} page, bell 2 px from the room's ${side} edge at the ${at}: beside the bell, 8 px from the room's edges`, async () => {
            document.documentElement.dir = dir;
            try {
              const host = await fixture<HTMLElement>(html`<div style="position: fixed; ${at}: 2px; ${side}: 2px">
                <ev-notification-bell .client=${createMemoryClient({ notifications: notifications(12) })}></ev-notification-bell>
              </div>`);
              const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
              await openPanel(el);
              const v = await room();
              const b = bellButton(el).getBoundingClientRect();
              const p = panel(el).getBoundingClientRect();
              const where = `room ${[v.left, v.right]}, bell ${[b.left, b.right]}, panel ${[p.left, p.top, p.right, p.bottom].map(Math.round)}`;
              const gaps = [Math.round(p.left - v.left), Math.round(v.right - p.right)];
              expect(side === 'left' ? gaps[0] : gaps[1], where).to.equal(8);
              expect(Math.min(...gaps), where).to.be.at.least(8);
              expect(p.left < b.right && p.right > b.left, `beside the bell (${where})`).to.equal(true);
              expect(at === 'top' ? p.top >= b.bottom : p.bottom <= b.top, `below or above it (${where})`).to.equal(true);
            } finally {
              document.documentElement.dir = '';
            }
          });
  });
