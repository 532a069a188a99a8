/**
 * The summary's Location in <ev-detail> names a place that mixes visible and invisible characters
 * as usernames are named: "Ber\u200Blin" reads "Ber⟨U+200B⟩lin", the mark set apart in a dotted
 * box, so it does not pass for "Berlin". A city that shows nothing is no name when the country
 * stands for it (as on the map), else it reads "(invisible name: U+200B)". Raw JSON keeps the name.
 */
import { expect } from '@open-wc/testing';
import type { JsonObject } from '../../../src/client/types.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, buttonOf, detailOf, field } from './helpers.js';

const at = (geo: JsonObject) => detailOf(detailEvent('login', { geo }));
const marks = (root: Element) => [...root.shadowRoot!.querySelectorAll<HTMLElement>('[part="summary"] [part~="invisible-mark"]')];

describe('<ev-detail> place names that look like another', () => {
  it('Location reads "Ber⟨U+200B⟩lin, Germany", the mark in a dotted box; "Berlin" and a joining script as written', async () => {
    const lookalike = await at({ city: 'Ber\u200Blin', country: 'DE', continent: 'E\u2060U', lat: 52.52, long: 13.405 });
    expect(field(lookalike, 'Location')).to.equal('Ber⟨U+200B⟩lin, Germany, E⟨U+2060⟩U (52.52, 13.405)');
    expect(marks(lookalike).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩', '⟨U+2060⟩']);
    expect(getComputedStyle(marks(lookalike)[0]!).borderTopStyle).to.equal('dotted');
    await expect(lookalike).to.be.accessible();
    const berlin = await at({ city: 'Berlin', country: 'DE', continent: 'EU' });
    expect(field(berlin, 'Location')).to.equal('Berlin, Germany, EU');
    expect(marks(berlin)).to.have.length(0);
    const persian = await at({ city: 'می\u200Cخواهم', country: 'Ge\u200Drmany' });
    expect(field(persian, 'Location')).to.equal('می\u200Cخواهم, Ge⟨U+200D⟩rmany');
  });

  it('a name typed as "Ber⟨U+200B⟩lin" has no box', async () => {
    const el = await at({ city: 'Ber⟨U+200B⟩lin', country: 'DE' });
    expect(field(el, 'Location')).to.equal('Ber⟨U+200B⟩lin, Germany');
    expect(marks(el)).to.have.length(0);
  });

  it('a city that shows nothing is no name beside its country; alone it reads "(invisible name: U+200B)"', async () => {
    const beside = await at({ city: '\u200B', country: 'DE' });
    expect(field(beside, 'Location')).to.equal('Germany');
    const alone = await at({ city: '\u200B' });
    expect(field(alone, 'Location')).to.equal('(invisible name: U+200B)');
    const withCoords = await at({ city: ' \u2060', lat: 1, long: 2 });
    expect(field(withCoords, 'Location')).to.equal('(1, 2)');
  });

  it('raw JSON keeps the name as it is', async () => {
    const el = await at({ city: 'Ber\u200Blin', country: 'DE' });
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const raw = $(el, '[part="raw-json"]')!.textContent!;
    expect(raw).to.contain('"Ber\u200Blin"');
    expect(raw).to.not.contain('U+200B');
  });
});
