/**
 * How the map looks under the user's display settings: forced colours (Windows High Contrast), a
 * 320 px wide viewport (WCAG 1.4.10 reflow), reduced motion, and the page's text at 200 % (WCAG
 * 1.4.4). The canvases (land, clusters) are exempt from forced colours; what is drawn in DOM (zoom
 * buttons, focus rings, legend, popup) is not.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/map/ev-map.js';
import '../../../src/components/source/ev-source.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, TOKYO, drawn as mapDrawn, eventsAt } from './helpers.js';

const LONG = 'x'.repeat(300);
const FAR = { lat: -33.87, long: 151.21, city: `Y${LONG}`, country: 'AU' };

/** Berlin, Tokyo and a place with a 300-character name; one action 300 characters long. */
const EVENTS = [...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2), ...eventsAt(4, FAR, 3).map((e, i) => (i === 0 ? { ...e, action: LONG } : e))];

async function map(): Promise<EvMap> {
  const el = await fixture<EvMap>(html`<ev-map .events=${EVENTS}></ev-map>`);
  await mapDrawn(el);
  return el;
}

/** The map in a source whose shared selection is the event at the place with the long name. */
async function mapWithSelection(): Promise<EvMap> {
  const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient()}><ev-map .events=${EVENTS}></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await mapDrawn(el);
  source.store.update({ selection: EVENTS.at(-1)!.pk });
  await waitUntil(() => $(el, '[part=selected-place]'), 'the selected place');
  return el;
}

async function openPopup(el: EvMap, place: string): Promise<HTMLElement> {
  $$(el, '[part=location]')
    .find((b) => b.textContent!.includes(place))!
    .click();
  await waitUntil(() => $(el, '[part=popup]'), 'the popup');
  return $(el, '[part=popup]')!;
}

const box = (e: Element) => e.getBoundingClientRect();
const pageBg = () => getComputedStyle(document.body).backgroundColor;

/** A colour the user sees: not transparent, and not the colour of what is behind it. */
function drawn(color: string, behind: string): boolean {
  return !/^rgba\(.*, 0\)$|^transparent$/.test(color) && color !== behind;
}

/** Every box in `selector` lies inside `outer` sideways and its text is not cut off. */
function expectFits(el: EvMap, selector: string, outer: DOMRect, what: string): void {
  for (const c of $$(el, selector)) {
    const name = `${what}: ${c.getAttribute('part') ?? c.className} "${(c.textContent ?? '').trim().slice(0, 16)}"`;
    const b = box(c);
    expect(b.left, `${name} starts inside`).to.be.at.least(outer.left - 1);
    expect(b.right, `${name} ends inside`).to.be.at.most(outer.right + 1);
    expect(c.scrollWidth, `${name}: its text fits it sideways`).to.be.at.most(c.clientWidth + 1);
    expect(c.scrollHeight, `${name}: its text fits it downwards`).to.be.at.most(c.clientHeight + 1);
  }
}

describe('<ev-map> in forced colours (Windows High Contrast)', () => {
  before(() => emulateMedia({ forcedColors: 'active' }));
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('the zoom buttons, the focus rings on the map and the markers, the legend and the popup stay visible', async () => {
    const el = await map();
    for (const part of ['zoom-in', 'zoom-out']) {
      const s = getComputedStyle($(el, `[part=${part}]`)!);
      expect([s.borderTopStyle, drawn(s.borderTopColor, pageBg()), drawn(s.color, s.backgroundColor)], `${part} button`).to.deep.equal(['solid', true, true]);
    }
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Shift+Tab' });
    let ring = getComputedStyle(el.shadowRoot!.activeElement!);
    expect([ring.outlineStyle, drawn(ring.outlineColor, pageBg())], 'focus ring on the map').to.deep.equal(['solid', true]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('marker');
    ring = getComputedStyle(el.shadowRoot!.activeElement!);
    expect([ring.outlineStyle, drawn(ring.outlineColor, pageBg())], 'focus ring on a marker').to.deep.equal(['solid', true]);
    const name = getComputedStyle(el.shadowRoot!.activeElement!.querySelector('.marker-name')!);
    expect([name.borderTopStyle, drawn(name.borderTopColor, name.backgroundColor)], 'the marker name box').to.deep.equal(['solid', true]);

    // The legend names every action next to its swatch; the swatches keep their colours.
    const swatches = $$(el, '.legend .swatch').map((s) => getComputedStyle(s).backgroundColor);
    expect(swatches.length).to.be.greaterThan(1);
    for (const bg of swatches) expect(drawn(bg, pageBg()), `a swatch in ${bg}`).to.equal(true);

    const popup = await openPopup(el, 'Berlin');
    const wrapper = popup.closest('.leaflet-popup')!.querySelector('.leaflet-popup-content-wrapper')!;
    const w = getComputedStyle(wrapper);
    expect([w.borderTopStyle, parseFloat(w.borderTopWidth) >= 1, drawn(w.borderTopColor, w.backgroundColor)], 'the popup border').to.deep.equal(['solid', true, true]);
    const close = $(el, '[part=popup-close]')!;
    const c = getComputedStyle(close);
    expect([c.borderTopStyle, drawn(c.borderTopColor, w.backgroundColor), drawn(c.color, c.backgroundColor)], 'the close button').to.deep.equal(['solid', true, true]);
    close.focus();
    ring = getComputedStyle(close);
    expect([ring.outlineStyle, drawn(ring.outlineColor, w.backgroundColor)], 'focus ring on the close button').to.deep.equal(['solid', true]);
    await expect(el).to.be.accessible();
  });

  it('a zoom button at its limit is drawn in GrayText (opacity alone does not show in forced colours); the other one is not', async () => {
    const el = await map();
    const probe = document.createElement('span');
    probe.style.color = 'GrayText';
    document.body.append(probe);
    const grayText = getComputedStyle(probe).color;
    probe.remove();
    await el.setView([20, 0], 1);
    await el.updateComplete;
    const out = $(el, '[part=zoom-out]')!;
    const zoomIn = $(el, '[part=zoom-in]')!;
    expect(out.getAttribute('aria-disabled')).to.equal('true');
    const o = getComputedStyle(out);
    expect([o.color, o.borderTopColor], 'zoom-out at the least zoom').to.deep.equal([grayText, grayText]);
    const i = getComputedStyle(zoomIn);
    expect(i.color, 'zoom-in, which works').to.not.equal(grayText);
    await el.setView([20, 0], 18);
    await el.updateComplete;
    expect(getComputedStyle(zoomIn).color, 'zoom-in at the most zoom').to.equal(grayText);
    expect(getComputedStyle(out).color, 'zoom-out, which works').to.not.equal(grayText);
  });
});

describe('<ev-map> at 320 × 480 (reflow)', () => {
  before(() => setViewport({ width: 320, height: 480 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the toolbar, the legend, the places and the popup fit; 300-character names wrap inside their box', async () => {
    const el = await mapWithSelection();
    expect($(el, '[part=selected-place]')!.textContent, 'the selected place is named in full').to.contain(LONG.slice(0, 150));
    const outer = box(el);
    expect(outer.right).to.be.at.most(innerWidth);
    expectFits(el, '[part=toolbar], [part=toolbar] > *, .legend li, .legend-label, [part=location], .place-name', outer, '320 px');
    const far = $$(el, '[part=location]').find((b) => b.textContent!.includes(LONG.slice(0, 150)))!;
    expect(box(far).height, 'the long place name wraps').to.be.greaterThan(3 * parseFloat(getComputedStyle(far).fontSize));
    const popup = await openPopup(el, LONG.slice(0, 150));
    const stage = box($(el, '.stage')!);
    expectFits(el, '.leaflet-popup-content-wrapper, .popup-place, .popup-action, .popup-meta, [part=popup-close], [part=popup-button]', stage, 'popup');
    expect(popup.textContent).to.contain(LONG.slice(0, 190));
    expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(innerWidth);
  });
});

describe('<ev-map> with reduced motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('zooming is not animated, an arrow key moves the map its whole step at once, nothing transitions', async () => {
    const el = await map();
    const pane = $(el, '.leaflet-map-pane')!;
    // Every animation class Leaflet ever puts on the map (zoom and pan animations), recorded as it happens.
    const animated = new Set<string>();
    const watch = new MutationObserver(() => pane.classList.forEach((c) => /-anim$/.test(c) && animated.add(c)));
    watch.observe(pane, { attributes: true, attributeFilter: ['class'] });
    const zoom = el.view!.zoom;
    $(el, '[part=zoom-in]')!.click();
    await waitUntil(() => el.view!.zoom === zoom + 1, 'zoomed in');
    const x = () => new DOMMatrix(getComputedStyle(pane).transform).m41;
    const before = x();
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => x() < before - 10, 'the arrow key moved the map');
    await el.rendered;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    watch.disconnect();
    expect([...animated], 'animations on the map').to.deep.equal([]);
    await openPopup(el, 'Tokyo');
    for (const a of el.shadowRoot!.getAnimations()) expect(a.effect!.getComputedTiming().endTime, 'a running transition').to.be.at.most(0.01);
    for (const node of $$(el, 'button, .leaflet-popup, .leaflet-pane, [part]')) {
      const s = getComputedStyle(node);
      expect(s.animationName).to.equal('none');
      expect(Math.max(...s.transitionDuration.split(',').map(parseFloat)), `${node.getAttribute('part') ?? node.className} transition`).to.be.at.most(0.00001);
    }
  });
});

describe('<ev-map> when reduced motion is turned on or off while it is on the page', () => {
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /** The animation classes Leaflet puts on the map while `act` runs and the view settles. */
  async function animationsDuring(el: EvMap, act: () => Promise<void>): Promise<string[]> {
    const pane = $(el, '.leaflet-map-pane')!;
    const animated = new Set<string>();
    const watch = new MutationObserver(() => pane.classList.forEach((c) => /-anim$/.test(c) && animated.add(c)));
    watch.observe(pane, { attributes: true, attributeFilter: ['class'] });
    await act();
    await el.rendered;
    // Past Leaflet's 250 ms zoom animation.
    await new Promise((r) => setTimeout(r, 400));
    watch.disconnect();
    return [...animated];
  }

  const zoomIn = (el: EvMap) => async () => {
    const zoom = el.view!.zoom;
    $(el, '[part=zoom-in]')!.click();
    await waitUntil(() => el.view!.zoom === zoom + 1, 'zoomed in');
  };

  const panRight = (el: EvMap) => async () => {
    const pane = $(el, '.leaflet-map-pane')!;
    const x = () => new DOMMatrix(getComputedStyle(pane).transform).m41;
    const before = x();
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => x() < before - 10, 'the arrow key moved the map');
  };

  it('follows the setting: zooming and panning animate, then jump once it is on, then animate again once it is off', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await map();
    expect(await animationsDuring(el, zoomIn(el)), 'zoom animates without reduced motion').to.include('leaflet-zoom-anim');

    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await animationsDuring(el, zoomIn(el)), 'zoom with reduced motion turned on').to.deep.equal([]);
    expect(await animationsDuring(el, panRight(el)), 'an arrow key with reduced motion turned on').to.deep.equal([]);

    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await animationsDuring(el, panRight(el)), 'an arrow key pans smoothly again').to.include('leaflet-pan-anim');
    expect(await animationsDuring(el, zoomIn(el)), 'zoom animates again').to.include('leaflet-zoom-anim');
  });

  it('mounted with reduced motion, it animates once the setting is turned off; removed and put back, it still follows', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map();
    expect(await animationsDuring(el, zoomIn(el)), 'zoom with reduced motion').to.deep.equal([]);
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await animationsDuring(el, zoomIn(el)), 'zoom once reduced motion is off').to.include('leaflet-zoom-anim');
    // Removed while the setting changes, then put back: the rebuilt map follows the setting as it is now.
    const parent = el.parentElement!;
    el.remove();
    await emulateMedia({ reducedMotion: 'reduce' });
    parent.append(el);
    await el.rendered;
    await waitUntil(() => el.view, 'the rebuilt map');
    expect(await animationsDuring(el, zoomIn(el)), 'zoom after it was put back, reduced motion on').to.deep.equal([]);
  });
});

describe('<ev-map> with the page text at 200 %', () => {
  beforeEach(() => (document.documentElement.style.fontSize = '32px'));
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('at 1280 × 800 the zoom buttons, the toolbar, the legend and the places are not cut off', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await map();
    expect(parseFloat(getComputedStyle($(el, '[part=zoom-in]')!).fontSize), 'the text did grow').to.be.greaterThan(30);
    expectFits(el, '[part=zoom-in], [part=zoom-out], [part=toolbar] > *, [part=area-button], .legend li, .legend-label, [part=location]', box(el), '200 %');
    const zoom = box($(el, '.zoom')!);
    const stage = box($(el, '.stage')!);
    expect(zoom.bottom, 'the zoom buttons are inside the map').to.be.at.most(stage.bottom);
    const popup = await openPopup(el, 'Berlin');
    expectFits(el, '.popup-place, [part=popup-close], [part=popup-button]', box(popup), 'popup');
  });
});
