/**
 * The open popup through a streaming reload against the reference events server over real HTTP
 * (3,000 events: three pages): the shared filter changes to one that keeps every event, and while
 * the later pages are on their way the popup of the busiest place keeps its count (the first page
 * holds only part of that place's events), then shows the same count from the complete data.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { control, referenceServer } from '../reference.js';
import { $, $$, drawn, text, popupCount } from './helpers.js';

const focusInPopup = (el: EvMap) => Boolean(el.shadowRoot!.activeElement?.closest('[part=popup]'));

describe('<ev-map> an open popup while a reload streams in from the reference server', () => {
  beforeEach(async () => {
    await control('/reset', { method: 'POST' });
  });

  it('keeps its count while the later pages come, and has it from the complete data', async function () {
    this.timeout(30_000);
    const { apiUrl, token } = await referenceServer();
    // Real requests; while `holding`, the events pages after the first wait for the test.
    let holding = false;
    const waiting: (() => void)[] = [];
    const held: typeof fetch = async (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (holding && url.pathname.endsWith('/events/events/') && Number(url.searchParams.get('page') ?? '1') > 1) {
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      return fetch(input, init);
    };
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0, fetch: held });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map lang="en-US"></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await waitUntil(() => /^[\d,]+ events? at/.test(text($(el, '[part=summary]'))), 'the first load', { timeout: 15_000 });
    await drawn(el);
    const summary = text($(el, '[part=summary]'));
    // The busiest place, opened from the list by keyboard.
    const busiest = $$(el, '[part=location]')[0]!;
    const count = / ([\d,]+ events?)$/.exec(text(busiest))![1]!;
    busiest.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup', { timeout: 5000 });
    expect(popupCount(el)).to.equal(count);
    const place = text($(el, '[part=popup] .popup-place'));

    holding = true;
    // A filter that keeps every event (they are from the last 90 days).
    source.store.patchFilter({ since: new Date(Date.now() - 400 * 86_400_000).toISOString() });
    await waitUntil(() => waiting.length === 1, 'the second page was not asked for', { timeout: 15_000 });
    await el.updateComplete;
    expect($(el, '[part=popup]'), 'the popup closed while the data was still coming').to.not.equal(null);
    expect(popupCount(el), 'the popup shows the first page only').to.equal(count);
    expect(text($(el, '[part=popup] .popup-place'))).to.equal(place);
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);

    holding = false;
    waiting.splice(0).forEach((resolve) => resolve());
    await waitUntil(() => el.matches(':not(:state(loading))') && text($(el, '[part=summary]')) === summary, `all events in (${text($(el, '[part=summary]'))})`, { timeout: 15_000 });
    await drawn(el);
    expect(popupCount(el)).to.equal(count);
    expect(focusInPopup(el), 'focus stays in the popup').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
