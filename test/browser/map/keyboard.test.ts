import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { $, $$, BERLIN, POTSDAM, SAO_PAULO, TOKYO, drawn, eventsAt, readsLeftToRight, text } from './helpers.js';

const popup = (el: EvMap) => $(el, '[part=popup]');
const focused = (el: EvMap) => el.shadowRoot!.activeElement as HTMLElement | null;
const markers = (el: EvMap) => $$(el, '[part=marker]');
const names = (el: EvMap) => markers(el).map((m) => m.getAttribute('aria-label'));
const focusedName = (el: EvMap) => focused(el)?.getAttribute('aria-label') ?? `${focused(el)?.getAttribute('part') ?? 'the page'} (not a marker)`;

/** Tabs from the map area into the markers in view. */
async function tabIntoMarkers(el: EvMap): Promise<void> {
  $(el, '[part=map]')!.focus();
  await sendKeys({ press: 'Tab' });
  await waitUntil(() => focused(el)?.getAttribute('part') === 'marker', `Tab from the map reached ${focused(el)?.getAttribute('part') ?? 'nothing'}, not a marker`);
}

async function press(el: EvMap, key: string, expected: string): Promise<void> {
  await sendKeys({ press: key });
  await waitUntil(() => focusedName(el) === expected, `${key}: the focus is on ${focusedName(el)}, not on ${expected}`);
}

describe('<ev-map> markers by keyboard', () => {
  it('the markers in view are one tab stop: arrows move, Enter opens a place outside the top locations, Escape returns to it', async () => {
    const events = [...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2), ...eventsAt(2, SAO_PAULO, 3)];
    const el = await fixture<EvMap>(html`<ev-map top-locations="1" .events=${events}></ev-map>`);
    await drawn(el);
    expect($$(el, '[part=location]').map(text)).to.deep.equal(['Berlin, Germany 5 events']);
    const layer = $(el, '[part=markers]')!;
    expect(layer.getAttribute('role')).to.equal('toolbar');
    expect(layer.getAttribute('aria-label')).to.equal('Places in view');
    expect(text(el.shadowRoot!.getElementById(layer.getAttribute('aria-describedby')!))).to.contain('Arrow keys move between the places');
    // West to east, each named by its place and count; one tab stop for all of them.
    expect(names(el)).to.deep.equal(['São Paulo, Brazil, 2 events', 'Berlin, Germany, 5 events', 'Tokyo, Japan, 3 events']);
    expect(markers(el).filter((m) => m.tabIndex === 0).length).to.equal(1);
    await tabIntoMarkers(el);
    expect(focusedName(el)).to.equal('São Paulo, Brazil, 2 events');
    await expect(el).to.be.accessible();
    await press(el, 'ArrowRight', 'Berlin, Germany, 5 events');
    await press(el, 'ArrowDown', 'Tokyo, Japan, 3 events');
    await press(el, 'ArrowRight', 'Tokyo, Japan, 3 events');
    await press(el, 'Home', 'São Paulo, Brazil, 2 events');
    await press(el, 'End', 'Tokyo, Japan, 3 events');
    await press(el, 'ArrowLeft', 'Berlin, Germany, 5 events');
    await press(el, 'ArrowUp', 'São Paulo, Brazil, 2 events');
    await press(el, 'ArrowRight', 'Berlin, Germany, 5 events');
    await press(el, 'ArrowRight', 'Tokyo, Japan, 3 events');
    expect(markers(el).filter((m) => m.tabIndex === 0).map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Tokyo, Japan, 3 events']);
    // Tab leaves the layer; Shift+Tab comes back to the same marker.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('zoom-in');
    await press(el, 'Shift+Tab', 'Tokyo, Japan, 3 events');
    // Enter opens Tokyo (not in the list of top locations); focus moves into the popup.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'Enter on a marker opened no popup');
    expect(text(popup(el)!.querySelector('.popup-place'))).to.equal('Tokyo, Japan');
    expect(text(popup(el)!.querySelector('.popup-count'))).to.equal('3 events');
    expect(popup(el)!.contains(focused(el)), 'the focus did not move into the popup').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => popup(el) === null, 'Escape did not close the popup');
    await waitUntil(() => focusedName(el) === 'Tokyo, Japan, 3 events', `Escape returned the focus to ${focusedName(el)}`);
    // Space opens too; Escape on a marker returns to the map.
    await sendKeys({ press: ' ' });
    await waitUntil(() => popup(el) !== null, 'Space on a marker opened no popup');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusedName(el) === 'Tokyo, Japan, 3 events');
    await sendKeys({ press: 'Escape' });
    expect(focused(el)).to.equal($(el, '[part=map]'));
  });

  it('lists only the markers in view; no tab stop when none is', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)]}></ev-map>`);
    await drawn(el);
    expect(names(el)).to.deep.equal(['Berlin, Germany, 5 events', 'Tokyo, Japan, 3 events']);
    await el.setView([TOKYO.lat, TOKYO.long], 6);
    await el.rendered;
    expect(names(el)).to.deep.equal(['Tokyo, Japan, 3 events']);
    await el.setView([0, -30], 6);
    await el.rendered;
    expect($(el, '[part=markers]'), 'an empty layer is no tab stop').to.equal(null);
  });

  it('Enter on a cluster zooms into it and keeps the focus on one of its places', async () => {
    const events = [...eventsAt(12, BERLIN, 1), ...eventsAt(8, POTSDAM, 2), ...eventsAt(4, TOKYO, 3)];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect(names(el)).to.deep.equal(['Berlin, Germany and 1 more place, 20 events', 'Tokyo, Japan, 4 events']);
    await tabIntoMarkers(el);
    const zoom = el.view!.zoom;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view!.zoom > zoom, 'Enter on a cluster did not zoom in');
    await el.rendered;
    await waitUntil(() => names(el).includes('Potsdam, Germany, 8 events'), `after the zoom: ${names(el).join(' / ')}`);
    expect(names(el).slice(0, 2)).to.deep.equal(['Potsdam, Germany, 8 events', 'Berlin, Germany, 12 events']);
    expect(popup(el)).to.equal(null);
    await waitUntil(() => /^(Berlin|Potsdam), Germany/.test(focusedName(el)), `the focus is on ${focusedName(el)} after the zoom`);
    expect(markers(el).filter((m) => m.tabIndex === 0).length).to.equal(1);
    await press(el, 'Home', 'Potsdam, Germany, 8 events');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(text(popup(el)!.querySelector('.popup-place'))).to.equal('Potsdam, Germany');
    await expect(el).to.be.accessible();
  });

  it('new data keeps the focus on the marker of the same place, with its new count', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)]}></ev-map>`);
    await drawn(el);
    await tabIntoMarkers(el);
    await press(el, 'End', 'Tokyo, Japan, 3 events');
    // Tokyo first now: place ids are renumbered, the place is the same.
    el.events = [...eventsAt(6, TOKYO, 3), ...eventsAt(4, BERLIN, 4)];
    await drawn(el);
    await waitUntil(() => focusedName(el) === 'Tokyo, Japan, 6 events', `the focus is on ${focusedName(el)}`);
    expect(names(el)).to.deep.equal(['Berlin, Germany, 4 events', 'Tokyo, Japan, 6 events']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(text(popup(el)!.querySelector('.popup-count'))).to.equal('6 events');
  });

  it('names the markers in the page language, and again when it changes', async () => {
    const events = [...eventsAt(12, BERLIN, 1), ...eventsAt(8, POTSDAM, 2), ...eventsAt(1, TOKYO, 3)];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect(names(el)).to.deep.equal(['Berlin, Germany and 1 more place, 20 events', 'Tokyo, Japan, 1 event']);
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de';
      await waitUntil(() => $(el, '[part=markers]')?.getAttribute('aria-label') === 'Sichtbare Orte', 'the layer kept its English name');
      expect(names(el)).to.deep.equal(['Berlin, Deutschland und 1 weiterer Ort, 20 Ereignisse', 'Tokyo, Japan, 1 Ereignis']);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('names markers with hostile place names as text', async () => {
    const city = hostileStrings[0]!;
    const el = await fixture<EvMap>(html`<ev-map .events=${eventsAt(2, { ...SAO_PAULO, city })}></ev-map>`);
    await drawn(el);
    expect(names(el)).to.deep.equal([`${city}, Brazil, 2 events`]);
    expect(text(markers(el)[0]!.querySelector('.marker-name'))).to.equal(`${city}, Brazil, 2 events`);
    expect($(el, '[part=markers]')!.querySelectorAll('img, script, svg').length).to.equal(0);
    expect(pwned()).to.equal(false);
    await tabIntoMarkers(el);
    await expect(el).to.be.accessible();
  });

  it('isolates each place name in the selected place, the focused marker\'s shown name and a dense cluster\'s popup heading: a right-to-left override in one reorders nothing else', async () => {
    const spot = { lat: 48.8566, long: 2.3522 };
    const events = [
      ...eventsAt(3, { ...spot, city: 'Berlin\u202E', country: 'DE' }, 1),
      ...eventsAt(2, { lat: spot.lat + 1e-6, long: spot.long, city: 'Paris', country: 'FR' }, 2),
      ...eventsAt(1, { lat: spot.lat, long: spot.long + 1e-6, city: 'Lyon', country: 'FR' }, 3),
    ];
    const source = await fixture<EvSource>(html`<ev-source><ev-map .events=${events}></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    // The city's override is shown as a mark (as a username's is), so it never reaches the text (see bidi.test.ts).
    const berlin = 'Berlin⟨U+202E⟩, Germany';
    // The selected event's place in the toolbar.
    source.store.update({ selection: events[0]!.pk });
    await waitUntil(() => $(el, '[part=selected-place]') !== null, 'the selection is not shown');
    const selected = $(el, '[part=selected-place]')!;
    expect(text(selected)).to.equal(`Selected: ${berlin}`);
    expect([...selected.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal([berlin]);
    await tabIntoMarkers(el);
    const label = focused(el)!.querySelector('.marker-name')!;
    expect(text(label)).to.equal(`${berlin} and 2 more places, 6 events`);
    expect([...label.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal([berlin]);
    // The words after the name read left to right (were laid out reversed).
    for (const word of ['more', 'places', 'events']) expect(readsLeftToRight(label, word), `"${word}" in the marker's name`).to.equal(true);
    // The three places cannot be split: Enter opens them in one popup.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    const heading = popup(el)!.querySelector('.popup-place')!;
    const names = [...heading.children].map((c) => `${c.localName}: ${c.textContent}`);
    expect(names).to.have.members([`bdi: ${berlin}`, 'bdi: Paris, France', 'bdi: Lyon, France']);
    // Between the names only the separators, outside any name.
    expect([...heading.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent)).to.deep.equal([' · ', ' · ']);
    for (const word of ['Paris', 'France', 'Lyon']) expect(readsLeftToRight(heading, word), `"${word}" in the popup's heading`).to.equal(true);
  });

  it('a dense cluster of many places (hostile jittered coordinates) opens a popup counting all its events, as its marker does', async () => {
    const spot = { lat: 48.8566, long: 2.3522 };
    const events = Array.from({ length: 80 }, (_, i) => eventsAt(2, { lat: spot.lat + i * 1e-7, long: spot.long, city: `Place ${i}`, country: 'FR' }, i + 1)).flat();
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    await el.setView([spot.lat, spot.long], 14);
    await el.rendered;
    await tabIntoMarkers(el);
    expect(focusedName(el)).to.match(/ and 79 more places, 160 events$/);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(text(popup(el)!.querySelector('.popup-count'))).to.equal('160 events');
    expect($$(el, '.popup-event').length).to.equal(5);
    expect(text(popup(el)!.querySelector('.popup-place'))).to.match(/^Place \d+, France · Place \d+, France · Place \d+, France …$/);
  });

  it('at the deepest zoom, thousands of places a few centimetres apart (jittered coordinates) are one marker, not thousands stacked on one spot', async () => {
    const spot = { lat: 48.8566, long: 2.3522 };
    // 2,000 places on a 20 cm square: at zoom 18 all of them within one pixel.
    const events = eventsAt(2000, spot, 1).map((e, i) => ({ ...e, context: { ...e.context, geo: { lat: spot.lat + (i % 50) * 4e-8, long: spot.long + Math.floor(i / 50) * 4e-8, city: 'Paris', country: 'FR' } } }));
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    await el.setView([spot.lat, spot.long], 18);
    await el.rendered;
    expect(names(el)).to.deep.equal(['Paris, France and 1,999 more places, 2,000 events']);
    await tabIntoMarkers(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(text(popup(el)!.querySelector('.popup-count'))).to.equal('2,000 events');
    expect(text(popup(el)!.querySelector('.popup-place'))).to.equal('Paris, France');
  });
});
