// pollTick after a long offline stretch: more new events than one request lists. Counted at the
// client (every listEvents call) over the in-memory adapter (same paging as the reference server).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { pollTick } from '../../../src/client/poll.js';
import type { EventQuery, EventRecord, LiveMessage } from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const template = makeEvents({ count: 1 })[0]!;
/** `count` events one second apart, after `from` (pks `${tag}-0` oldest … ). */
const series = (tag: string, count: number, from: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, pk: `${tag}-${i}`, created: new Date(from + (i + 1) * 1000).toISOString() }));

function setup() {
  const memory = createMemoryClient({ events: series('old', 300, T0 - 1_000_000) });
  const queries: EventQuery[] = [];
  const tick = pollTick({ listEvents: (q = {}, o) => (queries.push(q), memory.listEvents(q, o)) }, ['event']);
  const run = async () => {
    const got: LiveMessage[] = [];
    queries.length = 0;
    await tick((m) => got.push(m), new AbortController().signal);
    return {
      pks: got.flatMap((m) => (m.type === 'event' ? [m.event.pk] : [])),
      status: got.filter((m) => m.type === 'status'),
      requests: queries.length,
    };
  };
  return { memory, queries, run };
}

describe('pollTick: more than a page of new events since the last tick', () => {
  test('250 events created while offline: all emitted once, oldest first, in 3 requests', async () => {
    const { memory, queries, run } = setup();
    assert.equal((await run()).requests, 1, 'the baseline: one request');
    const offline = series('offline', 250, T0);
    memory.addEvents(offline);
    const { pks, status, requests } = await run();
    assert.deepEqual(pks, offline.map((e) => e.pk));
    assert.equal(requests, 3);
    assert.deepEqual(queries.map((q) => q.page ?? 1), [1, 2, 3]);
    assert.deepEqual(status, [{ type: 'status', status: 'polling' }]);
    // Nothing new: one request, nothing emitted.
    const quiet = await run();
    assert.deepEqual([quiet.pks.length, quiet.requests], [0, 1]);
  });

  test('an event created between two pages of one tick shifts the next page: still each once', async () => {
    const memory = createMemoryClient({ events: series('old', 10, T0 - 1_000_000) });
    let requests = 0;
    const late = series('late', 1, T0 + 500_000);
    const tick = pollTick(
      {
        listEvents: async (q = {}, o) => {
          const page = await memory.listEvents(q, o);
          if (++requests === 2) memory.addEvents(late);
          return page;
        },
      },
      ['event'],
    );
    const got: string[] = [];
    const emit = (m: LiveMessage) => m.type === 'event' && got.push(m.event.pk);
    await tick(emit, new AbortController().signal);
    memory.addEvents(series('offline', 150, T0));
    await tick(emit, new AbortController().signal);
    await tick(emit, new AbortController().signal);
    assert.equal(new Set(got).size, got.length, 'no event twice');
    assert.deepEqual(new Set(got), new Set([...series('offline', 150, T0), ...late].map((e) => e.pk)));
  });

  test('more than 1,000 (10 requests): the newest 1,000 are emitted and the status says events were missed', async () => {
    const { memory, run } = setup();
    await run();
    const offline = series('offline', 1234, T0);
    memory.addEvents(offline);
    const { pks, status, requests } = await run();
    assert.equal(requests, 10);
    assert.deepEqual(pks, offline.slice(-1000).map((e) => e.pk));
    assert.deepEqual(status, [{ type: 'status', status: 'polling', missed: true, missedKinds: ['event'] }]);
    // The next tick goes on from the newest: one request, no flag.
    const next = await run();
    assert.deepEqual([next.pks.length, next.requests, next.status], [0, 1, [{ type: 'status', status: 'polling' }]]);
  });
});
