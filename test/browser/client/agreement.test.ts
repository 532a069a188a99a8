/**
 * The three clients agree on what a user sees for queries a careless attribute can produce: page
 * sizes that are not a whole number from 1 up (0, negative, fractional). Checked over the in-memory client, the
 * authentik client against the reference server, and the mapped client against the reference
 * server's second route family; what reached the server is read from its request log.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import { altMapping } from '../../fixtures/alt-mapping.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';
import { referenceServer, requestLog } from '../reference.js';

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
