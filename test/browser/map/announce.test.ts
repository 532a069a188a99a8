import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, BERLIN, POTSDAM, SAO_PAULO, TOKYO, drawn, eventsAt, text } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const focused = (el: EvMap) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The view's live region, and every text it takes (with whether the map was still animating then). */
function listen(el: EvMap) {
  const region = $(el, '.view-status')!;
  const said: string[] = [];
  const whileAnimating: string[] = [];
  const observer = new MutationObserver(() => {
    const now = text(region);
    if (!now) return;
    said.push(now);
    if (el.shadowRoot!.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')) whileAnimating.push(now);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return {
    region,
    said,
    whileAnimating,
    /** Waits for the `n`th announcement (1-based) and returns it. */
    async nth(n: number, what: string): Promise<string> {
      await waitUntil(() => said.length >= n, `nothing said after ${what} (said: ${said.join(' / ') || 'nothing'})`, { timeout: 5000 });
      return said[n - 1]!;
    },
  };
}

describe('<ev-map> says the view after a keyboard or button move', () => {
  it('+ / − and arrows on the map and the zoom buttons: the zoom and the places in view, politely, once the view settles', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2), ...eventsAt(2, SAO_PAULO, 3)]}></ev-map>`);
    await drawn(el);
    const live = listen(el);
    expect(live.region.getAttribute('role')).to.equal('status');
    expect(live.region.getAttribute('aria-live')).to.equal('polite');
    // Moves the user did not make by keyboard or button are not said (the fit to the data, setView).
    await el.setView([TOKYO.lat, TOKYO.long], 5);
    await sleep(1000);
    expect(live.said, 'said for the fit or setView').to.deep.equal([]);

    $(el, '[part=map]')!.focus();
    await sendKeys({ press: '-' });
    expect(await live.nth(1, '−')).to.equal('Zoom 4 of 18, 1 place in view');
    expect(el.view!.zoom).to.equal(4);
    // Said again although the words are the same (the region is cleared first).
    await sendKeys({ press: 'ArrowLeft' });
    expect(await live.nth(2, 'ArrowLeft')).to.equal('Zoom 4 of 18, 1 place in view');
    $(el, '[part=zoom-in]')!.click();
    expect(await live.nth(3, 'the zoom-in button')).to.equal('Zoom 5 of 18, 1 place in view');
    await el.setView([0, -30], 6);
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(await live.nth(4, 'ArrowUp')).to.equal('Zoom 6 of 18, no places in view');
    await el.setView([20, 0], 2);
    $(el, '[part=zoom-out]')!.click();
    expect(await live.nth(5, 'the zoom-out button')).to.equal('Zoom 1 of 18, 3 places in view');
    expect(live.whileAnimating, 'said while the map was still moving').to.deep.equal([]);
    expect(live.said).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('a burst of moves is said once, for the view it ends in; in the page language', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)]}></ev-map>`);
    await drawn(el);
    await el.setView([TOKYO.lat, TOKYO.long], 5);
    const live = listen(el);
    $(el, '[part=map]')!.focus();
    for (const key of ['+', 'ArrowRight', 'ArrowRight', '+', 'ArrowDown']) await sendKeys({ press: key });
    const said = await live.nth(1, 'the burst');
    await sleep(1500);
    expect(live.said, 'one announcement for the burst').to.have.length(1);
    expect(said).to.equal(`Zoom ${el.view!.zoom} of 18, 1 place in view`);
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de';
      await el.updateComplete;
      await sendKeys({ press: '-' });
      expect(await live.nth(2, '− in German')).to.equal(`Zoomstufe ${el.view!.zoom} von 18, 1 Ort sichtbar`);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('every key the map zooms with is said: 6 (the − key of AZERTY keyboards), Shift+6, the numeric keypad', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)]}></ev-map>`);
    await drawn(el);
    await el.setView([TOKYO.lat, TOKYO.long], 8);
    const live = listen(el);
    $(el, '[part=map]')!.focus();
    const steps: Array<[string, number]> = [
      ['6', 7],
      ['Shift+6', 4],
      ['NumpadAdd', 5],
      ['NumpadSubtract', 4],
    ];
    for (const [i, [key, zoom]] of steps.entries()) {
      await sendKeys({ press: key });
      await waitUntil(() => el.view!.zoom === zoom, `${key} did not zoom to ${zoom} (at ${el.view!.zoom})`);
      expect(await live.nth(i + 1, key), key).to.equal(`Zoom ${zoom} of 18, 1 place in view`);
    }
    expect(live.said).to.have.length(steps.length);
  });

  it('a zoom into a cluster is said, from the keyboard and from a click', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(12, BERLIN, 1), ...eventsAt(8, POTSDAM, 2), ...eventsAt(4, TOKYO, 3)]}></ev-map>`);
    await drawn(el);
    const fitted = el.view!;
    const live = listen(el);
    // Enter on the cluster of Berlin and Potsdam (the first marker, west to east).
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused(el)?.getAttribute('part') === 'marker', 'Tab did not reach the markers');
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Berlin, Germany and 1 more place, 20 events');
    await sendKeys({ press: 'Enter' });
    const byKey = await live.nth(1, 'Enter on a cluster');
    expect(el.view!.zoom).to.be.greaterThan(fitted.zoom);
    expect(byKey).to.equal(`Zoom ${el.view!.zoom} of 18, 2 places in view`);
    // A click on the same cluster (back at the fitted view).
    await el.setView(fitted.center, fitted.zoom);
    await el.rendered;
    const cluster = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=marker]')].find((m) => m.getAttribute('aria-label')!.startsWith('Berlin'))!;
    const box = cluster.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    const byClick = await live.nth(2, 'a click on a cluster');
    expect(el.view!.zoom).to.be.greaterThan(fitted.zoom);
    expect(byClick).to.equal(`Zoom ${el.view!.zoom} of 18, 2 places in view`);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
