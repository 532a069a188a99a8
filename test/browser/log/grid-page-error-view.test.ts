/**
 * A failed page seen after scrolling away from the focused failed row. Some failed row in view
 * always says which rows failed and offers Retry (before, the message went on the focused row
 * even when that row was not drawn or was drawn off screen, so the rows in view were blank).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { ControlledClient, activeCell, dataRows, grid, manyEvents, mountLog, settle, shadow, visibleRows, waitFor } from './helpers.js';

/** Mounts 1,000 events whose last page (rows 901–1,000) fails, with the keyboard on row 1,000. */
async function onFailedLastRow(): Promise<EvLog> {
  const client = new ControlledClient(createMemoryClient({ events: manyEvents(1000) }));
  client.failPages.add(10);
  const el = await mountLog({ client });
  await waitFor(() => el.matches(':state(ready)'), 'ready');
  dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
  await sendKeys({ press: 'Control+End' });
  await waitFor(() => activeCell(el)?.closest('.data-row')?.classList.contains('error') === true, 'the failed last page');
  await settle(el);
  return el;
}

/** Scrolls (as the mouse wheel does) so row index 940 is at the top: rows 941–950 of the failed page. */
async function scrollIntoFailedPage(el: EvLog): Promise<void> {
  grid(el).scrollTop = 940 * 48;
  await waitFor(() => visibleRows(el).some((r) => r.getAttribute('aria-rowindex') === '950'), 'rows 941–950 in view');
  await settle(el);
}

function visibleMessage(el: EvLog): HTMLElement | undefined {
  return visibleRows(el).find((r) => r.querySelector('[part="page-error"]'));
}

describe('<ev-log> a failed page in view, away from the focused row', () => {
  let outside: HTMLButtonElement;
  beforeEach(() => {
    outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
  });
  afterEach(() => outside.remove());

  it('after tabbing out of the grid and scrolling: a row in view names the rows and offers Retry', async () => {
    const el = await onFailedLastRow();
    outside.focus();
    await settle(el);
    await scrollIntoFailedPage(el);
    const row = visibleMessage(el);
    expect(row, 'a row in view with the message').to.not.equal(undefined);
    expect(row!.textContent).to.contain('Rows 901–1,000 could not be loaded.');
    expect(row!.querySelector('[part="retry-button"]')?.textContent?.trim()).to.equal('Retry');
  });

  it('with focus still in the grid and the focused row scrolled away: a row in view still offers Retry', async () => {
    const el = await onFailedLastRow();
    await scrollIntoFailedPage(el);
    const row = visibleMessage(el);
    expect(row, 'a row in view with the message').to.not.equal(undefined);
    expect(row!.textContent).to.contain('Rows 901–1,000 could not be loaded.');
    expect(row!.querySelector('[part="retry-button"]')).to.not.equal(null);
    // The focused row keeps focus (on its own Retry) and the grid keeps one tab stop.
    expect(shadow(el).activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('1001');
    const stops = [...shadow(el).querySelectorAll('[role="grid"] :is([tabindex="0"], button:not([tabindex="-1"]))')];
    expect(stops).to.deep.equal([shadow(el).activeElement]);
  });
});
