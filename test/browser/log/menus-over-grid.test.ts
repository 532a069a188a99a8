// The Columns and Actions menus are drawn over the grid, also where the bars that hold them are
// containers with layout containment (`container-type` brings it in some engines' reading of the
// spec, and a page may add `contain` through the parts): layout containment makes each bar a
// stacking context, and the menus (z-index 1000 inside it) went under the grid's sticky frame
// (z-index 1), rows drawn over the checkboxes and clicks landing on rows.
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { settle, shadow, waitFor } from './helpers.js';

async function log(contained: boolean): Promise<EvLog> {
  const wrap = await fixture<HTMLElement>(html`<div>
    <style>
      .contained ev-log::part(toolbar),
      .contained ev-log::part(filters) {
        contain: layout;
      }
    </style>
    <div class=${contained ? 'contained' : ''} style="width: 900px">
      <ev-log style="height: 420px" .client=${createMemoryClient({ events: makeEvents({ count: 40 }) })}></ev-log>
    </div>
  </div>`);
  const el = wrap.querySelector('ev-log')!;
  await waitFor(() => shadow(el).querySelectorAll('[role=row]').length > 5, 'the rows');
  await settle(el);
  return el;
}

/** What a click at the middle of the box's lower part would hit: inside the menu, not a row. */
function expectOnTop(el: EvLog, popover: HTMLElement, what: string): void {
  const box = popover.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.bottom - Math.min(24, box.height / 4);
  const hit = shadow(el).elementFromPoint(x, y);
  expect(!!hit && popover.contains(hit), `${what}: at (${Math.round(x)}, ${Math.round(y)}) the menu is on top, not ${hit?.localName}.${hit?.className}`).to.equal(true);
}

for (const contained of [false, true])
  describe(`<ev-log> menus over the grid${contained ? ', bars with layout containment' : ''}`, () => {
    it('the Columns menu is on top of the rows', async () => {
      const el = await log(contained);
      const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="columns-menu"]')!;
      menu.querySelector('summary')!.click();
      await settle(el, 1);
      expectOnTop(el, menu.querySelector<HTMLElement>('.popover')!, 'Columns');
    });

    it('the Actions menu is on top of the rows', async () => {
      const el = await log(contained);
      shadow(el).querySelector<HTMLButtonElement>('.actions-field > button')!.click();
      await waitFor(() => !shadow(el).querySelector<HTMLElement>('#actions-panel')!.hidden, 'the actions menu');
      await settle(el, 1);
      expectOnTop(el, shadow(el).querySelector<HTMLElement>('#actions-panel')!, 'Actions');
    });
  });
