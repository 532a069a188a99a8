/**
 * A bell whose direction differs from the page's (an RTL bell on an LTR page, or an LTR bell on
 * an RTL page; set on the bell or on a container around it) opens its popover as one sharing the
 * page's direction does: lined up with the bell's inline-end edge, reaching toward its
 * inline-start side, and on the screen near the viewport's edges. Before, with CSS anchor
 * positioning, the panel took the page's direction (the logical keywords of `position-area`
 * resolve against the viewport's) and opened on the wrong side of the bell; the script placement
 * of browsers without it (bell-place.ts, emulated as in small-viewport.test.ts) already used the
 * bell's. Both paths are checked, same-direction cases alongside.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, notifications, openPanel, panel, until, withoutAnchorPositioning } from './helpers.js';
import { expectBeside } from './placement.js';

/** The bell in a fixed box at `style`, its direction `dir` set on the bell itself or on that box. */
async function bellAt(style: string, dir: string, on: 'bell' | 'container'): Promise<EvNotificationBell> {
  const client = createMemoryClient({ notifications: notifications(30) });
  const host = await fixture<HTMLElement>(
    on === 'bell'
      ? html`<div style="position: fixed; ${style}"><ev-notification-bell dir=${dir} .client=${client}></ev-notification-bell></div>`
      : html`<div dir=${dir} style="position: fixed; ${style}"><ev-notification-bell .client=${client}></ev-notification-bell></div>`,
  );
  const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
  await openPanel(el);
  return el;
}

for (const anchored of [true, false])
  describe(`<ev-notification-bell> popover with the bell's and the page's direction${anchored ? '' : ', without CSS anchor positioning'}`, () => {
    let restore = () => {};
    before(() => {
      if (!anchored) restore = withoutAnchorPositioning();
    });
    after(() => restore());
    afterEach(async () => {
      document.documentElement.removeAttribute('dir');
      await setViewport({ width: 800, height: 600 });
    });

    for (const page of ['ltr', 'rtl'])
      for (const dir of ['ltr', 'rtl'])
        for (const on of ['bell', 'container'] as const) {
          it(`${dir} bell (dir on the ${on}) on an ${page} page, room on both sides: the panel lines up with the bell's inline-end edge and reaches toward its inline-start`, async () => {
            await setViewport({ width: 800, height: 600 });
            document.documentElement.dir = page;
            const el = await bellAt('top: 100px; left: 400px', dir, on);
            expectBeside(el);
            const b = bellButton(el).getBoundingClientRect();
            const p = panel(el).getBoundingClientRect();
            const at = `bell ${[b.left, b.right]}, panel ${[p.left, p.right]}`;
            if (dir === 'rtl') expect(Math.round(p.left), `the panel's left edge at the bell's (${at})`).to.equal(Math.round(b.left));
            else expect(Math.round(p.right), `the panel's right edge at the bell's (${at})`).to.equal(Math.round(b.right));
          });

          for (const [size, width, height] of [['800×600', 800, 600], ['320×480', 320, 480]] as const)
            for (const [corner, style] of [
              ['top right', 'top: 4px; right: 4px'],
              ['top left', 'top: 4px; left: 4px'],
            ] as const)
              it(`${dir} bell (dir on the ${on}) on an ${page} page at ${size}, bell at the ${corner}: the panel is beside it, on the screen`, async () => {
                await setViewport({ width, height });
                await until(() => innerWidth === width, 'the window size');
                document.documentElement.dir = page;
                const el = await bellAt(style, dir, on);
                expectBeside(el);
              });
        }
  });
