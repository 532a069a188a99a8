/**
 * Fault injection: X-Ev-Fault (status, retry-after, drop, delay, malformed), the control
 * queue, CLI-style random rates and latency, and every malformed kind doing what it says.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { validateResponse } from '../../fixtures/openapi.js';
import { control, testServer, TOKEN } from './helpers.js';

let server: RunningServer;
before(async () => {
  server = await testServer({ events: 400 });
});
beforeEach(() => control(server, 'POST', '/reset'));
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${TOKEN}`, ...headers } });

describe('X-Ev-Fault header', () => {
  it('status with retry-after', async () => {
    const res = await get('/api/v3/events/events/', { 'X-Ev-Fault': 'status=503; retry-after=2' });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '2');
    assert.ok(((await res.json()) as { detail: string }).detail);
    const altRes = await fetch(`${server.url}/api/alt/v1/audit-logs`, { headers: { 'X-Api-Key': TOKEN, 'X-Ev-Fault': 'status=429' } });
    assert.equal(altRes.status, 429);
    assert.ok(((await altRes.json()) as { error: { code: string } }).error.code);
  });

  it('drop destroys the connection and is logged with status 0', async () => {
    await assert.rejects(get('/api/v3/events/events/', { 'X-Ev-Fault': 'drop' }));
    const log = (await control<Array<{ status: number }>>(server, 'GET', '/requests')).body;
    assert.equal(log.at(-1)?.status, 0);
  });

  it('delay holds the answer back', async () => {
    const started = Date.now();
    const res = await get('/api/v3/events/events/actions/', { 'X-Ev-Fault': 'delay=300' });
    assert.equal(res.status, 200);
    assert.ok(Date.now() - started >= 290);
  });

  it('malformed replaces the body and says so; unknown directives are a 400', async () => {
    const res = await get('/api/v3/events/events/', { 'X-Ev-Fault': 'malformed=null-body' });
    assert.equal(res.headers.get('x-ev-malformed'), 'null-body');
    assert.equal(await res.text(), 'null');
    assert.equal((await get('/api/v3/events/events/', { 'X-Ev-Fault': 'explode' })).status, 400);
    assert.equal((await get('/api/v3/events/events/', { 'X-Ev-Fault': 'malformed=nope' })).status, 400);
  });
});

describe('control fault queue', () => {
  it('consumes matching faults FIFO, by method and path prefix, `times` at a time', async () => {
    await control(server, 'POST', '/faults', { match: { path: '/api/v3/events/notifications/' }, fault: { status: 500 }, times: 2 });
    await control(server, 'POST', '/faults', { match: { method: 'GET' }, fault: { status: 502 } });
    assert.equal((await get('/api/v3/events/events/')).status, 502);
    assert.equal((await get('/api/v3/events/events/')).status, 200);
    assert.equal((await get('/api/v3/events/notifications/')).status, 500);
    assert.equal((await get('/api/v3/events/notifications/')).status, 500);
    assert.equal((await get('/api/v3/events/notifications/')).status, 200);
  });

  it('times -1 lasts until cleared; bad faults are rejected', async () => {
    await control(server, 'POST', '/faults', { fault: { malformed: 'empty-body' }, times: -1 });
    for (let i = 0; i < 3; i++) assert.equal(await (await get('/api/v3/events/events/')).text(), '');
    assert.equal((await control(server, 'DELETE', '/faults')).status, 204);
    assert.equal((await get('/api/v3/events/events/')).status, 200);
    assert.equal((await control(server, 'POST', '/faults', { fault: { status: 42 } })).status, 400);
    assert.equal((await control(server, 'POST', '/faults', { fault: { malformed: 'nope' } })).status, 400);
    assert.equal((await control(server, 'POST', '/faults', { fault: {}, times: 0 })).status, 400);
  });
});

describe('CLI fault options', () => {
  it('--error-rate 1 fails every API request; --latency delays them; control stays clean', async () => {
    const faulty = await testServer({ events: 50, errorRate: 1, latencyMs: 150 });
    try {
      const started = Date.now();
      const res = await fetch(`${faulty.url}/api/v3/events/events/`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.ok([500, 503].includes(res.status));
      assert.ok(Date.now() - started >= 140);
      assert.equal((await fetch(`${faulty.url}/__control/malformed-kinds`)).status, 200);
    } finally {
      await faulty.close();
    }
  });

  it('--malformed-rate 1 malforms every JSON GET but not writes', async () => {
    const faulty = await testServer({ events: 50, malformedRate: 1 });
    try {
      const res = await fetch(`${faulty.url}/api/v3/events/events/`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.ok(res.headers.get('x-ev-malformed'));
      const post = await fetch(`${faulty.url}/api/v3/events/notifications/mark_all_seen/`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(post.status, 204);
    } finally {
      await faulty.close();
    }
  });
});

interface KindInfo {
  kind: string;
  description: string;
  expect: 'error' | 'tolerant';
  appliesTo: string;
}

const ROUTES: Record<string, [string, string]> = {
  notification: ['/api/v3/events/notifications/?page_size=5', 'events_notifications_list'],
  volume: ['/api/v3/events/events/volume/?history_days=30', 'events_events_volume_list'],
};
const DEFAULT_ROUTE: [string, string] = ['/api/v3/events/events/?page_size=5', 'events_events_list'];

/** Schema validation plus the invariants a careful client checks (pagination, counts). */
function problems(operation: string, body: unknown): string[] {
  const errors = validateResponse(operation, 200, body, { lenientActions: true }).errors;
  const b = body as { pagination?: Record<string, number> } | Array<{ count?: number }>;
  if (Array.isArray(b)) {
    if (b.some((x) => typeof x?.count === 'number' && x.count < 0)) errors.push('negative count');
  } else if (b?.pagination) {
    const p = b.pagination;
    if (!((p.count ?? 0) >= 0)) errors.push('negative count');
    if (p.next !== 0 && (p.next !== (p.current ?? 0) + 1 || (p.next ?? 0) > (p.total_pages ?? 0))) errors.push('next beyond the last page');
  }
  return errors;
}

describe('malformed kinds', () => {
  let kinds: KindInfo[] = [];
  before(async () => {
    kinds = (await control<KindInfo[]>(server, 'GET', '/malformed-kinds')).body;
  });

  it('lists at least 32 kinds, each with a description and an expectation', () => {
    assert.ok(kinds.length >= 32, `${kinds.length} kinds`);
    for (const k of kinds) {
      assert.match(k.kind, /^[a-z0-9-]+$/);
      assert.ok(k.description.length > 10);
      assert.ok(k.expect === 'error' || k.expect === 'tolerant');
    }
  });

  it('each kind produces what it says on an authentik route', async () => {
    for (const k of kinds) {
      const [path, operation] = ROUTES[k.appliesTo] ?? DEFAULT_ROUTE;
      const res = await get(path, { 'X-Ev-Fault': `malformed=${k.kind}` });
      assert.equal(res.status, 200, k.kind);
      assert.equal(res.headers.get('x-ev-malformed'), k.kind, `${k.kind} was not applied`);
      const bytes = Buffer.from(await res.arrayBuffer());
      const jsonType = /^application\/json/.test(res.headers.get('content-type') ?? '');
      let parsed: unknown;
      let parseError = false;
      try {
        parsed = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        parseError = true;
      }
      if (k.expect === 'tolerant') {
        assert.ok(jsonType && !parseError, `${k.kind} must stay valid JSON`);
        // A severity outside the schema's closed enum is tolerated by clients (shown as a notice).
        const expected = k.kind === 'notification-unknown-severity' ? 1 : 0;
        assert.equal(problems(operation, parsed).length, expected, `${k.kind}: contract problems`);
      } else {
        const broken = !jsonType || parseError || problems(operation, parsed).length > 0;
        assert.ok(broken, `${k.kind} must be detectable as an error`);
      }
      if (k.kind === 'huge-body') assert.ok(bytes.length >= 20 * 1024 * 1024);
      if (k.kind === 'bom-prefix') assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      if (k.kind === 'huge-array') assert.equal((parsed as { results: unknown[] }).results.length, 20_000);
      if (k.kind === 'lone-surrogate') assert.ok(bytes.toString('latin1').includes('\\ud800'));
      if (k.kind === 'duplicate-keys') assert.ok(bytes.toString().includes('{"pk":"00000000-0000-4000-8000-000000000000","pk":"'));
      if (k.kind === 'deep-nesting') assert.ok(bytes.toString().includes('{"nested":'.repeat(10_000)));
    }
  });

  it('works on the alt family through field aliases and skips answers it cannot change', async () => {
    const altGet = async (path: string, kind: string) => {
      const res = await fetch(`${server.url}/api/alt/v1${path}`, { headers: { 'X-Api-Key': TOKEN, 'X-Ev-Fault': `malformed=${kind}` } });
      return { applied: res.headers.get('x-ev-malformed'), body: (await res.json()) as Record<string, unknown> };
    };
    assert.ok(!('data' in (await altGet('/audit-logs?limit=3', 'results-missing')).body));
    assert.ok(!('meta' in (await altGet('/audit-logs?limit=3', 'pagination-missing')).body));
    assert.ok(!('id' in ((await altGet('/audit-logs?limit=3', 'item-missing-pk')).body.data as Array<Record<string, unknown>>)[0]!));
    assert.equal(((await altGet('/inbox?limit=3', 'seen-string')).body.data as Array<{ read: unknown }>)[0]!.read, 'true');
    assert.equal(((await altGet('/audit-logs/histogram?interval=3600', 'volume-invalid-time')).body.data as Array<{ bucket_start: unknown }>)[0]!.bucket_start, 'yesterday');
    const skipped = await get('/api/v3/events/events/', { 'X-Ev-Fault': 'malformed=seen-string' });
    assert.equal(skipped.headers.get('x-ev-malformed'), null);
    assert.equal(validateResponse('events_events_list', 200, await skipped.json(), { lenientActions: true }).valid, true);
  });
});
