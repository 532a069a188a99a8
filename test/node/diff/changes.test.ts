import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventRecord, JsonObject } from '../../../src/client/types.js';
import { buildVersions, isMasked, modelChanges } from '../../../src/diff/index.js';

function modelEvent(pk: string, action: string, created: string, context: JsonObject): EventRecord {
  return {
    pk,
    action,
    created,
    context: { model: { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' }, ...context },
    user: { pk: 1, username: 'akadmin' },
    app: 'authentik.events.signals',
    client_ip: '192.0.2.1',
    expires: null,
    brand: null,
  };
}

describe('modelChanges', () => {
  test('updates, m2m add / remove / clear, and malformed entries kept raw', () => {
    const c = modelChanges('model_updated', {
      diff: {
        name: { previous_value: 'Wiki', new_value: 'Team wiki' },
        is_active: { previous_value: true, new_value: false },
        groups: { add: [3, 4] },
        users: { remove: [7] },
        tags: { clear: true },
        weird: 'not a change record',
        mixed: { previous_value: 1, new_value: 2, extra: 3 },
      },
    });
    assert.equal(c.mode, 'updated');
    assert.deepEqual(c.fields, [
      { kind: 'update', field: 'name', previous: 'Wiki', next: 'Team wiki' },
      { kind: 'update', field: 'is_active', previous: true, next: false },
      { kind: 'm2m', field: 'groups', add: [3, 4], remove: [], clear: false },
      { kind: 'm2m', field: 'users', add: [], remove: [7], clear: false },
      { kind: 'm2m', field: 'tags', add: [], remove: [], clear: true },
      { kind: 'raw', field: 'weird', value: 'not a change record' },
      { kind: 'raw', field: 'mixed', value: { previous_value: 1, new_value: 2, extra: 3 } },
    ]);
  });

  test('create (every previous value null), delete (model_state), and no record', () => {
    assert.equal(modelChanges('model_created', { diff: { name: { previous_value: null, new_value: 'x' } } }).mode, 'created');
    assert.equal(modelChanges('custom_import', { diff: { name: { previous_value: null, new_value: 'x' } } }).mode, 'created');
    assert.equal(modelChanges('model_updated', { diff: { name: { previous_value: null, new_value: 'x' } } }).mode, 'updated');
    const deleted = modelChanges('model_deleted', { model_state: { name: 'Wiki', secret: '********************' } });
    assert.equal(deleted.mode, 'deleted');
    assert.deepEqual(deleted.state, { name: 'Wiki', secret: '********************' });
    assert.equal(modelChanges('login', { http_request: {} }).mode, 'none');
    assert.equal(modelChanges('model_updated', { diff: 'garbage' }).mode, 'none');
  });

  test('masked secrets are recognised, other strings are not', () => {
    assert.equal(isMasked('********************'), true);
    assert.equal(isMasked('****'), false);
    assert.equal(isMasked('**** ****'), false);
    assert.equal(isMasked(null), false);
  });
});

describe('buildVersions', () => {
  test('rebuilds each version from partial diffs, oldest first', () => {
    const events = [
      modelEvent('e3', 'model_updated', '2026-03-03T00:00:00Z', { diff: { slug: { previous_value: 'wiki', new_value: 'team-wiki' }, groups: { add: [9] } } }),
      modelEvent('e1', 'model_updated', '2026-03-01T00:00:00Z', { diff: { name: { previous_value: 'Wiki', new_value: 'Team wiki' }, groups: { add: [1, 2] } } }),
      modelEvent('e2', 'model_updated', '2026-03-02T00:00:00Z', { diff: { name: { previous_value: 'Team wiki', new_value: 'Wiki (team)' }, groups: { remove: [1] } } }),
      modelEvent('e2', 'model_updated', '2026-03-02T00:00:00Z', { diff: {} }),
      modelEvent('x', 'login', '2026-03-02T12:00:00Z', {}),
    ];
    const versions = buildVersions(events);
    assert.deepEqual(
      versions.map((v) => v.event.pk),
      ['e1', 'e2', 'e3'],
    );
    assert.deepEqual(versions[0]!.state, { name: 'Team wiki', groups: [1, 2], slug: 'wiki' });
    assert.deepEqual(versions[1]!.state, { name: 'Wiki (team)', groups: [2], slug: 'wiki' });
    assert.deepEqual(versions[2]!.state, { name: 'Wiki (team)', groups: [2, 9], slug: 'team-wiki' });
  });

  test('a created that is no time ("5", "12.5", words) counts as oldest, like any other: never read as a date of 2001', () => {
    for (const noTime of ['5', '12.5', 'soon']) {
      const versions = buildVersions([
        modelEvent('timed', 'model_updated', '2000-01-01T00:00:00Z', { diff: { name: { previous_value: 'b', new_value: 'c' } } }),
        modelEvent('none', 'model_updated', noTime, { diff: { name: { previous_value: 'a', new_value: 'b' } } }),
      ]);
      assert.deepEqual(
        versions.map((v) => v.event.pk),
        ['none', 'timed'],
        noTime,
      );
    }
  });

  test('field names like __proto__ stay ordinary fields', () => {
    const diff = JSON.parse('{"__proto__": {"previous_value": 1, "new_value": 2}}') as JsonObject;
    const state = JSON.parse('{"__proto__": {"polluted": true}}') as JsonObject;
    const versions = buildVersions([
      modelEvent('a', 'model_updated', '2026-03-01T00:00:00Z', { diff }),
      modelEvent('b', 'model_deleted', '2026-03-02T00:00:00Z', { model_state: state }),
    ]);
    assert.deepEqual(Object.keys(versions[0]!.state), ['__proto__']);
    assert.equal(Object.getPrototypeOf(versions[1]!.state), Object.prototype);
    assert.deepEqual(versions[1]!.state.__proto__, { polluted: true });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
