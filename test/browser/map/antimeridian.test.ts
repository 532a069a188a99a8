import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, TOKYO, drawn, eventsAt, project, text } from './helpers.js';

// Places on both sides of the antimeridian (longitude ±180), a few hundred kilometres apart.
const SUVA = { lat: -18.14, long: 178.44, city: 'Suva', country: 'FJ' };
const APIA = { lat: -13.83, long: -171.76, city: 'Apia', country: 'WS' };
const NUKUALOFA = { lat: -21.14, long: -175.2, city: 'Nukualofa', country: 'TO' };

const names = (el: EvMap) => $$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'));
const popup = (el: EvMap) => $(el, '[part=popup]');
const focusedName = (el: EvMap) => el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '';

function inside(box: DOMRect, point: { x: number; y: number }): boolean {
  return point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;
}

describe('<ev-map> with places on both sides of the antimeridian', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('fits the view to the Pacific, not to the whole world', async () => {
    const events = [...eventsAt(3, SUVA, 1), ...eventsAt(2, APIA, 2), ...eventsAt(1, NUKUALOFA, 3)];
    const el = await fixture<EvMap>(html`<ev-map style="width: 640px; height: 400px" .events=${events}></ev-map>`);
    await drawn(el);
    const { bounds } = el.view!;
    // The three places span about 10° of longitude across 180°; the world is 360°.
    expect(bounds.east - bounds.west, `the view spans ${bounds.west} to ${bounds.east}`).to.be.below(60);
    expect(el.view!.zoom).to.be.at.least(4);
    expect(names(el)).to.have.members(['Suva, Fiji, 3 events', 'Apia, Samoa, 2 events', 'Nukualofa, Tonga, 1 event']);
  });

  it('a view across 180° shows the places beyond it; a click and Enter open their popups in view', async () => {
    const events = [...eventsAt(3, SUVA, 1), ...eventsAt(2, APIA, 2)];
    const el = await fixture<EvMap>(html`<ev-map style="width: 640px; height: 400px" .events=${events}></ev-map>`);
    await drawn(el);
    // The user moved the map east of Fiji (Leaflet's longitude goes on past 180 there).
    await el.setView([-16, 182], 5);
    await el.rendered;
    expect(el.view!.bounds.east).to.be.above(180);
    expect(names(el)).to.deep.equal(['Suva, Fiji, 3 events', 'Apia, Samoa, 2 events']);
    const map = $(el, '[part=map]')!.getBoundingClientRect();
    // Apia is drawn where it is on this side of 180° (188.24°), and opens from there.
    const apia = project(el, APIA.lat, APIA.long + 360);
    expect(inside(map, apia)).to.equal(true);
    await sendMouse({ type: 'click', position: [Math.round(apia.x), Math.round(apia.y)] });
    await waitUntil(() => popup(el) !== null, 'a click on Apia opened no popup');
    expect(text(popup(el)!.querySelector('.popup-place'))).to.equal('Apia, Samoa');
    await el.updateComplete;
    const box = popup(el)!.getBoundingClientRect();
    expect(inside(map, { x: box.left + box.width / 2, y: box.bottom - 4 }), 'the popup is outside the map').to.equal(true);
    expect(el.view!.center[1], 'the map jumped around the world to open the popup').to.be.within(170, 200);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => popup(el) === null, 'Escape did not close the popup');
    // By keyboard: the marker of Apia opens the same popup, at the same place.
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedName(el) === 'Apia, Samoa, 2 events', `the focus is on ${focusedName(el)}`);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'Enter on Apia opened no popup');
    const again = popup(el)!.getBoundingClientRect();
    expect(inside(map, { x: again.left + again.width / 2, y: again.bottom - 4 })).to.equal(true);
    expect(el.view!.center[1]).to.be.within(170, 200);
    await expect(el).to.be.accessible();
  });

  it('keyboard focus stays on the same place when a redraw puts it on the other side of 180° (a view wider than the world)', async () => {
    const events = [...eventsAt(3, SUVA, 1), ...eventsAt(2, TOKYO, 2), ...eventsAt(1, BERLIN, 3)];
    const el = await fixture<EvMap>(html`<ev-map style="width: 640px; height: 400px" .events=${events}></ev-map>`);
    await drawn(el);
    await el.setView([0, 100], 2);
    await el.rendered;
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedName(el) === 'Suva, Fiji, 3 events', `the focus is on ${focusedName(el)}`);
    // Zoomed out to 1 (the map is 450° wide) west of 1.56° W: Suva is drawn on the west side now,
    // across the map from where it was (Tokyo is nearest that spot).
    await el.setView([0, -5], 1);
    await el.rendered;
    expect(names(el)).to.have.members(['Suva, Fiji, 3 events', 'Tokyo, Japan, 2 events', 'Berlin, Germany, 1 event']);
    const suva = $$(el, '[part=marker]').find((m) => m.getAttribute('aria-label') === 'Suva, Fiji, 3 events')!;
    expect(suva.getBoundingClientRect().left, 'Suva is still drawn east').to.be.below(project(el, 0, -5).x);
    expect(focusedName(el), 'the focus moved to another place').to.equal('Suva, Fiji, 3 events');
    // Suva is now the westernmost place: ArrowRight goes on to the next one east.
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedName(el) === 'Berlin, Germany, 1 event', `ArrowRight moved the focus to ${focusedName(el)}`);
    await expect(el).to.be.accessible();
  });
});
