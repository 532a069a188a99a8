import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvErrorEvent } from '../../../src/events/ev-error.js';
import type { EvSelectEvent } from '../../../src/events/ev-select.js';
import { ControlledClient, activeCell, dataRows, grid, manyEvents, mountLog, settle, shadow, visibleRows, waitFor, deepText } from './helpers.js';

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

function firstCell(el: EvLog): HTMLElement {
  return dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!;
}

function isVisible(el: EvLog, cell: HTMLElement): boolean {
  const box = shadow(el).querySelector('.window')!.getBoundingClientRect();
  const b = cell.getBoundingClientRect();
  return b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5;
}

describe('<ev-log> keyboard', () => {
  let events: EventRecord[];
  before(() => {
    events = manyEvents(5000);
  });

  it('one tab stop; arrows, Home / End, Ctrl+Home / Ctrl+End, PageUp / PageDown move the focused cell', async () => {
    const el = await mountLog({ events });
    const tabbable = [...shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')];
    expect(tabbable).to.have.length(1);
    firstCell(el).focus();
    expect(focusAt(el)).to.deep.equal({ row: 2, col: 0 });
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(focusAt(el)).to.deep.equal({ row: 4, col: 0 });
    await press(el, 'ArrowRight');
    expect(focusAt(el)).to.deep.equal({ row: 4, col: 1 });
    await press(el, 'End');
    expect(focusAt(el)).to.deep.equal({ row: 4, col: 4 });
    await press(el, 'ArrowRight');
    expect(focusAt(el)).to.deep.equal({ row: 4, col: 4 });
    await press(el, 'Home');
    expect(focusAt(el)).to.deep.equal({ row: 4, col: 0 });
    await press(el, 'PageDown');
    const page = focusAt(el).row - 4;
    expect(page).to.be.greaterThan(3);
    expect(isVisible(el, activeCell(el)!)).to.equal(true);
    await press(el, 'PageUp');
    expect(focusAt(el).row).to.equal(4);
    await press(el, 'Control+End');
    expect(focusAt(el)).to.deep.equal({ row: 5001, col: 4 });
    expect(isVisible(el, activeCell(el)!)).to.equal(true);
    expect([...shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')]).to.have.length(1);
    await press(el, 'ArrowDown');
    expect(focusAt(el).row).to.equal(5001);
    await press(el, 'Control+Home');
    expect(focusAt(el), 'the first header (the grid\'s first row)').to.deep.equal({ row: 1, col: 0 });
    expect([...shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')]).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('ArrowUp from the first row reaches the sortable headers; Enter sorts', async () => {
    const el = await mountLog({ events });
    firstCell(el).focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowUp');
    expect(activeCell(el)!.matches('[part="sort-button"]')).to.equal(true);
    expect(focusAt(el)).to.deep.equal({ row: 1, col: 1 });
    await press(el, 'Enter');
    await waitFor(() => el.ordering === 'user', 'ordering');
    const header = shadow(el).querySelectorAll('[role="columnheader"]')[1]!;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(activeCell(el)!.matches('[part="sort-button"]')).to.equal(true);
    await press(el, 'Enter');
    await waitFor(() => el.ordering === '-user', 'descending');
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    await press(el, 'ArrowDown');
    expect(focusAt(el)).to.deep.equal({ row: 2, col: 1 });
  });

  it('sorting from the keyboard keeps focus on the header while the new order loads over the network', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(500) }));
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    firstCell(el).focus();
    await press(el, 'ArrowUp');
    client.hold = true;
    await press(el, 'Enter');
    await waitFor(() => el.matches(':state(loading)'), 'loading');
    // The response is on its way for a few frames: focus stays on the sort button, not the page.
    await settle(el, 3);
    expect(document.activeElement === el, 'focus inside <ev-log>').to.equal(true);
    expect(activeCell(el)!.matches('[part="sort-button"]')).to.equal(true);
    await expect(el).to.be.accessible();
    client.hold = false;
    client.release();
    await waitFor(() => el.matches(':state(ready)'), 'sorted');
    await settle(el);
    expect(activeCell(el)!.matches('[part="sort-button"]')).to.equal(true);
    expect(shadow(el).querySelector('[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('ascending');
    await press(el, 'ArrowDown');
    expect(focusAt(el)).to.deep.equal({ row: 2, col: 0 });
  });

  it('Retry, Clear filters and a failed reload keep keyboard focus in the log', async () => {
    let fail = true;
    const client = createMemoryClient({ events: manyEvents(40), latencyMs: 50, fail: (op) => (fail && op === 'listEvents' ? new EventsHttpError(503, '') : undefined) });
    const el = await fixture<EvLog>(html`<ev-log style="height: 400px; width: 900px" .client=${client}></ev-log>`);
    const inGrid = () => grid(el).contains(shadow(el).activeElement);
    await waitFor(() => el.matches(':state(error)'), 'the error');
    // Retry from the keyboard: its button goes away with the error; focus goes to the grid.
    shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.focus();
    fail = false;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.matches(':state(ready)'), 'ready after retry');
    await settle(el);
    expect(inGrid(), `focus on ${shadow(el).activeElement?.getAttribute("part") ?? document.activeElement?.tagName}`).to.equal(true);
    // A reload that fails while focus is in the grid: focus goes to the Retry button.
    fail = true;
    el.store.patchFilter({ username: 'nobody-at-all' });
    await waitFor(() => el.matches(':state(error)'), 'the error of the reload');
    await settle(el);
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('retry-button');
    // Clear filters in the empty view: focus goes to the grid again.
    fail = false;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.matches(':state(empty)'), 'the empty view');
    await settle(el);
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('empty-action');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.matches(':state(ready)'), 'ready after clearing');
    await settle(el);
    expect(inGrid()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a client swapped for a misconfigured one while a row has focus: focus goes to the error view, which is announced', async () => {
    const el = await mountLog({ client: createMemoryClient({ events: manyEvents(40) }) });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    firstCell(el).focus();
    const errors: EvErrorEvent[] = [];
    el.addEventListener('ev-error', (e) => errors.push(e));
    // A header no HTTP header can carry: every call rejects with EventsConfigError, nothing is sent.
    el.client = createAuthentikClient({ baseUrl: 'https://auth.example.com/api/v3', token: 't', headers: { 'X-Tenant': 'Zürich 🏔' }, live: 'none' });
    await waitFor(() => el.matches(':state(error)'), 'the config error');
    await settle(el);
    const view = shadow(el).querySelector<HTMLElement>('[part="error"]')!;
    expect(shadow(el).querySelector('[part="retry-button"]'), 'Retry that can never help').to.equal(null);
    expect(document.activeElement === el, `focus inside <ev-log> (it is on ${document.activeElement?.tagName})`).to.equal(true);
    expect(shadow(el).activeElement).to.equal(view);
    expect(view.getAttribute('role')).to.equal('alert');
    expect(view.textContent).to.contain('not set up correctly');
    expect(errors.map((e) => [e.detail.operation, e.detail.error.kind])).to.deep.equal([['list-events', 'config']]);
    await expect(el).to.be.accessible();
  });

  it('rows emptied or the client removed while a row has focus: focus goes to the message, not the page', async () => {
    const cases: Array<[string, (el: EvLog) => void, string]> = [
      ['.events = []', (el) => (el.events = []), 'empty'],
      ['client = undefined', (el) => (el.client = undefined), 'no-client'],
    ];
    for (const [what, change, state] of cases) {
      const el = await mountLog(what.startsWith('.events') ? { events: manyEvents(40) } : { client: createMemoryClient({ events: manyEvents(40) }) });
      await waitFor(() => el.matches(':state(ready)'), 'ready');
      await settle(el);
      firstCell(el).focus();
      change(el);
      await waitFor(() => el.matches(`:state(${state})`), state);
      await settle(el);
      expect(document.activeElement === el, `${what}: focus inside <ev-log> (it is on ${document.activeElement?.tagName})`).to.equal(true);
      const view = shadow(el).activeElement!;
      expect(view.getAttribute('part'), what).to.equal('empty');
      expect(view.getAttribute('role'), what).to.equal('status');
      await expect(el).to.be.accessible();
    }
  });

  it('Enter expands a row in place (ev-select, shared selection), Escape collapses, focus returns to the row', async () => {
    const el = await mountLog({ events });
    const selected: EvSelectEvent[] = [];
    el.addEventListener('ev-select', (e) => selected.push(e));
    firstCell(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(selected).to.have.length(1);
    expect(selected[0]!.detail.event.pk).to.equal('e1');
    expect(el.store.selection).to.equal('e1');
    const row = dataRows(el).find((r) => r.getAttribute('aria-rowindex') === '3')!;
    expect(row.querySelector('[role="gridcell"]')!.getAttribute('aria-expanded')).to.equal('true');
    const panel = shadow(el).querySelector('.panel-row')!;
    expect(panel.getAttribute('aria-rowindex')).to.equal('4');
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('5002');
    expect(await deepText(panel)).to.contain('e1');
    // Rows after the panel are pushed down, keeping their own index.
    const next = dataRows(el).find((r) => r.dataset.index === '2')!;
    expect(next.getAttribute('aria-rowindex')).to.equal('5');
    expect(next.getBoundingClientRect().top).to.be.greaterThan(panel.getBoundingClientRect().bottom - 1);
    await expect(el).to.be.accessible();
    await press(el, 'Escape');
    expect(shadow(el).querySelector('.panel-row')).to.equal(null);
    expect(el.store.selection).to.equal(null);
    expect(focusAt(el)).to.deep.equal({ row: 3, col: 0 });
    // Tab moves into the panel's controls; its collapse button returns focus to the row.
    await press(el, 'Enter');
    await sendKeys({ press: 'Tab' });
    expect(activeCell(el)!.getAttribute('part')).to.equal('copy-link');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(shadow(el).querySelector('.panel-row')).to.equal(null);
    expect(focusAt(el)).to.deep.equal({ row: 3, col: 0 });
  });

  it('click expands; a cancelled ev-select keeps the row collapsed', async () => {
    const el = await mountLog({ events });
    el.addEventListener('ev-select', (e) => e.preventDefault(), { once: true });
    const cell = dataRows(el)[2]!.querySelectorAll<HTMLElement>('[role="gridcell"]')[3]!;
    cell.click();
    await settle(el);
    expect(shadow(el).querySelector('.panel-row')).to.equal(null);
    cell.click();
    await settle(el);
    expect(shadow(el).querySelector('.panel-row')).to.not.equal(null);
    cell.click();
    await settle(el);
    expect(shadow(el).querySelector('.panel-row')).to.equal(null);
  });

  it('focus survives re-renders, data arrival and scrolling the focused row away', async () => {
    const client = new ControlledClient(createMemoryClient({ events }));
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    client.hold = true;
    firstCell(el).focus();
    await press(el, 'Control+End');
    expect(focusAt(el).row).to.equal(5001);
    const focused = activeCell(el)!;
    expect(focused.closest('[role="row"]')!.getAttribute('aria-busy')).to.equal('true');
    client.hold = false;
    client.release();
    await waitFor(() => focused.closest('[role="row"]')!.getAttribute('aria-busy') === null, 'data');
    expect(activeCell(el)).to.equal(focused);
    expect(focusAt(el).row).to.equal(5001);
    el.store.update({ timeZone: 'Asia/Tokyo' });
    await settle(el);
    expect(activeCell(el)).to.equal(focused);
    // Scrolled away with the mouse: the focused row stays in the DOM, focus stays on it.
    grid(el).scrollTop = 0;
    await nextFrame();
    await settle(el);
    expect(activeCell(el)).to.equal(focused);
    await press(el, 'ArrowUp');
    expect(focusAt(el).row).to.equal(5000);
    expect(isVisible(el, activeCell(el)!)).to.equal(true);
  });

  it('right-to-left: ArrowLeft moves to the next column', async () => {
    const el = await fixture<EvLog>(html`<ev-log dir="rtl" style="height: 400px" .events=${events}></ev-log>`);
    await settle(el);
    firstCell(el).focus();
    await press(el, 'ArrowLeft');
    expect(focusAt(el)).to.deep.equal({ row: 2, col: 1 });
    await press(el, 'ArrowRight');
    expect(focusAt(el)).to.deep.equal({ row: 2, col: 0 });
    expect(visibleRows(el).length).to.be.greaterThan(0);
  });

  it('shows <ev-detail> for the expanded event when that element is defined', async () => {
    class FakeDetail extends HTMLElement {
      event?: EventRecord;
    }
    if (!customElements.get('ev-detail')) customElements.define('ev-detail', FakeDetail);
    const el = await mountLog({ events });
    firstCell(el).click();
    await settle(el);
    const detail = shadow(el).querySelector('.panel ev-detail') as FakeDetail | null;
    expect(detail).to.not.equal(null);
    expect(detail!.event).to.equal(events[0]);
    expect(shadow(el).querySelector('[part="summary"]')).to.equal(null);
  });
});
