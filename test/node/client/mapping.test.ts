import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFields, expandUrl, getPath, mapParams, parsePath, setPath } from '../../../src/client/adapters/mapping.js';
import { EventsValidationError } from '../../../src/client/errors.js';

describe('mapping language', () => {
  test('JSON paths', () => {
    assert.deepEqual(parsePath('$.data[2].actor.login'), ['data', 2, 'actor', 'login']);
    const doc = { data: [{ a: 1 }, { a: { b: [5, 6] } }], meta: { total: 9 } };
    assert.equal(getPath(doc, '$.meta.total'), 9);
    assert.equal(getPath(doc, 'data[1].a.b[1]'), 6);
    assert.equal(getPath(doc, '$.data[7].a'), undefined);
    assert.equal(getPath(doc, '$.meta.total.x'), undefined);
    assert.equal(getPath({}, 'constructor'), undefined, 'never reads inherited properties');
    assert.deepEqual(getPath(doc, '$'), doc);
  });

  test('setPath never pollutes prototypes', () => {
    const target: Record<string, unknown> = {};
    setPath(target, '__proto__.polluted', 1);
    setPath(target, 'a.constructor', 1);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    setPath(target, 'user.on_behalf_of.username', 'x');
    assert.deepEqual(target, { a: {}, user: { on_behalf_of: { username: 'x' } } });
  });

  test('field maps with conversions and defaults', () => {
    const shaped = applyFields(
      { id: 12, at: 1_700_000_000, who: { login: 'eve' }, lvl: 'warn', blob: '{"k":1}' },
      {
        pk: { path: 'id', as: 'string' },
        created: { path: 'at', as: 'epoch-s' },
        'user.username': 'who.login',
        severity: { path: 'lvl', map: { warn: 'warning' } },
        context: { path: 'blob', as: 'json' },
        app: { path: 'missing', default: 'unknown-app' },
      },
      '$.data[0]',
    );
    assert.deepEqual(shaped, {
      pk: '12',
      created: '2023-11-14T22:13:20.000Z',
      user: { username: 'eve' },
      severity: 'warning',
      context: { k: 1 },
      app: 'unknown-app',
    });
    assert.throws(() => applyFields({ at: 'x' }, { created: { path: 'at', as: 'epoch-ms' } }, '$.data[3]'), (e: unknown) => e instanceof EventsValidationError && e.path === '$.data[3].at');
    assert.throws(() => applyFields('nope', {}, '$.data[1]'), EventsValidationError);
  });

  test('parameters: names, repeated or joined arrays, time formats, inverted booleans, ordering map', () => {
    const params = mapParams(
      { actions: ['login', 'logout'], username: 'bob', since: '2026-01-01T00:00:00Z', seen: false, ordering: '-created', search: '' },
      {
        url: '/x',
        items: '$.data',
        paging: { type: 'offset', offset: 'offset', limit: 'limit' },
        params: {
          actions: 'kind',
          username: 'actor',
          since: { name: 'from', format: 'epoch-ms' },
          seen: { name: 'unread', invert: true },
          ordering: 'sort',
          search: 'q',
        },
        ordering: { '-created': '-occurred_at' },
        fixed: { v: '2' },
      },
    );
    assert.deepEqual(params, { v: '2', kind: ['login', 'logout'], actor: 'bob', from: '1767225600000', unread: 'true', sort: '-occurred_at' });
    assert.equal(expandUrl('/logs/{pk}', { pk: '../a b' }), '/logs/..%2Fa%20b');
  });

  test('the area goes out only through a bbox format, in the declared order', () => {
    const list = (format?: 'bbox' | 'bbox-lonlat') => ({
      url: '/x',
      items: '$',
      paging: { type: 'offset', offset: 'o', limit: 'l' } as const,
      params: { area: format ? { name: 'box', format } : 'box' },
    });
    const area = { north: 10, south: -5.5, east: -170, west: 170 };
    assert.deepEqual(mapParams({ area }, list('bbox')), { box: '-5.5,170,10,-170' });
    assert.deepEqual(mapParams({ area }, list('bbox-lonlat')), { box: '170,-5.5,-170,10' });
    assert.deepEqual(mapParams({ area }, list()), {}, 'no "[object Object]"');
    assert.deepEqual(mapParams({ area: { north: 0, south: 1, east: 0, west: 0 } }, list('bbox')), {}, 'an invalid area is not sent');
  });
});
