// Buttons of the filter bar that go away when activated (a chip's ×, "Clear filters") pass
// keyboard focus on inside the filter bar: to the next chip, else the previous one, else
// "Clear filters", else the first filter control; never to the page.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeEvents } from '../../fixtures/events.js';
import { mountLog, settle, shadow, waitFor } from './helpers.js';
import type { EvLog } from '../../../src/components/log/log.js';

const events = makeEvents({ count: 20 });
/** What has focus, named by its part (and chip): the page's body when it fell out of the log. */
function focused(el: EvLog): string {
  const active = shadow(el).activeElement as HTMLElement | null;
  if (!active) return document.activeElement === el ? 'the log' : String(document.activeElement?.tagName);
  const chip = active.closest<HTMLElement>('[part=filter-chip]')?.dataset.field;
  return `${active.getAttribute('part')}${chip ? ` ${chip}` : ''}`;
}
const removeButton = (el: EvLog, field: string) => shadow(el).querySelector<HTMLElement>(`[part=filter-chip][data-field=${field}] [part=filter-chip-remove]`);

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

describe('<ev-log> filter bar focus', () => {
  it('removing chips from the keyboard: focus goes to the next chip, the previous one, then Clear filters, then the first filter', async () => {
    const el = await mountLog({ events });
    el.store.patchFilter({ brand_name: 'Acme', context_authorized_app: 'app-1', area: { south: 40, north: 50, west: 0, east: 10 }, username: 'alice' });
    await settle(el);
    await waitFor(() => shadow(el).querySelectorAll('[part=filter-chip]').length === 3, 'three chips');

    removeButton(el, 'context_authorized_app')!.focus();
    await press(el, 'Enter');
    expect(shadow(el).querySelector('[data-field=context_authorized_app]'), 'chip removed').to.equal(null);
    expect(focused(el), 'the next chip').to.equal('filter-chip-remove area');

    await press(el, 'Enter');
    expect(focused(el), 'the previous chip (no next one)').to.equal('filter-chip-remove brand_name');

    await press(el, 'Enter');
    expect(shadow(el).querySelector('[part=filter-chip]'), 'no chips').to.equal(null);
    expect(focused(el), 'Clear filters (another filter is still set)').to.equal('clear-filters');

    await press(el, 'Enter');
    expect(el.store.filter, 'cleared').to.deep.equal({});
    expect(shadow(el).querySelector('[part=clear-filters]'), 'Clear filters gone').to.equal(null);
    expect(focused(el), 'the first filter control').to.equal('actions-button');
    await expect(el).to.be.accessible();
  });

  it('the last chip removed with no other filter: focus goes to the first filter control', async () => {
    const el = await mountLog({ events });
    el.store.patchFilter({ brand_name: 'Acme' });
    await settle(el);
    removeButton(el, 'brand_name')!.focus();
    await press(el, 'Space');
    expect(el.store.filter).to.deep.equal({});
    expect(focused(el)).to.equal('actions-button');
  });
});
