// PageUp / PageDown and the header row. The column headers are the grid's first row
// (aria-rowindex 1), as ArrowUp and Ctrl+Home treat them, so paging counts it like any row (ARIA
// grid pattern): PageUp from anywhere within the first page reaches the header row, in the same
// column; from the header focus does not move. PageDown from the header goes down one page of
// rows, and PageUp from there comes back to the header (before, PageUp stopped on the first data
// row and the header was reached only with ArrowUp or Ctrl+Home).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { activeCell, dataRows, manyEvents, mountLog, settle } from './helpers.js';

/** aria-rowindex of the row holding the focused cell, and the cell's column. */
function focusAt(el: EvLog): { row: number; col: number } {
  const cell = activeCell(el)!;
  const row = cell.closest('[role="row"]')!;
  return { row: Number(row.getAttribute('aria-rowindex')), col: [...row.children].indexOf(cell.closest('[role="gridcell"], [role="columnheader"]')!) };
}

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 1);
}

describe('<ev-log> PageUp / PageDown and the header row', () => {
  it('PageUp from within the first page reaches the header row in the same column; from the header focus stays', async () => {
    const el = await mountLog({ events: manyEvents(500) });
    dataRows(el)[0]!.querySelectorAll<HTMLElement>('[role="gridcell"]')[2]!.focus();
    expect(focusAt(el)).to.deep.equal({ row: 2, col: 2 });
    await press(el, 'PageUp');
    expect(focusAt(el), 'PageUp from the first data row: the header row').to.deep.equal({ row: 1, col: 2 });
    expect(activeCell(el)!.matches('[part="sort-button"]'), 'the column’s sort button').to.equal(true);
    await press(el, 'PageUp');
    expect(focusAt(el), 'nothing above the header row').to.deep.equal({ row: 1, col: 2 });
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusAt(el)).to.deep.equal({ row: 4, col: 2 });
    await press(el, 'PageUp');
    expect(focusAt(el), 'PageUp from the third data row: the header row').to.deep.equal({ row: 1, col: 2 });
    await expect(el).to.be.accessible();
  });

  it('PageDown and PageUp move by the same page, the header row counted as a row', async () => {
    const el = await mountLog({ events: manyEvents(500) });
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    await press(el, 'PageDown');
    const page = focusAt(el).row - 2;
    expect(page).to.be.greaterThan(3);
    await press(el, 'PageUp');
    expect(focusAt(el).row, 'PageUp from one page down: the first data row').to.equal(2);
    await press(el, 'ArrowUp');
    expect(focusAt(el).row).to.equal(1);
    await press(el, 'PageDown');
    expect(focusAt(el).row, 'PageDown from the header: one page of rows down').to.equal(1 + page);
    await press(el, 'PageUp');
    expect(focusAt(el).row, 'and PageUp back to the header').to.equal(1);
  });
});
