/**
 * Without CSS anchor positioning (bell-place.ts places the popover), a page with classic
 * scrollbars: the panel keeps its 8 px from the edges of the room a fixed box has (the viewport
 * without the scrollbars), not of the window (`innerWidth` / `innerHeight`, which include them),
 * so it never sits under a scrollbar, and opened above the bell it is still right above it.
 *
 * Headless Chromium draws no scrollbars (they take no room, even with `overflow: scroll` or
 * `::-webkit-scrollbar` styles), so the window is made to report what it reports beside classic
 * 15 px scrollbars: `innerWidth` and `innerHeight` 15 px more than the room
 * (`document.documentElement.clientWidth` / `clientHeight`), where fixed boxes are laid out.
 * In quirks mode that room is what `document.body` reports (the root's size is the page's there).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, notifications, openPanel, panel, sr, until, viewport, withoutAnchorPositioning } from './helpers.js';
import { expectBeside } from './placement.js';

const SCROLLBAR = 15;

/** The window's size as beside classic scrollbars; returns the undo. */
function classicScrollbars(): () => void {
  const real = ['innerWidth', 'innerHeight'].map((name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const);
  Object.defineProperty(window, 'innerWidth', { configurable: true, get: () => document.documentElement.clientWidth + SCROLLBAR });
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => document.documentElement.clientHeight + SCROLLBAR });
  return () => real.forEach(([name, descriptor]) => Object.defineProperty(window, name, descriptor));
}

async function bellIn(style: string, dir: string): Promise<EvNotificationBell> {
  const host = await fixture<HTMLElement>(html`<div dir=${dir} style=${style}>
    <ev-notification-bell .client=${createMemoryClient({ notifications: notifications(12) })}></ev-notification-bell>
  </div>`);
  const el = host.querySelector('ev-notification-bell') as EvNotificationBell;
  await openPanel(el);
  return el;
}

/** The panel's gap to the bell and, at most, to the room's top or bottom edge. */
const blockMargin = (el: EvNotificationBell) => Math.round(parseFloat(getComputedStyle(panel(el)).marginTop));

const rect = (el: EvNotificationBell) => {
  const p = panel(el).getBoundingClientRect();
  return `panel ${[p.left, p.top, p.right, p.bottom].map(Math.round)}, room ${viewport().width}×${viewport().height}`;
};

describe('<ev-notification-bell> popover placed by script on a page with classic scrollbars', () => {
  let restore = () => {};
  let unscroll = () => {};
  before(async () => {
    await setViewport({ width: 320, height: 480 });
    await until(() => document.documentElement.clientWidth === 320, 'the phone-sized window');
    restore = withoutAnchorPositioning();
    unscroll = classicScrollbars();
  });
  after(async () => {
    unscroll();
    restore();
    await setViewport({ width: 800, height: 600 });
  });

  for (const dir of ['ltr', 'rtl'])
    for (const side of ['left', 'right'])
      it(`${dir} bell 2 px from the ${side} edge at the top: the panel keeps 8 px from the room's edges, the scrollbars' included`, async () => {
        const el = await bellIn(`position: fixed; top: 2px; ${side}: 2px`, dir);
        const p = panel(el).getBoundingClientRect();
        const { width, height } = viewport();
        const gaps = [Math.round(p.left), Math.round(width - p.right)];
        expect(side === 'left' ? gaps[0] : gaps[1], rect(el)).to.equal(8);
        expect(Math.min(...gaps), rect(el)).to.be.at.least(8);
        // Twelve notifications fill the room below: down to its block margin above the horizontal scrollbar, not under it.
        expect(Math.round(height - p.bottom), rect(el)).to.equal(blockMargin(el));
        expectBeside(el);
      });

  for (const dir of ['ltr', 'rtl'])
    it(`${dir} bell in the bottom corner: the panel opens right above it`, async () => {
      const el = await bellIn('position: fixed; bottom: 2px; inset-inline-end: 2px', dir);
      expectBeside(el);
      // It fills the room above: up to its block margin from the top.
      expect(Math.round(panel(el).getBoundingClientRect().top), rect(el)).to.equal(blockMargin(el));
    });
});

describe('<ev-notification-bell> popover placed by script on a page in quirks mode, taller than its window', () => {
  it('keeps its margins from the window\'s edges (not from the page\'s: the root element is as tall as the page there)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="quirks page" style="width: 320px; height: 480px; border: 0" src="/test/browser/notification-bell/quirks-page.html"></iframe>`);
    const win = frame.contentWindow as unknown as Window & typeof globalThis & { page?: { createMemoryClient: typeof createMemoryClient } };
    await until(() => win.page, 'the quirks page');
    const doc = frame.contentDocument!;
    expect(doc.compatMode).to.equal('BackCompat');
    // That page's browser has no CSS anchor positioning.
    const supports = win.CSS.supports.bind(win.CSS) as (property: string, value?: string) => boolean;
    win.CSS.supports = ((property: string, value?: string) =>
      !/^\s*(position-area|anchor)/.test(property) && (value === undefined ? supports(property) : supports(property, value))) as typeof CSS.supports;
    const style = doc.createElement('style');
    style.textContent = 'ev-notification-bell::part(panel) { position-anchor: auto; position-area: none; position-try: none; }';
    doc.head.append(style);
    const el = doc.createElement('ev-notification-bell') as EvNotificationBell;
    el.client = win.page!.createMemoryClient({ notifications: notifications(12) });
    el.style.cssText = 'position: fixed; top: 2px; right: 2px';
    doc.body.append(el);
    await until(() => el.unread === 12, 'the count');
    bellButton(el).click();
    await until(() => el.open && sr(el).querySelectorAll('article').length > 0, 'the panel content');
    await new Promise((r) => win.requestAnimationFrame(r));
    const p = panel(el).getBoundingClientRect();
    const at = `panel ${[p.left, p.top, p.right, p.bottom].map(Math.round)}`;
    expect(Math.round(320 - p.right), at).to.equal(8);
    expect(Math.round(480 - p.bottom), at).to.equal(blockMargin(el));
  });
});
