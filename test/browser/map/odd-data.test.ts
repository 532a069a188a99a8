import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, drawn, eventsAt, pageErrors, text } from './helpers.js';

const popup = (el: EvMap) => $(el, '[part=popup]');
const placeNames = (el: EvMap) => $$(el, '[part=location] .place-name').map((n) => n.textContent);
const markerNames = (el: EvMap) => $$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'));

describe('<ev-map> with odd event data', () => {
  it('a place whose events have no valid time or a non-string action opens its popup; a garbage time is cut short', async () => {
    const [a, b, c, d, e] = eventsAt(5, BERLIN, 1);
    const events = [
      { ...a, created: null },
      { ...b, created: 1_700_000_000_000 },
      { ...c, created: `not a time ${'x'.repeat(10_000)}` },
      { ...d, action: null },
      { ...e, action: 42 },
    ] as unknown as EventRecord[];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    const errors = await pageErrors(async () => {
      $$(el, '[part=location]')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popup(el) !== null, 'Enter on the place opened no popup', { timeout: 3000 }).catch(() => undefined);
    });
    expect(errors).to.deep.equal([]);
    expect(popup(el), 'no popup for the place').to.not.equal(null);
    expect(text(popup(el)!.querySelector('.popup-count'))).to.equal('5 events');
    expect($$(el, '.popup-event').length).to.equal(5);
    const times = $$(el, '.popup-event time').map((t) => t.textContent ?? '');
    expect(Math.max(...times.map((t) => t.length)), 'a 10,000-character time is shown whole').to.be.at.most(210);
    expect(popup(el)!.contains(el.shadowRoot!.activeElement), 'the focus did not move into the popup').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a city or country of invisible characters only (zero-width, bidi controls) is no name: the country, else the coordinates, stand for it', async () => {
    const events = [
      ...eventsAt(3, { lat: 10, long: 10, city: '\u200B', country: 'DE' }, 1),
      ...eventsAt(2, { lat: 20, long: 40, city: '\u202E' }, 2),
      ...eventsAt(1, { lat: -20, long: -40, city: ' \u200D\uFEFF\u2060 ', country: '\u2066' }, 3),
    ];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect(placeNames(el)).to.deep.equal(['Germany', '20, 40', '-20, -40']);
    expect(markerNames(el)).to.have.members(['Germany, 3 events', '20, 40, 2 events', '-20, -40, 1 event']);
    $$(el, '[part=location]')[1]!.click();
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popup(el)!.querySelector('.popup-place')!.textContent).to.equal('20, 40');
    // The selected event's place in the toolbar too.
    el.store.update({ selection: events[3]!.pk });
    await waitUntil(() => $(el, '[part=selected-place]') !== null, 'the selected event has no place in the toolbar');
    expect($(el, '[part=selected-place]')!.textContent!.trim()).to.equal('Selected: 20, 40');
  });

  it('a name is no name exactly when the log would show it as invisible marks only: also of characters only one of the old rules knew', async () => {
    // Draw nothing, but only the shared rule knew: combining grapheme joiner, Khmer inherent vowel, Mongolian variation selector, VS17.
    const hidden = '\u034F\u17B4\u180B\u{E0100}';
    // Draw something (the log shows them as they are), but the map's own rule took them for nothing: Arabic end of ayah, number sign.
    const drawing = '\u06DD\u0600';
    const events = [
      ...eventsAt(3, { lat: 10, long: 10, city: hidden, country: 'DE' }, 1).map((e) => ({ ...e, action: '\u{E0100}\u180F' })),
      ...eventsAt(2, { lat: 20, long: 40, city: '\u17B5\u034F' }, 2),
      ...eventsAt(1, { lat: -20, long: -40, city: drawing, country: 'JP' }, 3),
    ];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect(placeNames(el)).to.deep.equal(['Germany', '20, 40', `${drawing}, Japan`]);
    expect(markerNames(el)).to.have.members(['Germany, 3 events', '20, 40, 2 events', `${drawing}, Japan, 1 event`]);
    expect($$(el, '.legend-label').map((l) => l.textContent)).to.include('Unnamed action');
    el.store.update({ selection: events[0]!.pk });
    await waitUntil(() => $(el, '[part=selected-place]') !== null, 'the selected event has no place in the toolbar');
    expect($(el, '[part=selected-place]')!.textContent!.trim()).to.equal('Selected: Germany');
  });

  it('a 10,000-character city or country is cut short with "…", never inside an emoji (no broken character)', async () => {
    const city = `a${'😀'.repeat(5000)}`;
    const country = `b${'🌍'.repeat(5000)}`;
    const events = [...eventsAt(2, { lat: 10, long: 10, city }, 1), ...eventsAt(1, { lat: 20, long: 40, country }, 2)];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    const cut = (emoji: string, first: string) => `${first}${emoji.repeat(99)}…`;
    expect(placeNames(el)).to.deep.equal([cut('😀', 'a'), cut('🌍', 'b')]);
    expect(markerNames(el)).to.have.members([`${cut('😀', 'a')}, 2 events`, `${cut('🌍', 'b')}, 1 event`]);
    $$(el, '[part=location]')[0]!.click();
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popup(el)!.querySelector('.popup-place')!.textContent).to.equal(cut('😀', 'a'));
  });
});
