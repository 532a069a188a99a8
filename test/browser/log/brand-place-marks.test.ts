/**
 * Brand names and places in <ev-log> name what is there, as usernames do: a brand "Ac\u200Bme" reads
 * "Ac⟨U+200B⟩me" (the mark set apart in a dotted box) instead of passing for "Acme", in the Brand
 * column and the expanded row's summary; a city "Ber\u200Blin" under the client IP reads
 * "Ber⟨U+200B⟩lin, Germany" (a city that shows nothing beside its country is no name, as on the
 * map), and in the summary's Location too. Names of only visible characters,
 * and Persian with ZWNJ, read as written. Filtering and export keep the names.
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
/** [brand, city] as stored → [brand, place] as shown. */
const ROWS: Array<[string, string, string, string]> = [
  ['Ac\u200Bme', 'Ber\u200Blin', 'Ac⟨U+200B⟩me', 'Ber⟨U+200B⟩lin, Germany'],
  ['Acme', 'Berlin', 'Acme', 'Berlin, Germany'],
  [PERSIAN, PERSIAN, PERSIAN, `${PERSIAN}, Germany`],
  ['\u2060', 'Ber⟨U+200B⟩lin', '(invisible name: U+2060)', 'Ber⟨U+200B⟩lin, Germany'],
];

function events(): EventRecord[] {
  return makeEvents({ count: ROWS.length }).map((e, i) => ({
    ...e,
    brand: { ...e.brand!, name: ROWS[i]![0] },
    context: { ...e.context, geo: { city: ROWS[i]![1], country: 'DE', lat: 52.5, long: 13.4 } },
  }));
}

async function mount(list: EventRecord[]): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 600px; width: 1000px" .events=${list}></ev-log>`);
  await settle(el);
  return el;
}

const dataRows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
const cell = (row: HTMLElement, column: number, line: 'l1' | 'l2') => row.querySelectorAll('[role="gridcell"]')[column]!.querySelector(`.${line}`)!;
const brandOf = (row: HTMLElement) => cell(row, 4, 'l1');
const placeOf = (row: HTMLElement) => cell(row, 3, 'l2');
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);

describe('<ev-log> brand names and places that look like another', () => {
  it('the Brand column reads "Ac⟨U+200B⟩me", the mark in a dotted box; "Acme" and Persian as written', async () => {
    const el = await mount(events());
    const rows = dataRows(el);
    expect(rows.map((r) => brandOf(r).textContent)).to.have.members(ROWS.map((r) => r[2]));
    const lookalike = rows.find((r) => brandOf(r).textContent === 'Ac⟨U+200B⟩me')!;
    expect(marks(brandOf(lookalike))).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(brandOf(lookalike).querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
    for (const r of rows.filter((row) => ['Acme', PERSIAN].includes(brandOf(row).textContent!))) expect(marks(brandOf(r))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the place under the client IP reads "Ber⟨U+200B⟩lin, Germany"; a city typed as "Ber⟨U+200B⟩lin" has no box', async () => {
    const el = await mount(events());
    const rows = dataRows(el);
    expect(rows.map((r) => placeOf(r).textContent)).to.have.members(ROWS.map((r) => r[3]));
    const boxed = rows.filter((r) => marks(placeOf(r)).length > 0);
    expect(boxed.map((r) => brandOf(r).textContent)).to.deep.equal(['Ac⟨U+200B⟩me']);
  });

  it('a city that shows nothing is no name beside its country; alone it reads "(invisible name: U+200B)"', async () => {
    const [a, b] = events();
    const el = await mount([
      { ...a!, context: { geo: { city: '\u200B', country: 'DE' } } },
      { ...b!, context: { geo: { city: '\u200B' } } },
    ]);
    expect(dataRows(el).map((r) => placeOf(r).textContent)).to.have.members(['Germany', '(invisible name: U+200B)']);
  });

  it('the expanded row’s summary shows the same', async () => {
    const el = await mount(events().slice(0, 1));
    el.shadowRoot!.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
    await settle(el);
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    const dd = (label: string) => [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label)!.querySelector('dd')!;
    expect(dd('Brand').textContent!.trim()).to.equal('Ac⟨U+200B⟩me');
    expect(marks(dd('Brand'))).to.deep.equal(['⟨U+200B⟩']);
    // The summary names the country by its code, as before.
    expect(dd('Location').textContent!.trim()).to.equal('Ber⟨U+200B⟩lin, DE');
    expect(marks(dd('Location'))).to.deep.equal(['⟨U+200B⟩']);
    await expect(el).to.be.accessible();
  });
});
