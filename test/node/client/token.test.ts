/**
 * The `token` option when it cannot give a usable token: a token function that throws or
 * rejects, or a token no HTTP header can carry (outside Latin-1, line breaks). Every client that takes a token and every live path that reads it must reject with
 * the typed `EventsTokenError` (kind `auth`), send nothing, retry nothing, and never put the
 * token or the thrown message in the error.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { EventsNetworkError, EventsTokenError } from '../../../src/client/errors.js';
import type { LiveMessage, LiveStatus } from '../../../src/client/types.js';

const SECRET = 'refresh_token=r3fr3sh-s3cr3t';

/** A fetch that counts what the client tried to send and answers 200 `{}` (never reached when the token fails). */
function countingFetch() {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(url);
    return new Response('{}', { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

/** Token functions that fail, each counting its calls. */
function failingTokens() {
  const counts = { sync: 0, async: 0 };
  return {
    counts,
    sync: (): string => {
      counts.sync++;
      throw new Error(`refresh failed: ${SECRET}`);
    },
    async: async (): Promise<string> => {
      counts.async++;
      throw new Error(`refresh failed: ${SECRET}`);
    },
  };
}

/** The typed error a failing token function must give. */
function isTokenError(error: unknown): boolean {
  assert.ok(error instanceof EventsTokenError, `expected EventsTokenError, got ${String(error)}`);
  assert.equal(error.kind, 'auth');
  assert.equal(error.reason, 'failed');
  assert.equal(error.retryable, false);
  assert.ok(!error.message.includes('r3fr3sh'), 'the thrown message (which may hold a secret) is not in ours');
  assert.ok(error.cause instanceof Error && error.cause.message.includes('refresh failed'), 'what the function threw is the cause');
  return true;
}

const mappedOptions = {
  baseUrl: 'https://api.example.com/v1',
  events: {
    list: { url: '/logs', paging: { type: 'page' as const, page: 'page', pageSize: 'size' }, items: '$.data' },
    fields: { pk: 'id', action: 'kind', app: 'source', created: 'at' },
  },
  notifications: {
    list: { url: '/inbox', paging: { type: 'page' as const, page: 'page', pageSize: 'size' }, items: '$.data' },
    fields: { pk: 'id', severity: 'level', body: 'text', created: 'at' },
  },
};

describe('a token function that fails', () => {
  test('authentik client: every call rejects with EventsTokenError, sends nothing and is not retried', async () => {
    for (const kind of ['sync', 'async'] as const) {
      const tokens = failingTokens();
      const { fetch, calls } = countingFetch();
      const client = createAuthentikClient({ baseUrl: 'https://auth.example.com/api/v3', token: tokens[kind], fetch, live: 'none', backoffMs: 1 });
      await assert.rejects(client.listEvents(), isTokenError);
      await assert.rejects(client.getEvent('x'), isTokenError);
      await assert.rejects(client.volume(), isTokenError);
      await assert.rejects(client.listNotifications(), isTokenError);
      await assert.rejects(client.markSeen('n'), isTokenError);
      assert.equal(calls.length, 0, 'no request was sent');
      assert.equal(tokens.counts[kind], 5, 'one token call per client call: no retries');
    }
  });

  test('notification client and mapped client: the same typed error', async () => {
    for (const kind of ['sync', 'async'] as const) {
      const tokens = failingTokens();
      const { fetch, calls } = countingFetch();
      const notifications = createAuthentikNotificationClient({ baseUrl: 'https://auth.example.com/api/v3', token: tokens[kind], fetch, live: 'none' });
      await assert.rejects(notifications.listNotifications(), isTokenError);
      await assert.rejects(notifications.markAllSeen(), isTokenError);
      const mapped = createMappedClient({ ...mappedOptions, token: tokens[kind], fetch, live: false });
      await assert.rejects(mapped.listEvents(), isTokenError);
      await assert.rejects(mapped.listNotifications(), isTokenError);
      assert.equal(calls.length, 0);
      assert.equal(tokens.counts[kind], 4);
    }
  });

  /**
   * Subscribes, and returns the statuses seen and how often the token function was called. A
   * live path that loops (reconnects or polls again) is cut off after 5 token calls.
   */
  async function live(make: (token: () => Promise<string>, sleep: (ms: number) => Promise<void>) => { subscribe: (on: (m: LiveMessage) => void) => () => void }) {
    let calls = 0;
    let off = () => {};
    const statuses: LiveStatus[] = [];
    const closed = new Promise<void>((resolve) => {
      const token = async () => {
        if (++calls >= 5) queueMicrotask(() => (off(), resolve()));
        throw new Error(`refresh failed: ${SECRET}`);
      };
      // Real timers (never instant) so a looping strategy cannot starve the event loop.
      const sleep = () => new Promise<void>((r) => setTimeout(r, 1));
      off = make(token, sleep).subscribe((m) => {
        if (m.type !== 'status') return;
        statuses.push(m.status);
        if (m.status === 'closed') resolve();
      });
    });
    await closed;
    off();
    return { calls, statuses };
  }

  test('live: SSE stops (closed) instead of reconnecting with a token that cannot be had', async () => {
    const { fetch, calls: requests } = countingFetch();
    const { calls, statuses } = await live((token, sleep) =>
      createAuthentikClient({ baseUrl: 'https://auth.example.com/api/v3', token, fetch, sleep, live: 'sse' }),
    );
    assert.equal(calls, 1, 'the token function was asked once, not on every reconnect');
    assert.deepEqual(statuses, ['connecting', 'closed']);
    assert.equal(requests.length, 0);
  });

  test('live: polling stops (closed) instead of polling on, showing nothing', async () => {
    const { fetch, calls: requests } = countingFetch();
    const authentik = await live((token, sleep) =>
      createAuthentikClient({ baseUrl: 'https://auth.example.com/api/v3', token, fetch, sleep, live: 'poll', pollIntervalMs: 1 }),
    );
    assert.equal(authentik.calls, 1);
    assert.deepEqual(authentik.statuses, ['polling', 'closed']);
    const mapped = await live((token, sleep) => createMappedClient({ ...mappedOptions, token, fetch, sleep, live: { pollIntervalMs: 1 } }));
    assert.equal(mapped.calls, 1);
    assert.deepEqual(mapped.statuses, ['polling', 'closed']);
    assert.equal(requests.length, 0);
  });
});

/** The real fetch (it validates headers before connecting), counting what the client tried to send. */
function realFetch() {
  const calls: string[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push(url);
    return globalThis.fetch(url, init);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

/** A closed port: a request that did get out would fail as a network error. */
const NOWHERE = 'http://127.0.0.1:9/api/v3';

function isInvalidToken(token: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof EventsTokenError, `expected EventsTokenError, got ${String(error)}`);
    assert.equal(error.kind, 'auth');
    assert.equal(error.reason, 'invalid');
    assert.equal(error.retryable, false);
    assert.ok(!error.message.includes(token) && !error.message.includes('tök'), 'the token is not in the message');
    return true;
  };
}

describe('a token no HTTP header can carry', () => {
  const bad = ['tök-€', 'sekret\r\nX-Injected: 1', 'emoji-🔑'];

  test('rejects at once with EventsTokenError (invalid): no request, no retries, the token not in the message', async () => {
    for (const token of bad) {
      const { fetch, calls } = realFetch();
      const client = createAuthentikClient({ baseUrl: NOWHERE, token, fetch, live: 'none', backoffMs: 1 });
      await assert.rejects(client.listEvents(), isInvalidToken(token));
      assert.deepEqual(calls, [], 'fetch was not even tried (was: 4 attempts, then EventsNetworkError)');
      let fnCalls = 0;
      const fromFunction = createAuthentikClient({ baseUrl: NOWHERE, token: async () => (fnCalls++, token), fetch, live: 'none', backoffMs: 1 });
      await assert.rejects(fromFunction.listEvents(), isInvalidToken(token));
      assert.equal(fnCalls, 1);
      const notifications = createAuthentikNotificationClient({ baseUrl: NOWHERE, token, fetch, live: 'none', backoffMs: 1 });
      await assert.rejects(notifications.listNotifications(), isInvalidToken(token));
      const mapped = createMappedClient({ ...mappedOptions, baseUrl: NOWHERE, token, auth: { header: 'X-Api-Key', scheme: '' }, fetch, live: false, backoffMs: 1 });
      await assert.rejects(mapped.listEvents(), isInvalidToken(token));
      assert.deepEqual(calls, []);
    }
  });

  test('a Latin-1 token (ö) is still sent as before', async () => {
    const { fetch, calls } = realFetch();
    const client = createAuthentikClient({ baseUrl: NOWHERE, token: 'tök', fetch, live: 'none', retries: 0 });
    await assert.rejects(client.listEvents(), (e: unknown) => e instanceof EventsNetworkError);
    assert.equal(calls.length, 1);
  });

  test('live SSE: closed, not reconnecting', async () => {
    const { fetch, calls } = realFetch();
    const statuses: LiveStatus[] = [];
    const client = createAuthentikClient({ baseUrl: NOWHERE, token: 'tök-€', fetch, live: 'sse', sleep: () => new Promise((r) => setTimeout(r, 1)) });
    await new Promise<void>((resolve) => {
      const off = client.subscribe((m) => {
        if (m.type !== 'status') return;
        statuses.push(m.status);
        // A reconnect loop is cut off after a few rounds.
        if (m.status === 'closed' || statuses.length >= 6) queueMicrotask(() => (off(), resolve()));
      });
    });
    assert.deepEqual(statuses, ['connecting', 'closed']);
    assert.deepEqual(calls, []);
  });
});
