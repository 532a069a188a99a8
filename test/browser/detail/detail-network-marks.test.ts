/**
 * The summary's Network and Brand in <ev-detail> name what is there, as usernames and places are:
 * an ASN organisation "Ex\u200Bample" reads "Ex⟨U+200B⟩ample", a network "198.51.100.0/2\u202E2"
 * shows its override as a mark, and a brand "Ac\u200Bme" reads "Ac⟨U+200B⟩me" (it no longer passes
 * for "Acme"), each mark set apart in a dotted box. Names of only visible characters, and joining
 * scripts (Persian with ZWNJ), read as written. Raw JSON keeps the names.
 */
import { expect } from '@open-wc/testing';
import type { EventRecord, JsonObject } from '../../../src/client/types.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, buttonOf, detailOf, field } from './helpers.js';

const BRAND = { pk: 'b2', app: 'authentik_brands', name: 'Acme', model_name: 'brand' };
const at = (asn: JsonObject, brandName = 'Acme') =>
  detailOf(detailEvent('login', { asn }, { brand: { ...BRAND, name: brandName } } as Partial<EventRecord>));
const marks = (root: Element) => [...root.shadowRoot!.querySelectorAll<HTMLElement>('[part="summary"] [part~="invisible-mark"]')];

describe('<ev-detail> network and brand names that look like another', () => {
  it('Network reads "AS64500 Ex⟨U+200B⟩ample 198.51.100.0/2⟨U+202E⟩2", the marks in dotted boxes', async () => {
    const el = await at({ asn: 64500, as_org: 'Ex\u200Bample', network: '198.51.100.0/2\u202E2' });
    expect(field(el, 'Network')).to.equal('AS64500 Ex⟨U+200B⟩ample 198.51.100.0/2⟨U+202E⟩2');
    expect(marks(el).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩', '⟨U+202E⟩']);
    expect(getComputedStyle(marks(el)[0]!).borderTopStyle).to.equal('dotted');
    await expect(el).to.be.accessible();
  });

  it('an organisation that shows nothing reads "(invisible name: U+200B)"; one of visible characters or Persian as written', async () => {
    const blank = await at({ asn: 64500, as_org: '\u200B' });
    expect(field(blank, 'Network')).to.equal('AS64500 (invisible name: U+200B)');
    const plain = await at({ asn: 64500, as_org: 'Example Carrier GmbH', network: '198.51.100.0/22' });
    expect(field(plain, 'Network')).to.equal('AS64500 Example Carrier GmbH 198.51.100.0/22');
    expect(marks(plain)).to.have.length(0);
    const persian = await at({ as_org: 'می\u200Cخواهم' });
    expect(field(persian, 'Network')).to.equal('می\u200Cخواهم');
    expect(marks(persian)).to.have.length(0);
  });

  it('Brand "Ac\u200Bme" reads "Ac⟨U+200B⟩me", not "Acme"; a blank brand name reads "(invisible name: U+2060)"', async () => {
    const lookalike = await at({}, 'Ac\u200Bme');
    expect(field(lookalike, 'Brand')).to.equal('Ac⟨U+200B⟩me');
    expect(marks(lookalike).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
    await expect(lookalike).to.be.accessible();
    const acme = await at({}, 'Acme');
    expect(field(acme, 'Brand')).to.equal('Acme');
    expect(marks(acme)).to.have.length(0);
    const blank = await at({}, '\u2060');
    expect(field(blank, 'Brand')).to.equal('(invisible name: U+2060)');
  });

  it('an AS number with the object replacement character or a hidden one reads as given, the organisation once', async () => {
    const slot = await at({ asn: '13335\uFFFC', as_org: 'Cloud' });
    expect(field(slot, 'Network')).to.equal('AS13335\uFFFC Cloud');
    const hidden = await at({ asn: '64\u200B500', as_org: 'Example' });
    expect(field(hidden, 'Network')).to.equal('AS64⟨U+200B⟩500 Example');
    expect(marks(hidden).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
  });

  it('raw JSON keeps the names as they are', async () => {
    const el = await at({ asn: 64500, as_org: 'Ex\u200Bample' }, 'Ac\u200Bme');
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const raw = $(el, '[part="raw-json"]')!.textContent!;
    expect(raw).to.contain('"Ex\u200Bample"').and.contain('"Ac\u200Bme"');
    expect(raw).to.not.contain('U+200B');
  });
});
