// PageUp / PageDown page among the data rows; the header row (aria-rowindex 1) is not part of a
// page. PageUp from any of the first rows stops on the first data row (never the header), so,
// symmetrically, PageDown from the header acts as from the first data row: it lands on the same
// row one page further (not one row short of it), and PageUp brings focus back to the first data
// row. The header is reached with ArrowUp. This pins the intended model (no behaviour change).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { activeCell, dataRows, manyEvents, mountLog, settle } from './helpers.js';

function focusedRow(el: EvLog): number {
  return Number(activeCell(el)!.closest('[role="row"]')!.getAttribute('aria-rowindex'));
}

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 1);
}

describe('<ev-log> PageUp / PageDown and the header row', () => {
  it('PageDown from the header lands where PageDown from the first row does; PageUp stops on the first row', async () => {
    const el = await mountLog({ events: manyEvents(500) });
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    expect(focusedRow(el)).to.equal(2);
    await press(el, 'PageDown');
    const fromFirstRow = focusedRow(el);
    expect(fromFirstRow).to.be.greaterThan(4);
    await press(el, 'PageUp');
    expect(focusedRow(el), 'PageUp from one page down: the first data row').to.equal(2);
    await press(el, 'ArrowUp');
    expect(focusedRow(el), 'ArrowUp reaches the header').to.equal(1);
    await press(el, 'PageDown');
    expect(focusedRow(el), 'PageDown from the header: as from the first data row').to.equal(fromFirstRow);
    await press(el, 'PageUp');
    expect(focusedRow(el)).to.equal(2);
    await press(el, 'PageUp');
    expect(focusedRow(el), 'PageUp does not page into the header').to.equal(2);
  });
});
