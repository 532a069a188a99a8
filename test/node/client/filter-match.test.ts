/**
 * One meaning of the event filter (`src/client/filter-match.ts`) for the memory adapter, the
 * log's live tail (`matchesFilter`) and the chart's live counts (`liveMatch`), pinned against the
 * reference server: for each filter, every event the server lists and no other.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RunningServer, startServer } from '../../../server/app.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventFilter, EventQuery, EventRecord, EventsClient } from '../../../src/client/types.js';
import { matchesFilter } from '../../../src/client/filter-match.js';
import { liveMatch } from '../../../src/components/volume-chart/live-match.js';

const TOKEN = 'filter-match-token';
const NOW = '2026-06-10T12:00:00.000Z';
let server: RunningServer;
let authentik: EventsClient;
let all: EventRecord[];

/** Every event matching the query, in one page (the server serves up to 1,000; it holds 1,000). */
async function pks(client: EventsClient, query: EventQuery = {}): Promise<string[]> {
  return (await client.listEvents({ ...query, pageSize: 1000 })).items.map((e) => e.pk);
}

before(async () => {
  server = await startServer({ port: 0, events: 1000, seed: 11, token: TOKEN, now: NOW });
  authentik = createAuthentikClient({ baseUrl: `${server.url}/api/v3`, token: TOKEN });
  all = (await authentik.listEvents({ pageSize: 1000 })).items;
  assert.equal(all.length, 1000);
});

after(() => server.close());

const model = (e: EventRecord) => e.context.model as Record<string, string> | undefined;
const authorized = (e: EventRecord) => e.context.authorized_application as Record<string, string> | undefined;

/** Filters over every field, built from the server's own events so each one selects some. */
function filters(): EventFilter[] {
  const withModel = all.find((e) => model(e)?.pk)!;
  const withApp = all.find((e) => authorized(e)?.pk)!;
  const sample = all.find((e, i) => i >= 17 && e.user.username && e.user.email && e.client_ip)!;
  return [
    {},
    { actions: ['login', 'logout'] },
    { username: sample.user.username! },
    { username: ` ${sample.user.username!} `, actions: [sample.action] },
    { username: '   ' },
    { client_ip: sample.client_ip! },
    { brand_name: all.find((e) => e.brand?.name)!.brand!.name! },
    { context_model_app: model(withModel)!.app! },
    { context_model_name: model(withModel)!.model_name!, actions: [withModel.action] },
    { context_model_pk: String(model(withModel)!.pk) },
    { context_authorized_app: authorized(withApp)!.pk! },
    // The time range is half-open: `since` includes an event at that instant, `until` excludes it.
    { since: all[400]!.created, until: all[30]!.created },
    { since: all[30]!.created, until: all[30]!.created },
    { since: all[500]!.created, actions: ['login_failed', 'login'] },
    { area: { south: 35, west: -12, north: 62, east: 32 } },
    { area: { south: -50, west: 100, north: 50, east: -100 }, actions: ['login'] },
    { search: sample.user.username!.toUpperCase() },
    { search: 'Mozilla' },
    { search: 'LOGIN_f' },
    { search: sample.client_ip!.slice(0, 6) },
    { search: '  madrid ', since: all[600]!.created },
    // The server searches the user as JSON (authentik's `user` JSONField), not just the username.
    { search: '@EXAMPLE.com' },
    { search: sample.user.email!.slice(2, 9) },
    { search: '"email":' },
    { search: `"username":"${sample.user.username!}"` },
  ];
}

describe('filter semantics = reference server', () => {
  test('the memory adapter lists exactly what the server lists', async () => {
    const memory = createMemoryClient({ events: all });
    for (const filter of filters()) {
      const want = await pks(authentik, filter);
      assert.deepEqual(await pks(memory, filter), want, JSON.stringify(filter));
    }
  });

  test("the log's live tail keeps exactly the events the server lists", async () => {
    for (const filter of filters()) {
      const want = await pks(authentik, filter);
      assert.ok(want.length > 0 || filter.until === filter.since, `${JSON.stringify(filter)} selects some events`);
      assert.deepEqual(all.filter((e) => matchesFilter(e, filter)).map((e) => e.pk), want, JSON.stringify(filter));
    }
  });

  test("the chart's live counts agree on every field but search, which it leaves to the server", async () => {
    for (const { since: _since, until: _until, ...filter } of filters()) {
      const want = new Set(await pks(authentik, filter));
      for (const e of all) {
        const verdict = liveMatch(e, filter);
        if (filter.search?.trim() && want.has(e.pk)) assert.equal(verdict, undefined, JSON.stringify(filter));
        else if (!filter.search?.trim()) assert.equal(verdict, want.has(e.pk), `${e.pk} ${JSON.stringify(filter)}`);
        else assert.notEqual(verdict, true, JSON.stringify(filter));
      }
    }
  });

  test('an event without a user (the live copies tolerated it) is filtered, not a crash', async () => {
    const [first, ...rest] = all.slice(0, 20);
    const anonymous = { ...first!, user: undefined } as unknown as EventRecord;
    const memory = createMemoryClient({ events: [anonymous, ...rest] });
    const username = rest.find((e) => e.user.username)!.user.username!;
    for (const filter of [{ username }, { search: username }, { actions: [first!.action] }]) {
      const want = [anonymous, ...rest].filter((e) => matchesFilter(e, filter)).map((e) => e.pk);
      assert.deepEqual((await memory.listEvents({ ...filter, pageSize: 50 })).items.map((e) => e.pk), want, JSON.stringify(filter));
      assert.equal(liveMatch(anonymous, { ...filter, search: undefined }), filter.actions ? true : !filter.username);
    }
  });
});
