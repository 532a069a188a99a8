// Moves move.test.ts does not cover: a move while the old source's answer is still on its way,
// an element handed `.events`, a `follow-selection` detail, and a move into a nested source that
// has no client of its own (it gets the outer one's, under the nested source's own filter).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvDataElement } from '../../../src/base/ev-data-element.js';
import { makeEvents } from '../../fixtures/events.js';

const NOW = Date.now();
const STATES = ['loading', 'ready', 'empty', 'error', 'no-client', 'not-found'] as const;
const stateOf = (el: Element) => STATES.find((s) => el.matches(`:state(${s})`)) ?? 'none';
const events = (actions: string[]) => makeEvents({ count: 20, now: NOW - 60_000, gapMs: 60_000, actions });
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.data-row')].map((r) => r.textContent ?? '');
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** A memory client whose answers wait until `open()` (after `hold()`), counting what it is asked. */
function gated(actions: string[]) {
  const memory = createMemoryClient({ events: events(actions) });
  const calls = { listEvents: 0, volume: 0, getEvent: 0 };
  const answered: Array<Promise<unknown>> = [];
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  const after = <T>(run: () => Promise<T>) => {
    const p = gate.then(run);
    answered.push(p.catch(() => undefined));
    return p;
  };
  const client: EventsClient = {
    ...memory,
    listEvents: (q, o) => (calls.listEvents++, after(() => memory.listEvents(q, o))),
    volume: (q, o) => (calls.volume++, after(() => memory.volume(q, o))),
    getEvent: (pk, o) => (calls.getEvent++, after(() => memory.getEvent(pk, o))),
  };
  return {
    client,
    calls,
    hold: () => void (gate = new Promise((r) => (open = r))),
    /** Lets every held answer through and waits until each has arrived. */
    open: async () => {
      open();
      await Promise.all(answered);
    },
  };
}

async function settled(...els: EvDataElement[]) {
  await waitUntil(() => els.every((el) => ['ready', 'empty', 'no-client'].includes(stateOf(el))), 'settled', { timeout: 5000 });
  for (const el of els) await el.updateComplete;
}

describe('<ev-source>: more moves', () => {
  it('moved out while the source’s answer is on its way: that answer is never shown', async () => {
    const a = gated(['login']);
    a.hold();
    const page = await fixture<HTMLElement>(html`<div>
      <ev-source .client=${a.client}><ev-log></ev-log><ev-volume-chart style="width: 480px"></ev-volume-chart></ev-source>
      <div id="out"></div>
    </div>`);
    const log = page.querySelector<EvDataElement>('ev-log')!;
    const chart = page.querySelector<EvDataElement>('ev-volume-chart')!;
    await waitUntil(() => a.calls.listEvents === 1 && a.calls.volume === 1, 'both asked');
    const seen: string[] = [];
    for (const el of [log, chart]) el.addController({ hostUpdated: () => seen.push(stateOf(el)) });

    page.querySelector('#out')!.append(log, chart);
    await a.open();
    await settled(log, chart);
    await new Promise((r) => setTimeout(r));
    await Promise.all([log.updateComplete, chart.updateComplete]);
    expect(stateOf(log)).to.equal('no-client');
    expect(stateOf(chart)).to.equal('no-client');
    expect(rows(log)).to.deep.equal([]);
    expect(seen, 'the late answer never shown').not.to.include('ready');
    expect(text(log)).to.contain('No events source is connected');
  });

  it('handed .events and moved out: its own (empty) filter, no request to the source', async () => {
    const a = gated(['login']);
    const page = await fixture<HTMLElement>(html`<div>
      <ev-source .client=${a.client}><ev-log .events=${events(['login', 'logout'])}></ev-log></ev-source>
      <div id="out"></div>
    </div>`);
    const source = page.querySelector<EvSource>('ev-source')!;
    const log = page.querySelector<EvDataElement>('ev-log')!;
    source.store.patchFilter({ actions: ['login'] });
    await waitUntil(() => rows(log).length > 0 && rows(log).every((r) => !/log ?out/i.test(r)), 'only logins');

    page.querySelector('#out')!.append(log);
    await waitUntil(() => rows(log).some((r) => /log ?out/i.test(r)), 'logouts too: not the source’s filter');
    expect(stateOf(log)).to.equal('ready');
    expect(a.calls.listEvents).to.equal(0);
    source.store.patchFilter({ actions: ['logout'] });
    await log.updateComplete;
    expect(rows(log).some((r) => /log ?in/i.test(r)), 'the source’s filter no longer reaches it').to.equal(true);
  });

  it('<ev-detail follow-selection> moved out: no longer shows the source’s selected event', async () => {
    const a = gated(['login']);
    const picked = events(['login'])[0]!;
    const page = await fixture<HTMLElement>(html`<div>
      <ev-source .client=${a.client}><ev-detail follow-selection></ev-detail></ev-source>
      <div id="out"></div>
    </div>`);
    const source = page.querySelector<EvSource>('ev-source')!;
    const detail = page.querySelector<EvDataElement>('ev-detail')!;
    source.selection = picked.pk;
    await waitUntil(() => stateOf(detail) === 'ready', 'the selected event shown', { timeout: 5000 });
    const asked = a.calls.getEvent;

    page.querySelector('#out')!.append(detail);
    await waitUntil(() => stateOf(detail) !== 'ready', 'the event gone');
    await detail.updateComplete;
    expect(text(detail)).to.contain('No event selected');
    source.selection = null;
    source.selection = picked.pk;
    await detail.updateComplete;
    expect(text(detail)).to.contain('No event selected');
    expect(a.calls.getEvent).to.equal(asked);
  });

  it('moved into a nested source without a client: the outer client, the nested filter; a client set late on the outer one reaches it', async () => {
    const a = gated(['login']);
    const page = await fixture<HTMLElement>(html`<div>
      <ev-source id="outer"><ev-log></ev-log><ev-source id="inner"><div></div></ev-source></ev-source>
    </div>`);
    const outer = page.querySelector<EvSource>('#outer')!;
    const inner = page.querySelector<EvSource>('#inner')!;
    const log = page.querySelector<EvDataElement>('ev-log')!;
    await settled(log);
    expect(stateOf(log)).to.equal('no-client');

    outer.store.patchFilter({ username: 'nobody-at-all' });
    inner.querySelector('div')!.append(log);
    outer.client = a.client;
    await waitUntil(() => stateOf(log) === 'ready', 'the outer client, without the outer filter', { timeout: 5000 });
    expect(rows(log).length).to.be.greaterThan(0);
    inner.store.patchFilter({ username: 'nobody-at-all' });
    await waitUntil(() => stateOf(log) === 'empty', 'the nested filter', { timeout: 5000 });
    expect(outer.client).to.equal(a.client);
    expect(inner.client, 'the nested source’s own property stays unset').to.equal(undefined);
  });

  it('a nested source without a client, its outer source upgraded last: the elements get the outer client', async () => {
    const a = gated(['login']);
    const page = await fixture<HTMLElement>(html`<div><late-outer-source .client=${a.client}><ev-source><ev-log></ev-log></ev-source></late-outer-source></div>`);
    const log = page.querySelector<EvDataElement>('ev-log')!;
    await settled(log);
    expect(stateOf(log)).to.equal('no-client');
    const { EvSource: Source } = await import('../../../src/components/source/source.js');
    customElements.define('late-outer-source', class extends Source {});
    await waitUntil(() => stateOf(log) === 'ready', 'the outer client', { timeout: 5000 });
    expect(a.calls.listEvents).to.equal(1);
    await expect(page).to.be.accessible();
  });
});
