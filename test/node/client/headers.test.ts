/**
 * The extra `headers` option with an entry no HTTP header can carry (outside Latin-1, line
 * breaks): every client call and every live path rejects with the typed `EventsConfigError`
 * naming the header (never its value), sends nothing and retries nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { EventsConfigError } from '../../../src/client/errors.js';
import type { LiveMessage, LiveStatus } from '../../../src/client/types.js';

/** A closed port: a request that did get out would fail as a network error. */
const NOWHERE = 'http://127.0.0.1:9/api/v3';
const BAD = { 'X-Tenant': 'k3y-🔑-s3cr3t' };

/** The real fetch (it validates headers before connecting), counting what the client tried to send. */
function realFetch() {
  const calls: string[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push(url);
    return globalThis.fetch(url, init);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

function isHeaderError(error: unknown): boolean {
  assert.ok(error instanceof EventsConfigError, `expected EventsConfigError, got ${String(error)}`);
  assert.equal(error.kind, 'config');
  assert.equal(error.header, 'X-Tenant');
  assert.equal(error.retryable, false);
  assert.ok(error.message.includes('"X-Tenant"'), error.message);
  assert.ok(!error.message.includes('s3cr3t') && !error.message.includes('🔑'), 'the value is not in the message');
  return true;
}

const mappedOptions = {
  baseUrl: NOWHERE,
  events: {
    list: { url: '/logs', paging: { type: 'page' as const, page: 'page', pageSize: 'size' }, items: '$.data' },
    fields: { pk: 'id', action: 'kind', app: 'source', created: 'at' },
  },
};

describe('an extra header no HTTP header can carry', () => {
  test('every client rejects every call with EventsConfigError before fetch, with or without a token; the token function is not asked', async () => {
    const { fetch, calls } = realFetch();
    let tokenCalls = 0;
    const token = () => (tokenCalls++, 'tok');
    const authentik = createAuthentikClient({ baseUrl: NOWHERE, token, headers: BAD, fetch, live: 'none', backoffMs: 1 });
    await assert.rejects(authentik.listEvents(), isHeaderError);
    await assert.rejects(authentik.getEvent('x'), isHeaderError);
    await assert.rejects(authentik.markSeen('n'), isHeaderError);
    const notifications = createAuthentikNotificationClient({ baseUrl: NOWHERE, headers: BAD, fetch, live: 'none', backoffMs: 1 });
    await assert.rejects(notifications.listNotifications(), isHeaderError);
    const mapped = createMappedClient({ ...mappedOptions, headers: { accept: 'application/json', ...BAD }, fetch, live: false, backoffMs: 1 });
    await assert.rejects(mapped.listEvents(), isHeaderError);
    assert.deepEqual(calls, [], 'was: 4 attempts per call (1 + 3 retries), then EventsNetworkError');
    assert.equal(tokenCalls, 0);
  });

  /** Subscribes until the live path closes, or cuts it off once it loops (5 fetch attempts or 8 statuses). */
  async function live(subscribe: (on: (m: LiveMessage) => void) => () => void, calls: string[]) {
    const statuses: LiveStatus[] = [];
    let off = () => {};
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => (calls.length >= 5 || statuses.length >= 8) && (clearInterval(timer), resolve()), 5);
      off = subscribe((m) => {
        if (m.type !== 'status') return;
        statuses.push(m.status);
        if (m.status === 'closed') (clearInterval(timer), resolve());
      });
    });
    off();
    return statuses;
  }

  test('live: SSE and polling stop (closed) instead of reconnecting forever', async () => {
    // Real timers (never instant) so a looping strategy cannot starve the event loop.
    const sleep = () => new Promise<void>((r) => setTimeout(r, 1));
    const sse = realFetch();
    const sseClient = createAuthentikClient({ baseUrl: NOWHERE, headers: BAD, fetch: sse.fetch, sleep, live: 'sse', backoffMs: 1 });
    assert.deepEqual(await live(sseClient.subscribe, sse.calls), ['connecting', 'closed'], 'was: connecting / offline, reconnecting on');
    const poll = realFetch();
    const pollClient = createMappedClient({ ...mappedOptions, headers: BAD, fetch: poll.fetch, sleep, live: { pollIntervalMs: 1 }, backoffMs: 1 });
    assert.deepEqual(await live(pollClient.subscribe, poll.calls), ['polling', 'closed'], 'was: polling / offline, polling on');
    assert.deepEqual([...sse.calls, ...poll.calls], []);
  });
});
