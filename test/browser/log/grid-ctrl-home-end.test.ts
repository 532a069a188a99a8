/**
 * Ctrl+Home / Ctrl+End follow the ARIA grid pattern: to the first cell of the first row and the
 * last cell of the last row, whatever column focus was in (before, they kept the column). The
 * column headers are the grid's first row (role=row of role=columnheader cells, aria-rowindex 1),
 * so Ctrl+Home lands on the first header (before, on the first data row) and scrolls the first
 * rows back into view. In a right-to-left log "first" and "last" are the same cells (the columns'
 * order, not the screen's).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { activeCell, dataRows, manyEvents, mountLog, settle, shadow, waitFor } from './helpers.js';

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

describe('<ev-log> Ctrl+Home / Ctrl+End', () => {
  for (const dir of ['ltr', 'rtl'])
    it(`${dir}: from a middle column, Ctrl+End goes to the last cell of the last row, Ctrl+Home to the first cell of the first row`, async () => {
      const el = await fixture<EvLog>(html`<ev-log dir=${dir} style="height: 480px; width: 1000px" .events=${manyEvents(300)}></ev-log>`);
      await settle(el);
      dataRows(el)[2]!.querySelectorAll<HTMLElement>('[role="gridcell"]')[2]!.focus();
      expect(focusAt(el)).to.deep.equal({ row: 4, col: 2 });
      await press(el, 'Control+End');
      expect(focusAt(el)).to.deep.equal({ row: 301, col: 4 });
      await press(el, dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
      expect(focusAt(el)).to.deep.equal({ row: 301, col: 3 });
      await press(el, 'Control+Home');
      expect(focusAt(el), 'the first header').to.deep.equal({ row: 1, col: 0 });
      expect(activeCell(el)!.matches('[part="sort-button"]')).to.equal(true);
      await press(el, 'ArrowUp');
      expect(focusAt(el), 'nothing above the header row').to.deep.equal({ row: 1, col: 0 });
      await press(el, 'ArrowDown');
      expect(focusAt(el), 'the first data row below').to.deep.equal({ row: 2, col: 0 });
      await press(el, 'ArrowUp');
      await press(el, 'Control+End');
      expect(focusAt(el), 'from the header row').to.deep.equal({ row: 301, col: 4 });
      await expect(el).to.be.accessible();
    });

  it('from far down, Ctrl+Home shows the first rows again; the header row keeps one tab stop, Home / End and Space work in it', async () => {
    const el = await mountLog({ events: manyEvents(5000) });
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    await press(el, 'Control+End');
    expect(focusAt(el).row).to.equal(5001);
    await press(el, 'Control+Home');
    expect(focusAt(el)).to.deep.equal({ row: 1, col: 0 });
    const first = dataRows(el).find((r) => r.getAttribute('aria-rowindex') === '2');
    expect(first, 'the first data row is rendered').to.not.equal(undefined);
    const box = shadow(el).querySelector('.window')!.getBoundingClientRect();
    const b = first!.getBoundingClientRect();
    expect(b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5, 'the first data row is in view').to.equal(true);
    const tabbable = [...shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')];
    expect(tabbable).to.deep.equal([activeCell(el)]);
    await press(el, 'End');
    expect(focusAt(el)).to.deep.equal({ row: 1, col: 4 });
    await press(el, 'Home');
    expect(focusAt(el)).to.deep.equal({ row: 1, col: 0 });
    await press(el, 'ArrowRight');
    await press(el, 'Space');
    await waitFor(() => el.ordering === 'user', 'sorted by user');
    await settle(el);
    expect(shadow(el).querySelectorAll('[role="columnheader"]')[1]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(focusAt(el)).to.deep.equal({ row: 1, col: 1 });
    await expect(el).to.be.accessible();
  });
});
