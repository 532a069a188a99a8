/**
 * A reload of the data (here another component changing the shared filter) streams its pages in;
 * an open popup is not judged by the pages in so far: while the load is under way it keeps what it
 * shows (it may only grow), so a place on a later page is not closed ("Popup closed: no events of
 * …") and reopened a moment later. Once the last page is in, it shows what the complete data holds
 * at its places, or closes and says so. Focus stays in it throughout.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, POTSDAM, eventsAt, drawn, text, popupCount } from './helpers.js';
import { berlinOpen, focusInPopup, heldPages, older, popup, said, withAction } from './held-pages.js';

describe('<ev-map> an open popup while a reload streams in', () => {
  it('stays open with what it showed until the last page is in, then shows what the complete data holds', async function () {
    this.timeout(20_000);
    // 1,000 newest logins in Potsdam (the first page), then 40 older events in Berlin (30 logins).
    const events = [...withAction(eventsAt(1000, POTSDAM, 1), () => 'login'), ...older(withAction(eventsAt(40, BERLIN, 2), (i) => (i % 4 === 3 ? 'logout' : 'login')), 30)];
    const pages = heldPages(events);
    const { source, el } = await berlinOpen(pages.client, '1,040 events at 2 places');

    pages.hold();
    source.store.patchFilter({ actions: ['login'] });
    // The second page is asked for once the first is shown.
    await waitUntil(() => pages.waiting() === 1, 'the second page was not asked for', { timeout: 8000 });
    await el.updateComplete;
    expect(popup(el), 'the popup closed while the rest of the data was still coming').to.not.equal(null);
    expect(popupCount(el)).to.equal('40 events');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    expect(said(el).some((s) => s.startsWith('Popup closed')), said(el).join(' | ')).to.equal(false);

    pages.releaseAll();
    await waitUntil(() => text($(el, '[part=summary]')) === '1,030 events at 2 places', 'all events in', { timeout: 8000 });
    await drawn(el);
    await waitUntil(() => popupCount(el) === '30 events', `the popup says "${popupCount(el)}"`);
    expect(text($(el, '[part=popup] .popup-place'))).to.equal('Berlin, Germany');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    expect(said(el).some((s) => s.startsWith('Popup closed')), said(el).join(' | ')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('closes, saying so, only once the complete data has none of its places', async function () {
    this.timeout(20_000);
    // Berlin's events are all logouts: the login filter leaves none of them (and a second page of
    // older logins in Potsdam).
    const potsdam = withAction(eventsAt(1010, POTSDAM, 1), () => 'login');
    const events = [...potsdam.slice(0, 1000), ...older(withAction(eventsAt(40, BERLIN, 2), () => 'logout'), 30), ...older(potsdam.slice(1000), 60)];
    const pages = heldPages(events);
    const { source, el } = await berlinOpen(pages.client, '1,050 events at 2 places');

    pages.hold();
    source.store.patchFilter({ actions: ['login'] });
    await waitUntil(() => pages.waiting() === 1, 'the second page was not asked for', { timeout: 8000 });
    await el.updateComplete;
    expect(popup(el), 'the popup closed before the data was complete').to.not.equal(null);
    expect(popupCount(el)).to.equal('40 events');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);

    pages.releaseAll();
    await waitUntil(() => text($(el, '[part=summary]')) === '1,010 events at 1 place', 'all events in', { timeout: 8000 });
    await drawn(el);
    await waitUntil(() => popup(el) === null, 'the popup stays open');
    await waitUntil(() => said(el).includes('Popup closed: no events of Berlin, Germany in the data shown now.'), `said: ${said(el).join(' | ')}`);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('map');
  });

  it('grows as pages with more of its events come in, and keeps them until the last page', async function () {
    this.timeout(20_000);
    // 1,000 newest logins in Potsdam, then 1,000 events in Berlin (250 logouts), then 500 more in Potsdam.
    const potsdam = withAction(eventsAt(1500, POTSDAM, 1), () => 'login');
    const berlin = older(withAction(eventsAt(1000, BERLIN, 2), (i) => (i % 4 === 3 ? 'logout' : 'login')), 30);
    const pages = heldPages([...potsdam.slice(0, 1000), ...berlin, ...older(potsdam.slice(1000), 60)]);
    const source = await fixture<EvSource>(html`<ev-source .client=${pages.client} .filter=${{ actions: ['logout'] }}><ev-map lang="en-US"></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await waitUntil(() => text($(el, '[part=summary]')) === '250 events at 1 place', 'the logouts', { timeout: 8000 });
    await drawn(el);
    $$(el, '[part=location]')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup', { timeout: 5000 });
    expect(popupCount(el)).to.equal('250 events');

    pages.hold();
    source.store.patchFilter({ actions: undefined });
    // The first page (Potsdam only) is shown, the second waits.
    await waitUntil(() => pages.waiting() === 1, 'the second page was not asked for', { timeout: 8000 });
    await el.updateComplete;
    expect(popupCount(el), 'the popup lost its events to the first page').to.equal('250 events');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    // Pages in between are drawn at most every 750 ms: the second one (Berlin) comes later than that.
    await new Promise((resolve) => setTimeout(resolve, 800));
    pages.release();
    await waitUntil(() => pages.waiting() === 1, 'the third page was not asked for', { timeout: 8000 });
    await el.updateComplete;
    expect(popupCount(el), 'the popup did not grow with the second page').to.equal('1,000 events');
    expect(text($(el, '[part=popup] .popup-more'))).to.equal('and 995 more events');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);

    pages.releaseAll();
    await waitUntil(() => text($(el, '[part=summary]')) === '2,500 events at 2 places', 'all events in', { timeout: 8000 });
    await drawn(el);
    expect(popupCount(el)).to.equal('1,000 events');
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    expect(said(el).some((s) => s.startsWith('Popup closed')), said(el).join(' | ')).to.equal(false);
  });
});
