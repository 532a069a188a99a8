/**
 * `<ev-map>` after `lang` / `dir` changes on an ancestor while it shows data with a popup open:
 * everything it shows and names (its own template, what it builds for Leaflet: the popup, the
 * markers' names, the counts drawn on the canvas) is in the new language, with numbers and times
 * formatted for it, exactly as in a map mounted in that language from the start; and the popup
 * is laid out in the new direction. Before, the open popup stayed English (and left to right),
 * and the clusters' counts kept the old locale's format until the next zoom.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, SAO_PAULO, TOKYO, drawn, eventsAt } from './helpers.js';

const popup = (el: EvMap) => $(el, '[part=popup]');
const focused = (el: EvMap) => el.shadowRoot!.activeElement as HTMLElement | null;

/** 1,500 events in Berlin (counts that read differently in English and German), 3 in Tokyo, 2 in São Paulo. */
const world = () => [...eventsAt(1500, BERLIN, 1), ...eventsAt(3, TOKYO, 2), ...eventsAt(2, SAO_PAULO, 3)];

/**
 * Everything the map shows or names, in document order: its text and the accessible names,
 * descriptions and titles (live regions left out: they say what happened, in the words of the moment).
 */
function everything(el: EvMap): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches('[role=status], [aria-live]')) return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) out.push(`${node.localName}[${name}]: ${value}`);
      }
    } else if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent!.replace(/\s+/g, ' ').trim();
      if (value) out.push(value);
    }
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return out;
}

/** Lets an attribute change on an ancestor reach the map, and the map's update, redraw and markers run. */
async function settle(el: EvMap): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
    await el.rendered;
  }
}

/** Opens Berlin's popup from the list of top locations (focus moves into it). */
async function openBerlin(el: EvMap): Promise<void> {
  $$(el, '[part=location]')[0]!.click();
  await waitUntil(() => popup(el) !== null, 'the list button opened no popup');
  await settle(el);
}

/** The texts drawn on canvases while `run` runs (the clusters' counts). */
async function drawnTexts(run: () => Promise<void>): Promise<string[]> {
  const native = CanvasRenderingContext2D.prototype.fillText;
  const texts: string[] = [];
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, ...args: Parameters<CanvasRenderingContext2D['fillText']>) {
    texts.push(args[0]);
    return native.apply(this, args);
  };
  try {
    await run();
  } finally {
    CanvasRenderingContext2D.prototype.fillText = native;
  }
  return texts;
}

describe('<ev-map> after a change of lang / dir', () => {
  it('lang "en" → "de" on an ancestor: the page, the open popup, the markers and the drawn counts are German, as in a map mounted in German', async () => {
    const events = world();
    const box = await fixture<HTMLElement>(
      html`<section lang="en"><ev-map event-href="/events/{pk}" style="--ev-map-height: 640px" .events=${events}></ev-map></section>`,
    );
    const el = box.querySelector('ev-map')!;
    await drawn(el);
    await openBerlin(el);
    expect(popup(el)!.contains(focused(el)), 'focus is in the popup').to.equal(true);
    const english = everything(el);
    expect(english).to.include('Show event');

    const drawnAfter = await drawnTexts(async () => {
      box.lang = 'de';
      await settle(el);
    });
    // The popup was rebuilt, focus stays in it.
    expect(popup(el)!.contains(focused(el)), 'focus stayed in the popup').to.equal(true);

    const german = await fixture<EvMap>(html`<ev-map lang="de" event-href="/events/{pk}" style="--ev-map-height: 640px" .events=${events}></ev-map>`);
    await drawn(german);
    await openBerlin(german);
    const expected = everything(german);
    expect(expected).to.include('Ereignis anzeigen');
    expect(expected.join('\n'), 'German counts').to.contain('1.500 Ereignisse');
    expect(expected, 'the marker in view').to.include('button[aria-label]: Berlin, Deutschland, 1.500 Ereignisse');
    expect(everything(el)).to.deep.equal(expected);

    // The count drawn in Berlin's circle: in German's short form, not English's "1.5K".
    const compact = (lang: string) => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(1500);
    expect(compact('de')).to.not.equal(compact('en'));
    expect(drawnAfter, 'counts drawn after the change').to.include(compact('de'));
    expect(drawnAfter).to.not.include(compact('en'));
    await expect(el).to.be.accessible();
  });

  it('dir "ltr" → "rtl" on an ancestor: the open popup is laid out right to left, as in a map mounted right to left; the arrows pan as there', async () => {
    const events = world();
    const box = await fixture<HTMLElement>(html`<div dir="ltr"><ev-map style="--ev-map-height: 640px" .events=${events}></ev-map></div>`);
    const el = box.querySelector('ev-map')!;
    await drawn(el);
    await openBerlin(el);
    expect(getComputedStyle(popup(el)!).direction).to.equal('ltr');
    box.dir = 'rtl';
    await settle(el);
    expect(getComputedStyle(popup(el)!).direction, 'the open popup follows').to.equal('rtl');
    expect(popup(el)!.contains(focused(el)), 'focus stayed in the popup').to.equal(true);
    // The close button sits at the popup's start edge in either direction: now its left.
    const close = popup(el)!.querySelector('[part=popup-close]')!.getBoundingClientRect();
    const place = popup(el)!.querySelector('.popup-place')!.getBoundingClientRect();
    expect(close.left, 'close button left of the place name').to.be.below(place.left);

    const rtl = await fixture<EvMap>(html`<ev-map dir="rtl" style="--ev-map-height: 640px" .events=${events}></ev-map>`);
    await drawn(rtl);
    await openBerlin(rtl);
    expect(getComputedStyle(popup(rtl)!).direction).to.equal('rtl');
    expect(everything(rtl), 'the marker in view').to.include('button[aria-label]: Berlin, Germany, 1,500 events');
    expect(everything(el)).to.deep.equal(everything(rtl));

    // The map is a picture of the world, not mirrored: ArrowLeft shows what is west, in both maps.
    for (const map of [el, rtl]) {
      await map.setView([20, 0], 3);
      $(map, '[part=map]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => map.view!.center[1] < -1, 'ArrowLeft did not pan west');
      const west = map.view!.center[1];
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => map.view!.center[1] > west + 1, 'ArrowRight did not pan east');
    }
  });
});
