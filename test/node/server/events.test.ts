/**
 * Event routes: every filter filters, ordering, paging to the end and beyond, time ranges,
 * volume buckets, top_per_user, actions, and deterministic generation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { ACTIONS } from '../../../server/catalog.js';
import { api, testServer, type EventJson, type PageJson } from './helpers.js';

let server: RunningServer;
let all: EventJson[];
before(async () => {
  server = await testServer();
  all = (await api<PageJson<EventJson>>(server, '/events/events/?page_size=1000&page=1')).body.results;
  for (let page = 2; page <= 3; page++) all.push(...(await api<PageJson<EventJson>>(server, `/events/events/?page_size=1000&page=${page}`)).body.results);
});
after(() => server.close());

async function list(query: string): Promise<PageJson<EventJson>> {
  const res = await api<PageJson<EventJson>>(server, `/events/events/?page_size=1000&${query}`);
  assert.equal(res.status, 200, `${query}: ${JSON.stringify(res.body)}`);
  return res.body;
}

function expectCount(body: PageJson<EventJson>, predicate: (e: EventJson) => boolean): void {
  const expected = all.filter(predicate).length;
  assert.ok(expected > 0, 'the filter should match something in the generated data');
  assert.ok(expected < all.length, 'the filter should exclude something');
  assert.equal(body.pagination.count, expected);
  assert.ok(body.results.every(predicate));
}

describe('event filters', () => {
  it('has all 3,000 events', () => assert.equal(all.length, 3000));

  it('actions (repeated = OR) and action (substring)', async () => {
    expectCount(await list('actions=login&actions=logout'), (e) => e.action === 'login' || e.action === 'logout');
    expectCount(await list('action=login'), (e) => e.action.includes('login'));
    const bad = await api(server, '/events/events/?actions=not_an_action');
    assert.equal(bad.status, 400);
    assert.ok('actions' in (bad.body as object));
  });

  it('username, client_ip, brand_name', async () => {
    const sample = all.find((e) => e.user.username && e.client_ip && e.brand.name && e.user.username !== 'AnonymousUser')!;
    expectCount(await list(`username=${sample.user.username}`), (e) => e.user.username === sample.user.username);
    expectCount(await list(`client_ip=${encodeURIComponent(sample.client_ip!)}`), (e) => e.client_ip === sample.client_ip);
    expectCount(await list('brand_name=Example%20Corp'), (e) => e.brand.name === 'Example Corp');
  });

  it('context_model_app, context_model_name, context_model_pk, context_authorized_app', async () => {
    const model = (e: EventJson) => e.context.model as Record<string, unknown> | undefined;
    expectCount(await list('context_model_app=authentik_core'), (e) => model(e)?.app === 'authentik_core');
    expectCount(await list('context_model_name=group'), (e) => model(e)?.model_name === 'group');
    const withPk = all.find((e) => typeof model(e)?.pk === 'string')!;
    const hex = String(model(withPk)!.pk);
    const dashed = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const byPk = await list(`context_model_pk=${dashed}`);
    assert.ok(byPk.results.some((e) => e.pk === withPk.pk));
    const app = all.find((e) => e.context.authorized_application)!.context.authorized_application as { pk: string };
    expectCount(await list(`context_authorized_app=${app.pk}`), (e) => (e.context.authorized_application as { pk?: string } | undefined)?.pk === app.pk);
  });

  it('search is a case-insensitive substring over user, action, app, context and client_ip', async () => {
    const haystack = (e: EventJson) => [JSON.stringify(e.user), e.action, e.app, JSON.stringify(e.context), e.client_ip ?? ''].join('\n').toLowerCase();
    expectCount(await list('search=GRAFANA'), (e) => haystack(e).includes('grafana'));
    expectCount(await list('search=akadmin'), (e) => haystack(e).includes('akadmin'));
    assert.equal((await list('search=100%25_sure')).pagination.count, 0);
  });

  it('created__gte / created__lt bound the time range', async () => {
    const from = '2026-02-25T00:00:00Z';
    const to = '2026-02-26T00:00:00+00:00';
    const inRange = (e: EventJson) => Date.parse(e.created) >= Date.parse(from) && Date.parse(e.created) < Date.parse(to);
    expectCount(await list(`created__gte=${from}&created__lt=${encodeURIComponent(to)}`), inRange);
    assert.equal((await api(server, '/events/events/?created__gte=yesterday')).status, 400);
  });
});

describe('ordering and paging', () => {
  const orderings: Array<[string, (e: EventJson) => string]> = [
    ['created', (e) => e.created],
    ['action', (e) => e.action],
    ['user', (e) => String(e.user.username ?? '')],
    ['client_ip', (e) => e.client_ip ?? ''],
    ['app', (e) => e.app],
    ['brand', (e) => String(e.brand.name ?? '')],
  ];
  for (const [field, key] of orderings) {
    it(`orders by ${field} and -${field}`, async () => {
      for (const desc of [false, true]) {
        const keys = (await list(`ordering=${desc ? '-' : ''}${field}`)).results.map(key);
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        assert.deepEqual(keys, desc ? sorted.reverse() : sorted);
      }
    });
  }

  it('defaults to -created and rejects unknown fields', async () => {
    const body = (await api<PageJson<EventJson>>(server, '/events/events/')).body;
    assert.deepEqual(body.results.map((e) => e.pk), all.slice(0, 20).map((e) => e.pk));
    const bad = await api(server, '/events/events/?ordering=password');
    assert.equal(bad.status, 400);
    assert.ok(Array.isArray((bad.body as { ordering: unknown }).ordering));
  });

  it('pages to the last page and 404s beyond it', async () => {
    const last = (await api<PageJson<EventJson>>(server, '/events/events/?page_size=7&page=429')).body;
    assert.deepEqual(last.pagination, { next: 0, previous: 428, count: 3000, current: 429, total_pages: 429, start_index: 2997, end_index: 3000 });
    assert.deepEqual(last.results.map((e) => e.pk), all.slice(2996).map((e) => e.pk));
    assert.deepEqual((await api(server, '/events/events/?page_size=7&page=last')).body, last);
    for (const page of ['430', '0', 'abc']) {
      const beyond = await api(server, `/events/events/?page_size=7&page=${page}`);
      assert.equal(beyond.status, 404);
      assert.deepEqual(beyond.body, { detail: 'Invalid page.' });
    }
  });

  it('an empty result is one page with zero indexes; page_size is capped at 1000', async () => {
    const empty = (await api<PageJson<EventJson>>(server, '/events/events/?username=nobody-at-all')).body;
    assert.deepEqual(empty.pagination, { next: 0, previous: 0, count: 0, current: 1, total_pages: 1, start_index: 0, end_index: 0 });
    const capped = (await api<PageJson<EventJson>>(server, '/events/events/?page_size=5000')).body;
    assert.equal(capped.results.length, 1000);
    assert.equal(capped.pagination.total_pages, 3);
  });

  it('a page_size that is not a positive whole number means the default (20), as in DRF; events and notifications', async () => {
    for (const path of ['/events/events/', '/events/notifications/']) {
      for (const size of ['0', '-5', '2.5', 'NaN', 'ten', '1e3']) {
        const res = await api<PageJson<unknown>>(server, `${path}?page_size=${size}`);
        assert.equal(res.status, 200, `${path} page_size=${size} (was: HTTP 500 or a page of NaN pages)`);
        assert.equal(res.body.results.length, 20, `${path} page_size=${size}`);
        assert.equal(typeof res.body.pagination.total_pages, 'number', `${path} page_size=${size}`);
      }
    }
  });

  it('filtered deep pages match the full ordering', async () => {
    const logins = all.filter((e) => e.action === 'login');
    const page3 = (await api<PageJson<EventJson>>(server, '/events/events/?actions=login&page_size=10&page=3')).body;
    assert.deepEqual(page3.results.map((e) => e.pk), logins.slice(20, 30).map((e) => e.pk));
  });
});

describe('aggregates', () => {
  it('volume: 6-hour UTC buckets, no empty ones, counts match the list', async () => {
    const res = await api<Array<{ action: string; time: string; count: number }>>(server, '/events/events/volume/?history_days=3&actions=login&actions=logout');
    assert.equal(res.status, 200);
    assert.ok(res.body.length > 0);
    for (const b of res.body) {
      const t = new Date(b.time);
      assert.equal(t.getTime() % (6 * 3_600_000), 0, `${b.time} is not a 6-hour boundary`);
      assert.ok(b.count > 0);
      assert.ok(b.action === 'login' || b.action === 'logout');
    }
    const since = Math.min(...res.body.map((b) => Date.parse(b.time)));
    const expected = all.filter((e) => (e.action === 'login' || e.action === 'logout') && Date.parse(e.created) >= since).length;
    assert.equal(res.body.reduce((n, b) => n + b.count, 0), expected);
    const ranged = await api<Array<{ time: string }>>(server, '/events/events/volume/?created__gte=2026-01-10T00:00:00Z&created__lt=2026-01-11T00:00:00Z');
    const day = ['2026-01-10T00:00:00.000Z', '2026-01-10T06:00:00.000Z', '2026-01-10T12:00:00.000Z', '2026-01-10T18:00:00.000Z'];
    assert.ok(ranged.body.length > 0 && ranged.body.every((b) => day.includes(b.time)));
  });

  it('volume omits buckets with no events (quiet night buckets exist in a long range)', async () => {
    const res = await api<Array<{ time: string }>>(server, '/events/events/volume/?history_days=90&actions=update_available');
    const times = new Set(res.body.map((b) => b.time));
    assert.ok(times.size < 90 * 4);
  });

  it('top_per_user groups events by authorized application like authentik', async () => {
    const res = await api<Array<{ application: { pk: string; name: string }; counted_events: number; unique_users: number }>>(server, '/events/events/top_per_user/?action=authorize_application&top_n=3');
    assert.equal(res.body.length, 3);
    const counts = res.body.map((r) => r.counted_events);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    const first = res.body[0]!;
    assert.equal(first.counted_events, all.filter((e) => (e.context.authorized_application as { pk?: string } | undefined)?.pk === first.application.pk).length);
    assert.ok(first.unique_users > 1 && first.unique_users <= first.counted_events);
  });

  it('actions lists the whole catalogue as TypeCreate', async () => {
    const res = await api<Array<{ name: string; description: string; component: string; model_name: string }>>(server, '/events/events/actions/');
    assert.equal(res.body.length, ACTIONS.length);
    assert.deepEqual(res.body.find((a) => a.name === 'login_failed'), { name: 'login_failed', description: 'Login Failed', component: '', model_name: '' });
  });
});

describe('generated data', () => {
  it('is deterministic for a seed and differs for another seed', async () => {
    const again = await testServer();
    const other = await testServer({ seed: 8 });
    try {
      const page = (s: RunningServer) => api<PageJson<EventJson>>(s, '/events/events/').then((r) => r.body.results);
      assert.deepEqual(await page(again), all.slice(0, 20));
      assert.notDeepEqual((await page(other)).map((e) => e.pk), all.slice(0, 20).map((e) => e.pk));
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });

  it('covers every action, many users, impersonation, tokens and anonymous failures', () => {
    const actions = new Set(all.map((e) => e.action));
    for (const a of ACTIONS) assert.ok(actions.has(a.action), `no ${a.action} event`);
    assert.ok(new Set(all.map((e) => e.user.username)).size >= 200);
    assert.ok(all.some((e) => e.user.on_behalf_of));
    assert.ok(all.some((e) => e.user.authenticated_as));
    assert.ok(all.filter((e) => e.action === 'login_failed').every((e) => e.user.username === 'AnonymousUser'));
    assert.ok(all.some((e) => e.client_ip?.includes(':')) && all.some((e) => e.client_ip?.includes('.')));
    const sorted = all.map((e) => e.created);
    assert.deepEqual(sorted, [...sorted].sort().reverse());
    assert.ok(all.every((e) => Date.parse(e.expires) - Date.parse(e.created) === 365 * 86_400_000));
  });

  it('puts geo and asn on about 60% of events across 60+ cities', () => {
    const geo = all.filter((e) => e.context.geo);
    assert.ok(geo.length / all.length > 0.5 && geo.length / all.length < 0.7, `geo share ${geo.length / all.length}`);
    assert.ok(new Set(geo.map((e) => (e.context.geo as { city: string }).city)).size >= 60);
    assert.ok(geo.every((e) => typeof (e.context.asn as { asn?: unknown }).asn === 'number'));
  });

  it('model diffs hold falsy previous values, nested objects, masked secrets and m2m changes', () => {
    const diffs = all.filter((e) => e.action === 'model_updated').map((e) => e.context.diff as Record<string, Record<string, unknown>>);
    const entries = diffs.flatMap((d) => Object.values(d));
    const previous = entries.map((x) => x.previous_value);
    for (const v of [false, 0, '', null]) assert.ok(previous.some((p) => p === v), `no previous_value ${JSON.stringify(v)}`);
    assert.ok(previous.some((p) => typeof p === 'object' && p !== null));
    assert.ok(entries.some((x) => x.new_value === '********************'));
    assert.ok(entries.some((x) => Array.isArray(x.add)) && entries.some((x) => Array.isArray(x.remove)) && entries.some((x) => x.clear === true));
    const created = all.filter((e) => e.action === 'model_created').map((e) => e.context.diff as Record<string, { previous_value: unknown }>);
    assert.ok(created.every((d) => Object.values(d).every((x) => x.previous_value === null)));
    assert.ok(all.filter((e) => e.action === 'model_deleted').every((e) => e.context.model_state && !e.context.diff));
  });

  it('exceptions carry Python tracebacks or the legacy exception dict', () => {
    const failures = all.filter((e) => /exception$/.test(e.action));
    const text = failures.filter((e) => typeof e.context.message === 'string');
    assert.ok(text.length > 0);
    for (const e of text) assert.match(String(e.context.message), /^Traceback \(most recent call last\):\n {2}File "[^"]+", line \d+, in \w+\n {4}\S.*\n[\s\S]*\n[\w.]+: /);
    assert.ok(failures.some((e) => Array.isArray((e.context.exception as { frames?: unknown } | undefined)?.frames)));
  });
});
