/**
 * Contract: every authentik route answers in the shapes of authentik's OpenAPI excerpt.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { validateRequest, validateResponse, type OperationRef } from '../../fixtures/openapi.js';
import { api, testServer, type EventJson, type NotificationJson, type PageJson } from './helpers.js';

let server: RunningServer;
before(async () => {
  server = await testServer();
});
after(() => server.close());

async function expectValid(op: OperationRef, path: string, init: RequestInit = {}, expectedStatus = 200): Promise<unknown> {
  const res = await api(server, path, init);
  assert.equal(res.status, expectedStatus, `${path} → ${res.status}: ${JSON.stringify(res.body)}`);
  const result = validateResponse(op, res.status, res.body, { lenientActions: true });
  assert.deepEqual(result.errors, [], `${path} does not match the schema`);
  return res.body;
}

describe('authentik contract', () => {
  const listQueries = [
    '',
    '?page=2&page_size=50',
    '?actions=login&actions=logout&ordering=created',
    '?action=login&ordering=-action',
    '?ordering=user&search=grafana',
    '?ordering=client_ip&username=akadmin',
    '?context_model_name=user&ordering=app',
    '?brand_name=Example%20Corp&ordering=-brand',
    '?created__gte=2026-02-20T00:00:00Z&created__lt=2026-02-21T00:00:00Z',
    '?search=no-such-thing-anywhere',
  ];
  for (const q of listQueries) {
    it(`events list ${q || '(default)'}`, async () => {
      const path = `/events/events/${q}`;
      assert.deepEqual(validateRequest(`/api/v3${path}`, 'get', q).errors, []);
      await expectValid('events_events_list', path);
    });
  }

  it('every event on several pages validates against the strict EventActions enum or is a known extension', async () => {
    const body = (await expectValid('events_events_list', '/events/events/?page_size=1000')) as PageJson<EventJson>;
    for (const event of body.results) {
      const strict = validateResponse('events_events_retrieve', 200, event);
      if (!strict.valid) assert.match(event.action, /^(custom_|access_request_|mfa_device_|account_lockdown|login_blocked|user_created)/);
    }
  });

  it('event detail and 404', async () => {
    const list = (await api<PageJson<EventJson>>(server, '/events/events/?page_size=5')).body;
    for (const e of list.results) await expectValid('events_events_retrieve', `/events/events/${e.pk}/`);
    const missing = await api(server, '/events/events/00000000-0000-4000-8000-000000000000/');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, { detail: 'Not found.' });
  });

  it('actions, top_per_user, volume', async () => {
    await expectValid('events_events_actions_list', '/events/events/actions/');
    await expectValid('events_events_top_per_user_list', '/events/events/top_per_user/?action=authorize_application&top_n=5');
    await expectValid('events_events_volume_list', '/events/events/volume/');
    await expectValid('events_events_volume_list', '/events/events/volume/?history_days=30&actions=login');
  });

  it('notifications list, retrieve, patch, mark_all_seen', async () => {
    const list = (await expectValid('events_notifications_list', '/events/notifications/?page_size=100')) as PageJson<NotificationJson>;
    await expectValid('events_notifications_list', '/events/notifications/?seen=false&severity=alert&ordering=created');
    const first = list.results[0]!;
    await expectValid('events_notifications_retrieve', `/events/notifications/${first.pk}/`);
    const patch = { method: 'PATCH', body: JSON.stringify({ seen: true }), headers: { 'Content-Type': 'application/json' } };
    await expectValid('events_notifications_partial_update', `/events/notifications/${first.pk}/`, patch);
    await expectValid('events_notifications_mark_all_seen_create', '/events/notifications/mark_all_seen/', { method: 'POST' }, 204);
  });

  it('errors use GenericError and ValidationError', async () => {
    const bad = await api(server, '/events/events/?ordering=nonsense');
    assert.equal(bad.status, 400);
    assert.deepEqual(validateResponse('events_events_list', 400, bad.body).errors, []);
    const denied = await api(server, '/events/events/', { headers: { Authorization: '' } });
    assert.equal(denied.status, 403);
    assert.deepEqual(validateResponse('events_events_list', 403, denied.body).errors, []);
  });

  it('validateRequest flags unknown parameters and wrong types', () => {
    const r = validateRequest('/api/v3/events/events/', 'get', 'page=two&bogus=1&actions=login&actions=logout');
    assert.equal(r.valid, false);
    assert.equal(r.errors.length, 2);
    assert.equal(validateRequest('/api/v3/events/events/', 'get', 'created__gte=2026-01-01T00:00:00Z', false).valid, false);
  });
});
