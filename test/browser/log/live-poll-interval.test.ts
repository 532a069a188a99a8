// <ev-log live> polling (the client has no live channel): a new `poll-interval` takes effect at
// once, not on the next connection. In-memory source and the reference server over real HTTP.
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient, LiveMessage, SubscribeOptions } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer } from '../reference.js';
import { ControlledClient, manyEvents, settle, shadow, waitFor } from './helpers.js';

// In this run's past on any date (EV_TEST_CLOCK_OFFSET_DAYS): a poll's marker never passes the
// client's clock, so data dated after it is not "since" anything.
const NOW = Date.now() - 3 * 3_600_000;
const HOUR = 3_600_000;
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const template = makeEvents({ count: 1 })[0]!;
let serial = 0;
const later = (): EventRecord => ({ ...template, pk: `later-${serial}`, created: new Date(NOW + HOUR + serial++ * 1000).toISOString() });

/** An in-memory client with no live channel: the log polls it. */
class NoLiveClient extends ControlledClient {
  override subscribe(_onMessage: (m: LiveMessage) => void, _options?: SubscribeOptions): () => void {
    throw new Error('no live channel');
  }
}

/** A live log polling every hour, its baseline poll taken. */
async function hourlyLog(client: EventsClient, polls: () => number): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log live style="height: 480px" .client=${client} .pollInterval=${HOUR}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)' && polls() >= 1, 'polling, baseline taken', 8000);
  await settle(el);
  return el;
}

describe('<ev-log live> poll-interval changed while polling', () => {
  it('in memory: from an hour to 50 ms, new events show without waiting the hour, and keep coming', async () => {
    const memory = createMemoryClient({ events: manyEvents(300, NOW) });
    const client = new NoLiveClient(memory);
    // Poll requests list the newest events without a page number; the rows' pages have one.
    const polls = () => client.calls.filter((c) => c.query.page === undefined).length;
    const el = await hourlyLog(client, polls);
    const before = polls();
    el.pollInterval = 50;
    memory.addEvents([later()]);
    await waitFor(() => el.total === 301, 'the first new event');
    memory.addEvents([later()]);
    await waitFor(() => el.total === 302, 'the next new event');
    expect(polls() - before, 'polls since the change').to.be.at.least(2);
    await settle(el);
    expect(status(el)).to.equal('Live (polling)');
    // Each event once, at the top.
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('302 events');
    await expect(el).to.be.accessible();
  });

  it('over HTTP (reference server): from an hour to 100 ms, an event emitted on the server shows', async () => {
    await control('/reset', { method: 'POST' });
    const { apiUrl, token } = await referenceServer();
    let polls = 0;
    const counting: typeof fetch = (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (url.pathname.endsWith('/events/events/') && !url.searchParams.has('page')) polls++;
      return fetch(input, init);
    };
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0, fetch: counting });
    const el = await hourlyLog(client, () => polls);
    const total = el.total!;
    el.pollInterval = 100;
    await control('/emit', { body: { kind: 'event', count: 1 } });
    await waitFor(() => el.total === total + 1, 'the emitted event', 8000);
  });
  it('an unusable interval (NaN, 0, negative) polls every 30 s, not in a loop', async () => {
    const memory = createMemoryClient({ events: manyEvents(30, NOW) });
    const client = new NoLiveClient(memory);
    const polls = () => client.calls.filter((c) => c.query.page === undefined).length;
    const el = await hourlyLog(client, polls);
    for (const bad of [Number.NaN, 0, -1]) {
      const before = polls();
      el.pollInterval = bad;
      await settle(el);
      // A tight loop asks hundreds of times while the page waits half a second.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(polls() - before, `polls after poll-interval ${bad}`).to.be.at.most(1);
    }
    expect(status(el)).to.equal('Live (polling)');
  });
});
