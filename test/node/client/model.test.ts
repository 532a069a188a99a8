import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventsValidationError } from '../../../src/client/errors.js';
import { filterKey, filterToParams, paramsToFilter, queryToParams } from '../../../src/client/query.js';
import { TRUNCATED, count, eventRecord, jsonObject, notification, timestamp, topPerUser, volumeBucket } from '../../../src/client/validate.js';
import { chooseBucketMs, zeroFill } from '../../../src/client/volume.js';
import { ACTION_CATALOGUE, actionLabel, actionSlot } from '../../../src/format/actions.js';
import { resolveTranslation } from '../../../src/i18n/translation.js';

const validEvent = {
  pk: 'f00f54e7-0000-4000-a000-000000000001',
  user: { pk: 1, username: 'akadmin', email: 'root@localhost', on_behalf_of: { pk: 5, username: 'alice', email: '' } },
  action: 'login',
  app: 'authentik.events.signals',
  context: { auth_method: 'password', http_request: { method: 'GET', path: '/', args: { query: '' } } },
  client_ip: '::1',
  created: '2026-02-15T15:33:42.771091Z',
  expires: '2027-02-15T15:33:42.770425Z',
  brand: { pk: 'abc', app: 'authentik_brands', name: 'Default brand', model_name: 'brand' },
  some_future_field: { tolerated: true },
};

function rejectsAt(fn: () => unknown, path: string) {
  assert.throws(fn, (e: unknown) => e instanceof EventsValidationError && e.path === path);
}

describe('validation', () => {
  test('accepts authentik events, keeps impersonation, drops unknown fields', () => {
    const e = eventRecord(validEvent, '$');
    assert.equal(e.user.on_behalf_of?.username, 'alice');
    assert.equal((e as unknown as Record<string, unknown>).some_future_field, undefined);
  });

  test('tolerates missing optional fields and unknown action names', () => {
    const e = eventRecord({ pk: 'x', action: 'custom_whatever', app: 'a', created: '2026-01-01T00:00:00Z' }, '$');
    assert.deepEqual([e.user, e.context, e.client_ip, e.expires, e.brand], [{}, {}, null, null, null]);
    assert.equal(e.action, 'custom_whatever');
  });

  test('names the offending path', () => {
    rejectsAt(() => eventRecord({ ...validEvent, pk: 42 }, '$.results[3]'), '$.results[3].pk');
    rejectsAt(() => eventRecord({ ...validEvent, created: 'yesterday' }, '$'), '$.created');
    rejectsAt(() => eventRecord({ ...validEvent, created: 1700000000 }, '$'), '$.created');
    rejectsAt(() => eventRecord({ ...validEvent, action: 7 }, '$'), '$.action');
    rejectsAt(() => eventRecord({ ...validEvent, user: 'akadmin' }, '$'), '$.user');
    rejectsAt(() => eventRecord({ ...validEvent, context: [] }, '$'), '$.context');
    rejectsAt(() => eventRecord({ ...validEvent, user: { username: 5 } }, '$'), '$.user.username');
    rejectsAt(() => eventRecord(null, '$.results[0]'), '$.results[0]');
  });

  test('10,000-deep nesting is cut to a marker, not a stack overflow (see test/node/security/validate-depth.test.ts)', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deep.a = next;
      deep = next;
    }
    assert.ok(JSON.stringify(jsonObject(root, '$.context')).includes(TRUNCATED));
    assert.doesNotThrow(() => jsonObject({ a: { b: [1, { c: 2 }] } }, '$'));
  });

  test('notifications: unknown severity shows as notice; seen must be boolean', () => {
    const n = { pk: 'n1', severity: 'catastrophic', body: 'b', created: '2026-01-01T00:00:00Z', seen: false };
    assert.equal(notification(n, '$').severity, 'notice');
    assert.equal(notification(n, '$').event, null);
    rejectsAt(() => notification({ ...n, seen: 'true' }, '$'), '$.seen');
    rejectsAt(() => notification({ ...n, body: null }, '$'), '$.body');
  });

  test('counts are whole numbers from 0 to Number.MAX_SAFE_INTEGER: two 1e308 counts would add up to Infinity ("∞ events")', () => {
    assert.equal(count(Number.MAX_SAFE_INTEGER, '$'), Number.MAX_SAFE_INTEGER);
    assert.equal(count(0, '$'), 0);
    for (const bad of [1e308, 2 ** 53, Number.MAX_VALUE, -1, 2.5, Infinity, NaN, '7']) rejectsAt(() => count(bad, '$n'), '$n');
    rejectsAt(() => volumeBucket({ action: 'login', time: '2026-01-01T00:00:00Z', count: 1e308 }, '$[1]'), '$[1].count');
    rejectsAt(() => topPerUser({ application: {}, counted_events: 1e308, unique_users: 1 }, '$[0]'), '$[0].counted_events');
  });

  test('timestamps must be ISO date-times', () => {
    assert.equal(timestamp('2026-01-01T00:00:00+02:00', '$'), '2026-01-01T00:00:00+02:00');
    for (const bad of ['2026-13-45T00:00:00Z', '1 Jan 2026', '', 'x'.repeat(100)]) rejectsAt(() => timestamp(bad, '$t'), '$t');
  });
});

describe('query parameters', () => {
  test('a filter becomes exactly authentik\'s parameters', () => {
    const params = queryToParams({
      actions: ['login', 'logout'],
      username: ' alice ',
      client_ip: '',
      context_model_app: 'authentik_core',
      search: 'boom',
      ordering: '-created',
      page: 3,
      pageSize: 100,
      since: '2026-01-01T00:00:00.000Z',
    });
    assert.deepEqual(params, {
      actions: ['login', 'logout'],
      username: 'alice',
      context_model_app: 'authentik_core',
      search: 'boom',
      created__gte: '2026-01-01T00:00:00.000Z',
      ordering: '-created',
      page: '3',
      page_size: '100',
    });
    assert.equal(filterToParams({ since: '2026-01-01T00:00:00Z' }, { timeRange: false }).created__gte, undefined);
    const area = { north: 60.123456789, south: -1e-9, east: -170, west: 170 };
    assert.equal(filterToParams({ area }).geo_bounds, '0,170,60.123457,-170', 'south,west,north,east; 6 decimals');
    assert.equal(filterToParams({ area }, { geoBounds: false }).geo_bounds, undefined);
    assert.equal(filterToParams({ area: { north: 1, south: 2, east: 0, west: 0 } }).geo_bounds, undefined, 'an invalid area is not sent');
  });

  test('round-trips through URL parameters', () => {
    const filter = {
      actions: ['login'],
      username: 'bob',
      since: '2026-01-01T00:00:00.000Z',
      until: '2026-01-02T00:00:00.000Z',
      area: { north: 55.5, south: 47.25, east: 15, west: 5.75 },
    };
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(filterToParams(filter))) for (const x of [v].flat()) search.append(k, x);
    assert.deepEqual(paramsToFilter(search), filter);
    assert.deepEqual(paramsToFilter(new URLSearchParams('created__gte=garbage&unknown=1')), {});
    for (const bad of ['1,2,3', '5,0,1,0', 'a,b,c,d', ',1,2,3']) assert.deepEqual(paramsToFilter(new URLSearchParams({ geo_bounds: bad })), {}, bad);
    // Past a pole: read as the pole (as formatBounds sends it), not dropped.
    assert.deepEqual(paramsToFilter(new URLSearchParams({ geo_bounds: '0,0,91,1' })), { area: { south: 0, north: 90, west: 0, east: 1 } });
  });

  test('filterKey ignores order of actions and empty fields', () => {
    assert.equal(filterKey({ actions: ['b', 'a'], username: '' }), filterKey({ actions: ['a', 'b'] }));
  });
});

describe('volume', () => {
  test('zero-fills every (bucket, action) pair and sums into coarser buckets', () => {
    const H = 3_600_000;
    const since = Date.UTC(2026, 0, 1);
    const result = zeroFill(
      [
        { action: 'login', time: new Date(since + 6 * H).toISOString(), count: 3 },
        { action: 'logout', time: new Date(since + 12 * H).toISOString(), count: 1 },
        { action: 'login', time: new Date(since + 18 * H).toISOString(), count: 2 },
      ],
      { since, until: since + 24 * H, bucketMs: 6 * H, actions: ['login_failed'] },
    );
    assert.equal(result.buckets.length, 4 * 3);
    assert.deepEqual(
      result.buckets.filter((b) => b.action === 'login').map((b) => b.count),
      [0, 3, 0, 2],
    );
    const daily = zeroFill(result.buckets, { since, until: since + 24 * H, bucketMs: 24 * H });
    assert.deepEqual(daily.buckets.map((b) => [b.action, b.count]), [['login', 5], ['login_failed', 0], ['logout', 1]]);
  });

  test('bucket size keeps any range within 2,000 bars and respects the server bucket', () => {
    const H = 3_600_000;
    assert.equal(chooseBucketMs(24 * H, 6 * H), 6 * H);
    assert.equal(chooseBucketMs(90 * 24 * H, 6 * H), 6 * H);
    assert.ok(365 * 24 * H / chooseBucketMs(365 * 24 * H, 6 * H) <= 2000);
    assert.equal(chooseBucketMs(24 * H, 60_000), 60_000);
    assert.ok((3650 * 24 * H) / chooseBucketMs(3650 * 24 * H, 6 * H) <= 2000);
  });

  test('beyond the 30-day step, bars are whole days (the label says days, not "34,980 hours")', () => {
    const H = 3_600_000;
    const D = 24 * H;
    for (const [range, source, max] of [[9998 * 365.2425 * D, 6 * H, 2000], [9998 * 365.2425 * D, H, 2000], [200 * 365 * D, 6 * H, 2000], [50 * 365 * D, 6 * H, 100], [10 * 365 * D, 15 * 60_000, 20]]) {
      const bar = chooseBucketMs(range!, source!, max);
      assert.equal(bar % D, 0, `${bar / H} hours`);
      assert.ok(range! / bar <= max!, 'within the bar limit');
      assert.ok(range! / (bar - D) > max!, 'the smallest whole number of days that is');
    }
    // A server bucket that does not divide a day keeps bars of its multiples.
    assert.equal(chooseBucketMs(1000 * 365 * D, 7 * H, 2000) % (7 * H), 0);
    assert.equal(chooseBucketMs(1000 * 365 * D, 2 * D, 2000) % (2 * D), 0);
  });
});

describe('action catalogue', () => {
  const en = resolveTranslation('en');
  test('every known action has a label and a palette slot 1–12', () => {
    assert.ok(ACTION_CATALOGUE.length >= 41);
    for (const { name, slot } of ACTION_CATALOGUE) {
      assert.ok(slot >= 1 && slot <= 12, name);
      assert.ok(actionLabel(name, en).length > 0);
    }
  });

  test('custom and unknown actions get a generic label and the neutral slot', () => {
    assert.equal(actionLabel('custom_report_generated', en), 'Custom: Report generated');
    assert.equal(actionLabel('brand_new_thing', en), 'Brand new thing');
    assert.equal(actionSlot('custom_x'), 0);
    assert.equal(actionSlot('brand_new_thing'), 0);
  });
});
