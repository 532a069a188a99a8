/**
 * The language changes while a reload streams its pages in and a popup is open that the pages in so
 * far do not hold (it keeps what it shows until the last page): it is remade in the new language at
 * once, with the same content as a map mounted in that language shows for it, and focus stays on
 * the same control in it. Before, it stayed in the old language until the last page was in.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, POTSDAM, eventsAt, drawn, text, popupCount } from './helpers.js';
import { berlinOpen, focusInPopup, heldPages, older, popup, said, withAction } from './held-pages.js';

/** The popup's text and accessible names, in document order. */
function popupWords(el: EvMap): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      const label = node.getAttribute('aria-label');
      if (label) out.push(`${node.localName}[aria-label]: ${label}`);
    } else if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent!.replace(/\s+/g, ' ').trim();
      if (value) out.push(value);
    }
    node.childNodes.forEach(walk);
  };
  walk(popup(el)!);
  return out;
}

/** Which of the popup's buttons and links has focus (-1: none of them). */
const focusAt = (el: EvMap) => [...popup(el)!.querySelectorAll('button, a[href]')].indexOf(el.shadowRoot!.activeElement!);

/** What Berlin's popup shows in a map mounted in German on `events` (removed again: focus moved into its popup). */
async function germanBerlin(events: EventRecord[]): Promise<string[]> {
  const german = await fixture<EvMap>(html`<ev-map lang="de" .events=${events}></ev-map>`);
  await drawn(german);
  $$(german, '[part=location]')
    .find((b) => text(b).startsWith('Berlin'))!
    .click();
  await waitUntil(() => popup(german) !== null, 'the German map opened no popup');
  const words = popupWords(german);
  german.remove();
  return words;
}

describe('<ev-map> a change of language while a reload streams in', () => {
  it('remakes the held popup in the new language at once, focus on the same control; the complete data then shows in it', async function () {
    this.timeout(30_000);
    // 1,000 newest logins in Potsdam (the first page), then 40 older events in Berlin (30 logins).
    const events = [...withAction(eventsAt(1000, POTSDAM, 1), () => 'login'), ...older(withAction(eventsAt(40, BERLIN, 2), (i) => (i % 4 === 3 ? 'logout' : 'login')), 30)];
    const inGerman = await germanBerlin(events);
    const pages = heldPages(events);
    const { source, el } = await berlinOpen(pages.client, '1,040 events at 2 places');
    // Focus on the second "Show event" (the close button, then the first "Show event" come before it).
    await sendKeys({ press: 'Tab' });
    expect(focusAt(el)).to.equal(2);

    pages.hold();
    source.store.patchFilter({ actions: ['login'] });
    await waitUntil(() => pages.waiting() === 1, 'the second page was not asked for', { timeout: 8000 });
    await el.updateComplete;
    expect(popupCount(el), 'the popup holds what it showed').to.equal('40 events');

    el.lang = 'de';
    for (let i = 0; i < 3; i++) {
      await nextFrame();
      await el.updateComplete;
    }
    expect(pages.waiting(), 'the load is still streaming').to.equal(1);
    expect(popupCount(el), 'the held popup is German at once').to.equal('40 Ereignisse');
    expect(text($(el, '[part=popup] .popup-place'))).to.equal('Berlin, Deutschland');
    expect(focusAt(el), 'focus on the same control').to.equal(2);

    expect(popupWords(el), 'as a map mounted in German shows it').to.deep.equal(inGerman);

    pages.releaseAll();
    await waitUntil(() => popupCount(el) === '30 Ereignisse', `the popup says "${popupCount(el)}"`, { timeout: 8000 });
    await drawn(el);
    expect(text($(el, '[part=popup] .popup-place'))).to.equal('Berlin, Deutschland');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    expect(said(el).some((s) => s.startsWith('Popup')), said(el).join(' | ')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
