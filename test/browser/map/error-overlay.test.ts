// <ev-map> under its error overlay: the map area is out of the tab order and the keyboard's reach until the error clears.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError, EventsUnsupportedError } from '../../../src/client/errors.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

const focused = (el: EvMap) => el.shadowRoot!.activeElement as HTMLElement | null;
const partOf = (node: Element | null) => node?.getAttribute('part') ?? node?.localName ?? 'nothing';

/** A map in a source whose client fails while `state.failing` is set, between two page inputs. */
async function setup() {
  const state = { failing: false };
  const client = createMemoryClient({ events: [...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)], fail: () => (state.failing ? new EventsHttpError(503, 'down') : undefined) });
  const page = await fixture<HTMLElement>(html`<div>
    <input aria-label="before" />
    <ev-source .client=${client}><ev-map></ev-map></ev-source>
    <input aria-label="after" />
  </div>`);
  const source = page.querySelector<EvSource>('ev-source')!;
  const el = page.querySelector<EvMap>('ev-map')!;
  await drawn(el);
  return { state, source, el, before: page.querySelector('input')!, after: page.querySelectorAll('input')[1]! };
}

/** The parts the Tab key stops at inside the map, from the input before it to the one after it. */
async function tabStops(el: EvMap, before: HTMLElement, after: HTMLElement): Promise<string[]> {
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i < 20; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) return stops;
    stops.push(partOf(focused(el)));
  }
  throw new Error(`Tab never left the map: ${stops.join(', ')}`);
}

async function fail(source: EvSource, el: EvMap, state: { failing: boolean }): Promise<void> {
  state.failing = true;
  source.store.patchFilter({ actions: ['login'] });
  await waitUntil(() => el.matches(':state(error)'), 'no error state');
  await el.updateComplete;
}

describe('<ev-map> error overlay', () => {
  it('takes the map area, its zoom buttons and markers out of the tab order, and gives them back when the error clears', async () => {
    const { state, source, el, before, after } = await setup();
    const ready = await tabStops(el, before, after);
    expect(ready, 'the map is operable by keyboard while it shows data').to.include.members(['map', 'marker', 'zoom-in', 'zoom-out']);
    await fail(source, el, state);
    const covered = await tabStops(el, before, after);
    expect(covered, 'Retry is a tab stop').to.include('retry-button');
    for (const part of ['map', 'marker', 'zoom-in', 'zoom-out']) expect(covered, `${part} is a tab stop under the error`).not.to.include(part);
    await expect(el).to.be.accessible();
    // Back from the keyboard: Retry loads, and the map area is in the tab order again.
    $(el, '[part=retry-button]')!.focus();
    state.failing = false;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.matches(':state(ready)'), 'Retry did not recover');
    await drawn(el);
    expect(await tabStops(el, before, after)).to.deep.equal(ready);
    await expect(el).to.be.accessible();
  });

  it('moves the focus from the map area to Retry: arrows and + no longer move the map', async () => {
    const { state, source, el } = await setup();
    $(el, '[part=map]')!.focus();
    const start = JSON.stringify(el.view);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => JSON.stringify(el.view) !== start, 'an arrow key did not pan the map');
    await fail(source, el, state);
    expect(partOf(focused(el)), 'the focus stayed under the error').to.equal('retry-button');
    const view = JSON.stringify(el.view);
    for (const key of ['ArrowLeft', 'ArrowUp', '+', '-']) await sendKeys({ press: key });
    expect(JSON.stringify(el.view), 'the keyboard moved the map under the error').to.equal(view);
  });

  it('moves the focus from a zoom button to Retry', async () => {
    const { state, source, el } = await setup();
    $(el, '[part=zoom-in]')!.focus();
    await fail(source, el, state);
    expect(partOf(focused(el))).to.equal('retry-button');
    expect(text($(el, '[part=error]'))).to.contain('Status 503');
  });

  it('moves the focus to the error itself when it has no Retry', async () => {
    const state = { failing: false };
    const client = createMemoryClient({ events: eventsAt(5, BERLIN), fail: () => (state.failing ? new EventsUnsupportedError('listEvents') : undefined) });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    $(el, '[part=map]')!.focus();
    await fail(source, el, state);
    expect($(el, '[part=retry-button]')).to.equal(null);
    expect(partOf(focused(el))).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('leaves the focus elsewhere on the page where it is', async () => {
    const { state, source, el, after } = await setup();
    after.focus();
    await fail(source, el, state);
    expect(document.activeElement).to.equal(after);
  });

  it('a map that could not be built (its base layer failed) is built again by Retry', async () => {
    // A tile URL template Leaflet cannot fill fails the base layer as a failed download of the outline would.
    const el = await fixture<EvMap>(html`<ev-map tile-url="/tiles/{z}/{x}/{y}.png?key={apikey}" .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)]}></ev-map>`);
    await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 8000 });
    // The page fixes its configuration and the user retries (was: 'Map container is already initialized.', for good).
    el.tileUrl = undefined;
    await el.updateComplete;
    $(el, '[part=retry-button]')!.click();
    await waitUntil(() => el.matches(':state(ready)'), `Retry did not recover: ${text($(el, '[part=error]'))}`, { timeout: 8000 });
    await drawn(el);
    expect(el.shadowRoot!.querySelectorAll('.leaflet-evBase-pane canvas').length).to.equal(1);
    expect(text($(el, '[part=summary]'))).to.equal('8 events at 2 places');
  });

  it('a tile-url Leaflet cannot fill, set once the map is drawn, shows the error without an uncaught one; the map still moves; a valid tile-url recovers', async () => {
    const uncaught: string[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      uncaught.push(String(e.reason));
      e.preventDefault();
    };
    const onError = (e: ErrorEvent) => {
      uncaught.push(e.message);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<EvMap>(html`<ev-map .events=${[...eventsAt(5, BERLIN, 1), ...eventsAt(3, TOKYO, 2)]}></ev-map>`);
      await drawn(el);
      el.tileUrl = 'http://127.0.0.1:9/{foo}/{z}/{x}/{y}.png';
      await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 8000 });
      expect(text($(el, '[part=error]'))).to.contain('Something went wrong');
      // The outline drawn before stays under the error, and the map still moves (was: every move threw).
      expect(el.shadowRoot!.querySelectorAll('.leaflet-evBase-pane canvas').length).to.equal(1);
      await el.setView([TOKYO.lat, TOKYO.long], 5);
      expect(el.view!.zoom).to.equal(5);
      await el.setView([BERLIN.lat, BERLIN.long], 4);
      expect(el.view!.center[0]).to.be.closeTo(BERLIN.lat, 0.01);
      // Retry with the same bad URL: the same error, still caught.
      $(el, '[part=retry-button]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await waitUntil(() => el.matches(':state(error)'), 'Retry with the bad tile-url did not fail again');
      // A valid tile-url recovers: the tile layer is drawn (a data: URL: no request leaves the page).
      el.tileUrl = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
      await waitUntil(() => el.matches(':state(ready)'), `a valid tile-url did not recover: ${text($(el, '[part=error]'))}`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.leaflet-tile-pane img').length > 0, 'no tiles');
      // Back to the outline, and a bad URL again, then the outline: the map follows each time.
      el.tileUrl = undefined;
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.leaflet-tile-pane img').length === 0, 'the tiles stayed');
      el.tileUrl = '/tiles/{z}/{x}/{y}.png?key={apikey}';
      await waitUntil(() => el.matches(':state(error)'), 'no error state for the second bad URL');
      el.tileUrl = undefined;
      await waitUntil(() => el.matches(':state(ready)'), 'removing the tile-url did not recover');
      await drawn(el);
      expect(el.shadowRoot!.querySelectorAll('.leaflet-evBase-pane canvas').length).to.equal(1);
      expect(text($(el, '[part=summary]'))).to.equal('8 events at 2 places');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught, 'uncaught errors on the page').to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    }
  });
});
