// The columns menu is a popover over the content: a click anywhere outside it (on the page, on the
// log's toolbar) closes it, as the actions panel does; a click inside it (a checkbox) keeps it open.
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow } from './helpers.js';

const center = (el: Element): [number, number] => {
  const b = el.getBoundingClientRect();
  return [Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2)];
};

async function openMenu(el: EvLog): Promise<HTMLDetailsElement> {
  const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="columns-menu"]')!;
  await sendMouse({ type: 'click', position: center(menu.querySelector('summary')!) });
  await settle(el, 1);
  expect(menu.open, 'opened').to.equal(true);
  return menu;
}

describe('<ev-log> columns menu closes on a click outside it', () => {
  afterEach(() => resetMouse());

  it('a click on the page below the log closes it', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    el.style.height = '300px';
    await settle(el);
    const menu = await openMenu(el);
    const below = el.getBoundingClientRect().bottom + 20;
    expect(below, 'room below the log').to.be.below(innerHeight);
    await sendMouse({ type: 'click', position: [5, Math.round(below)] });
    await settle(el, 1);
    expect(menu.open, 'closed').to.equal(false);
  });

  it('a click on the count in the toolbar closes it; a click on a checkbox inside keeps it open', async () => {
    const el = await mountLog({ events: makeEvents({ count: 20 }) });
    const menu = await openMenu(el);
    const box = menu.querySelector<HTMLInputElement>('input[type="checkbox"]:not(:disabled)')!;
    await sendMouse({ type: 'click', position: center(box) });
    await settle(el, 1);
    expect(menu.open, 'open after a click inside').to.equal(true);
    await sendMouse({ type: 'click', position: center(shadow(el).querySelector('[part="count"]')!) });
    await settle(el, 1);
    expect(menu.open, 'closed after a click outside').to.equal(false);
  });
});
