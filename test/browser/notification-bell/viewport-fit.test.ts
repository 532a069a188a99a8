/**
 * The popover and the drawer fit the space the browser gives them (the viewport without a classic
 * scrollbar), and the popover keeps the same 8 px from the viewport's edges whether CSS anchor
 * positioning places it or the bell's script does (bell-place.ts, emulated as in
 * small-viewport.test.ts).
 *
 * Headless Chromium draws no scrollbars (they take no width, even with `overflow: scroll` or
 * `::-webkit-scrollbar` styles), so the scrollbar case is proven by layout with the same cause:
 * `100vw` is not the room a fixed box has. A page zoomed by CSS (`zoom: 1.5` on a container of
 * the bell, as some apps scale their UI) makes `100vw` 1.5 times the viewport, as a scrollbar
 * makes it 15 px wider than the room; before, the drawer's start and the popover's far side were
 * off the screen there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { notifications, openPanel, panel, until, viewport, withoutAnchorPositioning } from './helpers.js';
import { expectBeside } from './placement.js';

async function bellIn(style: string, attrs: { dir?: string; variant?: string } = {}): Promise<EvNotificationBell> {
  const host = await fixture<HTMLElement>(html`<div dir=${attrs.dir ?? 'ltr'} style=${style}>
    <ev-notification-bell variant=${attrs.variant ?? 'popover'} .client=${createMemoryClient({ notifications: notifications(5) })}></ev-notification-bell>
  </div>`);
  const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
  await openPanel(el);
  return el;
}

const rect = (el: EvNotificationBell) => {
  const p = panel(el).getBoundingClientRect();
  return `panel ${[p.left, p.top, p.right, p.bottom].map(Math.round)}, viewport ${viewport().width}×${viewport().height}`;
};

describe('<ev-notification-bell> in a page zoomed by CSS (100vw is not the room it has)', () => {
  before(async () => {
    await setViewport({ width: 320, height: 480 });
    await until(() => innerWidth === 320, 'the phone-sized window');
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const variant of ['drawer', 'popover'])
    for (const dir of ['ltr', 'rtl'])
      it(`${variant} (${dir}): the panel is on the screen, all of it`, async () => {
        const el = await bellIn('zoom: 1.5; position: fixed; top: 2px; inset-inline-end: 2px', { dir, variant });
        const p = panel(el).getBoundingClientRect();
        const { width, height } = viewport();
        expect(p.left >= -0.5 && p.right <= width + 0.5 && p.top >= -0.5 && p.bottom <= height + 0.5, rect(el)).to.equal(true);
        if (variant === 'drawer') expect(Math.round(p.width), `the drawer as wide as the screen (${rect(el)})`).to.equal(width);
      });
});

for (const anchored of [true, false])
  describe(`<ev-notification-bell> popover near the viewport's edges${anchored ? '' : ', without CSS anchor positioning'}`, () => {
    let restore = () => {};
    before(() => {
      if (!anchored) restore = withoutAnchorPositioning();
    });
    after(async () => {
      restore();
      await setViewport({ width: 800, height: 600 });
    });

    for (const [size, w, h] of [['800×600', 800, 600], ['320×480', 320, 480]] as const)
      for (const dir of ['ltr', 'rtl'])
        for (const side of ['left', 'right'])
          it(`${size}, ${dir} bell 2 px from the ${side} edge: the panel keeps 8 px from the edges`, async () => {
            await setViewport({ width: w, height: h });
            await until(() => innerWidth === w, 'the window size');
            const el = await bellIn(`position: fixed; top: 2px; ${side}: 2px`, { dir });
            const p = panel(el).getBoundingClientRect();
            const gaps = [Math.round(p.left), Math.round(viewport().width - p.right)];
            // 8 px at the bell's side; at least that at the other.
            expect(side === 'left' ? gaps[0] : gaps[1], rect(el)).to.equal(8);
            expect(Math.min(...gaps), rect(el)).to.be.at.least(8);
          });

    for (const width of ['16rem', '30rem'])
      for (const dir of ['ltr', 'rtl'])
        it(`the page's own panel width (${width}), ${dir} bell in the bottom corner at its inline start: beside it, above, on the screen`, async () => {
          await setViewport({ width: 800, height: 600 });
          await until(() => innerWidth === 800, 'the window size');
          const host = await fixture<HTMLElement>(html`<div dir=${dir} style="position: fixed; bottom: 2px; inset-inline-start: 2px; --ev-notification-bell-panel-width: ${width}">
            <ev-notification-bell .client=${createMemoryClient({ notifications: notifications(5) })}></ev-notification-bell>
          </div>`);
          const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
          await openPanel(el);
          expectBeside(el);
          expect(Math.round(panel(el).getBoundingClientRect().width), rect(el)).to.equal(parseFloat(width) * 16);
        });
  });
