/**
 * The mapped adapter on a cursor API whose cursor is a number (an id to continue after, as many
 * audit APIs use): every page reachable, each with its own rows, and a page past the end empty
 * rather than a repeat of the last one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';

const ITEMS = Array.from({ length: 45 }, (_, i) => ({
  id: 1000 - i,
  kind: 'login',
  at: new Date(Date.UTC(2026, 10, 20) - i * 60_000).toISOString(),
}));

/** `GET /audit?limit=N&after=<id>`: `{ data, meta: { total, next } }`, `next` the last id (a number) or null. */
function api() {
  const urls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    urls.push(url.search);
    const limit = Number(url.searchParams.get('limit'));
    const after = url.searchParams.get('after');
    const start = after === null ? 0 : ITEMS.findIndex((item) => item.id === Number(after)) + 1;
    const data = ITEMS.slice(start, start + limit);
    const next = start + limit < ITEMS.length ? data[data.length - 1]!.id : null;
    return new Response(JSON.stringify({ data, meta: { total: ITEMS.length, next } }), { headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const client = createMappedClient({
    baseUrl: 'https://audit.example.com/v1',
    fetch,
    live: false,
    events: {
      list: { url: '/audit', items: '$.data', total: '$.meta.total', paging: { type: 'cursor', cursor: 'after', limit: 'limit', next: '$.meta.next' } },
      fields: { pk: { path: 'id', as: 'string' }, action: 'kind', app: { path: 'app', default: 'audit' }, created: 'at' },
    },
  });
  return { client, urls };
}

describe('mapped adapter, numeric cursors', () => {
  test('every page is reached with its own rows', async () => {
    const { client, urls } = api();
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await client.listEvents({ page, pageSize: 20 }));
    assert.deepEqual(
      pages.flatMap((p) => p.items.map((e) => e.pk)),
      ITEMS.map((item) => String(item.id)),
    );
    assert.deepEqual(pages.map((p) => p.next), [2, 3, null]);
    assert.deepEqual(urls, ['?limit=20', '?limit=20&after=981', '?limit=20&after=961']);
  });

  test('a page past the last one is empty, not the last page again', async () => {
    const { client } = api();
    const page = await client.listEvents({ page: 4, pageSize: 20 });
    assert.deepEqual(page.items, []);
    assert.equal(page.next, null);
    assert.equal(page.total, ITEMS.length);
  });
});
