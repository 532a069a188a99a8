/**
 * The alt route family: shape, keyset cursor paging (stable under inserts), filters,
 * histogram, kinds and the inbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { alt, api, control, testServer, type EventJson, type PageJson } from './helpers.js';

interface AltEvent {
  id: string;
  kind: string;
  source: string;
  actor: { id: unknown; login: string; mail: string; acting_for: { id: unknown; login: string; mail: string } | null } | null;
  occurred_at: string;
  ip: string | null;
  tenant: { id: string; label: string } | null;
  details: Record<string, unknown>;
}
interface AltPage<T> {
  data: T[];
  meta: { total: number; next_cursor: string | null };
}
interface InboxItem {
  id: string;
  level: string;
  text: string;
  link: { url: string; label: string | null } | null;
  at: string;
  read: boolean;
  audit_log: AltEvent | null;
}

let server: RunningServer;
before(async () => {
  server = await testServer({ events: 600 });
});
after(() => server.close());

async function walk(query: string, limit: number, between?: () => Promise<void>): Promise<{ items: AltEvent[]; pages: number; totals: number[] }> {
  const items: AltEvent[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res: { status: number; body: AltPage<AltEvent> } = await alt<AltPage<AltEvent>>(server, `/audit-logs?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200);
    items.push(...res.body.data);
    totals.push(res.body.meta.total);
    cursor = res.body.meta.next_cursor;
    pages += 1;
    if (pages === 1 && between) await between();
  } while (cursor);
  return { items, pages, totals };
}

describe('alt audit logs', () => {
  it('maps every field of the authentik event', async () => {
    const events = (await api<PageJson<EventJson>>(server, '/events/events/?page_size=200')).body.results;
    const altItems = (await alt<AltPage<AltEvent>>(server, '/audit-logs?limit=200')).body.data;
    assert.deepEqual(altItems.map((a) => a.id), events.map((e) => e.pk));
    for (const [i, e] of events.entries()) {
      const a = altItems[i]!;
      assert.equal(a.kind, e.action);
      assert.equal(a.source, e.app);
      assert.equal(a.occurred_at, e.created);
      assert.equal(a.ip, e.client_ip);
      assert.deepEqual(a.details, e.context);
      assert.equal(a.actor?.login, e.user.username as string | undefined);
      assert.equal(a.actor?.acting_for?.login, (e.user.on_behalf_of as { username?: string } | undefined)?.username);
      assert.equal(a.tenant?.label, e.brand.name as string | undefined);
    }
  });

  it('pages to the end with keyset cursors, stable under inserts in between', async () => {
    const plain = await walk('', 70);
    assert.equal(plain.items.length, 600);
    assert.equal(new Set(plain.items.map((i) => i.id)).size, 600);
    const withInsert = await walk('', 70, async () => {
      await control(server, 'POST', '/emit', { kind: 'event', count: 5 });
    });
    assert.deepEqual(withInsert.items.map((i) => i.id), plain.items.map((i) => i.id), 'no duplicates or gaps after the insert');
    assert.equal(withInsert.totals.at(-1), 605);
    const ascending = await walk('&sort=occurred_at', 200);
    assert.equal(ascending.items.length, 605);
    const times = ascending.items.map((i) => i.occurred_at);
    assert.deepEqual(times, [...times].sort());
  });

  it('rejects foreign or broken cursors', async () => {
    const first = (await alt<AltPage<AltEvent>>(server, '/audit-logs?limit=5')).body;
    const other = await alt<{ error: { code: string } }>(server, `/audit-logs?sort=occurred_at&cursor=${first.meta.next_cursor}`);
    assert.equal(other.status, 400);
    assert.equal(other.body.error.code, 'invalid_cursor');
    assert.equal((await alt(server, '/audit-logs?cursor=not-a-cursor')).status, 400);
    assert.equal((await alt(server, '/audit-logs?limit=0')).status, 400);
  });

  it('filters: kind (repeated), actor, ip, tenant, object, q, from/to', async () => {
    const all = (await walk('', 500)).items;
    const check = async (query: string, predicate: (a: AltEvent) => boolean) => {
      const got = (await walk(query, 500)).items;
      const expected = all.filter(predicate);
      assert.ok(expected.length > 0, query);
      assert.deepEqual(got.map((a) => a.id), expected.map((a) => a.id), query);
    };
    const sample = all.find((a) => a.actor && a.ip && a.tenant && a.actor.login !== 'AnonymousUser')!;
    await check('&kind=login&kind=logout', (a) => a.kind === 'login' || a.kind === 'logout');
    await check(`&actor=${sample.actor!.login}`, (a) => a.actor?.login === sample.actor!.login);
    await check(`&ip=${encodeURIComponent(sample.ip!)}`, (a) => a.ip === sample.ip);
    await check('&tenant=Partner%20Portal', (a) => a.tenant?.label === 'Partner Portal');
    await check('&object_type=user', (a) => (a.details.model as { model_name?: string } | undefined)?.model_name === 'user');
    await check('&q=nextcloud', (a) => JSON.stringify([a.actor, a.kind, a.source, a.details, a.ip]).toLowerCase().includes('nextcloud'));
    await check('&from=2026-02-20T00:00:00Z&to=2026-02-27T00:00:00Z', (a) => a.occurred_at >= '2026-02-20' && a.occurred_at < '2026-02-27');
  });

  it('detail, 404, kinds', async () => {
    const first = (await alt<AltPage<AltEvent>>(server, '/audit-logs?limit=1')).body.data[0]!;
    assert.deepEqual((await alt(server, `/audit-logs/${first.id}`)).body, { data: first });
    const missing = await alt<{ error: { code: string } }>(server, '/audit-logs/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not_found');
    const kinds = (await alt<{ data: Array<{ kind: string; label: string }> }>(server, '/audit-logs/kinds')).body.data;
    assert.ok(kinds.some((k) => k.kind === 'model_updated' && k.label === 'Model Updated'));
  });

  it('histogram: aligned buckets per kind, empty ones omitted', async () => {
    const res = await alt<{ interval: number; data: Array<{ kind: string; bucket_start: string; n: number }> }>(
      server,
      '/audit-logs/histogram?interval=86400&from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z&kind=login',
    );
    assert.equal(res.body.interval, 86400);
    assert.ok(res.body.data.length > 0);
    for (const b of res.body.data) {
      assert.equal(Date.parse(b.bucket_start) % 86_400_000, 0);
      assert.equal(b.kind, 'login');
      assert.ok(b.n > 0);
    }
    const listed = (await walk('&kind=login&from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z', 500)).items.length;
    assert.equal(res.body.data.reduce((n, b) => n + b.n, 0), listed);
    assert.equal((await alt(server, '/audit-logs/histogram?interval=5')).status, 400);
  });
});

describe('alt inbox', () => {
  it('pages by cursor, filters unread, marks read one by one or all', async () => {
    await control(server, 'POST', '/reset');
    const items: InboxItem[] = [];
    let cursor: string | null = null;
    do {
      const body: AltPage<InboxItem> = (await alt<AltPage<InboxItem>>(server, `/inbox?limit=40${cursor ? `&cursor=${cursor}` : ''}`)).body;
      items.push(...body.data);
      cursor = body.meta.next_cursor;
    } while (cursor);
    assert.ok(items.length >= 150);
    assert.ok(items.every((i) => ['info', 'warn', 'critical'].includes(i.level)));
    assert.ok(items.some((i) => i.audit_log) && items.some((i) => i.audit_log === null));
    assert.ok(items.some((i) => i.link === null) && items.some((i) => i.link?.url));
    const unread = (await alt<AltPage<InboxItem>>(server, '/inbox?unread=true&limit=500')).body;
    assert.equal(unread.meta.total, items.filter((i) => !i.read).length);
    const target = unread.data[0]!;
    const read = await alt<{ data: InboxItem }>(server, `/inbox/${target.id}/read`, { method: 'POST' });
    assert.equal(read.body.data.read, true);
    assert.equal((await alt<AltPage<InboxItem>>(server, '/inbox?unread=true')).body.meta.total, unread.meta.total - 1);
    assert.equal((await alt(server, '/inbox/read-all', { method: 'POST' })).status, 204);
    assert.equal((await alt<AltPage<InboxItem>>(server, '/inbox?unread=true')).body.meta.total, 0);
    assert.equal((await alt(server, '/inbox/00000000-0000-4000-8000-000000000000/read', { method: 'POST' })).status, 404);
  });
});
