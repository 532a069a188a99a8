import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsAbortedError, EventsHttpError, EventsNetworkError } from '../../../src/client/errors.js';
import type { LiveMessage } from '../../../src/client/types.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';

const events = makeEvents({ count: 500 });
const newestFirst = [...events].sort((a, b) => Date.parse(b.created) - Date.parse(a.created));

describe('memory adapter', () => {
  test('pages newest first with authentik-style paging', async () => {
    const client = createMemoryClient({ events: [...events].reverse() });
    const first = await client.listEvents({ pageSize: 100 });
    assert.equal(first.total, 500);
    assert.deepEqual([first.page, first.next, first.previous], [1, 2, null]);
    assert.deepEqual(first.items.map((e) => e.pk), newestFirst.slice(0, 100).map((e) => e.pk));
    const last = await client.listEvents({ pageSize: 100, page: 5 });
    assert.deepEqual([last.next, last.previous, last.items.length], [null, 4, 100]);
    await assert.rejects(client.listEvents({ pageSize: 100, page: 6 }), (e: unknown) => e instanceof EventsHttpError && e.status === 404);
  });

  test('filters: actions (OR), username, client_ip, brand, model, search, time range', async () => {
    const client = createMemoryClient({ events });
    const check = async (query: Parameters<typeof client.listEvents>[0], expected: (e: (typeof events)[number]) => boolean) => {
      const page = await client.listEvents({ ...query, pageSize: 1000 });
      const want = newestFirst.filter(expected).map((e) => e.pk);
      assert.deepEqual(page.items.map((e) => e.pk), want, JSON.stringify(query));
      assert.equal(page.total, want.length);
      assert.ok(want.length > 0 || JSON.stringify(query).includes('nobody'), `fixture exercises ${JSON.stringify(query)}`);
    };
    await check({ actions: ['login', 'logout'] }, (e) => e.action === 'login' || e.action === 'logout');
    await check({ username: 'alice' }, (e) => e.user.username === 'alice');
    await check({ username: 'nobody' }, () => false);
    await check({ client_ip: '192.0.2.7' }, (e) => e.client_ip === '192.0.2.7');
    await check({ brand_name: 'Partner portal' }, (e) => e.brand?.name === 'Partner portal');
    await check({ context_model_app: 'authentik_core', context_model_pk: '3' }, (e) => {
      const model = e.context.model as Record<string, unknown> | undefined;
      return model?.app === 'authentik_core' && model.pk === '3';
    });
    await check({ search: 'SÃO PAULO' }, (e) => JSON.stringify(e.context).includes('São Paulo'));
    const since = newestFirst[300]!.created;
    const until = newestFirst[100]!.created;
    await check({ since, until }, (e) => Date.parse(e.created) >= Date.parse(since) && Date.parse(e.created) < Date.parse(until));
    await check({ since, actions: ['login'] }, (e) => Date.parse(e.created) >= Date.parse(since) && e.action === 'login');
  });

  test('large input: the background sortedness scan never trusts an order it has not checked', async () => {
    const big = makeEvents({ count: 150_000, gapMs: 1000 });
    // One event out of place near the end; query at once (scan unfinished) and after it finished.
    const late = { ...big[149_000]!, pk: 'out-of-place', created: new Date(Date.parse(big[0]!.created) + 5000).toISOString() };
    const input = [...big.slice(0, 149_000), late, ...big.slice(149_001)];
    const now = createMemoryClient({ events: input });
    assert.equal((await now.listEvents({ pageSize: 1 })).items[0]!.pk, 'out-of-place');
    const later = createMemoryClient({ events: input });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await later.listEvents({ pageSize: 1 })).items[0]!.pk, 'out-of-place');
    const sorted = createMemoryClient({ events: big });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await sorted.listEvents({ pageSize: 2, page: 75_000 })).items[1]!.pk, big[149_999]!.pk);
  });

  test('ordering by created ascending and by other fields', async () => {
    const client = createMemoryClient({ events });
    const asc = await client.listEvents({ ordering: 'created', pageSize: 3 });
    assert.deepEqual(asc.items.map((e) => e.pk), newestFirst.slice(-3).reverse().map((e) => e.pk));
    const byUser = await client.listEvents({ ordering: 'user', pageSize: 1000 });
    const names = byUser.items.map((e) => e.user.username!);
    assert.deepEqual(names, [...names].sort());
    await assert.rejects(client.listEvents({ ordering: 'context' }));
  });

  test('volume: 6-hour buckets, zero-filled, filtered', async () => {
    const now = Date.parse(newestFirst[0]!.created) + 1;
    const client = createMemoryClient({ events, now: () => now });
    const v = await client.volume({ historyDays: 1, actions: ['login'] });
    assert.equal(v.bucketMs, 6 * 3_600_000);
    const expected = newestFirst.filter((e) => e.action === 'login' && Date.parse(e.created) >= now - 86_400_000).length;
    assert.equal(v.buckets.reduce((s, b) => s + b.count, 0), expected);
    assert.ok(v.buckets.every((b) => b.action === 'login'));
    assert.ok(v.buckets.length >= 4, 'zero-filled buckets for the whole day');
  });

  test('actions: the catalogue plus custom actions found in the data', async () => {
    const client = createMemoryClient({ events: [...events, { ...events[0]!, pk: 'c', action: 'custom_thing' }] });
    const names = (await client.actions()).map((a) => a.name);
    assert.ok(names.includes('login_failed'));
    assert.ok(names.includes('custom_thing'));
  });

  test('notifications: filters, markSeen, markAllSeen; returned objects are copies', async () => {
    const client = createMemoryClient({ notifications: makeNotifications(30) });
    const unseen = await client.listNotifications({ seen: false, pageSize: 100 });
    assert.equal(unseen.total, 30 - 8);
    unseen.items[0]!.seen = true;
    assert.equal((await client.listNotifications({ seen: false, pageSize: 100 })).total, 22, 'mutating a result changes nothing');
    await client.markSeen(unseen.items[0]!.pk);
    assert.equal((await client.listNotifications({ seen: false })).total, 21);
    await client.markAllSeen();
    assert.equal((await client.listNotifications({ seen: false })).total, 0);
    const alerts = await client.listNotifications({ severity: 'alert', pageSize: 100 });
    assert.ok(alerts.items.every((n) => n.severity === 'alert'));
  });

  test('live: addEvents pushes to subscribers and shows up in lists', async () => {
    const client = createMemoryClient({ events });
    const got: LiveMessage[] = [];
    const unsubscribe = client.subscribe((m) => got.push(m), { kinds: ['event'] });
    // A minute after the newest fixture event (not "now": on a clock before 2026-11-20 it was older).
    const fresh = { ...events[0]!, pk: 'live-1', created: new Date(Date.parse(events[0]!.created) + 60_000).toISOString() };
    client.addEvents([fresh]);
    assert.deepEqual(got.filter((m) => m.type === 'event').map((m) => (m.type === 'event' ? m.event.pk : '')), ['live-1']);
    assert.equal((await client.listEvents({ pageSize: 1 })).items[0]!.pk, 'live-1');
    unsubscribe();
    client.addEvents([{ ...fresh, pk: 'live-2' }]);
    assert.equal(got.filter((m) => m.type === 'event').length, 1);
  });

  test('latency honours abort; fail() simulates errors', async () => {
    const slow = createMemoryClient({ events, latencyMs: 10_000 });
    await assert.rejects(slow.listEvents({}, { signal: AbortSignal.timeout(10) }), EventsAbortedError);
    const failing = createMemoryClient({ events, fail: (op) => (op === 'listEvents' ? new EventsNetworkError('down') : undefined) });
    await assert.rejects(failing.listEvents(), EventsNetworkError);
    assert.ok(await failing.getEvent(events[0]!.pk));
  });
});
