/**
 * The same rows loaded again with keyboard focus on a row (Refresh, a live view reloading after
 * a gap, or a new `.events` array holding the same events and some new ones): focus goes back to
 * the event it was on, in the same column, once the rows are there (before, it stayed on the
 * column header it was parked on while they loaded). While they load, focus stays in the log.
 * A new result (another filter or order) still starts at the top; one with no rows puts focus
 * on Clear filters (pinned here, unchanged).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { ControlledClient, activeCell, dataRows, manyEvents, mountLog, settle, shadow, waitFor } from './helpers.js';

/** aria-rowindex of the row holding the focused cell, its column and the row's event time. */
function focusAt(el: EvLog): { row: number; col: number; time: string | null } {
  const cell = activeCell(el)!;
  const row = cell.closest('[role="row"]')!;
  const col = [...row.children].indexOf(cell.closest('[role="gridcell"], [role="columnheader"]')!);
  return { row: Number(row.getAttribute('aria-rowindex')), col, time: row.querySelector('time')?.getAttribute('datetime') ?? null };
}

function inView(el: EvLog): boolean {
  const box = shadow(el).querySelector('.window')!.getBoundingClientRect();
  const b = activeCell(el)!.getBoundingClientRect();
  return b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5;
}

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 1);
}

describe('<ev-log> focus when the rows load again', () => {
  it('Refresh: focus goes back to the same event and column, also far down the list', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(500) }));
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowRight');
    const before = focusAt(el);
    expect(before.row).to.equal(4);
    client.hold = true;
    el.refresh();
    await waitFor(() => el.matches(':state(loading)'), 'loading');
    await settle(el);
    expect(document.activeElement === el, 'focus stays in <ev-log> while the rows load').to.equal(true);
    client.hold = false;
    client.release();
    await waitFor(() => el.matches(':state(ready)'), 'ready again');
    await settle(el);
    expect(focusAt(el)).to.deep.equal(before);

    await press(el, 'Control+End');
    await waitFor(() => focusAt(el).time !== null, 'the last row');
    const last = focusAt(el);
    expect(last.row).to.equal(501);
    el.refresh();
    await waitFor(() => el.matches(':state(ready)') && focusAt(el).time !== null, 'the last row again');
    await settle(el);
    expect(focusAt(el)).to.deep.equal(last);
    expect(inView(el), 'the focused row is scrolled into view').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a new .events array with two new events on top: focus follows its event', async () => {
    const events = manyEvents(300);
    const el = await mountLog({ events: events.slice(2) });
    dataRows(el)[3]!.querySelectorAll<HTMLElement>('[role="gridcell"]')[2]!.focus();
    const before = focusAt(el);
    expect(before.row).to.equal(5);
    el.events = events;
    await settle(el);
    await waitFor(() => el.matches(':state(ready)') && focusAt(el).row !== 1, 'focus back on a row');
    expect(focusAt(el)).to.deep.equal({ ...before, row: 7 });
  });

  it('another filter is a new result: focus does not go back to the old row', async () => {
    const el = await mountLog({ client: createMemoryClient({ events: manyEvents(300) }) });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    dataRows(el)[4]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    el.store.patchFilter({ actions: ['login'] });
    await waitFor(() => el.matches(':state(ready)'), 'filtered');
    await settle(el, 3);
    expect(document.activeElement === el, 'focus stays in <ev-log>').to.equal(true);
    expect(focusAt(el).row, 'the top: the column headers or the first row').to.be.at.most(2);
  });

  it('a filter that matches nothing: focus goes to Clear filters, which puts it back in the grid', async () => {
    const el = await mountLog({ client: createMemoryClient({ events: manyEvents(300) }) });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    dataRows(el)[2]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    el.store.patchFilter({ username: 'nobody-at-all' });
    await waitFor(() => el.matches(':state(empty)'), 'empty');
    await settle(el);
    expect(activeCell(el)!.getAttribute('part')).to.equal('empty-action');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.matches(':state(ready)'), 'ready after clearing');
    await settle(el);
    expect(focusAt(el)).to.deep.equal({ row: 1, col: 0, time: null });
  });
});
