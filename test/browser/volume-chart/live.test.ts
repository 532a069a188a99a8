import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient, LiveMessage } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { DAY, HOUR, chartOf, parts, recentEvents, text } from './helpers.js';

function total(el: EvVolumeChart): number {
  return Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));
}

function eventAt(t: number, action = 'login', pk = `live-${t}-${action}`): EventRecord {
  return { ...makeEvents({ count: 1 })[0]!, pk, action, created: new Date(t).toISOString() };
}

async function liveChart(extra: Partial<{ live: boolean; range: string }> = {}) {
  const memory = createMemoryClient({ events: recentEvents(300, 6 * DAY, ['login', 'logout']), volumeBucketMs: HOUR });
  let volumeCalls = 0;
  const client: EventsClient = { ...memory, volume: (q, o) => (volumeCalls++, memory.volume(q, o)) };
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart ?live=${extra.live ?? true} range=${extra.range ?? '7d'}></ev-volume-chart></ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)'));
  await el.updateComplete;
  return { memory, source, el, calls: () => volumeCalls };
}

describe('<ev-volume-chart live>', () => {
  it('counts new events in place: same chart, totals, tooltip and table follow', async () => {
    const { memory, el, calls } = await liveChart();
    const chart = chartOf(el);
    const before = total(el);
    memory.addEvents([eventAt(Date.now() - 1000), eventAt(Date.now() - 500, 'user_write')]);
    await el.updateComplete;
    expect(total(el)).to.equal(before + 2);
    expect(chartOf(el)).to.equal(chart);
    expect(calls()).to.equal(1);
    expect(text(el, '[part=legend]')).to.contain('User write (1)');
    await el.tableComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
    const last = rows.filter((r) => r.cells[2]!.textContent!.includes('User write'));
    expect(last).to.have.length(1);
  });

  it('events that arrive while a request is in flight are neither lost nor counted twice', async () => {
    const memory = createMemoryClient({ events: recentEvents(300, 6 * DAY, ['login', 'logout']), volumeBucketMs: HOUR });
    // A server that computes its answer when asked and sends it when the test says so, and a
    // stream whose messages the test can hold back (delivered late, as a slow stream would).
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
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)'));
    await el.updateComplete;
    const before = total(el);
    let release!: () => void;
    const computed = new Promise<void>((resolve) => (hold = { computed: resolve, release: new Promise((r) => (release = r)) }));
    // Happened just before the reload's request: in its answer, but its message is late.
    lagging = [];
    memory.addEvents([eventAt(Date.now() - 1000, 'login', 'early')]);
    el.reload();
    await computed;
    const late = lagging;
    lagging = undefined;
    await new Promise((r) => setTimeout(r, 5));
    // The late message arrives now, while the answer is on its way; so does an event that happened
    // after the answer was computed.
    for (const m of late) listeners.forEach((l) => l(m));
    memory.addEvents([eventAt(Date.now(), 'logout', 'during')]);
    await el.updateComplete;
    release();
    await waitUntil(() => el.matches(':state(ready)') && parts(el, 'refreshing').length === 0, 'the answer is shown');
    await el.updateComplete;
    expect(total(el)).to.equal(before + 2, 'each new event counted once');
  });

  it('ignores events the shared filter excludes', async () => {
    const { memory, source, el } = await liveChart();
    source.store.patchFilter({ actions: ['logout'] });
    await waitUntil(() => !text(el, '[part=legend]').includes('Login'));
    const before = total(el);
    memory.addEvents([eventAt(Date.now() - 1000, 'login')]);
    await el.updateComplete;
    expect(total(el)).to.equal(before);
    memory.addEvents([eventAt(Date.now() - 900, 'logout')]);
    await el.updateComplete;
    expect(total(el)).to.equal(before + 1);
  });

  it('slides a preset window forward when time moves past its last bar', async () => {
    const { memory, el } = await liveChart();
    const chart = chartOf(el);
    const end = chart.scales.x!.max;
    const before = total(el);
    // Time moves on: the clocks 30 minutes past the last bar (an event that far in the future is not believed).
    const realNow = Date.now;
    const shift = end + 30 * 60_000 - realNow();
    Date.now = () => realNow() + shift;
    try {
      memory.addEvents([eventAt(end + 30 * 60_000)]);
      await el.updateComplete;
    } finally {
      Date.now = realNow;
    }
    expect(chartOf(el)).to.equal(chart);
    expect(chart.scales.x!.max).to.equal(end + HOUR);
    expect(total(el)).to.be.at.most(before + 1);
    expect(text(el, '[part=legend]')).to.match(/Login \(\d+\)/);
  });

  it('a free-text search cannot be judged locally: it re-fetches once after a burst', async () => {
    const { memory, source, el, calls } = await liveChart();
    source.store.patchFilter({ search: 'alice' });
    await waitUntil(() => calls() === 2);
    memory.addEvents([eventAt(Date.now() - 1000)]);
    memory.addEvents([eventAt(Date.now() - 900)]);
    await waitUntil(() => calls() === 3, 're-fetched', { timeout: 4000 });
    await el.updateComplete;
    expect(el.matches(':state(ready)') || el.matches(':state(empty)')).to.equal(true);
  });

  it('re-attached after a time away (a hidden tab panel, a cached route), it catches up on what it missed', async () => {
    const { memory, source, el, calls } = await liveChart();
    const before = total(el);
    el.remove();
    memory.addEvents([eventAt(Date.now() - 1000), eventAt(Date.now() - 900, 'logout')]);
    source.append(el);
    await waitUntil(() => calls() === 2, 're-fetched on re-attach');
    await waitUntil(() => el.matches(':state(ready)') && total(el) === before + 2, 'caught up');
    // And it follows again from there.
    memory.addEvents([eventAt(Date.now() - 800)]);
    await el.updateComplete;
    expect(total(el)).to.equal(before + 3);
    expect(calls()).to.equal(2);
  });

  it('live switched off and on again catches up on what it missed meanwhile', async () => {
    const { memory, el, calls } = await liveChart();
    const before = total(el);
    el.live = false;
    await el.updateComplete;
    memory.addEvents([eventAt(Date.now() - 1000)]);
    el.live = true;
    await waitUntil(() => calls() === 2, 're-fetched');
    await waitUntil(() => total(el) === before + 1, 'caught up');
  });

  it('without live it does not follow; live switched on for the first time catches up', async () => {
    const { memory, el, calls } = await liveChart({ live: false });
    const before = total(el);
    memory.addEvents([eventAt(Date.now() - 1000)]);
    await el.updateComplete;
    expect(total(el)).to.equal(before);
    el.live = true;
    await waitUntil(() => calls() === 2, 're-fetched when live was switched on');
    await waitUntil(() => total(el) === before + 1, 'caught up');
  });
});
