import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient, VolumeQuery } from '../../../src/client/types.js';
import { zeroFill } from '../../../src/client/volume.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, recentEvents, text } from './helpers.js';

const MINUTE = 60_000;
const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));

/**
 * A live 7-day chart of 300 events on an in-memory server whose clock is `skewMs` ahead of the
 * browser's. `exact`: the server counts the events created before the request's `until` (as the
 * reference server does with `created__lt`); otherwise it has no upper time bound (stock
 * authentik): every stored event counts, in the buckets of the requested range (the client trims them).
 * `answered()` is the total of the last answer: what the server says.
 */
async function liveChart({ skewMs = 0, exact = true, bucketMs = HOUR } = {}) {
  const serverNow = () => Date.now() + skewMs;
  const memory = createMemoryClient({ events: recentEvents(300, 6 * DAY, ['login', 'logout'], serverNow()), volumeBucketMs: bucketMs });
  let answered = 0;
  let calls = 0;
  const volume = async (q: VolumeQuery = {}) => {
    if (exact) return memory.volume(q);
    const all = await memory.volume({ ...q, until: new Date(Date.now() + 30 * DAY).toISOString() });
    return zeroFill(all.buckets, { since: Date.parse(q.since!), until: Date.parse(q.until!), bucketMs, actions: q.actions ?? [] });
  };
  const client: EventsClient = {
    ...memory,
    volume: async (q) => {
      calls++;
      const answer = await volume(q);
      answered = answer.buckets.reduce((sum, b) => sum + b.count, 0);
      return answer;
    },
  };
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart live range="7d"></ev-volume-chart></ev-source>`);
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)'));
  await el.updateComplete;
  let n = 0;
  const send = async (created: number, action = 'login') => {
    memory.addEvents([{ ...makeEvents({ count: 1 })[0]!, pk: `exact-${n++}`, action, created: new Date(created).toISOString() }]);
    await el.updateComplete;
  };
  const reload = async () => {
    const before = calls;
    el.reload();
    await waitUntil(() => calls > before && el.matches(':state(ready)') && !el.shadowRoot!.querySelector('[part~=refreshing]'), 'the answer is shown');
    await el.updateComplete;
  };
  return { el, send, reload, serverNow, answered: () => answered };
}

describe('<ev-volume-chart live>: totals are the server\'s after the next load', () => {
  for (const [name, options, ahead] of [
    ['clocks agree, an event 20 minutes ahead', { skewMs: 0 }, 20 * MINUTE],
    ['a server 10 minutes behind, an event 10 minutes ahead of the browser (20 of the server)', { skewMs: -10 * MINUTE }, 20 * MINUTE],
    ['a server without an upper time bound (stock authentik, 6-hour buckets), an event 20 minutes ahead', { exact: false, bucketMs: 6 * HOUR }, 20 * MINUTE],
  ] as const) {
    it(`${name}: never counted twice`, async () => {
      const { el, send, reload, serverNow, answered } = await liveChart(options);
      expect(answered()).to.equal(300);
    expect(total(el)).to.equal(300);
      // The server's clock, learnt from a genuine event.
      await send(serverNow() - 1000);
      expect(total(el)).to.equal(301);
      await send(serverNow() + ahead, 'logout');
      expect(total(el), 'more than 15 minutes ahead of the server\'s clock: the next load decides').to.equal(301);
      await reload();
      expect(total(el), 'the server\'s total').to.equal(answered());
      await send(serverNow() - 1000);
      await reload();
      expect(total(el), 'the server\'s total, again').to.equal(answered());
    });
  }

  it('an event up to 15 minutes ahead of a server 10 minutes ahead still counts, once', async () => {
    const { el, send, reload, serverNow, answered } = await liveChart({ skewMs: 10 * MINUTE });
    await send(serverNow() - 1000);
    await send(serverNow() + 10 * MINUTE, 'logout');
    expect(total(el)).to.equal(302);
    await reload();
    // The request asks up to the browser's now (the server's clock 10 minutes ahead is believed
    // only as a lower bound): both live events are after it, counted on top of the answer.
    expect(answered()).to.equal(300);
    expect(total(el)).to.equal(302);
  });
});
