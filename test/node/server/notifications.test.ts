/**
 * Notifications: filters, retrieve, PATCH seen, mark_all_seen, ETag / If-None-Match, the
 * created__gt catch-up extension and the control reset.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { api, control, testServer, type NotificationJson, type PageJson } from './helpers.js';

let server: RunningServer;
before(async () => {
  server = await testServer();
});
beforeEach(() => control(server, 'POST', '/reset'));
after(() => server.close());

const list = (query = '') => api<PageJson<NotificationJson>>(server, `/events/notifications/?page_size=1000${query}`).then((r) => r.body);
const patch = (pk: string, body: unknown) =>
  api<NotificationJson>(server, `/events/notifications/${pk}/`, { method: 'PATCH', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

describe('notifications', () => {
  it('holds ~150 generated notifications with realistic variety', async () => {
    const all = (await list()).results;
    assert.equal(all.length, 150);
    const seenShare = all.filter((n) => n.seen).length / all.length;
    assert.ok(seenShare > 0.45 && seenShare < 0.75, `seen share ${seenShare}`);
    const linked = all.filter((n) => n.event).length / all.length;
    assert.ok(linked > 0.55 && linked < 0.85, `linked share ${linked}`);
    assert.ok(all.filter((n) => !n.event).every((n) => !('event' in n)), 'event key omitted when unlinked');
    assert.deepEqual(new Set(all.map((n) => n.severity)), new Set(['notice', 'warning', 'alert']));
    assert.ok(all.some((n) => n.body.includes('\n')) && all.some((n) => n.body.includes('{"')));
    assert.ok(all.some((n) => n.hyperlink?.startsWith('/if/admin/#/events/log/')) && all.some((n) => n.hyperlink?.startsWith('https://')));
    const created = all.map((n) => n.created);
    assert.deepEqual(created, [...created].sort().reverse());
  });

  it('filters by seen, severity and search; rejects bad values', async () => {
    const all = (await list()).results;
    assert.equal((await list('&seen=false')).pagination.count, all.filter((n) => !n.seen).length);
    assert.equal((await list('&seen=true')).pagination.count, all.filter((n) => n.seen).length);
    assert.equal((await list('&severity=alert')).pagination.count, all.filter((n) => n.severity === 'alert').length);
    assert.equal((await list('&search=LOGIN')).pagination.count, all.filter((n) => n.body.toLowerCase().includes('login')).length);
    assert.equal((await api(server, '/events/notifications/?seen=maybe')).status, 400);
    assert.equal((await api(server, '/events/notifications/?severity=fatal')).status, 400);
  });

  it('orders by created, severity and seen', async () => {
    const asc = (await list('&ordering=created')).results.map((n) => n.created);
    assert.deepEqual(asc, [...asc].sort());
    const sev = (await list('&ordering=severity')).results.map((n) => n.severity);
    assert.deepEqual(sev, [...sev].sort());
  });

  it('created__gt returns strictly newer notifications', async () => {
    const all = (await list()).results;
    const pivot = all[10]!.created;
    const newer = (await list(`&created__gt=${pivot}`)).results;
    assert.deepEqual(newer.map((n) => n.pk), all.filter((n) => n.created > pivot).map((n) => n.pk));
  });

  it('retrieves, patches seen both ways, and 404s unknown ids', async () => {
    const unseen = (await list('&seen=false')).results[0]!;
    const got = await api<NotificationJson>(server, `/events/notifications/${unseen.pk}/`);
    assert.deepEqual(got.body, unseen);
    assert.equal((await patch(unseen.pk, { seen: true })).body.seen, true);
    assert.equal((await api<NotificationJson>(server, `/events/notifications/${unseen.pk}/`)).body.seen, true);
    assert.equal((await patch(unseen.pk, { seen: false })).body.seen, false);
    assert.equal((await patch(unseen.pk, { seen: 'yes' })).status, 400);
    assert.equal((await patch('00000000-0000-4000-8000-000000000000', { seen: true })).status, 404);
    assert.equal((await api(server, '/events/notifications/not-a-uuid/')).status, 404);
  });

  it('mark_all_seen answers 204 and marks everything; reset restores the generated state', async () => {
    const before = (await list('&seen=false')).pagination.count;
    assert.ok(before > 0);
    assert.equal((await api(server, '/events/notifications/mark_all_seen/', { method: 'POST' })).status, 204);
    assert.equal((await list('&seen=false')).pagination.count, 0);
    await control(server, 'POST', '/reset');
    assert.equal((await list('&seen=false')).pagination.count, before);
  });

  it('supports ETag and If-None-Match → 304 until something changes', async () => {
    const first = await api(server, '/events/notifications/');
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^W\/".+"$/);
    const cached = await api(server, '/events/notifications/', { headers: { 'If-None-Match': etag } });
    assert.equal(cached.status, 304);
    assert.equal(cached.headers.get('etag'), etag);
    const target = (first.body as PageJson<NotificationJson>).results[0]!;
    await patch(target.pk, { seen: !target.seen });
    const changed = await api(server, '/events/notifications/', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const log = (await control<Array<{ ifNoneMatch?: string; status: number }>>(server, 'GET', '/requests')).body;
    assert.ok(log.some((r) => r.ifNoneMatch === etag && r.status === 304));
  });
});
