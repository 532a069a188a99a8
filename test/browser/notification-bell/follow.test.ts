/**
 * In a browser without CSS anchor positioning the bell places its popover itself (bell-place.ts).
 * While open, the popover stays beside the bell and on the screen when the window is resized (or
 * the phone turned), when the page or a container around the bell scrolls (also one in another
 * shadow root), and when the page's layout moves the bell without either (a banner inserted
 * above it, a sidebar collapsing beside it); and a switch of `variant` to the drawer (or back)
 * leaves nothing of that placement behind.
 * Emulated as in small-viewport.test.ts (`withoutAnchorPositioning`). The variant switches are
 * checked with CSS anchor positioning too: there a popover that had flipped sideways (too little
 * room at its inline start) turned into a drawer at the inline start, not the end.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, frames, notifications, openPanel, panel, settle, until, viewport, withoutAnchorPositioning } from './helpers.js';
import { expectBeside } from './placement.js';

const bell = () =>
  html`<ev-notification-bell .client=${createMemoryClient({ notifications: notifications(30) })}></ev-notification-bell>`;

describe('<ev-notification-bell> popover without CSS anchor positioning, while open', () => {
  let restore = () => {};
  before(() => {
    restore = withoutAnchorPositioning();
  });
  after(() => restore());
  beforeEach(() => setViewport({ width: 800, height: 600 }));
  afterEach(async () => {
    scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  for (const [where, style] of [
    ['top right (a header)', 'top: 4px; right: 4px'],
    ['bottom right (a tab bar)', 'bottom: 4px; right: 4px'],
  ])
    for (const dir of ['ltr', 'rtl'])
      it(`bell at ${where} (${dir}): the window shrinks to 320×480 (a phone turned): the panel follows the bell`, async () => {
        const host = await fixture<HTMLElement>(html`<div dir=${dir} style="position: fixed; ${style}">${bell()}</div>`);
        const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
        await openPanel(el);
        expectBeside(el);
        await setViewport({ width: 320, height: 480 });
        await until(() => innerWidth === 320, 'the smaller window');
        await frames();
        expect(el.open).to.equal(true);
        expectBeside(el);
        // And back: it grows with the window again.
        await setViewport({ width: 800, height: 600 });
        await until(() => innerWidth === 800, 'the larger window');
        await frames();
        expectBeside(el);
      });

  for (const dir of ['ltr', 'rtl'])
    it(`(${dir}) with room on both sides the panel lines up with the bell's inline-end edge, as anchored`, async () => {
      const host = await fixture<HTMLElement>(html`<div dir=${dir} style="padding-block-start: 100px; padding-inline-start: 400px">${bell()}</div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      await openPanel(el);
      expectBeside(el);
      const b = bellButton(el).getBoundingClientRect();
      const p = panel(el).getBoundingClientRect();
      expect(Math.round(dir === 'rtl' ? p.left : p.right)).to.equal(Math.round(dir === 'rtl' ? b.left : b.right));
    });

  it('the page scrolls: the panel moves with the bell', async () => {
    const host = await fixture<HTMLElement>(html`<div style="padding: 250px 0 0 300px; height: 3000px">${bell()}</div>`);
    const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
    await openPanel(el);
    expectBeside(el);
    scrollTo(0, 150);
    await frames();
    expect(el.open).to.equal(true);
    expectBeside(el);
  });

  for (const [where, shell] of [
    ['in the page', ''],
    ['in a fixed app shell (the page keeps its size)', 'position: fixed; inset: 0; display: flex; flex-direction: column'],
  ])
    it(`a banner inserted above the bell ${where} moves it (no resize, no scroll): the panel moves with the bell, and back when it goes`, async () => {
      const host = await fixture<HTMLElement>(html`<div style=${shell}><div></div><div style="padding: 100px 0 0 300px">${bell()}</div></div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      await openPanel(el);
      expectBeside(el);
      const banner = Object.assign(document.createElement('div'), { style: 'height: 120px', textContent: 'Maintenance tonight' });
      host.firstElementChild!.append(banner);
      await frames();
      expect(el.open).to.equal(true);
      expectBeside(el);
      banner.remove();
      await frames();
      expectBeside(el);
    });

  it('a sidebar beside the bell collapses (no resize, no scroll): the panel moves with the bell', async () => {
    const host = await fixture<HTMLElement>(html`<div style="display: flex; padding-top: 100px"><nav style="flex: none; width: 500px"></nav>${bell()}</div>`);
    const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
    await openPanel(el);
    expectBeside(el);
    host.querySelector('nav')!.style.width = '60px';
    await frames();
    expectBeside(el);
  });

  it('a container around the bell scrolls: the panel moves with the bell', async () => {
    const host = await fixture<HTMLElement>(html`<div style="height: 500px; overflow: auto">
      <div style="padding: 300px 0 0 300px; height: 2000px">${bell()}</div>
    </div>`);
    const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
    await openPanel(el);
    expectBeside(el);
    host.scrollTop = 200;
    await frames();
    expectBeside(el);
  });

  it('a container in another shadow root (an app shell) scrolls: the panel moves with the bell', async () => {
    const shell = await fixture<HTMLElement>(html`<div></div>`);
    const root = shell.attachShadow({ mode: 'open' });
    const scroller = Object.assign(document.createElement('div'), { style: 'height: 500px; overflow: auto' });
    const content = Object.assign(document.createElement('div'), { style: 'padding: 300px 0 0 300px; height: 2000px' });
    const el = document.createElement('ev-notification-bell') as EvNotificationBell;
    el.client = createMemoryClient({ notifications: notifications(30) });
    content.append(el);
    scroller.append(content);
    // The anchor properties off in this tree too (the page's ::part rule does not reach into it).
    const off = Object.assign(document.createElement('style'), { textContent: 'ev-notification-bell::part(panel) { position-anchor: auto; position-area: none; position-try: none; }' });
    root.append(off, scroller);
    await el.updateComplete;
    await openPanel(el);
    expectBeside(el);
    scroller.scrollTop = 200;
    await frames();
    expectBeside(el);
  });
});

for (const anchored of [false, true]) describe(`<ev-notification-bell> variant switched${anchored ? ', with CSS anchor positioning' : ', without CSS anchor positioning'}`, () => {
  let restore = () => {};
  before(async () => {
    if (!anchored) restore = withoutAnchorPositioning();
    await setViewport({ width: 800, height: 600 });
  });
  after(() => restore());

  /** The drawer spans the viewport's block size at its inline end. */
  function expectDrawer(el: EvNotificationBell, dir: string): void {
    const p = panel(el).getBoundingClientRect();
    const { width, height } = viewport();
    const at = `panel ${[p.left, p.top, p.right, p.bottom]}, viewport ${width}×${height}`;
    expect(Math.abs(p.top) < 1 && Math.abs(p.bottom - height) < 1, `full height (${at})`).to.equal(true);
    expect(Math.abs(dir === 'rtl' ? p.left : p.right - width) < 1, `at the inline end (${at})`).to.equal(true);
  }

  for (const dir of ['ltr', 'rtl']) {
    it(`(${dir}) a popover switched to a drawer while open is the full-height drawer`, async () => {
      const host = await fixture<HTMLElement>(html`<div dir=${dir} style="padding: 200px 0 0 300px">${bell()}</div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      await openPanel(el);
      el.variant = 'drawer';
      await settle(el);
      await frames();
      expect(el.open).to.equal(true);
      expectDrawer(el, dir);
    });

    it(`(${dir}) a popover opened once, then a drawer: the drawer is full height`, async () => {
      const host = await fixture<HTMLElement>(html`<div dir=${dir} style="padding: 200px 0 0 300px">${bell()}</div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      await openPanel(el);
      bellButton(el).click();
      await until(() => !el.open, 'the panel closed');
      el.variant = 'drawer';
      await settle(el);
      await openPanel(el);
      await frames();
      expectDrawer(el, dir);
    });

    it(`(${dir}) a drawer switched to a popover while open sits beside the bell`, async () => {
      const host = await fixture<HTMLElement>(html`<div dir=${dir} style="position: fixed; top: 4px; right: 4px">${bell()}</div>`);
      const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
      el.variant = 'drawer';
      await settle(el);
      await openPanel(el);
      expectDrawer(el, dir);
      el.variant = 'popover';
      await settle(el);
      await frames();
      expect(el.open).to.equal(true);
      expectBeside(el);
    });
  }
});
