import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, chartOf, recentEvents, text } from './helpers.js';

const MINUTE = 60_000;
const YEAR = 365 * DAY;
const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));

/**
 * A live 7-day chart of 300 events on a "server" whose clock is `skewMs` ahead of the browser's;
 * `send` pushes one live event with any `created` (hostile timestamps included) through the stream.
 */
async function liveChart(skewMs = 0) {
  const serverNow = () => Date.now() + skewMs;
  const memory = createMemoryClient({ events: recentEvents(300, 6 * DAY, ['login', 'logout'], serverNow()), volumeBucketMs: HOUR });
  let volumeCalls = 0;
  const client: EventsClient = { ...memory, volume: (q, o) => (volumeCalls++, memory.volume(q, o)) };
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart live range="7d"></ev-volume-chart></ev-source>`);
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)'));
  await el.updateComplete;
  let n = 0;
  const send = async (created: unknown, action = 'login'): Promise<void> => {
    const event = { ...makeEvents({ count: 1 })[0]!, pk: `future-${n++}`, action, created } as EventRecord;
    memory.addEvents([event]);
    await el.updateComplete;
  };
  const reload = async () => {
    el.reload();
    await waitUntil(() => el.matches(':state(ready)') && !el.shadowRoot!.querySelector('[part~=refreshing]'), 'the answer is shown');
    await el.updateComplete;
  };
  /** The end of the last bar (ms). */
  const windowEnd = () => chartOf(el).scales.x!.max;
  return { el, send, reload, serverNow, windowEnd, calls: () => volumeCalls };
}

describe('<ev-volume-chart live> and hostile event times', () => {
  it('an event a year in the future neither slides the window nor is counted; later events still are', async () => {
    const { el, send, reload, windowEnd, calls } = await liveChart();
    expect(total(el)).to.equal(300);
    const end = windowEnd();
    const summary = text(el, '[part=summary]');
    await send(new Date(Date.now() + YEAR).toISOString());
    expect(total(el), 'the 7 days of bars stay (it went to 1)').to.equal(300);
    expect(windowEnd(), 'the window still ends now').to.equal(end);
    expect(text(el, '[part=summary]')).to.equal(summary);
    expect(el.matches(':state(ready)')).to.equal(true);
    await send(new Date(Date.now() - 1000).toISOString(), 'logout');
    expect(total(el), 'a normal event after it counts').to.equal(301);
    // The next answer decides: it has neither the future event nor a recount of it.
    await reload();
    expect(calls()).to.equal(2);
    expect(total(el)).to.equal(301);
    expect(windowEnd()).to.be.within(end, end + HOUR);
  });

  it('a server 10 minutes ahead still works: its events slide the window by at most a bar and count', async () => {
    const { el, send, serverNow, windowEnd } = await liveChart(10 * MINUTE);
    const end = windowEnd();
    await send(new Date(serverNow()).toISOString());
    expect(total(el)).to.equal(301);
    expect(windowEnd()).to.be.within(end, end + HOUR);
  });

  for (const [name, lead] of [
    ['a year', YEAR],
    ['40 minutes', 40 * MINUTE],
  ] as const) {
    it(`an event ${name} ahead does not move the clock estimate: a server 10 minutes behind keeps counting`, async () => {
      // A browser ahead of the server learns that from live events and no longer takes events newer
      // than the server's clock at the first request for being in its answer. A bogus future event
      // must not overrule that (with it, the next genuine events were dropped as "already counted").
      const { el, send, serverNow } = await liveChart(-10 * MINUTE);
      await send(new Date(serverNow() - 1000).toISOString());
      expect(total(el)).to.equal(301);
      await send(new Date(Date.now() + lead).toISOString());
      const before = total(el);
      await send(new Date(serverNow()).toISOString(), 'logout');
      expect(total(el), 'the genuine event after it counts').to.equal(before + 1);
    });
  }

  it('events before the window, in 1970, or with a time that is not a date are not counted and break nothing', async () => {
    const { el, send, windowEnd } = await liveChart();
    const end = windowEnd();
    for (const created of [new Date(Date.now() - 8 * DAY).toISOString(), '1970-01-01T00:00:00Z', '0001-01-01T00:00:00Z', 'not a date', '', '2025-13-45T99:99:99Z', null, 1e15]) {
      await send(created);
      expect(total(el), String(created)).to.equal(300);
      expect(el.matches(':state(ready)')).to.equal(true);
    }
    expect(windowEnd()).to.equal(end);
    await send(new Date(Date.now() - 1000).toISOString());
    expect(total(el)).to.equal(301);
    await expect(el).to.be.accessible();
  });
});
