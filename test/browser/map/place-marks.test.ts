/**
 * Place names (a city or country from the event's context) that mix visible and invisible
 * characters read as what they are, as usernames do: "Ber\u200Blin" reads "Ber⟨U+200B⟩lin", the
 * mark set apart in a dotted box, in the list of top locations, a focused marker's name, a popup's
 * heading and the selected event's place; accessible names (markers, the selected place's title)
 * use the same text. So "Berlin" and "Ber\u200Blin" no longer look alike. Joining scripts read as written.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

const focused = (el: EvMap) => el.shadowRoot!.activeElement as HTMLElement | null;
const marks = (node: Element | null) => [...(node?.querySelectorAll<HTMLElement>('[part~="invisible-mark"]') ?? [])];
const placeNames = (el: EvMap) => $$(el, '[part=location] .place-name').map((n) => n.textContent);

/** The look-alike "Ber\u200Blin" (elsewhere, so its marker is its own), the real Berlin, a made-up country code, and a name that spells a mark out. */
const LOOKALIKE = { ...TOKYO, city: 'Ber\u200Blin', country: 'DE' };

async function mapOf(): Promise<{ source: EvSource; el: EvMap; events: ReturnType<typeof eventsAt> }> {
  const events = [
    ...eventsAt(4, LOOKALIKE, 1),
    ...eventsAt(3, BERLIN, 2),
    ...eventsAt(2, { lat: -33.92, long: 18.42, city: 'می\u200Cخواهم', country: 'X\u2060Y' }, 3),
    ...eventsAt(1, { lat: 40.71, long: -74.0, city: 'Ber⟨U+200B⟩lin' }, 4),
  ];
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang="en"><ev-map .events=${events}></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  return { source, el, events };
}

describe('<ev-map> place names that look like another', () => {
  it('the top locations name what is there: "Ber⟨U+200B⟩lin, Germany" is not "Berlin, Germany"; a joining script as written', async () => {
    const { el } = await mapOf();
    expect(placeNames(el)).to.deep.equal(['Ber⟨U+200B⟩lin, Germany', 'Berlin, Germany', 'می\u200Cخواهم, X⟨U+2060⟩Y', 'Ber⟨U+200B⟩lin']);
    const [lookalike, berlin, persian, spelled] = $$(el, '[part=location] .place-name');
    expect(marks(lookalike!).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(marks(lookalike!)[0]!).borderTopStyle).to.equal('dotted');
    expect(marks(berlin!)).to.have.length(0);
    expect(marks(persian!).map((m) => m.textContent)).to.deep.equal(['⟨U+2060⟩']);
    // Typed as "Ber⟨U+200B⟩lin": no box, so it does not look like the look-alike.
    expect(marks(spelled!)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('markers are named with the same text, and the focused one shows the mark in its box', async () => {
    const { el } = await mapOf();
    const names = $$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'));
    expect(names).to.include.members(['Ber⟨U+200B⟩lin, Germany, 4 events', 'Berlin, Germany, 3 events']);
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused(el)?.getAttribute('part') === 'marker', 'Tab did not reach the markers');
    // Arrow keys move west to east: on to the look-alike's marker.
    for (let i = 0; i < 4 && !text(focused(el)?.querySelector('.marker-name')).startsWith('Ber⟨U+200B⟩lin, Germany'); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    const name = focused(el)!.querySelector('.marker-name')!;
    expect(text(name)).to.equal('Ber⟨U+200B⟩lin, Germany, 4 events');
    expect(marks(name).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
  });

  it('a popup’s heading shows the mark in its box', async () => {
    const { el } = await mapOf();
    $$(el, '[part=location]')[0]!.click();
    await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
    const heading = $(el, '.popup-place')!;
    expect(text(heading)).to.equal('Ber⟨U+200B⟩lin, Germany');
    expect(marks(heading).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
    expect(getComputedStyle(marks(heading)[0]!).borderTopStyle).to.equal('dotted');
  });

  it('the selected event’s place in the toolbar shows the mark, and its title has the same text', async () => {
    const { source, el, events } = await mapOf();
    source.store.update({ selection: events[0]!.pk });
    await waitUntil(() => $(el, '[part=selected-place]') !== null, 'the selection is not shown');
    const selected = $(el, '[part=selected-place]')!;
    expect(text(selected)).to.equal('Selected: Ber⟨U+200B⟩lin, Germany');
    expect(selected.getAttribute('title')).to.contain('Ber⟨U+200B⟩lin, Germany');
    expect(marks(selected).map((m) => m.textContent)).to.deep.equal(['⟨U+200B⟩']);
  });
});
