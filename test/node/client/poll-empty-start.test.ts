// pollTick over a source that had no timed item at its first tick (empty, or only items whose
// `created` is no time or far in the future): later ticks page through what is new like any
// others. Before, every later tick took itself for the baseline's single request, so more than a
// page of new items in one interval lost all but the newest page, silently. In-memory source;
// each call of the tick is one polling interval.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification } from '../../../src/client/types.js';
import { makeEvents, notificationSeries } from '../../fixtures/events.js';
import { poller, timedEvents as series } from './poll-ticks.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const template = makeEvents({ count: 1 })[0]!;

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
