/**
 * Authentication (bearer, cookie, X-Api-Key), CORS, and the promise that the token never
 * reaches the request log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { control, testServer, TOKEN } from './helpers.js';

let server: RunningServer;
before(async () => {
  server = await testServer({ events: 200 });
});
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe('authentication', () => {
  it('authentik family: bearer or ev_session cookie; 403 without credentials, 401 for a wrong token', async () => {
    assert.equal((await get('/api/v3/events/events/', { Authorization: `Bearer ${TOKEN}` })).status, 200);
    assert.equal((await get('/api/v3/events/events/', { Cookie: `other=1; ev_session=${TOKEN}` })).status, 200);
    const missing = await get('/api/v3/events/events/');
    assert.equal(missing.status, 403);
    assert.deepEqual(await missing.json(), { detail: 'Authentication credentials were not provided.' });
    const wrong = await get('/api/v3/events/events/', { Authorization: 'Bearer nope' });
    assert.equal(wrong.status, 401);
    assert.deepEqual(await wrong.json(), { detail: 'Invalid token.' });
    assert.equal((await get('/api/v3/events/events/', { Authorization: `Token ${TOKEN}` })).status, 401);
    assert.equal((await get('/api/v3/events/events/', { Cookie: 'ev_session=nope' })).status, 403);
    assert.equal((await get('/api/v3/events/notifications/', { 'X-Api-Key': TOKEN })).status, 403);
  });

  it('alt family: X-Api-Key only', async () => {
    assert.equal((await get('/api/alt/v1/audit-logs', { 'X-Api-Key': TOKEN })).status, 200);
    const attempts: Array<Record<string, string>> = [{}, { 'X-Api-Key': 'nope' }, { Authorization: `Bearer ${TOKEN}` }];
    for (const headers of attempts) {
      const res = await get('/api/alt/v1/audit-logs', headers);
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });

  it('never logs the token, only whether credentials were sent', async () => {
    await control(server, 'DELETE', '/requests');
    await get(`/api/v3/events/events/?search=${TOKEN}`, { Authorization: `Bearer ${TOKEN}`, 'Last-Event-ID': TOKEN, 'If-None-Match': TOKEN });
    await get(`/api/v3/events/events/${encodeURIComponent(TOKEN)}/`, { Cookie: `ev_session=${TOKEN}` });
    await get('/api/alt/v1/audit-logs', { 'X-Api-Key': TOKEN });
    await get('/api/v3/events/events/');
    const res = await fetch(`${server.url}/__control/requests`);
    const text = await res.text();
    assert.ok(!text.includes(TOKEN), 'token leaked into the request log');
    const log = JSON.parse(text) as Array<{ hasAuth: boolean; status: number; method: string; path: string; query: string; t: number }>;
    assert.deepEqual(log.map((r) => [r.hasAuth, r.status]), [[true, 200], [true, 404], [true, 200], [false, 403]]);
    assert.equal(log[0]!.query, 'search=***');
    assert.ok(log.every((r) => typeof r.t === 'number' && r.method === 'GET'));
  });
});

describe('CORS', () => {
  it('echoes the origin with credentials and answers preflights with 204', async () => {
    const pre = await fetch(`${server.url}/api/v3/events/events/`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,x-ev-fault' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(pre.headers.get('access-control-allow-credentials'), 'true');
    for (const h of ['Authorization', 'Content-Type', 'Last-Event-ID', 'If-None-Match', 'X-Api-Key', 'X-Ev-Fault']) {
      assert.ok(pre.headers.get('access-control-allow-headers')!.includes(h));
    }
    assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, PATCH, DELETE, OPTIONS');
    const res = await get('/api/v3/events/events/', { Origin: 'https://example.org', Authorization: `Bearer ${TOKEN}` });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://example.org');
    assert.equal(res.headers.get('access-control-expose-headers'), 'ETag, Retry-After, X-Ev-Malformed');
  });
});
