// A <ev-source> inside another, to scope a second filter over the same data: without a client of
// its own it hands down the outer one's; its own client, once set, wins; removed, the outer's again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';

const NOW = Date.now();
const STATES = ['loading', 'ready', 'empty', 'error', 'no-client'] as const;
const stateOf = (el: Element) => STATES.find((s) => el.matches(`:state(${s})`)) ?? 'none';

/** A memory client of one action that counts the event pages it answers. */
function counted(action: string) {
  const memory = createMemoryClient({ events: makeEvents({ count: 30, now: NOW - 60_000, gapMs: 60_000, actions: [action] }), notifications: makeNotifications(3) });
  const calls = { listEvents: 0 };
  const client: EventsClient = { ...memory, listEvents: (q, o) => (calls.listEvents++, memory.listEvents(q, o)) };
  return { client, calls };
}

/** The actions in the log's rows, e.g. `['login']`. */
const shownActions = (log: EvLog) => [...new Set([...log.shadowRoot!.querySelectorAll('.data-row')].map((r) => (/log ?out/i.test(r.textContent ?? '') ? 'logout' : 'login')))];

async function loaded(log: EvLog, state = 'ready') {
  await waitUntil(() => stateOf(log) === state, `log ${state}`, { timeout: 5000 });
  await log.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
}

describe('<ev-source> inside another', () => {
  it('without a client: the outer one’s, under its own filter; its own client overrides; removed, the outer’s again', async () => {
    const a = counted('login');
    const b = counted('logout');
    const outer = await fixture<EvSource>(html`<ev-source id="outer" .client=${a.client}>
      <ev-source id="inner"><ev-log></ev-log><ev-notification-bell></ev-notification-bell></ev-source>
    </ev-source>`);
    const inner = outer.querySelector<EvSource>('#inner')!;
    const log = inner.querySelector<EvLog>('ev-log')!;
    const bell = inner.querySelector('ev-notification-bell')!;
    await loaded(log);
    expect(shownActions(log)).to.deep.equal(['login']);
    expect(a.calls.listEvents).to.equal(1);
    await waitUntil(() => !bell.matches(':state(no-client)') && !bell.matches(':state(loading)'), 'bell has a client');
    expect(inner.client, 'the property stays what the page set').to.equal(undefined);

    // Its own filter: the outer one's does not reach it.
    inner.store.patchFilter({ username: 'nobody-at-all' });
    await loaded(log, 'empty');
    expect(outer.filter).to.deep.equal({});
    inner.store.setFilter({});
    await loaded(log);
    const asked = a.calls.listEvents;

    inner.client = b.client;
    await waitUntil(() => shownActions(log).join() === 'logout', 'its own client shown');
    expect(b.calls.listEvents).to.equal(1);
    expect(a.calls.listEvents).to.equal(asked);

    inner.client = undefined;
    await waitUntil(() => shownActions(log).join() === 'login', 'the outer client again');
    expect(a.calls.listEvents).to.equal(asked + 1);
    expect(b.calls.listEvents).to.equal(1);
    await expect(outer).to.be.accessible();
  });

  it('follows a new outer client; moved out of the outer source, its elements have none', async () => {
    const a = counted('login');
    const b = counted('logout');
    const outer = await fixture<EvSource>(html`<ev-source .client=${a.client}><ev-source id="inner"><ev-log></ev-log></ev-source></ev-source>`);
    const inner = outer.querySelector<EvSource>('#inner')!;
    const log = inner.querySelector<EvLog>('ev-log')!;
    await loaded(log);

    outer.client = b.client;
    await waitUntil(() => shownActions(log).join() === 'logout', 'the new outer client');
    expect(b.calls.listEvents).to.equal(1);

    outer.after(inner);
    await loaded(log, 'no-client');
    expect(b.calls.listEvents).to.equal(1);
    outer.append(inner);
    await loaded(log);
    expect(shownActions(log)).to.deep.equal(['logout']);
  });
});

describe('<ev-source> inside another, upgraded after the elements inside it', () => {
  it('takes them over with the outer client: no request again, never without a client', async () => {
    const a = counted('login');
    const outer = await fixture<EvSource>(html`<ev-source .client=${a.client}><late-source><ev-log></ev-log></late-source></ev-source>`);
    const log = outer.querySelector<EvLog>('ev-log')!;
    await loaded(log);
    expect(a.calls.listEvents).to.equal(1);
    const seen: string[] = [];
    log.addController({ hostUpdated: () => seen.push(stateOf(log)) });
    const { EvSource: Source } = await import('../../../src/components/source/source.js');
    customElements.define('late-source', class extends Source {});
    await loaded(log);
    expect(outer.querySelector<EvSource>('late-source')!.store).to.equal(log.store);
    expect(a.calls.listEvents, 'the same client: nothing asked again').to.equal(1);
    expect(seen.filter((s) => s !== 'ready')).to.deep.equal([]);
  });
});
