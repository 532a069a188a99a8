import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient, LiveMessage } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, parts, recentEvents, text } from './helpers.js';

const MINUTE = 60_000;
const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));

/**
 * A live chart on a "server" whose clock is `skewMs` ahead of the browser's (negative: behind):
 * events are stamped with server time, and volume answers can be held while the test acts.
 * Live messages can be held back too (a lagging stream).
 */
async function skewedChart(skewMs: number) {
  const serverNow = () => Date.now() + skewMs;
  const memory = createMemoryClient({ events: recentEvents(200, 6 * DAY, ['login', 'logout'], serverNow() - 10 * MINUTE), volumeBucketMs: HOUR });
  let hold: { computed: () => void; release: Promise<void> } | undefined;
  let lagging: LiveMessage[] | undefined;
  const listeners: Array<(m: LiveMessage) => void> = [];
  const client: EventsClient = {
    ...memory,
    volume: async (q, o) => {
      const answer = await memory.volume(q, o);
      const held = hold;
      held?.computed();
      await held?.release;
      return answer;
    },
    subscribe: (onMessage, options) => {
      listeners.push(onMessage);
      return memory.subscribe((m) => (lagging ? lagging.push(m) : onMessage(m)), options);
    },
  };
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart live></ev-volume-chart></ev-source>`);
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)'));
  await el.updateComplete;
  let n = 0;
  const add = (action = 'login', at = serverNow()): EventRecord => {
    const event = { ...makeEvents({ count: 1 })[0]!, pk: `clock-${n++}`, action, created: new Date(at).toISOString() };
    memory.addEvents([event]);
    return event;
  };
  /** Reloads with the answer held once computed; returns the release. */
  const reloadHeld = async () => {
    let release!: () => void;
    const computed = new Promise<void>((resolve) => (hold = { computed: resolve, release: new Promise((r) => (release = r)) }));
    el.reload();
    await computed;
    hold = undefined;
    return async () => {
      release();
      await waitUntil(() => el.matches(':state(ready)') && parts(el, 'refreshing').length === 0, 'the answer is shown');
      await el.updateComplete;
    };
  };
  const lag = () => (lagging = []);
  const deliverLagged = async () => {
    const late = lagging ?? [];
    lagging = undefined;
    for (const m of late) listeners.forEach((l) => l(m));
    await el.updateComplete;
  };
  return { el, add, reloadHeld, lag, deliverLagged, serverNow };
}

describe('<ev-volume-chart live> and the server clock', () => {
  it('browser clock 10 minutes ahead of the server: an event during a reload is counted once (it was dropped)', async () => {
    const { el, add, reloadHeld } = await skewedChart(-10 * MINUTE);
    const before = total(el);
    add();
    await el.updateComplete;
    expect(total(el), 'counted live (the first answer predates it)').to.equal(before + 1);
    const release = await reloadHeld();
    // Happens after the answer was computed, while it is on its way.
    add('logout');
    await el.updateComplete;
    await release();
    expect(total(el)).to.equal(before + 2);
  });

  it('browser clock 10 minutes behind the server: an event just before a reload is kept (it was lost)', async () => {
    const { el, add, reloadHeld } = await skewedChart(10 * MINUTE);
    const before = total(el);
    add();
    await el.updateComplete;
    expect(total(el)).to.equal(before + 1);
    // The request asks up to the browser's now, 10 minutes before that event (server time).
    const release = await reloadHeld();
    await release();
    expect(total(el)).to.equal(before + 1);
    add('logout');
    await el.updateComplete;
    expect(total(el)).to.equal(before + 2);
  });

  it('an event created before a reload whose message arrives after the answer is counted once', async () => {
    const { el, add, reloadHeld, lag, deliverLagged, serverNow } = await skewedChart(0);
    add();
    await el.updateComplete;
    const before = total(el);
    lag();
    add('logout', serverNow() - 1000);
    const release = await reloadHeld();
    await release();
    expect(total(el), 'the answer has it').to.equal(before + 1);
    await deliverLagged();
    expect(total(el), 'its late message adds nothing').to.equal(before + 1);
    add();
    await el.updateComplete;
    expect(total(el), 'later events still count').to.equal(before + 2);
  });

  it('an event created after the reload was sent, arriving late, is counted once', async () => {
    const { el, add, reloadHeld, lag, deliverLagged } = await skewedChart(0);
    add();
    await el.updateComplete;
    const before = total(el);
    const release = await reloadHeld();
    lag();
    add('logout');
    await release();
    expect(total(el)).to.equal(before);
    await deliverLagged();
    expect(total(el)).to.equal(before + 1);
  });
});
