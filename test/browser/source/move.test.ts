// Elements moved between, into and out of <ev-source>s (a route change, a dashboard re-arranged,
// a widget dragged out): they follow the source they are in now, and only that one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvDataElement } from '../../../src/base/ev-data-element.js';
import { makeEvents } from '../../fixtures/events.js';

const NOW = Date.now();
const STATES = ['loading', 'ready', 'empty', 'error', 'no-client'] as const;

/** A memory client that counts the requests it answers. */
function counted(actions: string[]) {
  const memory = createMemoryClient({ events: makeEvents({ count: 40, now: NOW - 60_000, gapMs: 60_000, actions }) });
  const calls = { listEvents: 0, volume: 0 };
  const client: EventsClient = {
    ...memory,
    listEvents: (q, o) => (calls.listEvents++, memory.listEvents(q, o)),
    volume: (q, o) => (calls.volume++, memory.volume(q, o)),
  };
  return { client, calls };
}

const stateOf = (el: Element) => STATES.find((s) => el.matches(`:state(${s})`)) ?? 'none';
const settled = (el: Element) => ['ready', 'empty', 'no-client'].includes(stateOf(el));

/** Every state an element renders from now on (what a user could have seen flash). */
function record(el: EvDataElement): string[] {
  const seen: string[] = [];
  el.addController({ hostUpdated: () => seen.push(stateOf(el)) });
  return seen;
}

async function mount() {
  const a = counted(['login']);
  const b = counted(['logout']);
  const page = await fixture<HTMLElement>(html`<div>
    <ev-source id="a" .client=${a.client}>
      <section id="one"><ev-log></ev-log><ev-volume-chart style="width: 480px"></ev-volume-chart></section>
      <section id="two"></section>
    </ev-source>
    <ev-source id="b" .client=${b.client}><section></section></ev-source>
    <div id="outside"></div>
  </div>`);
  const $ = <T extends Element>(selector: string) => page.querySelector<T>(selector)!;
  const log = $<EvDataElement>('ev-log');
  const chart = $<EvDataElement>('ev-volume-chart');
  await waitUntil(() => settled(log) && settled(chart), 'both loaded', { timeout: 5000 });
  expect(a.calls).to.deep.equal({ listEvents: 1, volume: 1 });
  return { a, b, $, log, chart, sourceA: $<EvSource>('#a'), sourceB: $<EvSource>('#b') };
}

async function settle(...els: EvDataElement[]) {
  await waitUntil(() => els.every(settled), 'settled', { timeout: 5000 });
  for (const el of els) await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
}

describe('<ev-source>: elements moved between sources', () => {
  it('moved out of every source: no client, no request to the old one, not its filter', async () => {
    const { a, $, log, chart, sourceA } = await mount();
    sourceA.store.patchFilter({ username: 'alice' });
    await settle(log, chart);
    const asked = { ...a.calls };

    $('#outside').append(log, chart);
    await settle(log, chart);
    expect(stateOf(log)).to.equal('no-client');
    expect(stateOf(chart)).to.equal('no-client');
    expect(log.shadowRoot!.textContent).to.contain('No events source is connected');
    expect(a.calls, 'no request to the source it left').to.deep.equal(asked);
    // Its own state, not the source's: changing it leaves the source alone, and back.
    expect(log.store).not.to.equal(sourceA.store);
    expect(log.store.filter).to.deep.equal({});
    log.store.patchFilter({ actions: ['login'] });
    expect(sourceA.filter).to.deep.equal({ username: 'alice' });
    sourceA.store.patchFilter({ username: 'bob' });
    await settle(log, chart);
    expect(a.calls).to.deep.equal(asked);
    await expect(log).to.be.accessible();

    // Put back: it follows the source again, with one request each.
    $('#two').append(log, chart);
    await settle(log, chart);
    expect(stateOf(log)).to.equal('ready');
    expect(stateOf(chart)).to.equal('ready');
    expect(log.store).to.equal(sourceA.store);
    expect(a.calls).to.deep.equal({ listEvents: asked.listEvents + 1, volume: asked.volume + 1 });
  });

  it('moved out with its own client: shows that client with its own filter, never the source’s', async () => {
    const { a, $, log, sourceA } = await mount();
    const own = counted(['logout']);
    log.client = own.client;
    await settle(log);
    sourceA.store.patchFilter({ username: 'nobody-at-all' });
    await settle(log);
    expect(stateOf(log)).to.equal('empty');
    const asked = { ...a.calls };
    const ownAsked = own.calls.listEvents;

    $('#outside').append(log);
    await settle(log);
    expect(stateOf(log), 'its own client, without the source’s filter').to.equal('ready');
    expect(own.calls.listEvents).to.equal(ownAsked + 1);
    expect(a.calls).to.deep.equal(asked);
    const rows = [...log.shadowRoot!.querySelectorAll('.data-row')].map((r) => r.textContent ?? '');
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((r) => /log ?out/i.test(r) && !/log ?in/i.test(r)), rows[0]).to.equal(true);
  });

  it('moved within one source: no request, no flash; into another source: one request to it, none to the first', async () => {
    const { a, b, $, log, chart } = await mount();
    const seenLog = record(log);
    const seenChart = record(chart);

    $('#two').append(log, chart);
    await settle(log, chart);
    expect(a.calls, 'within one source: nothing asked again').to.deep.equal({ listEvents: 1, volume: 1 });
    expect(seenLog.filter((s) => s !== 'ready')).to.deep.equal([]);
    expect(seenChart.filter((s) => s !== 'ready')).to.deep.equal([]);

    $('#b section').append(log, chart);
    await settle(log, chart);
    expect(stateOf(log)).to.equal('ready');
    expect(stateOf(chart)).to.equal('ready');
    expect(b.calls, 'one request each to the new source').to.deep.equal({ listEvents: 1, volume: 1 });
    expect(a.calls, 'none to the old one').to.deep.equal({ listEvents: 1, volume: 1 });
    expect(seenLog, 'never shown without a client on the way').not.to.include('no-client');
    expect(seenChart).not.to.include('no-client');
  });
});
