/**
 * <ev-log> on a phone: a fixed-height log (`height: 400px`, as a page gives it below a header)
 * at 375 × 667. The filter bar used to wrap into one line per field and fill most of the height,
 * leaving few or no rows to see. There the filters fold into a "Filters" disclosure button (its
 * name says how many are set, aria-expanded says whether they are shown); at least 3 rows are
 * fully visible inside the element; the fields open and close from the keyboard, and the element
 * passes axe in both states. Filters without a field of their own (chips) and "Clear filters" stay
 * shown. On a wide log the fields are shown as before, with no such button.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EvLog } from '../../../src/components/log/log.js';
import { activeCell, manyEvents, settle, shadow } from './helpers.js';
import { phoneLog, rowsShown } from './phone-helpers.js';

function filtersButton(el: EvLog): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('[part="filters"] button[aria-controls="filter-fields"]')!;
}

/** Drawn (not folded away). */
const shown = (node: Element) => node.getBoundingClientRect().height > 0;

function field(el: EvLog, name: string): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`[part="filters"] input[name="${name}"]`)!;
}

async function press(el: EvLog, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el, 1);
}

describe('<ev-log> on a phone (375 × 667, height 400 px)', () => {
  before(() => setViewport({ width: 375, height: 667 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows at least 3 whole rows', async () => {
    const el = await phoneLog();
    expect(rowsShown(el)).to.be.at.least(3);
  });

  it('the fields fold behind a "Filters" disclosure button that opens and closes from the keyboard', async () => {
    const el = await phoneLog();
    const button = filtersButton(el);
    expect(shown(button), 'the Filters button').to.equal(true);
    expect(button.textContent!.trim()).to.match(/^Filters/);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).getElementById(button.getAttribute('aria-controls')!), 'it controls the fields').to.not.equal(null);
    expect(shown(field(el, 'username')), 'the username field is folded').to.equal(false);
    await expect(el).to.be.accessible();

    button.focus();
    await press(el, 'Enter');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(field(el, 'username')), 'the username field is shown').to.equal(true);
    expect(field(el, 'username').getBoundingClientRect().right, 'inside the element').to.be.at.most(el.getBoundingClientRect().right + 1);
    await press(el, 'Tab');
    expect(activeCell(el)!.matches('[part="actions-button"]'), 'Tab: the first field').to.equal(true);
    await press(el, 'Tab');
    expect(activeCell(el), 'then the username field').to.equal(field(el, 'username'));
    await sendKeys({ type: 'alice' });
    await press(el, 'Enter');
    expect(el.store.filter.username).to.equal('alice');
    await expect(el).to.be.accessible();

    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    expect(activeCell(el)).to.equal(button);
    await press(el, 'Space');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(field(el, 'username'))).to.equal(false);
    expect(activeCell(el), 'focus stays on the button').to.equal(button);
    expect(button.textContent!.trim(), 'the button says how many filters are set').to.equal('Filters (1)');
    expect(rowsShown(el)).to.be.at.least(3);
    await expect(el).to.be.accessible();
  });

  it('chips and Clear filters stay shown; Clear filters puts focus on the Filters button', async () => {
    const el = await phoneLog();
    el.store.patchFilter({ brand_name: 'Acme', username: 'alice', since: '2026-11-01T00:00:00Z', until: '2026-11-02T00:00:00Z' });
    await settle(el);
    expect(filtersButton(el).textContent!.trim(), 'username and the time').to.equal('Filters (2)');
    const chip = shadow(el).querySelector('[part="filter-chip"]')!;
    expect(shown(chip), 'the brand chip').to.equal(true);
    const clear = shadow(el).querySelector<HTMLButtonElement>('[part="clear-filters"]')!;
    expect(shown(clear)).to.equal(true);
    clear.focus();
    await press(el, 'Enter');
    expect(el.store.filter).to.deep.equal({});
    expect(activeCell(el), 'focus is not dropped to the page').to.equal(filtersButton(el));
    expect(filtersButton(el).textContent!.trim()).to.equal('Filters');
    await expect(el).to.be.accessible();
  });

  it('German: "Filter"', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await phoneLog();
    el.lang = 'de';
    el.store.patchFilter({ username: 'alice' });
    await settle(el);
    expect(filtersButton(el).textContent!.trim()).to.equal('Filter (1)');
  });
});

describe('<ev-log> wide (1000 px)', () => {
  it('shows the fields in the bar, with no Filters button', async () => {
    const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 400px; width: 1000px" .events=${manyEvents(50)}></ev-log>`);
    await settle(el, 3);
    expect(shown(filtersButton(el))).to.equal(false);
    expect(shown(field(el, 'username'))).to.equal(true);
    expect(rowsShown(el)).to.be.at.least(3);
  });
});
