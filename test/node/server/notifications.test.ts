/**
 * Notifications: filters, retrieve, PATCH seen, mark_all_seen, ETag / If-None-Match, the
 * created__gt catch-up extension, the control reset, and notifications emitted with a chosen
 * `created` (listed, ordered and filtered by it like any other).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { api, control, NOW, testServer, type NotificationJson, type PageJson } from './helpers.js';

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

  // Last: it adds notifications for good (reset restores only the seen state).
  it('emits notifications stamped at a chosen created, listed, ordered and filtered by it', async () => {
    const emit = (body: unknown) => control<{ pks: string[]; error?: string }>(server, 'POST', '/emit', body);
    const [c, b] = ['2026-03-02T13:00:01.500Z', '2026-03-02T13:00:01.000Z'];
    const [cPk] = (await emit({ kind: 'notification', created: c })).body.pks;
    const [bPk] = (await emit({ kind: 'notification', created: b })).body.pks;
    const [nowPk] = (await emit({ kind: 'notification' })).body.pks;
    const newest = (await list('&ordering=-created')).results.slice(0, 3);
    assert.deepEqual(newest.map((n) => [n.pk, n.created]), [[cPk, c], [bPk, b], [nowPk, newest[2]!.created]], 'C, then B (emitted after it), then the default');
    assert.ok(newest[2]!.created >= NOW && newest[2]!.created < '2026-03-02T12:10:00.000Z', `the default stays the server's clock: ${newest[2]!.created}`);
    assert.deepEqual((await list('&ordering=created')).results.slice(-2).map((n) => n.pk), [bPk, cPk]);
    assert.deepEqual((await list(`&created__gt=${b}`)).results.map((n) => n.pk), [cPk]);
    assert.deepEqual((await list('&created__gt=2026-03-02T13:00:00.000Z')).results.map((n) => n.pk), [cPk, bPk]);
    assert.equal((await api<NotificationJson>(server, `/events/notifications/${bPk}/`)).body.created, b);
    for (const [body, message] of [
      [{ kind: 'notification', created: 'yesterday' }, /^created must be a date\/time string/],
      [{ kind: 'notification', created: 1_772_456_400_000 }, /^created must be a date\/time string/],
      [{ kind: 'event', created: c }, /^created is only accepted with kind "notification"/],
    ] as const) {
      const bad = await emit(body);
      assert.equal(bad.status, 400, JSON.stringify(body));
      assert.match(bad.body.error!, message);
    }
    assert.equal((await list('&created__gt=2026-03-02T13:00:00.000Z')).results.length, 2, 'rejected emits add nothing');
  });
});
