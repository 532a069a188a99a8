/**
 * A page of rows that failed to load, met from the keyboard. The focused row says which rows
 * failed and offers Retry itself (its message and Retry button, which takes the focus); Enter
 * or Space retries and focus stays on the row, which then shows its event. The grid keeps one
 * tab stop: the inline Retry button is not a second one (before, it was tabbable besides the
 * focused cell, and a focused failed row was an empty cell on which Enter did nothing).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { ControlledClient, activeCell, dataRows, grid, manyEvents, mountLog, settle, shadow, waitFor } from './helpers.js';

/** Elements Tab stops on inside the grid's rows (not an expanded row's panel). */
function tabStops(el: EvLog): Element[] {
  return [...shadow(el).querySelectorAll('[role="grid"] :is([tabindex="0"], button:not([tabindex="-1"]))')].filter((e) => !e.closest('.panel-row'));
}

function focusedRow(el: EvLog): HTMLElement {
  return activeCell(el)!.closest<HTMLElement>('[role="row"]')!;
}

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 1);
}

describe('<ev-log> a failed page from the keyboard', () => {
  for (const key of ['Enter', 'Space'])
    it(`the focused failed row names the rows and its Retry takes focus; ${key} retries, focus stays on the row`, async () => {
      const client = new ControlledClient(createMemoryClient({ events: manyEvents(1000) }));
      client.failPages.add(10);
      const el = await mountLog({ client });
      await waitFor(() => el.matches(':state(ready)'), 'ready');
      dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
      await press(el, 'Control+End');
      await waitFor(() => activeCell(el)?.closest('.data-row')?.classList.contains('error') === true, 'the failed last page');
      await settle(el);
      const row = focusedRow(el);
      expect(row.getAttribute('aria-rowindex')).to.equal('1001');
      expect(row.textContent).to.contain('Rows 901–1,000 could not be loaded.');
      expect(activeCell(el)!.getAttribute('part')).to.equal('retry-button');
      expect(tabStops(el)).to.deep.equal([activeCell(el)]);
      await expect(el).to.be.accessible();
      client.failPages.clear();
      await press(el, key);
      await waitFor(() => !shadow(el).querySelector('[part="page-error"]') && activeCell(el)?.closest('[role="row"]')?.getAttribute('aria-busy') === null, 'retried, focus on the row');
      await settle(el);
      expect(focusedRow(el).getAttribute('aria-rowindex')).to.equal('1001');
      expect(activeCell(el)!.getAttribute('role')).to.equal('gridcell');
      expect(focusedRow(el).querySelector('time')).to.not.equal(null);
      expect(tabStops(el)).to.have.length(1);
    });

  it('a failed page in view while focus is on a loaded row: still one tab stop', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(1000) }));
    client.failPages.add(2);
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    // Scrolled with the mouse to the failed page; focus stays on the first row.
    grid(el).scrollTop = 95 * 48;
    await waitFor(() => Boolean(shadow(el).querySelector('[part="page-error"]')), 'the failed page');
    await settle(el);
    expect(focusedRow(el).classList.contains('error')).to.equal(false);
    expect(tabStops(el)).to.deep.equal([activeCell(el)]);
  });
});
