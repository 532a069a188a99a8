/**
 * Usernames that draw nothing, or look like another name: a name of only invisible characters
 * reads "(invisible name: U+200B)" instead of a blank cell, and "ad\u200Bmin" reads
 * "ad⟨U+200B⟩min" (the mark set apart in a dotted box) instead of passing for "admin", in the
 * user column, its "on behalf of" line and the expanded row's summary. Emoji sequences and scripts
 * that need joiners (Persian, Devanagari) read as written. Filtering and export keep the name.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvExportEvent } from '../../../src/events/ev-export.js';
import { makeEvents } from '../../fixtures/events.js';

// Not ./helpers.js: it defines every element (src/define.js), <ev-detail> too.
async function settle(el: EvLog): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

const dataRows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const NAMES: Array<[string, string]> = [
  ['\u200B', '(invisible name: U+200B)'],
  ['\u2066\u2069', '(invisible name: U+2066 U+2069)'],
  ['\uFEFF', '(invisible name: U+FEFF)'],
  ['ad\u200Bmin', 'ad⟨U+200B⟩min'],
  ['admin', 'admin'],
  ['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
  ['می\u200Cخواهم', 'می\u200Cخواهم'],
  ['क्\u200Dष', 'क्\u200Dष'],
];

function named(): EventRecord[] {
  return makeEvents({ count: NAMES.length }).map((e, i) => ({ ...e, user: { pk: i + 1, username: NAMES[i]![0] } }));
}

async function mount(events: EventRecord[], lang = 'en'): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang=${lang} style="height: 600px; width: 1000px" .events=${events}></ev-log>`);
  await settle(el);
  return el;
}

const userLine = (row: HTMLElement, line: 'l1' | 'l2' = 'l1') => row.querySelectorAll('[role="gridcell"]')[1]!.querySelector(`.${line}`)!;

describe('<ev-log> usernames that draw nothing or look like another', () => {
  it('the user column names what is there: "(invisible name: U+200B)", "ad⟨U+200B⟩min"; emoji and joining scripts as written', async () => {
    const events = named();
    const el = await mount(events);
    const shown = dataRows(el).map((row) => userLine(row).textContent);
    expect(shown).to.have.members(NAMES.map(([, want]) => want));
    await expect(el).to.be.accessible();
  });

  it('the mark is set apart from the name’s own text (a name typed as "ad⟨U+200B⟩min" does not look the same)', async () => {
    const el = await mount(named());
    const row = dataRows(el).find((r) => userLine(r).textContent === 'ad⟨U+200B⟩min')!;
    const mark = userLine(row).querySelector<HTMLElement>('[part~="invisible-mark"]')!;
    expect(mark.textContent).to.equal('⟨U+200B⟩');
    expect(getComputedStyle(mark).borderTopStyle).to.equal('dotted');
    const plain = dataRows(el).find((r) => userLine(r).textContent === 'admin')!;
    expect(userLine(plain).querySelector('[part~="invisible-mark"]')).to.equal(null);
  });

  it('"on behalf of" names an invisible or look-alike name too', async () => {
    const [a, b] = makeEvents({ count: 2 });
    const el = await mount([
      { ...a!, user: { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' } } },
      { ...b!, user: { pk: 3, username: 'eve', authenticated_as: { pk: 4, username: '\u200B' } } },
    ]);
    const subs = dataRows(el).map((r) => userLine(r, 'l2').textContent);
    expect(subs).to.have.members(['on behalf of ad⟨U+200B⟩min', 'as (invisible name: U+200B)']);
  });

  it('German: "(unsichtbarer Name: U+200B)"', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await mount(named().slice(0, 1), 'de');
    expect(userLine(dataRows(el)[0]!).textContent).to.equal('(unsichtbarer Name: U+200B)');
  });

  it('the expanded row’s summary shows the same', async () => {
    for (const [name, want] of [NAMES[0]!, NAMES[3]!]) {
      const [event] = makeEvents({ count: 1 });
      const el = await mount([{ ...event!, user: { pk: 1, username: name } }]);
      el.shadowRoot!.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
      await settle(el);
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
      const user = [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === 'User')!;
      expect(user.querySelector('dd')!.textContent!.trim()).to.equal(want);
      expect(user.querySelector('[part~="invisible-mark"]')!.textContent).to.equal(want.startsWith('(') ? want : '⟨U+200B⟩');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('filtering and export keep the name as it is', async () => {
    const el = await mount(named());
    el.store.patchFilter({ username: 'ad\u200Bmin' });
    await waitFor(() => dataRows(el).length === 1, 'one row');
    expect(userLine(dataRows(el)[0]!).textContent).to.equal('ad⟨U+200B⟩min');
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"][data-format="json"]')!.click());
    const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
    const exported = await done.detail.blob.text();
    expect(exported).to.contain('"ad\u200Bmin"');
    expect(exported).to.not.contain('U+200B');
  });
});
