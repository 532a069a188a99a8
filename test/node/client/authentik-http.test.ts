/**
 * The authentik adapter over real HTTP against the reference server: every filter, paging to
 * the end, ordering, volume zero-fill, seen / mark-all, each error class, retry policy as seen
 * in the server's request log, abort, de-duplication, SSE resume — and every request it sends
 * validates against authentik's OpenAPI excerpt.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RunningServer, startServer } from '../../../server/app.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import {
  EventsAbortedError,
  EventsAuthError,
  EventsHttpError,
  EventsNetworkError,
  EventsTimeoutError,
  EventsValidationError,
} from '../../../src/client/errors.js';
import type { EventRecord, EventsClient, LiveMessage } from '../../../src/client/types.js';
import { eventLatLng, inArea } from '../../../src/client/geo.js';
import { validateRequest } from '../../fixtures/openapi.js';

const TOKEN = 'http-test-token-4242';
const NOW = '2026-11-20T12:00:00.000Z';
let server: RunningServer;
let client: EventsClient;
let all: EventRecord[];

interface LoggedRequest {
  t: number;
  method: string;
  path: string;
  query: string;
  status: number;
  hasAuth: boolean;
  lastEventId?: string;
}

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}/__control${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : null,
  });
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const requests = () => control('GET', '/requests') as Promise<LoggedRequest[]>;

function make(options: Partial<Parameters<typeof createAuthentikClient>[0]> = {}): EventsClient {
  return createAuthentikClient({ baseUrl: `${server.url}/api/v3`, token: TOKEN, backoffMs: 20, ...options });
}

before(async () => {
  server = await startServer({ port: 0, events: 1500, seed: 11, token: TOKEN, now: NOW, heartbeatMs: 200 });
  client = make();
  all = [];
  for (let page = 1; ; page++) {
    const result = await client.listEvents({ pageSize: 500, page });
    all.push(...result.items);
    if (!result.next) break;
  }
});

after(() => server.close());

describe('authentik adapter over HTTP', () => {
  test('pages through every event to the last page, newest first', async () => {
    assert.ok(all.length >= 1500);
    const first = await client.listEvents({ pageSize: 100 });
    assert.equal(first.total, all.length);
    const lastPage = Math.ceil(all.length / 100);
    const last = await client.listEvents({ pageSize: 100, page: lastPage });
    assert.equal(last.next, null);
    assert.equal(last.previous, lastPage - 1);
    assert.deepEqual(last.items.map((e) => e.pk), all.slice((lastPage - 1) * 100).map((e) => e.pk));
    const times = all.map((e) => Date.parse(e.created));
    assert.ok(times.every((t, i) => i === 0 || t <= times[i - 1]!));
    await assert.rejects(client.listEvents({ pageSize: 100, page: lastPage + 1 }), (e: unknown) => e instanceof EventsHttpError && e.status === 404);
  });

  test('each filter returns exactly the matching events', async () => {
    const sample = all.find((e) => e.context.model && e.brand && e.client_ip && e.user.username)!;
    const model = sample.context.model as Record<string, string>;
    const authorized = all.find((e) => e.action === 'authorize_application')!;
    const app = authorized.context.authorized_application as Record<string, string>;
    const cases: Array<[Parameters<EventsClient['listEvents']>[0], (e: EventRecord) => boolean]> = [
      [{ actions: ['login', 'login_failed'] }, (e) => e.action === 'login' || e.action === 'login_failed'],
      [{ username: sample.user.username! }, (e) => e.user.username === sample.user.username],
      [{ client_ip: sample.client_ip! }, (e) => e.client_ip === sample.client_ip],
      [{ brand_name: sample.brand!.name! }, (e) => e.brand?.name === sample.brand!.name],
      [{ context_model_app: model.app, context_model_name: model.model_name, context_model_pk: String(model.pk) }, (e) => {
        const m = e.context.model as Record<string, unknown> | undefined;
        return m?.app === model.app && m?.model_name === model.model_name && String(m?.pk) === String(model.pk);
      }],
      [{ context_authorized_app: String(app.pk) }, (e) => String((e.context.authorized_application as Record<string, unknown> | undefined)?.pk) === String(app.pk)],
      [{ since: all[400]!.created, until: all[100]!.created }, (e) => Date.parse(e.created) >= Date.parse(all[400]!.created) && Date.parse(e.created) < Date.parse(all[100]!.created)],
      [{ area: { south: 35, west: -12, north: 62, east: 32 } }, (e) => {
        const at = eventLatLng(e);
        return at !== undefined && inArea(at[0], at[1], { south: 35, west: -12, north: 62, east: 32 });
      }],
    ];
    for (const [query, expected] of cases) {
      const page = await client.listEvents({ ...query, pageSize: 1000 });
      const want = all.filter(expected).map((e) => e.pk);
      assert.ok(want.length > 0, `fixture has matches for ${JSON.stringify(query)}`);
      assert.deepEqual(page.items.map((e) => e.pk), want.slice(0, 1000), JSON.stringify(query));
      assert.equal(page.total, want.length);
    }
    const search = await client.listEvents({ search: sample.user.username!.toUpperCase(), pageSize: 1000 });
    assert.ok(search.items.some((e) => e.user.username === sample.user.username), 'search is case-insensitive');
  });

  test('ordering by a field, ascending and descending', async () => {
    const asc = await client.listEvents({ ordering: 'created', pageSize: 5 });
    assert.deepEqual(asc.items.map((e) => e.pk), [...all].reverse().slice(0, 5).map((e) => e.pk));
    const byAction = await client.listEvents({ ordering: '-action', pageSize: 200 });
    const actions = byAction.items.map((e) => e.action);
    assert.deepEqual(actions, [...actions].sort().reverse());
    await assert.rejects(client.listEvents({ ordering: 'nonsense' }), (e: unknown) => e instanceof EventsHttpError && e.status === 400);
  });

  test('getEvent, actions, topPerUser', async () => {
    assert.deepEqual(await client.getEvent(all[3]!.pk), all[3]);
    const actions = await client.actions();
    assert.ok(actions.some((a) => a.name === 'login_failed' && a.description.length > 0));
    const top = await client.topPerUser({ topN: 3 });
    assert.ok(top.length > 0 && top.length <= 3);
    assert.ok(top[0]!.counted_events >= top.at(-1)!.counted_events);
  });

  test('volume: 6-hour buckets, zero-filled, summing to the list count', async () => {
    const since = new Date(Date.parse(NOW) - 3 * 86_400_000).toISOString();
    const volume = await client.volume({ since, until: NOW, actions: ['login', 'logout'] });
    assert.equal(volume.bucketMs, 6 * 3_600_000);
    const times = new Set(volume.buckets.map((b) => b.time));
    assert.equal(times.size, 12, 'every 6-hour bucket of 3 days');
    assert.equal(volume.buckets.length, 24, 'each bucket for both actions, zeros included');
    assert.ok(volume.buckets.some((b) => b.count === 0));
    const listed = await client.listEvents({ since, until: NOW, actions: ['login', 'logout'], pageSize: 1 });
    assert.equal(volume.buckets.reduce((sum, b) => sum + b.count, 0), listed.total);
  });

  test('notifications: unseen filter, markSeen, markAllSeen reconcile with the server', async () => {
    await control('POST', '/reset');
    const unseen = await client.listNotifications({ seen: false, pageSize: 5 });
    assert.ok(unseen.total! > 0);
    const marked = await client.markSeen(unseen.items[0]!.pk);
    assert.equal(marked.seen, true);
    assert.equal((await client.listNotifications({ seen: false, pageSize: 1 })).total, unseen.total! - 1);
    await client.markAllSeen();
    assert.equal((await client.listNotifications({ seen: false, pageSize: 1 })).total, 0);
    await control('POST', '/reset');
  });

  test('conditional polling: an unchanged notification list is answered 304 from the remembered body', async () => {
    await control('DELETE', '/requests');
    const first = await client.listNotifications({ pageSize: 7 });
    const second = await client.listNotifications({ pageSize: 7 });
    assert.deepEqual(second, first);
    const log = (await requests()).filter((r) => r.path.endsWith('/notifications/'));
    assert.deepEqual(log.map((r) => r.status), [200, 304]);
  });

  test('error classes: auth, http, validation, network, timeout, aborted', async () => {
    await assert.rejects(make({ token: 'wrong' }).listEvents(), (e: unknown) => e instanceof EventsAuthError && e.status === 401);
    await assert.rejects(make({ token: undefined }).listEvents(), (e: unknown) => e instanceof EventsAuthError && e.status === 403);
    await assert.rejects(client.getEvent('00000000-0000-4000-8000-000000000000'), (e: unknown) => e instanceof EventsHttpError && e.status === 404);
    await control('POST', '/faults', { match: { path: '/api/v3/events/events/' }, fault: { malformed: 'invalid-created' } });
    await assert.rejects(client.listEvents(), (e: unknown) => e instanceof EventsValidationError && /^\$\.results\[\d+\]\.created$/.test(e.path));
    const closed = createAuthentikClient({ baseUrl: 'http://127.0.0.1:9/api/v3', retries: 1, backoffMs: 1 });
    await assert.rejects(closed.listEvents(), EventsNetworkError);
    await control('POST', '/faults', { match: { path: '/api/v3/events/events/' }, fault: { delayMs: 2000 }, times: 2 });
    await assert.rejects(make({ timeoutMs: 100, retries: 1 }).listEvents(), EventsTimeoutError);
    await control('DELETE', '/faults');
    const controller = new AbortController();
    await control('POST', '/faults', { match: { path: '/api/v3/events/events/' }, fault: { delayMs: 1000 } });
    const pending = client.listEvents({ pageSize: 3 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, EventsAbortedError);
    await control('DELETE', '/faults');
  });

  test('retry policy as the server saw it: 503 with Retry-After, then success; no retry on 500', async () => {
    await control('DELETE', '/requests');
    await control('POST', '/faults', { match: { path: '/api/v3/events/events/' }, fault: { status: 503, retryAfter: 1 }, times: 2 });
    const page = await client.listEvents({ pageSize: 2 });
    assert.equal(page.items.length, 2);
    const log = (await requests()).filter((r) => r.path === '/api/v3/events/events/');
    assert.deepEqual(log.map((r) => r.status), [503, 503, 200]);
    assert.ok(log[1]!.t - log[0]!.t >= 950, 'waited Retry-After (1 s) before the first retry');
    assert.ok(log[2]!.t - log[1]!.t >= 950, 'and before the second');
    await control('DELETE', '/requests');
    await control('POST', '/faults', { match: { path: '/api/v3/events/events/' }, fault: { status: 500 } });
    await assert.rejects(client.listEvents({ pageSize: 2 }), (e: unknown) => e instanceof EventsHttpError && e.status === 500);
    assert.equal((await requests()).filter((r) => r.path === '/api/v3/events/events/').length, 1);
  });

  test('dropped connections are retried', async () => {
    await control('DELETE', '/requests');
    await control('POST', '/faults', { match: { path: '/api/v3/events/events/' }, fault: { drop: true } });
    const page = await client.listEvents({ pageSize: 2 });
    assert.equal(page.items.length, 2);
    assert.deepEqual((await requests()).filter((r) => r.path === '/api/v3/events/events/').map((r) => r.status), [0, 200]);
  });

  test('identical concurrent GETs reach the server once', async () => {
    await control('DELETE', '/requests');
    await Promise.all([client.listEvents({ pageSize: 9 }), client.listEvents({ pageSize: 9 }), client.listEvents({ pageSize: 9 })]);
    assert.equal((await requests()).filter((r) => r.path === '/api/v3/events/events/').length, 1);
  });

  test('the token is never in a URL the server saw', async () => {
    const log = await requests();
    assert.ok(log.length > 0);
    assert.ok(log.every((r) => !`${r.path}?${r.query}`.includes(TOKEN)));
  });

  test('SSE: live events arrive, and a dropped stream resumes with Last-Event-ID without gaps', async () => {
    const live = make({ live: 'sse' });
    const got: string[] = [];
    const statuses: string[] = [];
    const unsubscribe = live.subscribe((m: LiveMessage) => {
      if (m.type === 'event') got.push(m.event.pk);
      if (m.type === 'status') statuses.push(m.status);
    });
    const waitFor = async (check: () => boolean) => {
      for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(check());
    };
    await waitFor(() => statuses.includes('open'));
    const first = (await control('POST', '/emit', { kind: 'event', count: 2 })) as { pks: string[] };
    await waitFor(() => got.length >= 2);
    await control('DELETE', '/requests');
    // Cut the open stream, and make the first reconnect fail too; events emitted meanwhile must still arrive.
    await control('POST', '/faults', { match: { path: '/api/v3/events/stream/' }, fault: { status: 503 } });
    assert.deepEqual(await control('POST', '/drop-streams'), { dropped: 1 });
    const second = (await control('POST', '/emit', { kind: 'event', count: 3 })) as { pks: string[] };
    await waitFor(() => got.length >= 5);
    unsubscribe();
    assert.deepEqual(got, [...first.pks, ...second.pks]);
    // The log holds the dropped stream (logged when it ended), then the two reconnects.
    const streamLog = async () => (await requests()).filter((r) => r.path === '/api/v3/events/stream/' && r.lastEventId);
    // A stream is logged when it ends, which the server sees a moment after the unsubscribe.
    for (let i = 0; i < 40 && (await streamLog()).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    const reconnects = await streamLog();
    assert.deepEqual(reconnects.map((r) => r.status), [503, 200], 'one failed reconnect, then a resumed one');
    assert.ok(reconnects.every((r) => Number(r.lastEventId) > 0), 'both sent Last-Event-ID');
    assert.ok(statuses.filter((s) => s === 'open').length >= 2);
  });

  test('every request the adapter sends validates against the OpenAPI excerpt', async () => {
    await control('DELETE', '/requests');
    const events = all.slice(0, 3);
    await client.listEvents({
      actions: ['login', 'model_updated'],
      username: 'x',
      client_ip: '10.0.0.1',
      brand_name: 'b',
      context_model_app: 'a',
      context_model_name: 'n',
      context_model_pk: '1',
      context_authorized_app: 'p',
      search: 's',
      ordering: '-created',
      page: 1,
      pageSize: 10,
      since: all[50]!.created,
      until: all[10]!.created,
      area: { south: -12.5, west: 170, north: 60.25, east: -170 },
    });
    await client.getEvent(events[0]!.pk);
    await client.volume({ actions: ['login'], username: 'x', historyDays: 3, area: { south: 0, west: 0, north: 10, east: 10 } });
    await client.actions();
    await client.topPerUser({ action: 'authorize_application', topN: 5 });
    const notes = await client.listNotifications({ seen: false, severity: 'alert', ordering: '-created', page: 1, pageSize: 5, createdAfter: '2026-01-01T00:00:00Z' });
    const any = notes.items[0] ?? (await client.listNotifications({ pageSize: 1 })).items[0]!;
    await client.markSeen(any.pk);
    await client.markAllSeen();
    const log = (await requests()).filter((r) => r.path.startsWith('/api/v3/'));
    await control('POST', '/reset');
    assert.ok(log.length >= 8);
    for (const r of log) {
      const result = validateRequest(r.path, r.method.toLowerCase(), r.query);
      assert.ok(result.valid, `${r.method} ${r.path}?${r.query}: ${result.errors.join('; ')}`);
    }
  });
});
