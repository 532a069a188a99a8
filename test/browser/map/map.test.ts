import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';
import { FakeClient } from '../../fixtures/fake-client.js';
import { $, $$, BERLIN, SAO_PAULO, TOKYO, baseCanvas, drawn, eventsAt, markerCanvas, pixel, project, text } from './helpers.js';

const hasState = (el: Element, name: string) => el.matches(`:state(${name})`);

describe('<ev-map> rendering and data', () => {
  it('draws the bundled world outline with no network: land is filled, sea is not', async () => {
    const el = await fixture<EvMap>(html`<ev-map theme="light" .events=${[]}></ev-map>`);
    await drawn(el);
    const canvas = baseCanvas(el);
    const land = project(el, 0, 22); // central Africa
    const sea = project(el, 0, -30); // Atlantic
    expect(pixel(canvas, land.x, land.y)).to.deep.equal([255, 255, 255, 255]);
    expect(pixel(canvas, sea.x, sea.y)[3]).to.equal(0);
    expect(text($(el, '.attribution'))).to.equal('Natural Earth');
    const requests = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests.filter((u) => !u.startsWith(location.origin))).to.deep.equal([]);
  });

  it('plots points, merges identical locations and lists the top locations', async () => {
    const events = [...eventsAt(30, BERLIN, 1), ...eventsAt(20, TOKYO, 2), ...eventsAt(10, SAO_PAULO, 3)];
    const unlocated = makeEvents({ count: 5, seed: 9 }).map((e) => ({ ...e, context: {} }));
    const el = await fixture<EvMap>(html`<ev-map .events=${[...events, ...unlocated]}></ev-map>`);
    await drawn(el);
    expect(hasState(el, 'ready')).to.equal(true);
    expect(text($(el, '[part=summary]'))).to.equal('60 events at 3 places');
    const places = $$(el, '[part=location]').map(text);
    expect(places).to.deep.equal(['Berlin, Germany 30 events', 'Tokyo, Japan 20 events', 'São Paulo, Brazil 10 events']);
    for (const place of [BERLIN, TOKYO, SAO_PAULO]) {
      const at = project(el, place.lat, place.long);
      expect(pixel(markerCanvas(el), at.x, at.y + 8)[3], place.city).to.be.greaterThan(150);
    }
    const empty = project(el, -60, 0);
    expect(pixel(markerCanvas(el), empty.x, empty.y)[3]).to.equal(0);
    expect(text($(el, '[part=legend]'))).to.contain('Login');
    expect(el.clustering).to.equal('worker');
    await expect(el).to.be.accessible();
  });

  it('colours a cluster by its dominant action and resolves dark-theme colours', async () => {
    const logins = eventsAt(12, BERLIN).map((e) => ({ ...e, action: 'login_failed' }));
    const other = eventsAt(3, BERLIN, 5).map((e) => ({ ...e, action: 'login' }));
    const el = await fixture<EvMap>(html`<ev-map theme="dark" .events=${[...logins, ...other]}></ev-map>`);
    await drawn(el);
    const at = project(el, BERLIN.lat, BERLIN.long);
    const [r, g, b] = pixel(markerCanvas(el), at.x, at.y + 12);
    // --ev-action-2 (login_failed) in dark: #ff7b72, drawn opaque.
    expect([r, g, b]).to.deep.equal([255, 123, 114]);
    const land = project(el, 52.45, 13.75); // Brandenburg, inside the view next to the marker
    expect(pixel(baseCanvas(el), land.x, land.y)).to.deep.equal([38, 42, 51, 255]);
    el.theme = 'light';
    await el.updateComplete;
    await el.rendered;
    expect(pixel(baseCanvas(el), land.x, land.y)).to.deep.equal([255, 255, 255, 255]);
    // The markers are redrawn in the light palette too: --ev-action-2 light is #cf222e.
    expect(pixel(markerCanvas(el), at.x, at.y + 12).slice(0, 3)).to.deep.equal([207, 34, 46]);
    await expect(el).to.be.accessible();
  });

  it('fits the view to the data, and again when the data changes', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${eventsAt(5, TOKYO)}></ev-map>`);
    await drawn(el);
    expect(el.view!.center[0]).to.be.closeTo(TOKYO.lat, 0.5);
    expect(el.view!.center[1]).to.be.closeTo(TOKYO.long, 0.5);
    el.events = eventsAt(5, SAO_PAULO);
    await drawn(el);
    expect(el.view!.center[1]).to.be.closeTo(SAO_PAULO.long, 0.5);
  });

  it('says when no event has a location', async () => {
    const events = makeEvents({ count: 20 }).map((e) => ({ ...e, context: { geo: { lat: 'x', long: null } } }));
    const el = await fixture<EvMap>(html`<ev-map .events=${events as never}></ev-map>`);
    await drawn(el);
    expect(hasState(el, 'empty')).to.equal(true);
    expect(text($(el, '[part=empty]'))).to.equal('No events with a location match the filter.');
    await expect(el).to.be.accessible();
  });

  it('says so when no client is connected', async () => {
    const el = await fixture<EvMap>(html`<ev-map></ev-map>`);
    await el.updateComplete;
    expect(hasState(el, 'no-client')).to.equal(true);
    expect(text($(el, '.ev-no-client'))).to.contain('No events source is connected');
    await expect(el).to.be.accessible();
  });

  it('fetches every page of the shared filter up to max-events and says when it capped', async () => {
    const client = createMemoryClient({ events: makeEvents({ count: 4500 }) });
    const calls: unknown[] = [];
    const spy = { ...client, listEvents: (q: Parameters<typeof client.listEvents>[0], o: Parameters<typeof client.listEvents>[1]) => (calls.push(q), client.listEvents(q, o)) };
    const source = await fixture<EvSource>(
      html`<ev-source .client=${spy} .filter=${{ username: 'alice' }}><ev-map max-events="2500"></ev-map></ev-source>`,
    );
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    const alice = client.events.filter((e) => e.user.username === 'alice');
    expect(calls.length).to.equal(1, 'alice has fewer than 1,000 events: one page');
    const aliceLocated = alice.filter((e) => e.context.geo).length;
    expect(text($(el, '[part=summary]'))).to.match(new RegExp(`^${aliceLocated} events at \\d places$`));
    expect($(el, '[part=notice]')).to.equal(null);

    calls.length = 0;
    source.filter = {};
    await waitUntil(() => calls.length > 0);
    await drawn(el);
    expect(calls.map((q) => (q as { page: number }).page)).to.deep.equal([1, 2, 3]);
    expect(text($(el, '[part=notice]'))).to.equal('Showing the newest 2,500 of 4,500 events.');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then the error with retry, and recovers', async () => {
    let fail = true;
    const client = createMemoryClient({ events: eventsAt(5, BERLIN), latencyMs: 150, fail: () => (fail ? new EventsHttpError(503, 'down') : undefined) });
    const errors: Event[] = [];
    // Listening from the start: the error may come while the accessibility check below runs.
    const el = await fixture<EvMap>(html`<ev-map .client=${client} @ev-error=${(e: Event) => errors.push(e)}></ev-map>`);
    expect(hasState(el, 'loading')).to.equal(true);
    expect(text($(el, '[part=loading]'))).to.equal('Loading…');
    await expect(el).to.be.accessible();
    await waitUntil(() => hasState(el, 'error'), 'no error state');
    expect(text($(el, '[part=error]'))).to.contain('The events server answered with an error.');
    expect(text($(el, '[part=error]'))).to.contain('Status 503');
    expect(errors).to.have.length(1);
    await expect(el).to.be.accessible();
    fail = false;
    $(el, '[part=retry-button]')!.click();
    await waitUntil(() => hasState(el, 'ready'), 'no recovery');
    expect(text($(el, '[part=summary]'))).to.equal('5 events at 1 place');
  });

  it('makes no request when handed events', async () => {
    const client = new FakeClient(makeEvents({ count: 10 }));
    const el = await fixture<EvMap>(html`<ev-map .client=${client} .events=${eventsAt(3, BERLIN)}></ev-map>`);
    await drawn(el);
    expect(client.calls).to.deep.equal([]);
    expect(text($(el, '[part=summary]'))).to.equal('3 events at 1 place');
  });

  it('applies the shared area filter to handed events, once (no re-run on re-render)', async () => {
    const events = [...eventsAt(4, BERLIN), ...eventsAt(3, TOKYO)];
    const source = await fixture<EvSource>(
      html`<ev-source .filter=${{ area: { north: 60, south: 40, east: 30, west: -10 } }}><ev-map .events=${events}></ev-map></ev-source>`,
    );
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('4 events at 1 place');
    const view = el.view;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.view).to.equal(view, 'the map redrew without a change');
    source.filter = {};
    await waitUntil(() => text($(el, '[part=summary]')) === '7 events at 2 places');
  });

  it('survives being moved in the document (the map is rebuilt on reconnect)', async () => {
    const wrapper = await fixture(html`<div><ev-map .events=${[...eventsAt(3, BERLIN), ...eventsAt(2, TOKYO)]}></ev-map></div>`);
    const el = wrapper.querySelector('ev-map')!;
    await drawn(el);
    const other = document.createElement('section');
    wrapper.append(other);
    other.append(el);
    await waitUntil(() => el.clustering === 'worker' && $$(el, '.leaflet-evBase-pane canvas').length === 1, 'the map was not rebuilt');
    await el.rendered;
    const at = project(el, BERLIN.lat, BERLIN.long);
    expect(pixel(markerCanvas(el), at.x, at.y + 8)[3]).to.be.greaterThan(150);
    expect(text($(el, '[part=summary]'))).to.equal('5 events at 2 places');
  });

  it('removed while a move is being redrawn: nothing throws on the page', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await fixture<EvMap>(html`<ev-map .events=${eventsAt(3, BERLIN)}></ev-map>`);
      await drawn(el);
      // The map moves (its redraw is queued), then the element leaves the page before the redraw.
      const moved = el.setView([TOKYO.lat, TOKYO.long], 4);
      await Promise.resolve();
      el.remove();
      await moved;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.view?.zoom, 'the last view').to.equal(4);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(rejections.map(String), 'a moved map removed before its redraw threw in Leaflet').to.deep.equal([]);
  });

  it('keeps the view when moved in the document: the fitted one, and the one the user moved to', async () => {
    const wrapper = await fixture(html`<div><ev-map .events=${[...eventsAt(3, BERLIN), ...eventsAt(2, TOKYO)]}></ev-map></div>`);
    const el = wrapper.querySelector('ev-map')!;
    await drawn(el);
    const move = async (view: NonNullable<EvMap['view']>) => {
      const other = document.createElement('section');
      wrapper.append(other);
      other.append(el);
      await drawn(el);
      expect($$(el, '.leaflet-evBase-pane canvas').length, 'the map was not rebuilt').to.equal(1);
      expect(el.view!.zoom).to.equal(view.zoom);
      // Leaflet rounds the map's origin to whole pixels: within one pixel.
      const pixelDegrees = 360 / (256 * 2 ** view.zoom);
      expect(el.view!.center[0]).to.be.closeTo(view.center[0], pixelDegrees);
      expect(el.view!.center[1]).to.be.closeTo(view.center[1], pixelDegrees);
    };
    await move(el.view!);
    await el.setView([BERLIN.lat, BERLIN.long], 8);
    await move(el.view!);
    const at = project(el, BERLIN.lat, BERLIN.long);
    expect(pixel(markerCanvas(el), at.x, at.y + 8)[3]).to.be.greaterThan(150);
  });

  it('drawn while hidden (display: none, an inactive tab), fits the data once shown; and once more after the user moved it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div hidden><ev-map .events=${[...eventsAt(3, BERLIN), ...eventsAt(2, TOKYO)]}></ev-map></div>`);
    const el = wrapper.querySelector('ev-map')!;
    await drawn(el);
    wrapper.hidden = false;
    // Berlin and Tokyo both in view (was: zoom 10 over Kazakhstan, fitted to a 0 × 0 map, no marker in view).
    await waitUntil(() => el.view && el.view.zoom < 10 && $$(el, '[part=marker]').length === 2, 'the data was never fitted once shown', { timeout: 8000 });
    await el.rendered;
    for (const place of [BERLIN, TOKYO]) {
      const at = project(el, place.lat, place.long);
      expect(pixel(markerCanvas(el), at.x, at.y + 8)[3], place.city).to.be.greaterThan(150);
    }
    // Hidden again and shown again: a view the user moved to stays.
    await el.setView([BERLIN.lat, BERLIN.long], 8);
    wrapper.hidden = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
    wrapper.hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await drawn(el);
    expect(el.view!.zoom).to.equal(8);
    expect(el.view!.center[1]).to.be.closeTo(BERLIN.long, 0.01);
  });

  it('speaks the language of the page (German)', async () => {
    await import('../../../src/i18n/locales/de.js');
    const wrapper = await fixture(html`<div lang="de"><ev-map .events=${[...eventsAt(1200, BERLIN), ...eventsAt(2, TOKYO)]}></ev-map></div>`);
    const el = wrapper.querySelector('ev-map')!;
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('1.202 Ereignisse an 2 Orten');
    expect($$(el, '[part=location]').map(text)).to.deep.equal(['Berlin, Deutschland 1.200 Ereignisse', 'Tokyo, Japan 2 Ereignisse']);
    expect($(el, '[part=map]')!.getAttribute('aria-label')).to.equal('Karte der Ereignisse');
    await expect(el).to.be.accessible();
  });

  it('keeps the DOM small with many events (canvas, not one node per marker)', async () => {
    const events = makeEvents({ count: 20_000 }).map((e, i) => ({ ...e, context: { geo: { lat: (i % 170) - 85, long: ((i * 7) % 360) - 180 } } }));
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect($(el, '.canvas')!.getElementsByTagName('*').length).to.be.below(300);
    expect(Number(text($(el, '[part=summary]')).split(' ')[0]!.replace(/,/g, ''))).to.equal(20_000);
  });

  it('shows hostile place names and users as text, in lists and popups', async () => {
    const { hostileStrings, pwned } = await import('../../fixtures/hostile.js');
    const events = hostileStrings.slice(0, 8).flatMap((s, i) =>
      eventsAt(2, { lat: -40 + i * 10, long: -120 + i * 30, city: s, country: '"><img src=x>' }, i).map((e) => ({ ...e, user: { username: s } })),
    );
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    const names = $$(el, '.place-name').map((n) => n.textContent);
    expect(names).to.include(`${hostileStrings[0]}, "><img src=x>`);
    expect(el.shadowRoot!.querySelectorAll('img, script, svg[onload]').length).to.equal(0);
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
