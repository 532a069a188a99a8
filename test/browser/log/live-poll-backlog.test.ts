// <ev-log live> on polling after a long offline stretch: more new events than one poll request
// lists (100). Every one of them ends up in the rows, once; past the tick's cap (1,000) the log
// catches up itself. In-memory source (the log polls it) and the reference server over real HTTP.
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, LiveMessage, SubscribeOptions } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer } from '../reference.js';
import { ControlledClient, manyEvents, settle, shadow, waitFor } from './helpers.js';

// In this run's past on any date (EV_TEST_CLOCK_OFFSET_DAYS): a poll's marker never passes the
// client's clock, so data dated after it is not "since" anything.
const NOW = Date.now() - 3 * 3_600_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const template = makeEvents({ count: 1 })[0]!;
/** `count` events one second apart, newer than the fixtures. */
const backlog = (tag: string, count: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, pk: `${tag}-${i}`, created: new Date(NOW + 3_600_000 + i * 1000).toISOString() }));

/** An in-memory client with no live channel: the log polls it. */
class NoLiveClient extends ControlledClient {
  override subscribe(_onMessage: (m: LiveMessage) => void, _options?: SubscribeOptions): () => void {
    throw new Error('no live channel');
  }
}

async function pollingLog(mode = 'scroll') {
  const memory = createMemoryClient({ events: manyEvents(3000, NOW) });
  const client = new NoLiveClient(memory);
  const el = await fixture<EvLog>(html`<ev-log live style="height: 480px" mode=${mode} .client=${client} .pollInterval=${50}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling');
  // The baseline tick and the catch-up after it.
  await waitFor(() => client.calls.filter((c) => c.query.since).length >= 2, 'ticks since the baseline');
  await settle(el);
  return { el, client, memory };
}

/** Requests of a poll tick beyond its first page (`since` and a page number above 1). */
const tickPages = (client: ControlledClient) => client.calls.filter((c) => c.query.since && (c.query.page ?? 1) > 1).length;

describe('<ev-log live> polling after a long offline stretch (in-memory source)', () => {
  it('250 events since the last tick: all 250 shown, once', async () => {
    const { el, client, memory } = await pollingLog();
    memory.addEvents(backlog('a', 250));
    await waitFor(() => el.total === 3250, '3,250 rows', 4000);
    await pause(300);
    await settle(el);
    expect(el.total).to.equal(3250);
    // The tick followed two next links; the rows were not reloaded.
    expect(tickPages(client)).to.equal(2);
    expect(client.calls.filter((c) => !c.query.since && c.query.page !== undefined), 'pages of rows').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('1,500 events since the last tick (past the cap of 10 requests a tick): the log catches up, none lost', async () => {
    const { el, client, memory } = await pollingLog();
    memory.addEvents(backlog('b', 1500));
    await waitFor(() => el.total === 4500, '4,500 rows', 6000);
    await pause(300);
    await settle(el);
    expect(el.total).to.equal(4500);
    // One capped tick (9 requests after its first), not a storm.
    expect(tickPages(client)).to.equal(9);
  });

  it('in explicit pages, 1,500 events since the last tick are counted in the button once each', async () => {
    const { el, client, memory } = await pollingLog('pages');
    memory.addEvents(backlog('c', 1500));
    const banner = () => shadow(el).querySelector('[part="new-events"]')?.textContent?.trim();
    await waitFor(() => tickPages(client) === 9 && banner() !== undefined, 'the capped tick, the button', 6000);
    await pause(300);
    await settle(el);
    expect(banner()).to.equal('1,500 new events');
  });
});

describe('<ev-log live> polling after a long offline stretch (reference server)', () => {
  it('150 events created while offline are all counted once back online', async () => {
    const { apiUrl, token } = await referenceServer();
    let offline = false;
    const sent: URL[] = [];
    const fetchSwitch: typeof fetch = (input, init) => {
      sent.push(new URL(String(input)));
      return offline ? Promise.reject(new TypeError('offline')) : fetch(input, init);
    };
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'poll', pollIntervalMs: 800, shareLive: false, retries: 0, fetch: fetchSwitch });
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live page-size="50" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling', 8000);
    await pause(1000);
    offline = true;
    await waitFor(() => status(el) === 'Offline, retrying', 'offline', 8000);
    const before = el.total!;
    await control('/emit', { body: { kind: 'event', count: 150 } });
    offline = false;
    await waitFor(() => el.total! >= before + 150, 'the 150 events', 15000);
    // Each shown once: the rows hold what the server counts (other test files may add events).
    const serverTotal = async () => (await client.listEvents({ pageSize: 1 })).total!;
    const start = performance.now();
    while (el.total !== (await serverTotal()) && performance.now() - start < 8000) await pause(300);
    expect(el.total).to.equal(await serverTotal());
    const paged = sent.filter((u) => u.pathname.endsWith('/events/events/') && u.searchParams.has('created__gte') && u.searchParams.get('page') === '2');
    expect(paged.length, 'a tick followed the next link').to.be.greaterThan(0);
  });
});
