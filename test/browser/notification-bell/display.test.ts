/**
 * How the bell looks on the integrator's page under the user's display settings: forced colours
 * (Windows High Contrast), a 320 px wide viewport (WCAG 1.4.10 reflow) with the bell at either
 * edge or in the middle, left-to-right and right-to-left, reduced motion, and the page's text at
 * 200 % (WCAG 1.4.4). What is asserted is what the user sees: boxes inside the viewport / panel,
 * borders and outlines that are drawn, text that is not cut off.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeEvents } from '../../fixtures/events.js';
import { articles, bellButton, controlledClient, focused, notifications, openPanel, panel, settle, sr, until } from './helpers.js';

const LONG = 'x'.repeat(300);

/** 20 unread notifications (the 6th read); the first has a 300-character body, link, label and username without a space, the second a JSON body with such a key. */
function hostileWidths(): EventNotification[] {
  const list = notifications(20, { seen: (i) => i === 5 });
  const [event] = makeEvents({ count: 1 });
  list[0] = { ...list[0]!, body: LONG, hyperlink: `https://example.com/${LONG}`, hyperlink_label: LONG, event: { ...event!, user: { ...event!.user, username: LONG } } };
  list[1] = { ...list[1]!, body: JSON.stringify({ [LONG]: LONG }) };
  return list;
}

async function bellAt(justify = 'flex-end', { dir = 'ltr', variant = 'popover' } = {}): Promise<EvNotificationBell> {
  const client = controlledClient(hostileWidths());
  const host = await fixture<HTMLElement>(
    html`<div dir=${dir} style="display:flex;justify-content:${justify};padding:4px"><ev-notification-bell variant=${variant} .client=${client}></ev-notification-bell></div>`,
  );
  const el = host.querySelector('ev-notification-bell')!;
  await until(() => el.unread === 19, 'the count');
  return el;
}

const box = (e: Element) => e.getBoundingClientRect();
const $ = (el: EvNotificationBell, selector: string) => sr(el).querySelector<HTMLElement>(selector)!;

/** `inner` lies within `outer` (1 px for rounding). */
function expectInside(inner: DOMRect, outer: { left: number; right: number; top: number; bottom: number }, what: string): void {
  expect(inner.left, `${what}: left`).to.be.at.least(outer.left - 1);
  expect(inner.right, `${what}: right`).to.be.at.most(outer.right + 1);
  expect(inner.top, `${what}: top`).to.be.at.least(outer.top - 1);
  expect(inner.bottom, `${what}: bottom`).to.be.at.most(outer.bottom + 1);
}

const viewport = () => ({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });

/** Nothing in the panel is cut off sideways: its content, the heading row, the tabs, every control and notification fit in it. */
function expectNothingClippedSideways(el: EvNotificationBell, what: string): void {
  const p = panel(el);
  expect(p.scrollWidth, `${what}: the panel does not scroll sideways`).to.be.at.most(p.clientWidth);
  const inner = box(p);
  const controls = [...sr(el).querySelectorAll<HTMLElement>('h2, .head button, [role=tab], article, article a, article [part=event], article [part~=body]')];
  for (const c of controls) {
    const name = `${what}: ${c.getAttribute('part') ?? c.localName}`;
    const b = box(c);
    expect(b.left, `${name} starts in the panel`).to.be.at.least(inner.left - 1);
    expect(b.right, `${name} ends in the panel`).to.be.at.most(inner.right + 1);
    if (c.localName !== 'pre') expect(c.scrollWidth, `${name}: its text fits it`).to.be.at.most(c.clientWidth + 1);
  }
  expect(document.documentElement.scrollWidth, `${what}: the page does not scroll sideways`).to.be.at.most(innerWidth);
}

/** A colour the user sees: not transparent, and not the colour of what is behind it. */
function drawn(color: string, behind: string): boolean {
  return !/^rgba\(.*, 0\)$|^transparent$/.test(color) && color !== behind;
}

describe('<ev-notification-bell> in forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('the badge, the panel border, the severity icons and the focus rings stay visible', async () => {
    const el = await bellAt();
    const badge = getComputedStyle($(el, '[part=badge]'));
    expect($(el, '[part=badge]').textContent).to.equal('19');
    expect(drawn(badge.color, badge.backgroundColor), 'badge text').to.equal(true);
    expect(badge.borderTopStyle).to.equal('solid');
    expect(drawn(badge.borderTopColor, getComputedStyle(document.body).backgroundColor), 'badge outline against the page').to.equal(true);

    bellButton(el).focus();
    const ring = getComputedStyle(bellButton(el));
    expect([ring.outlineStyle, drawn(ring.outlineColor, getComputedStyle(document.body).backgroundColor)], 'focus ring on the bell').to.deep.equal(['solid', true]);

    await openPanel(el);
    const p = getComputedStyle(panel(el));
    expect(p.borderTopStyle).to.equal('solid');
    expect(parseFloat(p.borderTopWidth)).to.be.at.least(1);
    expect(drawn(p.borderTopColor, p.backgroundColor), 'panel border').to.equal(true);

    for (const icon of sr(el).querySelectorAll('[part=severity-icon] path')) {
      expect(drawn(getComputedStyle(icon).fill, p.backgroundColor), 'severity icon').to.equal(true);
    }
    await until(() => focused(el)?.localName === 'article', 'focus on the first notification');
    const itemRing = getComputedStyle(focused(el)!);
    expect([itemRing.outlineStyle, drawn(itemRing.outlineColor, p.backgroundColor)], 'focus ring on a notification').to.deep.equal(['solid', true]);
    await expect(el).to.be.accessible();
  });

  it('each severity keeps its own icon shape, and a notification that takes focus says its severity', async () => {
    const el = await bellAt();
    el.tab = 'all';
    await openPanel(el);
    const bg = getComputedStyle(panel(el)).backgroundColor;
    const root = sr(el);
    /** What assistive technology reads as the description of a focused notification (its aria-describedby targets). */
    const description = (a: HTMLElement) =>
      a
        .getAttribute('aria-describedby')!
        .split(/\s+/)
        .map((id) => root.getElementById(id))
        .map((n) => (n?.getAttribute('aria-label') ?? n?.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' ');
    const seen = new Map<string, string>();
    for (const a of articles(el).slice(2, 8)) {
      const severity = a.dataset.severity!;
      const name = { notice: 'Notice', warning: 'Warning', alert: 'Alert' }[severity]!;
      const icon = a.querySelector<HTMLElement>('[part=severity-icon]')!;
      const path = icon.querySelector('path')!;
      expect(drawn(getComputedStyle(path).fill, bg), `${severity}: the icon is drawn`).to.equal(true);
      const b = path.getBBox();
      seen.set(severity, [b.x, b.y, b.width, b.height].map((v) => v.toFixed(1)).join());
      expect([icon.getAttribute('role'), icon.getAttribute('aria-label')], `${severity}: the icon's text`).to.deep.equal(['img', name]);
      expect(description(a), `${severity}: the focused notification's description`).to.contain(name);
    }
    expect(seen.size, 'all three severities shown').to.equal(3);
    expect(new Set(seen.values()).size, `three different icon shapes: ${[...seen.values()].join(' / ')}`).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('unread notifications are marked by more than their background (also with a JSON body)', async () => {
    const el = await bellAt();
    el.tab = 'all';
    await openPanel(el);
    const bg = getComputedStyle(panel(el)).backgroundColor;
    const edge = (a: HTMLElement) => {
      const s = getComputedStyle(a);
      return parseFloat(s.borderInlineStartWidth) >= 2 && s.borderInlineStartStyle === 'solid' && drawn(s.borderInlineStartColor, bg);
    };
    const [long, json, , , , read] = articles(el);
    expect(read!.hasAttribute('data-unread')).to.equal(false);
    expect([edge(long!), edge(json!), edge(read!)], 'a drawn edge on the unread ones only').to.deep.equal([true, true, false]);
  });

  it('the selected tab is the only one underlined', async () => {
    const el = await bellAt();
    await openPanel(el);
    const bg = getComputedStyle(panel(el)).backgroundColor;
    const underlined = [...sr(el).querySelectorAll('[role=tab]')].map((tab) => {
      const s = getComputedStyle(tab);
      return parseFloat(s.borderBlockEndWidth) > 0 && s.borderBlockEndStyle !== 'none' && drawn(s.borderBlockEndColor, bg);
    });
    expect(underlined).to.deep.equal([true, false]);
  });
});

describe('<ev-notification-bell> at 320 × 480 (reflow)', () => {
  before(() => setViewport({ width: 320, height: 480 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const variant of ['popover', 'drawer']) {
    for (const dir of ['ltr', 'rtl']) {
      it(`${variant}, ${dir}: open at either edge or in the middle, the panel is inside the viewport and 300-character words wrap inside it`, async () => {
        for (const justify of ['flex-start', 'center', 'flex-end']) {
          const el = await bellAt(justify, { dir, variant });
          el.tab = 'all';
          await openPanel(el);
          const what = `${variant} ${dir} ${justify}`;
          expectInside(box(panel(el)), viewport(), what);
          expectNothingClippedSideways(el, what);
          el.hide();
          fixtureCleanup();
        }
      });
    }
  }

  it('a long heading and "mark all as read" (German) wrap instead of being cut off', async () => {
    const el = await bellAt();
    el.strings = { notificationBell: { title: 'Benachrichtigungseinstellungenübersicht', markAllRead: 'Alle als gelesen markieren' } };
    await openPanel(el);
    expectNothingClippedSideways(el, 'German');
  });
});

describe('<ev-notification-bell> with reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /**
   * Nothing moves: no animation or transition of the bell's own, and whatever runs (the shared
   * reduced-motion rule makes every change a 0.01 ms transition) is over within 0.01 ms, once.
   */
  const still = (el: EvNotificationBell, what: string) => {
    for (const a of sr(el).getAnimations()) {
      const timing = a.effect!.getComputedTiming();
      expect([timing.endTime, timing.iterations], `${what}: ${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName}`).to.deep.equal([0.01, 1]);
    }
    for (const part of ['panel', 'badge', 'button', 'item']) {
      const node = sr(el).querySelector(`[part~=${part}]`);
      if (!node) continue;
      const s = getComputedStyle(node);
      expect(s.animationName, `${what}: ${part} animation`).to.equal('none');
      expect(Math.max(...s.transitionDuration.split(',').map(parseFloat)), `${what}: ${part} transition`).to.be.at.most(0.00001);
    }
  };

  for (const variant of ['popover', 'drawer']) {
    it(`${variant}: opening, closing and a new count move nothing`, async () => {
      const el = await bellAt('flex-end', { variant });
      still(el, 'closed');
      el.show();
      await el.updateComplete;
      still(el, 'opening');
      await until(() => articles(el).length > 0, 'the list');
      await settle(el);
      still(el, 'open');
      articles(el)[0]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
      await until(() => el.unread === 18, 'the new count');
      await el.updateComplete;
      still(el, 'after the count changed');
      el.hide();
      await el.updateComplete;
      still(el, 'closing');
    });
  }
  it('the loading spinner stands still (no spinning, no flicker)', async () => {
    const client = controlledClient(notifications(3));
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 3, 'the count');
    const release = client.holdLists();
    el.show();
    await until(() => sr(el).querySelector('.ev-spinner'), 'the loading spinner');
    expect(getComputedStyle(sr(el).querySelector('.ev-spinner')!).animationName).to.equal('none');
    still(el, 'loading');
    release();
    await until(() => articles(el).length === 3, 'the list');
  });
});

describe('<ev-notification-bell> with the page text at 200 %', () => {
  beforeEach(() => (document.documentElement.style.fontSize = '32px'));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [
    [1280, 800],
    [320, 480],
  ] as const) {
    for (const variant of ['popover', 'drawer']) {
      it(`${variant} at ${width} × ${height}: inside the viewport, nothing cut off, the list scrolls`, async () => {
        await setViewport({ width, height });
        const el = await bellAt('flex-end', { variant });
        await openPanel(el);
        expectInside(box(panel(el)), viewport(), 'panel');
        expectNothingClippedSideways(el, `${variant} ${width}`);
        // Nothing is cut off at the bottom either: what does not fit can be scrolled to; at the top the heading row and the tabs are in view; the list scrolls.
        const p = panel(el);
        const scrolls = ['auto', 'scroll'].includes(getComputedStyle(p).overflowY);
        expect(p.scrollHeight <= p.clientHeight + 1 || scrolls, 'what does not fit in the panel can be scrolled to').to.equal(true);
        p.scrollTop = 0;
        for (const c of sr(el).querySelectorAll<HTMLElement>('h2, .head button, [role=tab]')) expectInside(box(c), box(p), c.getAttribute('part') ?? c.localName);
        const list = $(el, '.list');
        expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
        list.scrollTop = list.scrollHeight;
        expect(list.scrollTop, 'the list scrolled').to.be.greaterThan(0);
        el.hide();
      });
    }
  }
});
