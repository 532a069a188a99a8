// pollTick (general client) and the bell client's polling after a long offline stretch: more new
// notifications than one request lists. Counted at the client over the in-memory adapter.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { pollTick } from '../../../src/client/poll.js';
import type { LiveMessage, NotificationQuery } from '../../../src/client/types.js';
import { notificationSeries as series } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);

function setup() {
  const memory = createMemoryClient({ notifications: series('old', 120, T0 - 1_000_000) });
  const queries: NotificationQuery[] = [];
  const tick = pollTick({ listNotifications: (q = {}, o) => (queries.push(q), memory.listNotifications(q, o)) }, ['notification']);
  const run = async () => {
    const got: LiveMessage[] = [];
    queries.length = 0;
    await tick((m) => got.push(m), new AbortController().signal);
    return {
      pks: got.flatMap((m) => (m.type === 'notification' ? [m.notification.pk] : [])),
      status: got.filter((m) => m.type === 'status'),
      requests: queries.length,
    };
  };
  return { memory, queries, run };
}

describe('pollTick: more than a page of new notifications since the last tick', () => {
  test('250 created while offline: all emitted once, oldest first; a quiet tick makes 1 request', async () => {
    const { memory, run } = setup();
    const baseline = await run();
    assert.deepEqual([baseline.pks.length, baseline.requests, baseline.status], [0, 1, [{ type: 'status', status: 'polling' }]], 'the baseline: one request');
    const quiet = await run();
    assert.deepEqual([quiet.pks.length, quiet.requests], [0, 1], 'nothing new: one request');
    const offline = series('offline', 250, T0);
    memory.addNotifications(offline);
    const { pks, status } = await run();
    assert.deepEqual(pks, offline.map((n) => n.pk));
    assert.deepEqual(status, [{ type: 'status', status: 'polling' }]);
    const after = await run();
    assert.deepEqual([after.pks.length, after.requests], [0, 1]);
  });

  test('a few new ones: one request, as before', async () => {
    const { memory, run } = setup();
    await run();
    memory.addNotifications(series('new', 3, T0));
    const { pks, requests } = await run();
    assert.deepEqual([pks.length, requests], [3, 1]);
  });

  test('past the cap: the newest are emitted and the status says notifications were missed', async () => {
    const { memory, run } = setup();
    await run();
    const offline = series('offline', 1234, T0);
    memory.addNotifications(offline);
    const { pks, status, requests } = await run();
    assert.equal(requests, 10);
    assert.deepEqual(pks, offline.slice(-500).map((n) => n.pk));
    assert.deepEqual(status, [{ type: 'status', status: 'polling', missed: true, missedKinds: ['notification'] }]);
    const next = await run();
    assert.deepEqual([next.pks.length, next.requests, next.status], [0, 1, [{ type: 'status', status: 'polling' }]]);
  });
});
