/**
 * A page that sets `--ev-notification-bell-panel-width` to a keyword (`auto`, `max-content`,
 * `fit-content`) instead of a length: the popover still opens beside the bell, as with a length,
 * and keeps 8 px from the viewport's edges (at the bell's side exactly that), whether CSS anchor
 * positioning places it or the bell's script does (emulated as in small-viewport.test.ts).
 * Before, with anchoring the panel sat at the viewport's end, away from a bell at the start.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { notifications, openPanel, panel, until, viewport, withoutAnchorPositioning } from './helpers.js';
import { expectBeside } from './placement.js';

const rect = (el: EvNotificationBell) => {
  const p = panel(el).getBoundingClientRect();
  return `panel ${[p.left, p.top, p.right, p.bottom].map(Math.round)}, viewport ${viewport().width}×${viewport().height}`;
};

for (const anchored of [true, false])
  describe(`<ev-notification-bell> popover with a keyword panel width${anchored ? '' : ', without CSS anchor positioning'}`, () => {
    let restore = () => {};
    before(async () => {
      if (!anchored) restore = withoutAnchorPositioning();
      await setViewport({ width: 800, height: 600 });
      await until(() => innerWidth === 800, 'the window size');
    });
    after(() => restore());

    for (const width of ['auto', 'max-content', 'fit-content'])
      for (const dir of ['ltr', 'rtl'])
        for (const side of ['left', 'right'])
          it(`${width}, ${dir} bell in the bottom ${side} corner: beside it, 8 px from the edges`, async () => {
            const host = await fixture<HTMLElement>(html`<div dir=${dir} style="position: fixed; bottom: 2px; ${side}: 2px; --ev-notification-bell-panel-width: ${width}">
              <ev-notification-bell .client=${createMemoryClient({ notifications: notifications(5) })}></ev-notification-bell>
            </div>`);
            const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
            await openPanel(el);
            expectBeside(el);
            const p = panel(el).getBoundingClientRect();
            const gaps = [Math.round(p.left), Math.round(viewport().width - p.right)];
            expect(side === 'left' ? gaps[0] : gaps[1], rect(el)).to.equal(8);
            expect(Math.min(...gaps), rect(el)).to.be.at.least(8);
          });

    it('max-content wider than the screen (a long line): as wide as the screen less 8 px each side', async () => {
      const long = notifications(3);
      long[0]!.body = 'A long line without a break: '.repeat(60);
      const host = await fixture<HTMLElement>(html`<div style="position: fixed; top: 2px; right: 2px; --ev-notification-bell-panel-width: max-content">
        <ev-notification-bell .client=${createMemoryClient({ notifications: long })}></ev-notification-bell>
      </div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      await openPanel(el);
      expectBeside(el);
      const p = panel(el).getBoundingClientRect();
      expect([Math.round(p.left), Math.round(viewport().width - p.right)], rect(el)).to.deep.equal([8, 8]);
    });
  });
