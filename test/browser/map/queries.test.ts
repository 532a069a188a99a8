import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { ClusterRequest } from '../../../src/components/map/cluster-protocol.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, BERLIN, SAO_PAULO, TOKYO, drawn, eventsAt, markerCanvas, pixel, project, text } from './helpers.js';

/**
 * The messages the map sends to its cluster worker, observed at `Worker.prototype.postMessage`
 * (the worker protocol of cluster-protocol.ts). `hold` keeps a message back until `release`.
 */
function watchWorker() {
  const native = Worker.prototype.postMessage;
  const sent: ClusterRequest[] = [];
  const held: Array<() => void> = [];
  let holdNext = false;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    const message = args[0] as ClusterRequest;
    sent.push(message);
    if (holdNext && message.type === 'query') {
      holdNext = false;
      held.push(() => native.apply(this, args as never));
      return;
    }
    native.apply(this, args as never);
  } as Worker['postMessage'];
  const count = (type: ClusterRequest['type']) => sent.filter((m) => m.type === type).length;
  return {
    queries: () => count('query'),
    loads: () => count('load'),
    /** Holds back the next query until `release()`. */
    holdNextQuery: () => (holdNext = true),
    release: () => held.splice(0).forEach((send) => send()),
    restore: () => (Worker.prototype.postMessage = native),
  };
}

/** Marker canvas opacity just below a place's centre (inside its circle, clear of the label). */
function markerAt(el: EvMap, place: { lat: number; long: number }): number {
  const at = project(el, place.lat, place.long);
  return pixel(markerCanvas(el), at.x, at.y + 8)[3];
}

/** The selection ring's opacity on its radius (13 px) above a place. */
function ringAt(el: EvMap, place: { lat: number; long: number }): number {
  const at = project(el, place.lat, place.long);
  return pixel($(el, '.leaflet-evSelection-pane canvas') as HTMLCanvasElement, at.x, at.y - 13)[3];
}

const events = () => [...eventsAt(10, BERLIN, 1), ...eventsAt(6, TOKYO, 2), ...eventsAt(4, SAO_PAULO, 3)];

describe('<ev-map> cluster queries: one per view change', () => {
  let worker: ReturnType<typeof watchWorker>;
  beforeEach(() => {
    worker = watchWorker();
  });
  afterEach(() => {
    worker.restore();
  });

  it('handed events: the first view (fitted to the data) and a refit each cost one query', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${eventsAt(5, TOKYO)}></ev-map>`);
    await drawn(el);
    expect(el.clustering).to.equal('worker');
    expect(el.view!.center[1]).to.be.closeTo(TOKYO.long, 0.5);
    expect([worker.loads(), worker.queries()]).to.deep.equal([1, 1]);
    expect(markerAt(el, TOKYO)).to.be.greaterThan(150);
    el.events = eventsAt(5, SAO_PAULO);
    await drawn(el);
    expect(el.view!.center[1]).to.be.closeTo(SAO_PAULO.long, 0.5);
    expect([worker.loads(), worker.queries()]).to.deep.equal([2, 2]);
    expect(markerAt(el, SAO_PAULO)).to.be.greaterThan(150);
  });

  it('from a client: first load, a filter change that refits, a pan, a zoom and setView each cost one query', async () => {
    const all = events();
    const client = createMemoryClient({ events: all });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    // (a) first load, fitted to the data
    expect(text($(el, '[part=summary]'))).to.equal('20 events at 3 places');
    expect([worker.loads(), worker.queries()]).to.deep.equal([1, 1]);

    // Selecting an event rings it and costs no query.
    source.store.update({ selection: all.find((e) => (e.context.geo as { city: string }).city === 'Tokyo')!.pk });
    await waitUntil(() => $(el, '[part=selected-place]') !== null, 'the selection is not shown');
    expect(ringAt(el, TOKYO)).to.be.greaterThan(150);

    // (b) a filter change: new data, fitted again
    source.store.patchFilter({ area: { north: 40, south: 30, east: 150, west: 130 } });
    await waitUntil(() => text($(el, '[part=summary]')) === '6 events at 1 place', 'the map did not follow the filter');
    await drawn(el);
    expect(el.view!.center[1]).to.be.closeTo(TOKYO.long, 0.5);
    expect([worker.loads(), worker.queries()]).to.deep.equal([2, 2]);
    expect(markerAt(el, TOKYO)).to.be.greaterThan(150);
    expect(ringAt(el, TOKYO), 'the ring after the refit').to.be.greaterThan(150);

    // (c) the user pans and zooms
    $(el, '[part=map]')!.focus();
    const { center, zoom } = el.view!;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.view!.center[1] > center[1], 'ArrowRight did not pan');
    await drawn(el);
    expect(worker.queries()).to.equal(3);
    $(el, '[part=zoom-out]')!.click();
    await waitUntil(() => el.view!.zoom === zoom - 1, 'zoom-out did not zoom');
    await drawn(el);
    expect(worker.queries()).to.equal(4);
    await el.setView([TOKYO.lat, TOKYO.long], 5);
    expect(worker.queries()).to.equal(5);
    expect(markerAt(el, TOKYO)).to.be.greaterThan(150);
    expect(worker.loads()).to.equal(2);
  });

  it('streaming several pages: every clustering of the data streamed so far costs one query', async () => {
    const many = [...eventsAt(1500, BERLIN, 4), ...eventsAt(1000, TOKYO, 5)];
    const el = await fixture<EvMap>(html`<ev-map .client=${createMemoryClient({ events: many })}></ev-map>`);
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('2,500 events at 2 places');
    // The first page is shown (and fitted) at once, all of it (fitted again) at the end.
    expect(worker.loads()).to.be.at.least(2);
    expect(worker.queries()).to.equal(worker.loads());
  });

  it('a theme switch recolours the markers in place: no cluster query', async () => {
    const logins = eventsAt(12, BERLIN).map((e) => ({ ...e, action: 'login_failed' }));
    const el = await fixture<EvMap>(html`<ev-map theme="dark" .events=${[...logins, ...eventsAt(4, TOKYO)]}></ev-map>`);
    await drawn(el);
    const at = project(el, BERLIN.lat, BERLIN.long);
    // --ev-action-2 (login_failed): #ff7b72 in dark, #cf222e in light.
    expect(pixel(markerCanvas(el), at.x, at.y + 12).slice(0, 3)).to.deep.equal([255, 123, 114]);
    const queries = worker.queries();
    el.theme = 'light';
    await el.updateComplete;
    await el.rendered;
    expect(pixel(markerCanvas(el), at.x, at.y + 12).slice(0, 3)).to.deep.equal([207, 34, 46]);
    expect(markerAt(el, TOKYO)).to.be.greaterThan(150);
    el.theme = 'dark';
    await el.updateComplete;
    await el.rendered;
    expect(pixel(markerCanvas(el), at.x, at.y + 12).slice(0, 3)).to.deep.equal([255, 123, 114]);
    expect(worker.queries() - queries, 'cluster queries for two theme switches').to.equal(0);
  });

  it('a stale answer never replaces a newer one', async () => {
    const el = await fixture<EvMap>(html`<ev-map .events=${events()}></ev-map>`);
    await drawn(el);
    // The query for Berlin is held back, so it is answered after the one for Tokyo.
    worker.holdNextQuery();
    const queries = worker.queries();
    const toBerlin = el.setView([BERLIN.lat, BERLIN.long], 6);
    await waitUntil(() => worker.queries() === queries + 1, 'no query for Berlin');
    await el.setView([TOKYO.lat, TOKYO.long], 6);
    expect(markerAt(el, TOKYO)).to.be.greaterThan(150);
    worker.release();
    await toBerlin;
    await drawn(el);
    expect(el.view!.center[1]).to.be.closeTo(TOKYO.long, 0.5);
    expect(markerAt(el, TOKYO), 'the late Berlin answer was drawn over Tokyo').to.be.greaterThan(150);
    expect(worker.queries()).to.equal(queries + 2);
  });
});
