/**
 * authentik's volume endpoint answers at most 3650 days of history (`history_days` above that is
 * HTTP 400, as the reference server in server/routes-authentik.ts). A window that starts earlier
 * asks for the longest history the API gives, and the answer says from when it covers (its
 * `since`), so `<ev-volume-chart>` shows where the bars start instead of an error.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00.000Z');

/** A fetch that answers an empty volume and keeps the query of each request. */
function fakeFetch() {
  const queries: URLSearchParams[] = [];
  const fetch = (async (url: string | URL) => {
    queries.push(new URL(String(url)).searchParams);
    return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, queries };
}

describe('authentik volume: history_days within the API limit', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: NOW }));
  afterEach(() => mock.timers.reset());

  test('a window from 2016-11-01 asks for 3650 days and answers from where that history starts', async () => {
    const { fetch, queries } = fakeFetch();
    const client = createAuthentikClient({ baseUrl: 'http://events.test/api/v3', token: 't', fetch, live: 'none', volumeBucketMs: DAY });
    const result = await client.volume({ since: '2016-11-01T00:00:00.000Z', until: new Date(NOW).toISOString() });
    assert.equal(queries.length, 1);
    assert.equal(queries[0]!.get('history_days'), '3650');
    // The first whole day bucket inside the last 3650 days.
    const start = '2016-11-23T00:00:00.000Z';
    assert.equal(result.since, start);
    assert.equal(queries[0]!.get('created__gte'), start);
  });

  test('a window from 2010 with authentik\'s 6-hour buckets asks for no more than 3650 days', async () => {
    const { fetch, queries } = fakeFetch();
    const client = createAuthentikClient({ baseUrl: 'http://events.test/api/v3', token: 't', fetch, live: 'none' });
    const result = await client.volume({ since: '2010-01-01T00:00:00.000Z' });
    assert.ok(Number(queries[0]!.get('history_days')) <= 3650);
    assert.ok(Date.parse(result.since) >= NOW - 3650 * DAY);
  });

  test('a window inside the limit is asked for as before', async () => {
    const { fetch, queries } = fakeFetch();
    const client = createAuthentikClient({ baseUrl: 'http://events.test/api/v3', token: 't', fetch, live: 'none', volumeBucketMs: DAY });
    const result = await client.volume({ since: '2026-01-01T00:00:00.000Z', until: new Date(NOW).toISOString() });
    assert.equal(queries[0]!.get('history_days'), '324');
    assert.equal(queries[0]!.get('created__gte'), '2026-01-01T00:00:00.000Z');
    assert.equal(result.since, '2026-01-01T00:00:00.000Z');
  });
});

describe('authentik volume: an unreadable start', () => {
  test('is still asked for, and the server\'s 400 is the answer (as before)', async () => {
    const queries: string[] = [];
    const fetch = (async (url: string | URL) => {
      queries.push(String(url));
      return new Response('{"history_days":["A valid number is required."]}', { status: 400, headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const client = createAuthentikClient({ baseUrl: 'http://events.test/api/v3', token: 't', fetch, live: 'none' });
    await assert.rejects(client.volume({ since: 'not a date' }), (e: Error) => e.name !== 'RangeError');
    assert.equal(queries.length, 1);
  });
});
