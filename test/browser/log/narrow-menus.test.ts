// <ev-log> dropped into a sidebar or a phone layout: its toolbar wraps, and the Columns button can
// land at the start of a row. Its menu then opened leftwards, off the element's box (off the
// screen on a phone: the menu's heading and checkboxes cut off). Opened at any width, both menus
// (Columns, Actions) stay inside the element's box. (There the filter fields fold behind a Filters
// button, phone-layout.test.ts: the Actions menu is opened after it.)
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { settle, shadow, waitFor } from './helpers.js';

/** 20 events, the first with a 300-character action name (event data) for the Actions menu. */
function events(): EventRecord[] {
  const list = makeEvents({ count: 20 });
  list[0] = { ...list[0]!, action: `custom_${'x'.repeat(300)}` } as EventRecord;
  return list;
}

async function logIn(width: number, lang: string): Promise<EvLog> {
  const client = createMemoryClient({ events: events() });
  const wrap = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; margin-inline: 24px"><ev-log lang=${lang} live style="height: 480px" .client=${client}></ev-log></div>`,
  );
  const el = wrap.querySelector('ev-log')!;
  await waitFor(() => !!shadow(el).querySelector('[part=live-status]'), 'the live status');
  await settle(el);
  return el;
}

function expectInside(el: EvLog, popover: HTMLElement, what: string): void {
  const host = el.getBoundingClientRect();
  const box = popover.getBoundingClientRect();
  expect(box.width, `${what} is drawn`).to.be.greaterThan(0);
  expect(box.left, `${what}: its left edge (${box.left}) is inside the element (${host.left})`).to.be.at.least(host.left - 1);
  expect(box.right, `${what}: its right edge (${box.right}) is inside the element (${host.right})`).to.be.at.most(host.right + 1);
  expect(box.left, `${what} is on the screen`).to.be.at.least(0);
  expect(popover.scrollWidth, `${what}: its content is not cut off sideways`).to.be.at.most(popover.clientWidth + 1);
}

async function openColumns(el: EvLog): Promise<HTMLElement> {
  const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="columns-menu"]')!;
  menu.querySelector('summary')!.click();
  await settle(el, 1);
  expect(menu.open).to.equal(true);
  return menu.querySelector<HTMLElement>('.popover')!;
}

async function openActions(el: EvLog): Promise<HTMLElement> {
  // A narrow log folds its filter fields behind the Filters button: a user opens that first.
  const filters = shadow(el).querySelector<HTMLButtonElement>('[part="filters-button"]')!;
  if (filters.getBoundingClientRect().width > 0 && filters.getAttribute('aria-expanded') === 'false') {
    filters.click();
    await settle(el, 1);
  }
  shadow(el).querySelector<HTMLButtonElement>('.actions-field > button')!.click();
  await settle(el, 1);
  const popover = shadow(el).querySelector<HTMLElement>('.actions-field .popover')!;
  await waitFor(() => !popover.hidden && popover.textContent!.includes('x'.repeat(50)), 'the Actions menu with the long action');
  return popover;
}

describe('<ev-log> menus in a narrow container', () => {
  for (const lang of ['en', 'de']) {
    it(`(${lang}) the Columns menu stays inside the element at widths 260 to 900 px`, async () => {
      for (let width = 260; width <= 900; width += 40) {
        const el = await logIn(width, lang);
        expectInside(el, await openColumns(el), `Columns menu at ${width} px`);
      }
    });
  }

  it('the Actions menu (a 300-character action name) stays inside a 320 px sidebar', async () => {
    const el = await logIn(320, 'en');
    expectInside(el, await openActions(el), 'Actions menu at 320 px');
  });
});

describe('<ev-log> menus on a phone (360 × 740)', () => {
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the Columns and Actions menus open on the screen, inside the element', async () => {
    const el = await logIn(312, 'en');
    expectInside(el, await openColumns(el), 'Columns menu');
    expectInside(el, await openActions(el), 'Actions menu');
  });
});
