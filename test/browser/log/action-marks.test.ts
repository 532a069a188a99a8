/**
 * Custom and unknown action labels in <ev-log> are made of event data and name what is there, as
 * usernames do: "custom_ac\u200Bme_sync" reads "Custom: Ac⟨U+200B⟩me sync" (the mark set apart in a
 * dotted box) instead of passing for "Custom: Acme sync", in the Action column, the actions menu and
 * its button, the expanded row's summary, and the details panel's name (as text). A brand chip set by
 * a link or another element reads the same way. Known actions ("Login"), labels of only visible
 * characters and Persian with ZWNJ read as written; filtering keeps the action as it is.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';

async function settle(el: EvLog): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

const PERSIAN = 'می\u200Cخواهم';
const LOOKALIKE = 'custom_ac\u200Bme_sync';
/** Action as stored → label as shown, and whether it has a mark. */
const ACTIONS: Array<[string, string, boolean]> = [
  [LOOKALIKE, 'Custom: Ac⟨U+200B⟩me sync', true],
  ['custom_acme_sync', 'Custom: Acme sync', false],
  [`custom_${PERSIAN}`, `Custom: ${PERSIAN}`, false],
  ['login', 'Login', false],
  ['sy\u2060nc_done', 'Sy⟨U+2060⟩nc done', true],
];

function events(): EventRecord[] {
  return makeEvents({ count: ACTIONS.length }).map((e, i) => ({ ...e, pk: `pk-${i}`, action: ACTIONS[i]![0] }));
}

async function mount(list: EventRecord[]): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 600px; width: 1000px" .events=${list}></ev-log>`);
  await settle(el);
  return el;
}

const $ = (el: EvLog, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const dataRows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
const actionOf = (row: HTMLElement) => row.querySelector('[role="gridcell"] .l1')!;
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);
const options = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=actions-panel] label.option')];

describe('<ev-log> action labels that look like another', () => {
  it('the Action column reads "Custom: Ac⟨U+200B⟩me sync", the mark in a dotted box; "Login", visible labels and Persian as written', async () => {
    const el = await mount(events());
    const rows = dataRows(el);
    expect(rows.map((r) => actionOf(r).textContent)).to.have.members(ACTIONS.map((a) => a[1]));
    for (const row of rows) {
      const [, shown, marked] = ACTIONS.find((a) => a[1] === actionOf(row).textContent)!;
      expect(marks(actionOf(row)).length > 0, shown).to.equal(marked);
    }
    const lookalike = rows.find((r) => actionOf(r).textContent === ACTIONS[0]![1])!;
    expect(marks(actionOf(lookalike))).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(actionOf(lookalike).querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
    await expect(el).to.be.accessible();
  });

  it('the actions menu and its button show the marks; choosing the look-alike filters by the action as it is', async () => {
    const el = await mount(events());
    $(el, '[part=actions-button]').click();
    await settle(el);
    const shown = options(el).map((o) => o.textContent!.trim());
    expect(shown).to.have.members(ACTIONS.map((a) => a[1]));
    const option = options(el).find((o) => o.textContent!.trim() === ACTIONS[0]![1])!;
    expect(marks(option)).to.deep.equal(['⟨U+200B⟩']);
    for (const o of options(el).filter((x) => x !== option && !x.textContent!.includes('Sy⟨'))) expect(marks(o)).to.deep.equal([]);
    option.querySelector('input')!.click();
    await settle(el);
    expect(el.store.filter.actions).to.deep.equal([LOOKALIKE]);
    const value = $(el, '#actions-value');
    expect(value.textContent).to.equal('Custom: Ac⟨U+200B⟩me sync');
    expect(marks(value)).to.deep.equal(['⟨U+200B⟩']);
    expect(dataRows(el).map((r) => actionOf(r).textContent)).to.deep.equal(['Custom: Ac⟨U+200B⟩me sync']);
    await expect(el).to.be.accessible();
  });

  it('a known action in the button reads as before', async () => {
    const el = await mount(events());
    el.store.patchFilter({ actions: ['login'] });
    await settle(el);
    expect($(el, '#actions-value').textContent).to.equal('Login');
    expect(marks($(el, '#actions-value'))).to.deep.equal([]);
  });

  it('the expanded row’s summary marks the label and the action’s code; the details panel is named with the same text', async () => {
    const el = await mount(events().slice(0, 1));
    $(el, '.data-row [role="gridcell"]').click();
    await settle(el);
    const summary = $(el, '[part="summary"]');
    const dd = [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === 'Action')!.querySelector('dd')!;
    expect(dd.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Custom: Ac⟨U+200B⟩me sync custom_ac⟨U+200B⟩me_sync');
    expect(marks(dd)).to.deep.equal(['⟨U+200B⟩', '⟨U+200B⟩']);
    expect($(el, '.panel-bar').getAttribute('aria-label')).to.equal('Details: Custom: Ac⟨U+200B⟩me sync');
    await expect(el).to.be.accessible();
  });

  it('the summary of a known action reads as before', async () => {
    const el = await mount(events().slice(3, 4));
    $(el, '.data-row [role="gridcell"]').click();
    await settle(el);
    const dd = [...$(el, '[part="summary"]').querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === 'Action')!.querySelector('dd')!;
    expect(dd.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Login login');
    expect(marks(dd)).to.deep.equal([]);
    expect($(el, '.panel-bar').getAttribute('aria-label')).to.equal('Details: Login');
  });

  it('a brand chip from a link reads "Ac⟨U+200B⟩me", its remove button named with that text; the filter keeps the name', async () => {
    const el = await mount(events());
    el.store.patchFilter({ brand_name: 'Ac\u200Bme', context_authorized_app: PERSIAN });
    await settle(el);
    const chip = (field: string) => $(el, `[part=filter-chip][data-field=${field}]`);
    const value = chip('brand_name').querySelector('.filter-chip-value')!;
    expect(value.textContent).to.equal('Ac⟨U+200B⟩me');
    expect(marks(value)).to.deep.equal(['⟨U+200B⟩']);
    expect(chip('brand_name').querySelector('[part=filter-chip-remove]')!.getAttribute('aria-label')).to.equal('Remove filter: Brand Ac⟨U+200B⟩me');
    expect(chip('context_authorized_app').querySelector('.filter-chip-value')!.textContent).to.equal(PERSIAN);
    expect(marks(chip('context_authorized_app'))).to.deep.equal([]);
    expect(el.store.filter.brand_name).to.equal('Ac\u200Bme');
    await expect(el).to.be.accessible();
  });
});
