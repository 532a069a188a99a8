/**
 * Ctrl+Home / Ctrl+End follow the ARIA grid pattern: to the first cell of the first row and the
 * last cell of the last row, whatever column focus was in (before, they kept the column). In a
 * right-to-left log "first" and "last" are the same cells (the columns' order, not the screen's).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { activeCell, dataRows, manyEvents, settle } from './helpers.js';

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
      expect(focusAt(el)).to.deep.equal({ row: 2, col: 0 });
      await press(el, 'ArrowUp');
      expect(focusAt(el), 'the header row above').to.deep.equal({ row: 1, col: 0 });
      await press(el, 'Control+End');
      expect(focusAt(el), 'from the header row').to.deep.equal({ row: 301, col: 4 });
      await expect(el).to.be.accessible();
    });
});
