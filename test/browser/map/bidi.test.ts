import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, TOKYO, drawn, eventsAt, readsLeftToRight, text } from './helpers.js';

const focused = (el: EvMap) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<ev-map> place names with bidi controls', () => {
  it('an override left open in a city ends with the city: the country after it (and the words after the name) read in order', async () => {
    // A city ending in a right-to-left override, and one whose stray pop-isolate would close the
    // name's own isolate before its override.
    const events = [...eventsAt(3, { ...BERLIN, city: 'Berlin\u202E' }, 1), ...eventsAt(2, { ...TOKYO, city: 'Tokyo\u2069\u202E' }, 2)];
    const source = await fixture<EvSource>(html`<ev-source><ev-map .events=${events}></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);

    // The list of top locations.
    const [berlin, tokyo] = $$(el, '[part=location]');
    expect(readsLeftToRight(berlin!, 'Germany'), '"Germany" in the list (was reversed by the override in "Berlin")').to.equal(true);
    expect(readsLeftToRight(tokyo!, 'Japan'), '"Japan" in the list').to.equal(true);
    expect(readsLeftToRight(tokyo!, 'events'), '"events" after the name in the list').to.equal(true);
    // The city's own controls are shown as marks (as a username's are), so they never reach the text and nothing after it is overridden.
    expect(text(berlin!.querySelector('.place-name'))).to.equal('Berlin⟨U+202E⟩, Germany');
    expect(text(tokyo!.querySelector('.place-name'))).to.equal('Tokyo⟨U+2069⟩⟨U+202E⟩, Japan');

    // The markers' accessible and shown names.
    expect($$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'))).to.deep.equal(['Berlin⟨U+202E⟩, Germany, 3 events', 'Tokyo⟨U+2069⟩⟨U+202E⟩, Japan, 2 events']);
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused(el)?.getAttribute('part') === 'marker', 'Tab did not reach the markers');
    // West to east: Home is Berlin, End is Tokyo.
    for (const [key, country] of [
      ['Home', 'Germany'],
      ['End', 'Japan'],
    ] as const) {
      await sendKeys({ press: key });
      await waitUntil(() => text(focused(el)?.querySelector('.marker-name')).includes(country), `${key} did not focus the marker in ${country}`);
      const name = focused(el)!.querySelector('.marker-name')!;
      expect(readsLeftToRight(name, country), `"${country}" in the focused marker's name`).to.equal(true);
      expect(readsLeftToRight(name, 'events'), `"events" in the focused marker's name (${country})`).to.equal(true);
    }

    // A place's popup heading.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=popup]') !== null, 'Enter opened no popup');
    expect(readsLeftToRight($(el, '.popup-place')!, 'Japan'), '"Japan" in the popup heading').to.equal(true);
    await sendKeys({ press: 'Escape' });

    // The selected event's place in the toolbar.
    source.store.update({ selection: events[0]!.pk });
    await waitUntil(() => $(el, '[part=selected-place]') !== null, 'the selection is not shown');
    expect(readsLeftToRight($(el, '[part=selected-place]')!, 'Germany'), '"Germany" in the selected place').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
