import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, TOKYO, drawn, eventsAt, text } from './helpers.js';

/** A client whose pages after the first wait for `release()`, so a test can act in between. */
function gated(events: ReturnType<typeof eventsAt>) {
  const inner = createMemoryClient({ events });
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let pages = 0;
  const client: EventsClient = {
    ...inner,
    listEvents: async (query, options) => {
      if (pages++ > 0) await gate;
      return inner.listEvents(query, options);
    },
  };
  return { client, release: () => open(), pages: () => pages };
}

// 1,000 newest in Berlin (the first page), then 1,500 in Tokyo.
const berlinFirst = () => [...eventsAt(1000, BERLIN, 4), ...eventsAt(1500, TOKYO, 5).map((e) => ({ ...e, created: new Date(Date.parse(e.created) - 86_400_000 * 30).toISOString() }))];

describe('<ev-map> streaming', () => {
  it('fits all of the data once it is in, when the user has not moved the map', async () => {
    const { client, release, pages } = gated(berlinFirst());
    const el = await fixture<EvMap>(html`<ev-map .client=${client}></ev-map>`);
    await waitUntil(() => pages() >= 2 && el.view && Math.abs(el.view.center[1] - BERLIN.long) < 1, 'the first page fitted on Berlin', { timeout: 8000 });
    release();
    await waitUntil(() => text($(el, '[part=summary]')) === '2,500 events at 2 places', 'all events in', { timeout: 8000 });
    await drawn(el);
    // Berlin and Tokyo both in view.
    expect(el.view!.center[1]).to.be.within(BERLIN.long + 10, TOKYO.long - 10);
  });

  it('keeps the view the user moved to while the rest streamed in', async () => {
    const { client, release, pages } = gated(berlinFirst());
    const el = await fixture<EvMap>(html`<ev-map .client=${client}></ev-map>`);
    await waitUntil(() => pages() >= 2 && el.view && Math.abs(el.view.center[1] - BERLIN.long) < 1, 'the first page fitted on Berlin', { timeout: 8000 });
    // The user pans west with the keyboard (Leaflet's own arrow-key panning on the map). One key,
    // one pan: the element's view is updated when that pan has ended (a second key pressed during
    // the animation may be dropped or make a second pan, and a count of quiet frames under load
    // took a pan still under way for one at rest).
    $(el, '[part=map]')!.focus();
    const before = el.view!.center[1];
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => el.view!.center[1] < before - 0.05, 'the map did not pan', { timeout: 8000 });
    const moved = el.view!;
    release();
    await waitUntil(() => text($(el, '[part=summary]')) === '2,500 events at 2 places', 'all events in', { timeout: 8000 });
    await drawn(el);
    expect(el.view!.zoom).to.equal(moved.zoom);
    expect(el.view!.center[0]).to.be.closeTo(moved.center[0], 1e-6);
    expect(el.view!.center[1], 'the final fit moved the map away from where the user put it').to.be.closeTo(moved.center[1], 1e-6);
  });

  it('stops loading when removed mid-stream (no more pages, no map or worker in the removed element) and resumes when put back', async () => {
    const { client, release, pages } = gated(berlinFirst());
    const wrapper = await fixture(html`<div><ev-map .client=${client}></ev-map></div>`);
    const el = wrapper.querySelector('ev-map')!;
    await waitUntil(() => pages() >= 2 && el.view, 'the first page shown', { timeout: 8000 });
    const NativeWorker = window.Worker;
    let workers = 0;
    window.Worker = class extends NativeWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        workers++;
      }
    };
    try {
      el.remove();
      release();
      await el.rendered;
      // Long enough for the old code to fetch the last page and rebuild the map.
      await new Promise((r) => setTimeout(r, 300));
      expect(pages(), 'pages requested after removal').to.equal(2);
      expect(workers, 'workers started in the removed element').to.equal(0);
      expect($$(el, '.leaflet-pane').length, 'a map built in the removed element').to.equal(0);
      wrapper.append(el);
      await waitUntil(() => text($(el, '[part=summary]')) === '2,500 events at 2 places', 'loading did not resume', { timeout: 8000 });
      await drawn(el);
      expect(workers).to.equal(1);
      expect(el.clustering).to.equal('worker');
    } finally {
      window.Worker = NativeWorker;
    }
  });
});
