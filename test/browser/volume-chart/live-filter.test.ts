import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventFilter, EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, parts, recentEvents, text } from './helpers.js';

const MINUTE = 60_000;
const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));

/**
 * A live chart filtered to `login` on a "server" whose clock is 10 minutes ahead of the browser's:
 * the chart asks up to the browser's now, so every event from the server's last 10 minutes
 * arrives before a request and is not in its answer (the few milliseconds a real stream's lag
 * leaves, made wide). Volume answers can be held while the test acts. Every event is within
 * the view window, so the expected total is a count of the server's events.
 */
async function filteredChart() {
  const serverNow = () => Date.now() + 10 * MINUTE;
  const memory = createMemoryClient({ events: recentEvents(200, 4 * DAY, ['login', 'logout'], serverNow() - 20 * MINUTE), volumeBucketMs: HOUR });
  let hold: { computed: () => void; release: Promise<void> } | undefined;
  let calls = 0;
  const client: EventsClient = {
    ...memory,
    volume: async (q, o) => {
      calls++;
      const answer = await memory.volume(q, o);
      const held = hold;
      held?.computed();
      await held?.release;
      return answer;
    },
  };
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart live></ev-volume-chart></ev-source>`);
  source.store.patchFilter({ actions: ['login'] });
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)') && calls === 2 && parts(el, 'refreshing').length === 0);
  await el.updateComplete;
  let n = 0;
  const add = (action: string): EventRecord => {
    const event = { ...makeEvents({ count: 1 })[0]!, pk: `filter-${n++}`, action, created: new Date(serverNow()).toISOString() };
    memory.addEvents([event]);
    return event;
  };
  /** What the server holds for these actions (the chart must show exactly that). */
  const expected = (actions: string[]) => memory.events.filter((e) => actions.includes(e.action)).length;
  /** Runs `change` (which makes the chart ask again) with the answer held once computed; returns its release, which waits for the chart to show it. */
  const held = async (change: () => void) => {
    let release!: () => void;
    const computed = new Promise<void>((resolve) => (hold = { computed: resolve, release: new Promise((r) => (release = r)) }));
    const before = calls;
    change();
    await computed;
    hold = undefined;
    expect(calls, 'one request').to.equal(before + 1);
    return async (superseded = false) => {
      release();
      if (superseded) return;
      await waitUntil(() => el.matches(':state(ready)') && parts(el, 'refreshing').length === 0, 'the answer is shown');
      await el.updateComplete;
    };
  };
  const filter = (patch: EventFilter) => () => source.store.patchFilter(patch);
  return { el, add, expected, held, filter, calls: () => calls };
}

describe('<ev-volume-chart live> across a filter or range change', () => {
  it('an event the old filter excluded, just before the change, counts under the new one (it was lost)', async () => {
    const { el, add, expected, held, filter } = await filteredChart();
    expect(total(el)).to.equal(expected(['login']));
    add('logout');
    await el.updateComplete;
    expect(total(el), 'not counted under the old filter').to.equal(expected(['login']));
    const release = await held(filter({ actions: ['logout'] }));
    await release();
    expect(total(el)).to.equal(expected(['logout']));
  });

  it('an event the old filter excluded, while a request for the old filter is in flight, counts under the new one', async () => {
    const { el, add, expected, held, filter } = await filteredChart();
    const releaseOld = await held(() => el.reload());
    add('logout');
    await el.updateComplete;
    const release = await held(filter({ actions: ['logout'] }));
    await releaseOld(true);
    await release();
    expect(total(el)).to.equal(expected(['logout']));
  });

  it('events during the request for the new filter: the matching ones count once, the others not at all', async () => {
    const { el, add, expected, held, filter } = await filteredChart();
    add('logout');
    add('login');
    await el.updateComplete;
    const release = await held(filter({ actions: ['logout'] }));
    add('logout');
    add('login');
    await el.updateComplete;
    await release();
    expect(total(el)).to.equal(expected(['logout']));
    add('logout');
    add('login');
    await el.updateComplete;
    expect(total(el), 'and it follows the new filter from there').to.equal(expected(['logout']));
  });

  it('an event the old filter counted and the new one excludes is not counted, and counts again when the filter comes back', async () => {
    const { el, add, expected, held, filter } = await filteredChart();
    add('login');
    await el.updateComplete;
    expect(total(el)).to.equal(expected(['login']));
    const release = await held(filter({ actions: ['logout'] }));
    add('login');
    await el.updateComplete;
    await release();
    expect(total(el)).to.equal(expected(['logout']));
    // And back: both login events count again, once.
    const back = await held(filter({ actions: ['login'] }));
    await back();
    expect(total(el)).to.equal(expected(['login']));
  });

  it('widening the filter counts the events it now lets through once', async () => {
    const { el, add, expected, held, filter } = await filteredChart();
    add('logout');
    add('login');
    await el.updateComplete;
    const release = await held(filter({ actions: ['login', 'logout'] }));
    add('logout');
    await el.updateComplete;
    await release();
    expect(total(el)).to.equal(expected(['login', 'logout']));
  });

  it('after a range change, the events around it count once', async () => {
    const { el, add, expected, held } = await filteredChart();
    add('login');
    add('logout');
    await el.updateComplete;
    const release = await held(() => (el.range = '30d'));
    add('login');
    await el.updateComplete;
    await release();
    expect(total(el)).to.equal(expected(['login']));
  });

  it('a custom window that ended before the events: neither the ones before its request nor those during it count', async () => {
    const { el, add, expected, held } = await filteredChart();
    add('login');
    await el.updateComplete;
    const now = Date.now();
    const before = expected(['login']);
    const release = await held(() => {
      el.from = new Date(now - 3 * DAY).toISOString();
      el.to = new Date(now - 2 * DAY).toISOString();
      el.range = 'custom';
    });
    add('login');
    await el.updateComplete;
    await release();
    const inWindow = total(el);
    expect(inWindow).to.be.within(1, before - 1);
    add('login');
    await el.updateComplete;
    expect(total(el)).to.equal(inWindow);
    // Back to a preset: all of them, once.
    const back = await held(() => (el.range = '7d'));
    await back();
    expect(total(el)).to.equal(expected(['login']));
  });

  it('a filter and a range change together: the excluded event counts under the new filter once', async () => {
    const { el, add, expected, held, filter } = await filteredChart();
    add('logout');
    await el.updateComplete;
    const release = await held(() => {
      el.range = '30d';
      filter({ actions: ['logout'] })();
    });
    await release();
    expect(total(el)).to.equal(expected(['logout']));
  });
});
