/**
 * The mapped client's validation errors name the API's JSON path (what the integrator sees in
 * the response and wrote in the mapping), never the field of our model a value was mapped to.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMappedClient, type MappedClientMapping } from '../../../src/client/adapters/mapped.js';
import { EventsValidationError } from '../../../src/client/errors.js';

const CREATED = '2026-11-20T12:00:00Z';

/** A fetch answering every request with `body` as JSON. */
function answer(body: unknown): typeof globalThis.fetch {
  return (async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as unknown as typeof globalThis.fetch;
}

const page = { type: 'page' as const, page: 'page', pageSize: 'size' };

function client(body: unknown, patch: Partial<MappedClientMapping> = {}, fields: MappedClientMapping['events']['fields'] = {}) {
  return createMappedClient({
    baseUrl: 'https://api.example.com/v1',
    fetch: answer(body),
    live: false,
    events: {
      list: { url: '/logs', paging: page, items: '$.items' },
      detail: { url: '/logs/{pk}', item: '$.data' },
      fields: { pk: 'id', action: 'kind', app: 'source', created: 'at', 'user.username': 'who.name', ...fields },
    },
    ...patch,
  });
}

/** Asserts a validation error at `path`, with the path in its message. */
function at(path: string, expected?: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof EventsValidationError, `expected EventsValidationError, got ${String(error)}`);
    assert.equal(error.path, path);
    assert.ok(error.message.includes(path), error.message);
    if (expected) assert.match(error.expected, expected);
    return true;
  };
}

const good = { id: 'e1', kind: 'login', source: 'sso', at: CREATED, who: { name: 'alice' } };

describe('mapped client: validation errors name the API path', () => {
  test('a missing or wrong field is reported where the API has it', async () => {
    const { kind: _kind, ...noKind } = good;
    // was $.items[0].action
    await assert.rejects(client({ items: [noKind] }).listEvents(), at('$.items[0].kind', /string/));
    // was $.items[1].user.username
    await assert.rejects(client({ items: [good, { ...good, who: { name: 42 } }] }).listEvents(), at('$.items[1].who.name'));
    // was $.data.action (single event)
    await assert.rejects(client({ data: { ...good, kind: 7 } }).getEvent('e1'), at('$.data.kind'));
    // A whole object mapped at once: the rest of the path follows its source.
    await assert.rejects(
      client({ items: [{ ...good, actor: { username: 5 } }] }, {}, { user: 'actor', 'user.username': { path: 'actor.username' } }).listEvents(),
      at('$.items[0].actor.username'),
    );
    await assert.rejects(client({ items: [{ ...good, actor: 'alice' }] }, {}, { user: 'actor' }).listEvents(), at('$.items[0].actor', /object/));
    // Source paths written with `$.` and with conversions.
    await assert.rejects(client({ items: [{ ...good, meta: { id: {} } }] }, {}, { pk: { path: '$.meta.id', as: 'string' } }).listEvents(), at('$.items[0].meta.id'));
  });

  test('a required field the mapping does not name is reported on the item, naming the field', async () => {
    const noApp = createMappedClient({
      baseUrl: 'https://api.example.com/v1',
      fetch: answer({ items: [good] }),
      live: false,
      events: { list: { url: '/logs', paging: page, items: '$.items' }, fields: { pk: 'id', action: 'kind', created: 'at' } },
    });
    await assert.rejects(noApp.listEvents(), (error: unknown) => {
      at('$.items[0]')(error);
      assert.match((error as Error).message, /"app".*the mapping does not name/);
      return true;
    });
  });

  test('notifications (and the event linked to one), volume and actions', async () => {
    const notifications = (body: unknown) =>
      client(body, {
        notifications: {
          list: { url: '/inbox', paging: page, items: '$.data' },
          fields: { pk: 'id', severity: 'level', body: 'text', created: 'at', event: 'audit_log' },
        },
      });
    const note = { id: 'n1', level: 'notice', text: 'hi', at: CREATED };
    const { text: _text, ...noText } = note;
    await assert.rejects(notifications({ data: [noText] }).listNotifications(), at('$.data[0].text'));
    await assert.rejects(notifications({ data: [{ ...note, audit_log: { ...good, kind: null } }] }).listNotifications(), at('$.data[0].audit_log.kind'));
    await assert.rejects(notifications({ data: [{ ...note, audit_log: { ...good, at: 'yesterday' } }] }).listNotifications(), at('$.data[0].audit_log.at', /ISO 8601/));
    await assert.rejects(notifications({ data: [{ ...note, audit_log: 'e1' }] }).listNotifications(), at('$.data[0].audit_log', /object/));
    const linked = await notifications({ data: [{ ...note, audit_log: good }] }).listNotifications();
    assert.equal(linked.items[0]!.event!.action, 'login');

    const volume = client(
      { data: [{ kind: 'login', bucket_start: CREATED, n: 'three' }] },
      { volume: { url: '/histogram', items: '$.data', fields: { action: 'kind', time: 'bucket_start', count: 'n' } } },
    );
    await assert.rejects(volume.volume({ since: CREATED, until: CREATED }), at('$.data[0].n'));
    const actions = client({ data: [{ kind: 'login' }, { label: 'no name' }] }, { actions: { url: '/kinds', items: '$.data', name: 'kind', description: 'label' } });
    await assert.rejects(actions.actions(), at('$.data[1].kind'));
  });

  test('valid items map as before', async () => {
    const result = await client({ items: [good] }).listEvents();
    assert.equal(result.items[0]!.action, 'login');
    assert.deepEqual(result.items[0]!.user, { username: 'alice' });
  });
});
