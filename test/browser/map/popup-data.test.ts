import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventRecord, EventsClient, GeoArea } from '../../../src/client/types.js';
import type { ClusterRequest } from '../../../src/components/map/cluster-protocol.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, SAO_PAULO, TOKYO, drawn, eventsAt, markerCanvas, pixel, project, text } from './helpers.js';

async function click(point: { x: number; y: number }): Promise<void> {
  await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
}

const popup = (el: EvMap) => $(el, '[part=popup]');
const popupText = (el: EvMap, selector: string) => text(popup(el)?.querySelector(selector));
const focused = (el: EvMap) => el.shadowRoot!.activeElement;
const locations = (el: EvMap) => $$(el, '[part=location]').map(text);

/** `events` made `days` older (so places keep a known newest-first order). */
const older = (events: EventRecord[], days: number) => events.map((e) => ({ ...e, created: new Date(Date.parse(e.created) - 86_400_000 * days).toISOString() }));

/** Berlin (5: 3 logins, 2 failed), then Tokyo (3), then São Paulo (2), newest first. */
const world = () => [
  ...eventsAt(5, BERLIN, 1).map((e, i) => ({ ...e, action: i < 3 ? 'login' : 'login_failed' })),
  ...older(eventsAt(3, TOKYO, 2), 1).map((e) => ({ ...e, action: 'logout' })),
  ...older(eventsAt(2, SAO_PAULO, 3), 2).map((e) => ({ ...e, action: 'logout' })),
];

const box = (p: { lat: number; long: number }): GeoArea => ({ north: p.lat + 1, south: p.lat - 1, east: p.long + 1, west: p.long - 1 });

/** Holds back every message of `type` sent to the cluster worker until `release()` sends the oldest. */
function holdWorker(type: ClusterRequest['type']) {
  const native = Worker.prototype.postMessage;
  const held: Array<() => void> = [];
  let sent = 0;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    if ((args[0] as ClusterRequest).type !== type) return native.apply(this, args as never);
    sent++;
    held.push(() => native.apply(this, args as never));
  } as Worker['postMessage'];
  return {
    sent: () => sent,
    held: () => held.length,
    release: () => held.shift()?.(),
    releaseAll: () => held.splice(0).forEach((send) => send()),
    restore: () => (Worker.prototype.postMessage = native),
  };
}

/** Errors thrown anywhere on the page (e.g. in Leaflet's click handlers) while `run` runs. */
async function pageErrors(run: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(e.error ?? e.message);
    e.preventDefault();
  };
  // Leaflet's click handlers start async work: a throw there is an unhandled rejection.
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(e.reason);
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

async function sourced(client: EventsClient): Promise<{ source: EvSource; el: EvMap }> {
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  return { source, el };
}

describe('<ev-map> popups follow the data', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a filter change updates the counts of an open popup', async () => {
    const { source, el } = await sourced(createMemoryClient({ events: world() }));
    await click(project(el, BERLIN.lat, BERLIN.long));
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popupText(el, '.popup-count')).to.equal('5 events');
    source.store.patchFilter({ actions: ['login_failed'] });
    await waitUntil(() => text($(el, '[part=summary]')) === '2 events at 1 place', 'the map did not follow the filter');
    await drawn(el);
    expect(popupText(el, '.popup-place')).to.equal('Berlin, Germany');
    expect(popupText(el, '.popup-count'), 'the popup kept its old count').to.equal('2 events');
    expect($$(el, '.popup-event').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('a filter change that removes the place closes its popup and keeps the focus in the map', async () => {
    const { source, el } = await sourced(createMemoryClient({ events: world() }));
    $$(el, '[part=location]').find((b) => text(b).startsWith('Tokyo'))!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popup(el)!.contains(focused(el))).to.equal(true);
    source.store.patchFilter({ area: box(BERLIN) });
    await waitUntil(() => text($(el, '[part=summary]')) === '5 events at 1 place', 'the map did not follow the filter');
    await drawn(el);
    expect(popup(el) === null, 'the popup of a place the filter removed is still open').to.equal(true);
    expect(focused(el) === $(el, '[part=map]'), `the focus is on ${focused(el)?.getAttribute('part') ?? 'the page'}, not on the map`).to.equal(true);
  });

  it('more pages streaming in update the counts of an open popup', async function () {
    this.timeout(20_000);
    // 1,000 newest in Berlin (the first page), then 500 more in Berlin and 1,000 in Tokyo.
    const events = [...eventsAt(1000, BERLIN, 4), ...older([...eventsAt(500, BERLIN, 5), ...eventsAt(1000, TOKYO, 6)], 30)];
    const inner = createMemoryClient({ events });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let gated = false;
    const client: EventsClient = {
      ...inner,
      listEvents: async (query, options) => {
        if (gated && (query?.page ?? 1) > 1) await gate;
        return inner.listEvents(query, options);
      },
    };
    const { source, el } = await sourced(client);
    source.store.patchFilter({ area: box(TOKYO) });
    await waitUntil(() => text($(el, '[part=summary]')) === '1,000 events at 1 place', 'Tokyo only', { timeout: 8000 });
    await drawn(el);
    // Back to every place: the first page (Berlin) is shown, the rest waits.
    gated = true;
    source.store.patchFilter({ area: undefined });
    await waitUntil(() => el.view && Math.abs(el.view.center[1] - BERLIN.long) < 1, 'the first page fitted on Berlin', { timeout: 8000 });
    const at = project(el, BERLIN.lat, BERLIN.long);
    await waitUntil(() => pixel(markerCanvas(el), at.x, at.y + 8)[3] > 150, 'the first page is not drawn');
    await click(at);
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popupText(el, '.popup-count')).to.equal('1,000 events');
    open();
    await waitUntil(() => text($(el, '[part=summary]')) === '2,500 events at 2 places', 'all events in', { timeout: 8000 });
    await drawn(el);
    expect(popupText(el, '.popup-count'), 'the popup kept its first-page count').to.equal('1,500 events');
    expect(popupText(el, '.popup-more')).to.equal('and 1,495 more events');
  });

  it('Escape returns the focus to the button of the same place after the list changed', async () => {
    const { source, el } = await sourced(createMemoryClient({ events: world() }));
    expect(locations(el)).to.deep.equal(['Berlin, Germany 5 events', 'Tokyo, Japan 3 events', 'São Paulo, Brazil 2 events']);
    $$(el, '[part=location]')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    // Berlin leaves the list: Tokyo moves up, and the button that opened it now names São Paulo.
    source.store.patchFilter({ area: { north: 40, south: -30, east: 150, west: -50 } });
    await waitUntil(() => text($(el, '[part=summary]')) === '5 events at 2 places', 'the map did not follow the filter');
    await drawn(el);
    expect(locations(el)).to.deep.equal(['Tokyo, Japan 3 events', 'São Paulo, Brazil 2 events']);
    expect(popupText(el, '.popup-place')).to.equal('Tokyo, Japan');
    expect(popup(el)!.contains(focused(el)), 'the focus left the updated popup').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => popup(el) === null, 'Escape did not close the popup');
    expect(text(focused(el))).to.equal('Tokyo, Japan 3 events');
  });

  it('Escape returns the focus to the map when the place has left the list', async () => {
    const many = [...world(), ...older(eventsAt(9, { lat: 48.857, long: 2.352, city: 'Paris', country: 'FR' }, 7), 3)];
    const el = await fixture<EvMap>(html`<ev-map top-locations="3" .events=${many}></ev-map>`);
    await drawn(el);
    expect(locations(el)).to.deep.equal(['Paris, France 9 events', 'Berlin, Germany 5 events', 'Tokyo, Japan 3 events']);
    $$(el, '[part=location]')[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    // Tokyo is still on the map, but no longer among the top 2.
    el.topLocations = 2;
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => popup(el) === null, 'Escape did not close the popup');
    expect(focused(el) === $(el, '[part=map]'), `the focus is on ${focused(el)?.getAttribute('part') ?? 'the page'}, not on the map`).to.equal(true);
  });
});

describe('<ev-map> popups when a reload fails', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  /** A client whose calls fail while `failing` is set. */
  function flaky() {
    const state = { failing: false };
    const client = createMemoryClient({ events: world(), fail: () => (state.failing ? new EventsHttpError(503, 'down') : undefined) });
    return { client, state };
  }

  it('a failed reload closes the open popup (its counts belong to data no longer shown); the focus goes to Retry', async () => {
    const { client, state } = flaky();
    const { source, el } = await sourced(client);
    $$(el, '[part=location]').find((b) => text(b).startsWith('Tokyo'))!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popup(el) !== null, 'no popup');
    expect(popup(el)!.contains(focused(el))).to.equal(true);
    state.failing = true;
    source.store.patchFilter({ actions: ['logout'] });
    await waitUntil(() => el.matches(':state(error)'), 'no error state');
    await el.updateComplete;
    expect(popup(el) === null, `the popup still shows ${popupText(el, '.popup-count')} of the old filter`).to.equal(true);
    expect(focused(el) === $(el, '[part=retry-button]'), `the focus is on ${focused(el)?.getAttribute('part') ?? 'the page'}, not on Retry`).to.equal(true);
    expect($(el, '[part=markers]'), 'the markers of the old data stay operable under the error').to.equal(null);
    await expect(el).to.be.accessible();
    // Retry loads the new filter; the place can be opened again with its new count.
    state.failing = false;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '[part=summary]')) === '5 events at 2 places', 'the retry did not load the new filter');
    await drawn(el);
    await click(project(el, TOKYO.lat, TOKYO.long));
    await waitUntil(() => popup(el) !== null, 'no popup after the retry');
    expect(popupText(el, '.popup-count')).to.equal('3 events');
  });

  it('a failed reload while a marker has the focus moves it to Retry (the markers of the old data go)', async () => {
    const { client, state } = flaky();
    const { source, el } = await sourced(client);
    $(el, '[part=map]')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused(el)?.getAttribute('part') === 'marker', 'Tab from the map did not reach a marker');
    state.failing = true;
    source.store.patchFilter({ actions: ['logout'] });
    await waitUntil(() => el.matches(':state(error)'), 'no error state');
    await el.updateComplete;
    expect($(el, '[part=markers]')).to.equal(null);
    expect(focused(el) === $(el, '[part=retry-button]'), `the focus is on ${focused(el)?.getAttribute('part') ?? 'the page'}, not on Retry`).to.equal(true);
  });

  it('a failed reload closes a popup opened with the mouse and leaves the focus where it was', async () => {
    const { client, state } = flaky();
    const { source, el } = await sourced(client);
    await click(project(el, BERLIN.lat, BERLIN.long));
    await waitUntil(() => popup(el) !== null, 'no popup');
    const outside = document.createElement('input');
    document.body.append(outside);
    try {
      outside.focus();
      state.failing = true;
      source.store.patchFilter({ actions: ['login'] });
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      await el.updateComplete;
      expect(popup(el) === null, 'the popup of the old data is still open').to.equal(true);
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });
});

describe('<ev-map> clicks while the data changes', () => {
  let errors: unknown[] = [];
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(errors, 'errors thrown on the page').to.deep.equal([]);
  });

  it('a filter change that aborts a load while it is being clustered: a pan and a click show a place that exists', async () => {
    const inner = createMemoryClient({ events: world() });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    // The third filter's page waits (a slow network), leaving the aborted load's data in the worker.
    const client: EventsClient = {
      ...inner,
      listEvents: async (query, options) => {
        if (query?.area?.north === box(SAO_PAULO).north) await gate;
        return inner.listEvents(query, options);
      },
    };
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    source.store.patchFilter({ area: box(BERLIN) });
    await waitUntil(() => text($(el, '[part=summary]')) === '5 events at 1 place', 'Berlin only', { timeout: 8000 });
    await drawn(el);
    const worker = holdWorker('load');
    try {
      errors = await pageErrors(async () => {
        source.store.patchFilter({ area: undefined });
        await waitUntil(() => worker.held() === 1, 'the load of every place was not sent');
        source.store.patchFilter({ area: box(SAO_PAULO) });
        worker.release();
        await el.setView([TOKYO.lat, TOKYO.long], 6);
        await click(project(el, TOKYO.lat, TOKYO.long));
        // The aborted load's data is in the worker, so it is what the map shows and opens.
        await waitUntil(() => popup(el) !== null, 'no popup');
        expect(popupText(el, '.popup-place')).to.equal('Tokyo, Japan');
        expect(popupText(el, '.popup-count')).to.equal('3 events');
        worker.restore();
        open();
        worker.releaseAll();
        await waitUntil(() => text($(el, '[part=summary]')) === '2 events at 1 place', 'São Paulo only', { timeout: 8000 });
        await drawn(el);
      });
    } finally {
      worker.restore();
      open();
    }
  });

  it('a click on a marker drawn for the previous data, before the new data is drawn, opens nothing wrong', async () => {
    // Places are numbered in the order of the events: Berlin, Tokyo, São Paulo before, then
    // Tokyo, São Paulo, Berlin (same bounds, so the view stays where it is).
    const el = await fixture<EvMap>(html`<ev-map .events=${world()}></ev-map>`);
    await drawn(el);
    const worker = holdWorker('query');
    try {
      errors = await pageErrors(async () => {
        el.events = [...eventsAt(2, TOKYO, 8), ...older(eventsAt(3, SAO_PAULO, 9), 1), ...older(eventsAt(4, BERLIN, 10), 2)];
        // The new data is clustered; the query that draws it is held back.
        await waitUntil(() => worker.held() === 1, 'no query for the new data');
        for (const place of [BERLIN, TOKYO]) {
          await click(project(el, place.lat, place.long));
          await new Promise((r) => setTimeout(r, 50));
          expect(popup(el) === null, `a click on ${place.city} opened ${popupText(el, '.popup-place')}`).to.equal(true);
        }
        worker.restore();
        worker.releaseAll();
        await drawn(el);
      });
    } finally {
      worker.restore();
    }
  });
});
