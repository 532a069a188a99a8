// <ev-log live> in explicit pages or sorted other than newest first: events created after the
// rows were listed but before the live stream opened (or polling took its baseline) are counted
// in the "N new events" button, as live events are in those views (the button reloads). In-memory
// source (exact counts) and the reference server over real HTTP.
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient, type MemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, LiveMessage, SubscribeOptions } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer } from '../reference.js';
import { ControlledClient, manyEvents, settle, shadow, visibleRows, waitFor } from './helpers.js';
import { gate } from './live-helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
let serial = 0;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');
const bannerCount = (el: EvLog) => Number(/\d+/.exec(banner(el)?.textContent ?? '')?.[0] ?? 0);
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;

/** New events, newer than anything in the fixtures. */
function fresh(count: number): EventRecord[] {
  return makeEvents({ count, seed: 300 + serial, actions: ['login'], now: NOW + 3_600_000 + serial * 60_000 }).map((e) => ({ ...e, pk: `gap-${serial++}` }));
}

/** An in-memory client whose live channel opens only on `open()` (events added before reach no one). */
class HeldLiveClient extends ControlledClient {
  readonly #held = gate();
  constructor(readonly memory: MemoryClient) {
    super(memory);
  }
  /** Lets the live channel open. */
  open(): void {
    this.#held.open();
  }
  override subscribe(onMessage: (m: LiveMessage) => void, options?: SubscribeOptions) {
    let off: (() => void) | undefined;
    let gone = false;
    void this.#held.promise.then(() => {
      if (!gone) off = this.memory.subscribe(onMessage, options);
    });
    return () => {
      gone = true;
      off?.();
    };
  }
}

async function heldMemoryLog(attrs: { mode?: string; page?: number; ordering?: string }) {
  const client = new HeldLiveClient(createMemoryClient({ events: manyEvents(3000, NOW) }));
  const el = await fixture<EvLog>(
    html`<ev-log live style="height: 480px" mode=${attrs.mode ?? 'scroll'} page=${attrs.page ?? 1} ordering=${attrs.ordering ?? '-created'} .client=${client}></ev-log>`,
  );
  await waitFor(() => el.matches(':state(ready)'), 'ready');
  await settle(el);
  expect(status(el)).to.equal('Connecting…');
  return { el, client };
}

describe('<ev-log live> catch-up in other views (in-memory source)', () => {
  for (const view of [
    { name: 'explicit pages, page 2', mode: 'pages', page: 2 },
    { name: 'sorted by user', ordering: 'user' },
    { name: 'oldest first', ordering: 'created' },
  ]) {
    it(`${view.name}: events created before the stream opened are counted in the button, once`, async () => {
      const { el, client } = await heldMemoryLog(view);
      const listed = client.calls.length;
      client.memory.addEvents(fresh(3));
      client.open();
      await waitFor(() => status(el) === 'Live' && Boolean(banner(el)), 'live, the button', 4000);
      await pause(100);
      await settle(el);
      expect(banner(el)!.textContent!.trim()).to.equal('3 new events');
      // One catch-up request, newest first, same filter.
      expect(client.calls.length - listed).to.equal(1);
      expect(client.calls.at(-1)!.query.ordering).to.equal('-created');

      // A live event after the stream opened is counted once more, without another request.
      client.memory.addEvents(fresh(1));
      await waitFor(() => bannerCount(el) === 4, '4 new events', 4000);
      expect(client.calls.length - listed).to.equal(1);
      await expect(el).to.be.accessible();

      // The button reloads (pages: from page 1), which shows them.
      banner(el)!.click();
      const pager = () => shadow(el).querySelector('[part="pager"]')?.textContent ?? '';
      if (view.mode === 'pages') await waitFor(() => el.page === 1 && !banner(el) && pager().includes('Page 1 of 31'), 'page 1 of 3,004 events', 4000);
      else await waitFor(() => el.matches(':state(ready)') && !banner(el) && el.total === 3004, '3,004 rows', 4000);
    });
  }

  it('filtered to logins, sorted by user, 150 created in the gap (120 logins): "120 new events", and the button shows them', async () => {
    const { el, client } = await heldMemoryLog({ ordering: 'user' });
    el.store.patchFilter({ actions: ['login'] });
    await waitFor(() => el.matches(':state(ready)') && client.calls.at(-1)!.query.actions?.[0] === 'login', 'the filtered rows');
    await settle(el);
    const before = el.total!;
    const others = makeEvents({ count: 30, seed: 900, actions: ['logout'], now: NOW + 7_200_000 }).map((e, i) => ({ ...e, pk: `other-${i}` }));
    client.memory.addEvents([...fresh(120), ...others]);
    client.open();
    await waitFor(() => status(el) === 'Live' && Boolean(banner(el)), 'live, the button', 4000);
    await pause(100);
    await settle(el);
    expect(banner(el)!.textContent!.trim()).to.equal('120 new events');
    banner(el)!.click();
    await waitFor(() => el.matches(':state(ready)') && !banner(el) && el.total === before + 120, 'the rows with them', 4000);
  });

  it('nothing created in the gap: no button', async () => {
    const { el, client } = await heldMemoryLog({ mode: 'pages', page: 3 });
    const listed = client.calls.length;
    client.open();
    await waitFor(() => status(el) === 'Live' && client.calls.length > listed, 'live, the catch-up', 4000);
    await pause(100);
    await settle(el);
    expect(banner(el)).to.equal(null);
    expect(client.calls.length - listed).to.equal(1);
  });
});

/** Creates `count` events on the reference server; their pks. */
async function emit(count = 1): Promise<string[]> {
  return ((await control('/emit', { body: { kind: 'event', count } })) as { pks: string[] }).pks;
}

/** An authentik client whose stream requests wait for `release()`; records every request. */
async function heldStreamClient() {
  const { apiUrl, token } = await referenceServer();
  const sent: URL[] = [];
  const held = gate();
  const fetchHolding: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    sent.push(url);
    if (url.pathname.endsWith('/events/stream/')) await held.promise;
    return fetch(input, init);
  };
  const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'auto', shareLive: false, retries: 0, fetch: fetchHolding });
  return { client, lists: () => sent.filter((u) => u.pathname.endsWith('/events/events/')), release: () => held.open() };
}

/** The pks of the rows on screen (matched by their `created` time among the newest 50). */
async function visiblePks(el: EvLog, client: ReturnType<typeof createAuthentikClient>): Promise<string[]> {
  const times = visibleRows(el).map((row) => row.querySelector('time')!.getAttribute('datetime')!);
  const page = await client.listEvents({ ordering: '-created', pageSize: 50 });
  return page.items.filter((e) => times.includes(e.created)).map((e) => e.pk);
}

describe('<ev-log live> catch-up in other views (reference server)', () => {
  it('explicit pages: an event created before the stream opened is counted, and the button shows it on page 1', async () => {
    const c = await heldStreamClient();
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live mode="pages" page="2" .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'page 2 listed', 8000);
    const listed = c.lists().length;
    const [gap] = await emit();
    c.release();
    await waitFor(() => status(el) === 'Live' && bannerCount(el) >= 1, 'live, the gap event counted', 8000);
    // One catch-up request, newest first.
    expect(c.lists().length - listed).to.equal(1);
    expect(c.lists().at(-1)!.searchParams.get('ordering')).to.equal('-created');
    banner(el)!.click();
    await waitFor(() => el.page === 1 && el.matches(':state(ready)') && !banner(el), 'page 1', 8000);
    await settle(el);
    expect(await visiblePks(el, c.client)).to.include(gap);
  });

  it('sorted by user: an event created before the stream opened is counted', async () => {
    const c = await heldStreamClient();
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live ordering="user" .client=${c.client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'rows listed', 8000);
    const before = el.total!;
    await emit(2);
    c.release();
    await waitFor(() => status(el) === 'Live' && bannerCount(el) >= 2, 'live, the gap events counted', 8000);
    banner(el)!.click();
    await waitFor(() => el.matches(':state(ready)') && !banner(el) && el.total! >= before + 2, 'reloaded with them', 8000);
  });
});
