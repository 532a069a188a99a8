import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient, LiveMessage, VolumeQuery } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, chartOf, recentEvents, text } from './helpers.js';

const YEAR = 365 * DAY;
/** The summary's total (0 when the chart shows its empty state). */
const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)?.[1]?.replace(/,/g, '') ?? 0);

/**
 * A live chart of 300 events (the last ~3 days) on an in-memory server whose volume answers the
 * test can read. `replay` sends a stored event through the stream again (as a stream replaying
 * its backlog does); `send` stores a new event with any `created` (so the server has it too).
 */
async function liveChart(range: '7d' | 'custom', from?: string) {
  const memory = createMemoryClient({ events: recentEvents(300, 6 * DAY, ['login', 'logout']), volumeBucketMs: HOUR });
  const queries: VolumeQuery[] = [];
  let answered = 0;
  const listeners: Array<(m: LiveMessage) => void> = [];
  const client: EventsClient = {
    ...memory,
    volume: async (q, o) => {
      queries.push(q ?? {});
      const answer = await memory.volume(q, o);
      answered = answer.buckets.reduce((sum, b) => sum + b.count, 0);
      return answer;
    },
    subscribe: (onMessage, options) => {
      listeners.push(onMessage);
      return memory.subscribe(onMessage, options);
    },
  };
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart live range=${range} from=${from ?? ''}></ev-volume-chart></ev-source>`);
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)'));
  await el.updateComplete;
  const replay = async (event: EventRecord) => {
    for (const l of listeners) l({ type: 'event', event });
    await el.updateComplete;
  };
  let n = 0;
  const send = async (created: number, action = 'login') => {
    memory.addEvents([{ ...makeEvents({ count: 1 })[0]!, pk: `past-${n++}`, action, created: new Date(created).toISOString() }]);
    await el.updateComplete;
  };
  const reload = async () => {
    const before = queries.length;
    el.reload();
    await waitUntil(() => queries.length > before && !el.matches(':state(loading)') && !el.shadowRoot!.querySelector('[part~=refreshing]'), 'the answer is shown');
    await el.updateComplete;
  };
  return { el, memory, replay, send, reload, queries, answered: () => answered };
}

describe('<ev-volume-chart live>: the first live event after a load is from far in the past', () => {
  it('a replayed event from 3 days ago (the answer has it) is not counted again, and the next load still asks up to now', async () => {
    const { el, memory, replay, reload, queries, answered } = await liveChart('7d');
    expect(total(el)).to.equal(300);
    const oldest = memory.events.reduce((a, b) => (a.created < b.created ? a : b));
    expect(Date.now() - Date.parse(oldest.created)).to.be.greaterThan(2 * DAY);
    await replay(oldest);
    expect(total(el), 'the answer shown already counts it').to.equal(300);
    await reload();
    expect(Date.now() - Date.parse(queries.at(-1)!.until!), 'the request asks up to now').to.be.lessThan(HOUR);
    expect(answered()).to.equal(300);
    expect(total(el), 'the server\'s total (the last 3 days of bars were empty)').to.equal(300);
    await replay({ ...oldest, pk: 'fresh', created: new Date(Date.now() - 1000).toISOString() });
    expect(total(el), 'a fresh event after it counts').to.equal(301);
  });

  it('a back-dated event a year ago, in a 2-year window: the next load asks up to now and shows the server\'s total', async () => {
    const { el, send, reload, queries, answered } = await liveChart('custom', new Date(Date.now() - 2 * YEAR).toISOString());
    expect(total(el)).to.equal(300);
    await send(Date.now() - YEAR, 'logout');
    await reload();
    expect(Date.now() - Date.parse(queries.at(-1)!.until!), 'the request asks up to now').to.be.lessThan(HOUR);
    expect(answered()).to.equal(301);
    expect(total(el), 'the server\'s total (it was 1: the last year of bars was empty)').to.equal(301);
  });

  it('a back-dated event a year ago, before a 7-day window, is not counted and does not move the window', async () => {
    const { el, send, reload, answered } = await liveChart('7d');
    const end = chartOf(el).scales.x!.max;
    await send(Date.now() - YEAR);
    expect(total(el)).to.equal(300);
    expect(chartOf(el).scales.x!.max).to.equal(end);
    await send(Date.now() - 1000, 'logout');
    expect(total(el), 'a fresh event after it counts').to.equal(301);
    await reload();
    expect(answered()).to.equal(301);
    expect(total(el)).to.equal(301);
  });
});
