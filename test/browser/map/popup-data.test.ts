import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient, GeoArea } from '../../../src/client/types.js';
import type { ClusterRequest } from '../../../src/components/map/cluster-protocol.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, BERLIN, SAO_PAULO, TOKYO, drawn, eventsAt, project, text } from './helpers.js';

async function click(point: { x: number; y: number }): Promise<void> {
  await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
}

const popup = (el: EvMap) => $(el, '[part=popup]');
const popupText = (el: EvMap, selector: string) => text(popup(el)?.querySelector(selector));

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
