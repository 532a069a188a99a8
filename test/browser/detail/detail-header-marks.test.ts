/**
 * <ev-detail>'s header and badges name what is there, as its summary's names do: a custom action
 * "custom_ac\u200Bme_sync" reads "Custom: Ac⟨U+200B⟩me sync" (the mark set apart in a dotted box)
 * in the header and the card's name, not "Custom: Acme sync"; the "on behalf of" / "authenticated
 * as" badges set the other user's marks apart in a box (before, the mark was plain text: a name typed
 * as "ad⟨U+200B⟩min" looked the same); the event ID, App and Client IP show their marks too. Known
 * actions ("Login"), visible values and Persian with ZWNJ read as written; no hidden character is
 * left in what is shown. Copy and raw JSON keep the values as they are.
 */
import { expect } from '@open-wc/testing';
import type { EventUser } from '../../../src/client/types.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, copiedBy, detailOf, field, text } from './helpers.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const PERSIAN = 'می\u200Cخواهم';
const marks = (node: Element | null) => [...(node?.querySelectorAll<HTMLElement>('[part~="invisible-mark"]') ?? [])].map((m) => m.textContent);
const header = (el: Element) => $(el, '[part="action"]')!;
const cardName = (el: Element) => $(el, 'article')!.getAttribute('aria-label')!;

describe('<ev-detail> header and badges that look like another', () => {
  it('a custom action reads "Custom: Ac⟨U+200B⟩me sync", the mark in a dotted box; the card’s name says it as text', async () => {
    const el = await detailOf(detailEvent('custom_ac\u200Bme_sync', {}));
    expect(text(header(el))).to.equal('Custom: Ac⟨U+200B⟩me sync');
    expect(marks(header(el))).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(header(el).querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
    expect(cardName(el)).to.equal('Event: Custom: Ac⟨U+200B⟩me sync');
    expect(HIDDEN.test(header(el).textContent!) || HIDDEN.test(cardName(el))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('an override in an unknown action is a mark; known, visible and Persian actions read as written', async () => {
    const rlo = await detailOf(detailEvent('sync\u202Edone', {}));
    expect(text(header(rlo))).to.equal('Sync⟨U+202E⟩done');
    expect(cardName(rlo)).to.equal('Event: Sync⟨U+202E⟩done');
    for (const [action, shown] of [
      ['login', 'Login'],
      ['custom_acme_sync', 'Custom: Acme sync'],
      [`custom_${PERSIAN}`, `Custom: ${PERSIAN}`],
      ['custom_ac⟨U+200B⟩me', 'Custom: Ac⟨U+200B⟩me'],
    ]) {
      const el = await detailOf(detailEvent(action!, {}));
      expect(text(header(el)), action).to.equal(shown);
      expect(marks(header(el)), action).to.deep.equal([]);
      expect(cardName(el), action).to.equal(`Event: ${shown}`);
      el.remove();
    }
  });

  it('"on behalf of" and "authenticated as" badges set the other user’s marks apart in a dotted box', async () => {
    const user: EventUser = { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' }, authenticated_as: { pk: 4, username: '\u200B' } };
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('login', {}, { user }), { theme });
      const badges = $$(el, '[part="summary"] [part="badge"]');
      const obo = badges.find((b) => text(b).startsWith('on behalf of'))!;
      const as = badges.find((b) => text(b).startsWith('authenticated as'))!;
      expect(text(obo)).to.equal('on behalf of ad⟨U+200B⟩min');
      expect(marks(obo)).to.deep.equal(['⟨U+200B⟩']);
      expect(getComputedStyle(obo.querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
      expect(text(as)).to.equal('authenticated as (invisible name: U+200B)');
      expect(marks(as)).to.deep.equal(['(invisible name: U+200B)']);
      for (const badge of [obo, as]) expect(HIDDEN.test(badge.textContent!)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });

  it('a badge naming "ad⟨U+200B⟩min" as typed has no box; a user known by pk alone is named by it', async () => {
    const el = await detailOf(detailEvent('login', {}, { user: { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad⟨U+200B⟩min' }, authenticated_as: { pk: 7 } } }));
    const badges = $$(el, '[part="summary"] [part="badge"]');
    expect(badges.map((b) => text(b))).to.deep.equal(['on behalf of ad⟨U+200B⟩min', 'authenticated as 7']);
    for (const badge of badges) expect(marks(badge)).to.deep.equal([]);
  });

  it('the event ID, App and Client IP show their marks; visible values read as written', async () => {
    const el = await detailOf(detailEvent('login', {}, { pk: 'pk-\u2060lookalike', app: 'authentik_ev\u200Bents', client_ip: '192.0.2.\u202E01' }));
    const id = $(el, '[part="event-id"] code')!;
    expect(text(id)).to.equal('pk-⟨U+2060⟩lookalike');
    expect(marks(id)).to.deep.equal(['⟨U+2060⟩']);
    expect(field(el, 'App')).to.equal('authentik_ev⟨U+200B⟩ents');
    expect(field(el, 'Client IP')).to.equal('192.0.2.⟨U+202E⟩01');
    const summaryMarks = marks($(el, '[part="summary"]'));
    expect(summaryMarks).to.include.members(['⟨U+200B⟩', '⟨U+202E⟩']);
    expect(HIDDEN.test($(el, 'header')!.textContent!) || HIDDEN.test($(el, '[part="summary"]')!.textContent!)).to.equal(false);
    await expect(el).to.be.accessible();
    const plain = await detailOf(detailEvent('login', {}, { pk: 'abc-123' }));
    expect(text($(plain, '[part="event-id"] code'))).to.equal('abc-123');
    expect(field(plain, 'App')).to.equal('authentik.events.signals');
    expect(field(plain, 'Client IP')).to.equal('192.0.2.44');
    expect(marks($(plain, 'header'))).to.deep.equal([]);
  });

  it('copying the ID and the raw JSON keep the values as they are', async () => {
    const el = await detailOf(detailEvent('custom_ac\u200Bme_sync', {}, { pk: 'pk-\u2060lookalike', app: 'authentik_ev\u200Bents' }));
    const copied = await copiedBy($(el, '[part="copy-button"]')!);
    expect(copied).to.deep.equal(['pk-\u2060lookalike']);
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const raw = $(el, '[part="raw-json"]')!.textContent!;
    for (const value of ['custom_ac\u200Bme_sync', 'pk-\u2060lookalike', 'authentik_ev\u200Bents']) expect(raw).to.contain(JSON.stringify(value));
    expect(raw).to.not.contain('U+');
  });
});
