// pollTick over a source that had no timed item at its first tick (empty, or only items whose
// `created` is no time or far in the future): later ticks page through what is new like any
// others. Before, every later tick took itself for the baseline's single request, so more than a
// page of new items in one interval lost all but the newest page, silently. In-memory source;
// each call of the tick is one polling interval.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { pollTick } from '../../../src/client/poll.js';
import type { EventNotification, EventQuery, EventRecord, LiveMessage } from '../../../src/client/types.js';
import { makeEvents, notificationSeries } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const template = makeEvents({ count: 1 })[0]!;
const series = (tag: string, count: number, from: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, pk: `${tag}-${i}`, created: new Date(from + (i + 1) * 1000).toISOString() }));

function poller(memory: ReturnType<typeof createMemoryClient>, kind: 'event' | 'notification') {
  let requests = 0;
  const listEvents = (q: EventQuery = {}, o?: { signal?: AbortSignal }) => (requests++, memory.listEvents(q, o));
  const listNotifications: typeof memory.listNotifications = (q, o) => (requests++, memory.listNotifications(q, o));
  const tick = pollTick(kind === 'event' ? { listEvents } : { listNotifications }, [kind]);
  return async () => {
    const got: LiveMessage[] = [];
    requests = 0;
    await tick((m) => got.push(m), new AbortController().signal);
    const pks = got.flatMap((m) => (m.type === 'event' ? [m.event.pk] : m.type === 'notification' ? [m.notification.pk] : []));
    return { pks, requests, missed: got.some((m) => m.type === 'status' && m.missed) };
  };
}

describe('pollTick after a first tick with no timed item', () => {
  test('an empty source, then 250 events in one interval: all emitted, oldest first, in 3 requests', async () => {
    const memory = createMemoryClient({ events: [] });
    const tick = poller(memory, 'event');
    assert.deepEqual((await tick()).pks, [], 'the baseline');
    const added = series('new', 250, T0);
    memory.addEvents(added);
    const got = await tick();
    assert.deepEqual(got.pks, added.map((e) => e.pk));
    assert.deepEqual([got.requests, got.missed], [3, false]);
  });

  test('a source with only an event created "garbage", then 250 events: all emitted', async () => {
    const memory = createMemoryClient({ events: [{ ...template, pk: 'garbage', created: 'garbage' }] });
    const tick = poller(memory, 'event');
    assert.deepEqual((await tick()).pks, [], 'the baseline');
    const added = series('new', 250, T0);
    memory.addEvents(added);
    assert.deepEqual((await tick()).pks, added.map((e) => e.pk));
  });

  test('notifications: none at first, then 120 in one interval: all emitted in 3 requests', async () => {
    const memory = createMemoryClient({ notifications: [] });
    const tick = poller(memory, 'notification');
    assert.deepEqual((await tick()).pks, [], 'the baseline');
    const added: EventNotification[] = notificationSeries('n', 120, T0);
    memory.addNotifications(added);
    const got = await tick();
    assert.deepEqual(new Set(got.pks), new Set(added.map((n) => n.pk)));
    assert.deepEqual([got.pks.length, got.requests, got.missed], [120, 3, false]);
  });
});
