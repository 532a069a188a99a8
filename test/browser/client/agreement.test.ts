/**
 * The three clients agree on what a user sees for queries a stale link or a careless attribute
 * can produce: actions no source knows (`?actions=gone_action`) and page sizes that are not a
 * whole number from 1 up (0, negative, fractional). Checked over the in-memory client, the
 * authentik client against the reference server, and the mapped client against the reference
 * server's second route family; what reached the server is read from its request log.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvErrorEvent } from '../../../src/events/ev-error.js';
import { altMapping } from '../../fixtures/alt-mapping.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';
import { referenceServer, requestLog } from '../reference.js';

const GONE = 'gone_action';

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await nextFrame();
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

/** The clients, each tagged (`X-Ev-Tag`) so its requests can be picked out of the server's log. */
async function clients(tag: string): Promise<Array<[string, EventsClient]>> {
  const { apiUrl, altUrl, token } = await referenceServer();
  const headers = { 'X-Ev-Tag': tag };
  return [
    ['memory', createMemoryClient({ events: makeEvents({ count: 1200, actions: ['login', 'logout'] }), notifications: makeNotifications(60) })],
    ['authentik', createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0, headers })],
    ['mapped', createMappedClient({ ...altMapping(altUrl, token), live: false, retries: 0, headers })],
  ];
}

/** What the server received from the clients tagged `tag`: path and query. */
async function sent(tag: string): Promise<Array<{ path: string; query: URLSearchParams }>> {
  return (await requestLog()).filter((r) => r.tag === tag).map((r) => ({ path: r.path, query: new URLSearchParams(r.query) }));
}

async function outcome<T>(promise: Promise<T>): Promise<T | string> {
  return promise.catch((e: unknown) => `rejected: ${String(e)}`);
}

describe('clients agree: an action no source knows matches no event', () => {
  it('listEvents and volume: an empty page and zero counts (no error) from every client; authentik sends nothing for it', async () => {
    const tag = `gone-${Math.random()}`;
    for (const [name, client] of await clients(tag)) {
      const page = await outcome(client.listEvents({ actions: [GONE] }));
      expect(page, `${name} (was: HTTP 400 from the reference server)`).to.deep.include({ items: [], total: 0, next: null, previous: null });
      const volume = await outcome(client.volume({ actions: [GONE], historyDays: 1 }));
      if (typeof volume === 'string') throw new Error(`${name}: volume ${volume}`);
      expect(volume.buckets.every((b) => b.count === 0), name).to.equal(true);
      expect(volume.buckets.some((b) => b.action === GONE), `${name}: the chart still names the action`).to.equal(true);
    }
    const authentik = (await sent(tag)).filter((r) => r.path.startsWith('/api/v3/'));
    expect(authentik, 'nothing to ask authentik when no action it knows is left').to.deep.equal([]);
  });

  it('next to known actions it changes nothing: the same events as without it', async () => {
    const tag = `mixed-${Math.random()}`;
    for (const [name, client] of await clients(tag)) {
      const known = await client.listEvents({ actions: ['login'], pageSize: 5 });
      const mixed = await outcome(client.listEvents({ actions: ['login', GONE], pageSize: 5 }));
      expect(known.total, name).to.be.greaterThan(0);
      expect(mixed, name).to.deep.equal(known);
    }
    const authentik = (await sent(tag)).filter((r) => r.path === '/api/v3/events/events/');
    expect(authentik.map((r) => r.query.getAll('actions'))).to.deep.equal([['login'], ['login']]);
  });

  it('a stale link (?actions=gone_action) shows <ev-log> empty, not an error', async () => {
    const { apiUrl, token } = await referenceServer();
    history.replaceState(null, '', `${location.pathname}?actions=${GONE}`);
    try {
      const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
      const errors: EvErrorEvent[] = [];
      const source = await fixture<EvSource>(
        html`<ev-source sync-url .client=${client}><ev-log style="height: 400px" @ev-error=${(e: EvErrorEvent) => errors.push(e)}></ev-log></ev-source>`,
      );
      const el = source.querySelector('ev-log')!;
      await waitFor(() => el.matches(':state(empty)') || el.matches(':state(error)'), 'a settled log');
      expect(el.matches(':state(empty)'), 'was: the error state (HTTP 400)').to.equal(true);
      expect(errors).to.deep.equal([]);
      expect(source.store.filter.actions, 'the link is kept as written').to.deep.equal([GONE]);
      await expect(el).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('clients agree on page sizes that are not a whole number from 1 up', () => {
  // 0 and negatives are clamped to 1, fractions rounded down, NaN means the default (20).
  const cases: Array<[number, number]> = [
    [0, 1],
    [-5, 1],
    [2.5, 2],
    [0.5, 1],
    [Number.NaN, 20],
    [5000, 1000],
  ];

  it('listEvents: every client returns (and reports) the same number of items; what is sent is that whole number', async () => {
    const tag = `size-${Math.random()}`;
    const seen: Record<string, Array<[number, number, number] | string>> = {};
    for (const [name, client] of await clients(tag)) {
      for (const [asked] of cases) {
        const page = await outcome(client.listEvents({ pageSize: asked }));
        (seen[name] ??= []).push(typeof page === 'string' ? page : [asked, page.items.length, page.pageSize]);
      }
    }
    // The alt family serves at most 500 (its mapping says so); the others 1000.
    const expected = (max: number) => cases.map(([asked, size]) => [asked, Math.min(size, max), Math.min(size, max)]);
    // was: memory [0 → 1, 2.5 → 2 items but pageSize 2.5, NaN → rejected], authentik [0 / -5 / NaN → 20 items, 2.5 → 20, pageSize as asked], mapped [2.5 → HTTP 400].
    expect(seen).to.deep.equal({ memory: expected(1000), authentik: expected(1000), mapped: expected(500) });
    const requests = await sent(tag);
    const sizes = requests.map((r) => r.query.get('page_size') ?? r.query.get('limit'));
    expect(sizes).to.deep.equal(['1', '1', '2', '1', '20', '1000', '1', '1', '2', '1', '20', '500']);
  });

  it('listNotifications: the same rule (authentik notification client included)', async () => {
    const { apiUrl, token } = await referenceServer();
    const all: Array<[string, Pick<EventsClient, 'listNotifications'>]> = [
      ...(await clients('n')),
      ['notifications', createAuthentikNotificationClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 })],
    ];
    for (const [name, client] of all) {
      const sizes = [];
      for (const [asked] of cases.slice(0, 4)) sizes.push((await client.listNotifications({ pageSize: asked })).items.length);
      expect(sizes, name).to.deep.equal([1, 1, 2, 1]);
    }
  });
});
