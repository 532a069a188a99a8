/**
 * <ev-log> on a phone (375 × 667, `height: 400px`) with its filter fields OPENED: they wrapped
 * one to a line and took most of the height, squeezing the rows to almost nothing until "Filters"
 * was closed again. Opened, the fields now sit in a labelled region of capped height that scrolls
 * on its own: at least 2 whole rows stay visible (also with the custom range and the model fields
 * out, the most fields there can be), Tab reaches every field in turn (each scrolled into view),
 * the Actions list opens in it on the screen, and the element passes axe.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { activeCell, settle, shadow, waitFor } from './helpers.js';
import { phoneLog, rowsShown } from './phone-helpers.js';

function filtersButton(el: EvLog): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('[part="filters-button"]')!;
}

/** The region the Filters button shows. */
function fields(el: EvLog): HTMLElement {
  return shadow(el).getElementById(filtersButton(el).getAttribute('aria-controls')!)!;
}

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 1);
}

/** Opens the fields from the keyboard; focus stays on the Filters button. */
async function openFields(el: EvLog): Promise<void> {
  filtersButton(el).focus();
  await press(el, 'Enter');
  expect(filtersButton(el).getAttribute('aria-expanded')).to.equal('true');
}

/** `node` is drawn inside the fields' region (scrolled into view) and inside the element. */
function expectInView(el: EvLog, node: Element, what: string): void {
  const b = node.getBoundingClientRect();
  const region = fields(el).getBoundingClientRect();
  const host = el.getBoundingClientRect();
  expect(b.height, `${what} is drawn`).to.be.greaterThan(0);
  expect(b.top, `${what}: top in the region`).to.be.at.least(Math.max(region.top, host.top) - 1);
  expect(b.bottom, `${what}: bottom in the region`).to.be.at.most(Math.min(region.bottom, host.bottom) + 1);
  expect(b.left, `${what}: left inside the element`).to.be.at.least(host.left - 1);
  expect(b.right, `${what}: right inside the element`).to.be.at.most(host.right + 1);
}

describe('<ev-log> on a phone with the filter fields opened (375 × 667, height 400 px)', () => {
  before(() => setViewport({ width: 375, height: 667 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('at least 2 whole rows stay visible; the fields are a labelled region', async () => {
    const el = await phoneLog();
    await openFields(el);
    expect(rowsShown(el), 'rows with the fields opened').to.be.at.least(2);
    const region = fields(el);
    expect(region.getAttribute('role')).to.equal('group');
    expect(region.getAttribute('aria-label')).to.equal('Filter fields');
    const box = region.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(box.left, 'the region inside the element').to.be.at.least(host.left - 0.5);
    expect(box.right, 'the region inside the element').to.be.at.most(host.right + 0.5);
    await expect(el).to.be.accessible();
  });

  it('with the custom range and the model fields out: still 2 rows, and Tab reaches every field in view', async () => {
    const el = await phoneLog();
    await openFields(el);
    const select = shadow(el).querySelector<HTMLSelectElement>('[part="range-select"]')!;
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    shadow(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await settle(el, 2);
    expect(rowsShown(el), 'rows with every field out').to.be.at.least(2);
    expect(fields(el).scrollHeight, 'the fields scroll in their region').to.be.greaterThan(fields(el).clientHeight);
    await expect(el).to.be.accessible();

    const expected = [
      '[part="actions-button"]',
      'input[name="username"]',
      'input[name="client_ip"]',
      '[part="range-select"]',
      'input[name="since"]',
      'input[name="until"]',
      'input[name="search"]',
      '[part="more-button"]',
      'input[name="context_model_app"]',
      'input[name="context_model_name"]',
      'input[name="context_model_pk"]',
    ];
    filtersButton(el).focus();
    for (const selector of expected) {
      // A datetime-local input takes Tab per segment: step until focus leaves the one before.
      const before = activeCell(el);
      for (let i = 0; i < 8 && activeCell(el) === before; i++) await press(el, 'Tab');
      const focused = activeCell(el)!;
      expect(focused.matches(selector), `Tab reaches ${selector} (at ${focused.localName} ${focused.getAttribute('name') ?? focused.getAttribute('part')})`).to.equal(true);
      expectInView(el, focused, selector);
      expect(rowsShown(el), `rows while ${selector} has focus`).to.be.at.least(2);
    }
    // Back up to the first field: scrolled back into view.
    shadow(el).querySelector<HTMLElement>('[part="actions-button"]')!.focus();
    await settle(el, 1);
    expectInView(el, shadow(el).querySelector('[part="actions-button"]')!, 'the actions button again');
  });

  it('the Actions list opens inside the region, on the screen, rows still shown', async () => {
    const el = await phoneLog();
    await openFields(el);
    await press(el, 'Tab');
    expect(activeCell(el)!.matches('[part="actions-button"]')).to.equal(true);
    await press(el, 'Enter');
    const panel = shadow(el).querySelector<HTMLElement>('[part="actions-panel"]')!;
    await waitFor(() => !panel.hidden && panel.querySelectorAll('input[type="checkbox"]').length > 0, 'the actions list');
    await settle(el, 1);
    await press(el, 'Tab');
    await press(el, 'Tab');
    const box = activeCell(el)!;
    expect(box.matches('input[type="checkbox"]'), 'Tab into the list').to.equal(true);
    expectInView(el, box, 'the first action');
    expect(rowsShown(el)).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('German: the region is named "Filterfelder"', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await phoneLog('de');
    await openFields(el);
    expect(fields(el).getAttribute('aria-label')).to.equal('Filterfelder');
  });
});
