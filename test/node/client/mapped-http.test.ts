/**
 * The mapped adapter against the reference server's alt route family (cursor paging, other
 * names), checked against the authentik adapter on the same data; and the memory adapter
 * checked against the server's semantics on that data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RunningServer, startServer } from '../../../server/app.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsAuthError, EventsUnsupportedError } from '../../../src/client/errors.js';
import type { EventQuery, EventRecord, EventsClient } from '../../../src/client/types.js';
import { altMapping } from '../../fixtures/alt-mapping.js';

const TOKEN = 'mapped-test-token';
const NOW = '2026-11-20T12:00:00.000Z';
let server: RunningServer;
let authentik: EventsClient;
let mapped: EventsClient;
let all: EventRecord[];

/** The fields both shapes carry (the alt shape has no authenticated_as, brand app / model_name, expires). */
function comparable(e: EventRecord) {
  return {
    pk: e.pk,
    action: e.action,
    app: e.app,
    username: e.user.username,
    onBehalfOf: e.user.on_behalf_of?.username,
    created: Date.parse(e.created),
    client_ip: e.client_ip,
    brand: e.brand?.name,
    context: e.context,
  };
}

async function everything(client: EventsClient, query: EventQuery = {}): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  for (let page = 1; ; page++) {
    const result = await client.listEvents({ ...query, pageSize: 250, page });
    out.push(...result.items);
    if (!result.next) return out;
  }
}

before(async () => {
  server = await startServer({ port: 0, events: 1200, seed: 5, token: TOKEN, now: NOW });
  authentik = createAuthentikClient({ baseUrl: `${server.url}/api/v3`, token: TOKEN });
  mapped = createMappedClient(altMapping(`${server.url}/api/alt/v1`, TOKEN));
  all = await everything(authentik);
});

after(() => server.close());

describe('mapped adapter (alt family)', () => {
  test('cursor-pages through every event, matching the authentik adapter field by field', async () => {
    const viaAlt = await everything(mapped);
    assert.equal(viaAlt.length, all.length);
    assert.deepEqual(viaAlt.map(comparable), all.map(comparable));
  });

  test('page N directly (cursors remembered or walked), totals, filters and ordering', async () => {
    const page5 = await createMappedClient(altMapping(`${server.url}/api/alt/v1`, TOKEN)).listEvents({ pageSize: 50, page: 5 });
    assert.deepEqual(page5.items.map((e) => e.pk), all.slice(200, 250).map((e) => e.pk));
    assert.equal(page5.total, all.length);
    for (const query of [
      { actions: ['login', 'logout'] },
      { username: all[7]!.user.username! },
      { since: all[300]!.created, until: all[40]!.created },
      { ordering: 'created' },
      { area: { south: 35, west: -12, north: 62, east: 32 } },
    ] satisfies EventQuery[]) {
      const a = await everything(authentik, query);
      const b = await everything(mapped, query);
      assert.deepEqual(b.map((e) => e.pk), a.map((e) => e.pk), JSON.stringify(query));
    }
  });

  test('cursor paging: reading pages in order costs one request each (cursors remembered across pages)', async () => {
    const tag = 'cursor-memo';
    const client = createMappedClient({ ...altMapping(`${server.url}/api/alt/v1`, TOKEN), headers: { 'X-Ev-Tag': tag } });
    const query = { actions: ['login', 'login_failed', 'logout', 'model_updated'] };
    const pages: string[] = [];
    for (let page = 1; page <= 6; page++) pages.push(...(await client.listEvents({ ...query, pageSize: 20, page })).items.map((e) => e.pk));
    const expected = (await authentik.listEvents({ ...query, pageSize: 120 })).items.map((e) => e.pk);
    assert.deepEqual(pages, expected);
    const log = (await (await fetch(`${server.url}/__control/requests`)).json()) as Array<{ tag?: string; path: string }>;
    assert.equal(log.filter((r) => r.tag === tag).length, 6, 'page N must not walk from page 1 again');
  });

  test('a page bigger than the API serves (maxPageSize 500) comes back at its size and paging continues', async () => {
    const first = await mapped.listEvents({ pageSize: 1000 });
    assert.equal(first.items.length, 500);
    assert.equal(first.pageSize, 500);
    const seen: string[] = [];
    let query: EventQuery = { pageSize: 1000, page: 1 };
    for (;;) {
      const page = await mapped.listEvents(query);
      seen.push(...page.items.map((e) => e.pk));
      if (page.next === null) break;
      query = typeof page.next === 'number' ? { pageSize: 1000, page: page.next } : { pageSize: 1000, cursor: page.next };
    }
    assert.deepEqual(seen, all.map((e) => e.pk));
  });

  test('detail, actions and volume', async () => {
    assert.deepEqual(comparable(await mapped.getEvent(all[2]!.pk)), comparable(all[2]!));
    const actions = await mapped.actions();
    assert.ok(actions.some((a) => a.name === 'login_failed'));
    const since = new Date(Date.parse(NOW) - 2 * 86_400_000).toISOString();
    const [va, vb] = await Promise.all([authentik.volume({ since, until: NOW }), mapped.volume({ since, until: NOW })]);
    assert.equal(vb.bucketMs, va.bucketMs);
    const sum = (v: typeof va) => v.buckets.reduce((s, b) => s + b.count, 0);
    assert.equal(sum(vb), sum(va));
    const area = { south: 35, west: -12, north: 62, east: 32 };
    const [aa, ab] = await Promise.all([authentik.volume({ since, until: NOW, area }), mapped.volume({ since, until: NOW, area })]);
    assert.ok(sum(aa) > 0 && sum(aa) < sum(va), 'the area narrows the volume');
    assert.equal(sum(ab), sum(aa));
    await assert.rejects(mapped.topPerUser(), EventsUnsupportedError);
  });

  test('notifications: severity mapping, unread filter, mark read and mark all', async () => {
    await fetch(`${server.url}/__control/reset`, { method: 'POST' });
    const [a, b] = await Promise.all([authentik.listNotifications({ pageSize: 40 }), mapped.listNotifications({ pageSize: 40 })]);
    assert.deepEqual(
      b.items.map((n) => [n.pk, n.severity, n.body, n.seen, n.hyperlink, n.event?.pk ?? null]),
      a.items.map((n) => [n.pk, n.severity, n.body, n.seen, n.hyperlink, n.event?.pk ?? null]),
    );
    const unread = await mapped.listNotifications({ seen: false, pageSize: 5 });
    assert.ok(unread.items.every((n) => !n.seen));
    await mapped.markSeen(unread.items[0]!.pk);
    assert.equal((await mapped.listNotifications({ seen: false, pageSize: 1 })).total, unread.total! - 1);
    await mapped.markAllSeen();
    assert.equal((await authentik.listNotifications({ seen: false, pageSize: 1 })).total, 0);
    await fetch(`${server.url}/__control/reset`, { method: 'POST' });
  });

  test('the API key goes in its header; a wrong key is an auth error', async () => {
    await assert.rejects(createMappedClient(altMapping(`${server.url}/api/alt/v1`, 'nope')).listEvents(), EventsAuthError);
  });
});

describe('memory adapter = server semantics', () => {
  test('same pages for the same queries on the same data', async () => {
    const memory = createMemoryClient({ events: all });
    const sample = all[17]!;
    const queries: EventQuery[] = [
      {},
      { page: 3, pageSize: 40 },
      { actions: ['model_updated', 'model_created', 'model_deleted'] },
      { username: sample.user.username! },
      { client_ip: sample.client_ip! },
      { brand_name: sample.brand?.name ?? 'x' },
      { since: all[500]!.created, until: all[20]!.created, actions: ['login'] },
      { ordering: 'created', pageSize: 30, page: 2 },
      { context_model_app: 'authentik_core' },
      { area: { south: -50, west: 100, north: 50, east: -100 }, actions: ['login', 'login_failed'] },
    ];
    for (const query of queries) {
      const [server, local] = await Promise.all([authentik.listEvents({ pageSize: 100, ...query }), memory.listEvents({ pageSize: 100, ...query })]);
      assert.equal(local.total, server.total, JSON.stringify(query));
      assert.deepEqual(local.items.map((e) => e.pk), server.items.map((e) => e.pk), JSON.stringify(query));
    }
    const since = new Date(Date.parse(NOW) - 5 * 86_400_000).toISOString();
    const [vs, vm] = await Promise.all([authentik.volume({ since, until: NOW }), memory.volume({ since, until: NOW })]);
    assert.deepEqual(vm.buckets.filter((b) => b.count), vs.buckets.filter((b) => b.count));
    const area = { south: 35, west: -12, north: 62, east: 32 };
    const [as, am] = await Promise.all([authentik.volume({ since, until: NOW, area }), memory.volume({ since, until: NOW, area })]);
    assert.deepEqual(am.buckets.filter((b) => b.count), as.buckets.filter((b) => b.count));
  });
});
