/**
 * Usernames in <ev-map>'s popups that draw nothing, or look like another name, read as what they
 * are (as in <ev-log>): "ad\u200Bmin" reads "ad⟨U+200B⟩min", the mark set apart in a dotted box,
 * instead of passing for "admin"; a name of only invisible characters reads
 * "(invisible name: U+200B)" instead of a blank. The "Show event" / "Open" buttons and links are
 * named with the same text. Emoji sequences read as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

/** Username as stored → as shown, newest event first. */
const NAMES: Array<[string, string]> = [
  ['\u200B', '(invisible name: U+200B)'],
  ['ad\u200Bmin', 'ad⟨U+200B⟩min'],
  ['admin', 'admin'],
  ['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
  ['\u2066\u2069', '(invisible name: U+2066 U+2069)'],
];

/** The accessible name of a button or link: its aria-label, else its text. */
const nameOf = (b: Element) => b.getAttribute('aria-label') ?? (b.textContent ?? '').trim();

async function openPopup(lang = 'en', names = NAMES): Promise<{ el: EvMap; items: HTMLElement[] }> {
  const events = eventsAt(names.length, BERLIN).map((e, i) => ({
    ...e,
    pk: `pk-${i}`,
    action: 'login',
    user: { pk: i + 1, username: names[i]![0] },
    created: `2026-11-20T12:0${names.length - i}:00.000Z`,
  }));
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang=${lang}><ev-map .events=${events} event-href="/events/{pk}"></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  $$(el, '[part=location]')[0]!.click();
  await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
  return { el, items: $$(el, '.popup-event') };
}

describe('<ev-map> popup users that draw nothing or look like another', () => {
  it('names what is there: "(invisible name: U+200B)", "ad⟨U+200B⟩min"; an emoji sequence as written', async () => {
    const { el, items } = await openPopup();
    expect(items.map((i) => i.querySelector('.popup-user')!.textContent)).to.deep.equal(NAMES.map(([, want]) => want));
    await expect(el).to.be.accessible();
  });

  it('sets the mark apart in a dotted box (a name typed as "ad⟨U+200B⟩min" does not look the same)', async () => {
    const { items } = await openPopup();
    const marks = (i: number) => [...items[i]!.querySelectorAll<HTMLElement>('.popup-user [part~="invisible-mark"]')];
    expect(marks(1).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(marks(1)[0]!).borderTopStyle).to.equal('dotted');
    expect(marks(0).map((m) => m.textContent)).to.deep.equal(['(invisible name: U+200B)']);
    expect(marks(2)).to.have.length(0);
    expect(marks(3)).to.have.length(0);
  });

  it('names the "Show event" buttons and "Open" links with the same text', async () => {
    const { el } = await openPopup();
    const buttons = $$(el, '[part=popup-button]').map(nameOf);
    const links = $$(el, '[part=popup-link]').map(nameOf);
    expect(buttons[0]).to.equal('Show event: Login by (invisible name: U+200B), Nov 20, 2026, 12:05:00 PM');
    expect(buttons[1]).to.equal('Show event: Login by ad⟨U+200B⟩min, Nov 20, 2026, 12:04:00 PM');
    expect(buttons[2]).to.equal('Show event: Login by admin, Nov 20, 2026, 12:03:00 PM');
    expect(links[1]).to.equal('Open: Login by ad⟨U+200B⟩min, Nov 20, 2026, 12:04:00 PM');
    expect(new Set(buttons).size).to.equal(buttons.length);
  });

  it('a user with no name is still "Anonymous"; a name of spaces is named, not blank', async () => {
    const { items } = await openPopup('en', [
      ['', 'Anonymous'],
      ['  ', '(invisible name: U+0020 U+0020)'],
    ]);
    expect(items.map((i) => text(i.querySelector('.popup-user')))).to.deep.equal(['Anonymous', '(invisible name: U+0020 U+0020)']);
  });

  it('German: "(unsichtbarer Name: U+200B)"', async () => {
    const { el, items } = await openPopup('de');
    expect(items[0]!.querySelector('.popup-user')!.textContent).to.equal('(unsichtbarer Name: U+200B)');
    expect(nameOf($$(el, '[part=popup-button]')[0]!)).to.match(/^Ereignis anzeigen: .+ von \(unsichtbarer Name: U\+200B\), /);
    await expect(el).to.be.accessible();
  });
});
