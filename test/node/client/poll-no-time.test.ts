// pollTick (the general client's polling, and `<ev-log live>`'s when its client has no live channel)
// with items whose `created` is no time (null, words, or "5" / "12.5", which V8's Date.parse reads
// as dates in 2001): each one is emitted once, on the first tick that lists it, like any new item;
// not again on every later tick, and not dropped as "older than the watermark". Each call of the
// tick is one polling interval (the clock is the test's). In-memory source.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { pollTick } from '../../../src/client/poll.js';
import type { EventNotification, EventQuery, EventRecord, LiveMessage } from '../../../src/client/types.js';
import { makeEvents, notificationSeries } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const template = makeEvents({ count: 1 })[0]!;
const event = (pk: string, created: unknown) => ({ ...template, pk, created }) as EventRecord;
const timedEvents = (tag: string, count: number, from: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => event(`${tag}-${i}`, new Date(from + (i + 1) * 1000).toISOString()));
const notification = (pk: string, created: unknown) => ({ ...notificationSeries(pk, 1, T0)[0]!, pk, created }) as EventNotification;

/** A poller over `memory` and what each of its ticks emitted (pks). */
function poller(memory: ReturnType<typeof createMemoryClient>, kind: 'event' | 'notification', listEvents = memory.listEvents) {
  const tick = pollTick(kind === 'event' ? { listEvents } : { listNotifications: memory.listNotifications }, [kind]);
  return async () => {
    const got: LiveMessage[] = [];
    await tick((m) => got.push(m), new AbortController().signal);
    return got.flatMap((m) => (m.type === 'event' ? [m.event.pk] : m.type === 'notification' ? [m.notification.pk] : []));
  };
}

/** Five ticks: what each emitted. */
async function ticks(tick: () => Promise<string[]>, n = 5): Promise<string[][]> {
  const out: string[][] = [];
  for (let i = 0; i < n; i++) out.push(await tick());
  return out;
}

describe('pollTick: an item whose created is no time is emitted once', () => {
  test('events of a source with no timed event yet: each no-time event once, not on every tick', async () => {
    const memory = createMemoryClient({ events: [] });
    const tick = poller(memory, 'event');
    assert.deepEqual(await tick(), [], 'the baseline');
    memory.addEvents([event('garbage', 'garbage'), event('null', null)]);
    assert.deepEqual(await ticks(tick), [['garbage', 'null'], [], [], [], []]);
    // A timed one after them: it alone.
    memory.addEvents(timedEvents('timed', 1, T0));
    assert.deepEqual(await ticks(tick, 2), [['timed-0'], []]);
  });

  test('events of a source that ignores `since` (a REST API without that parameter): "5" and "12.5" are new events, not of 2001', async () => {
    const memory = createMemoryClient({ events: timedEvents('old', 5, T0) });
    const withoutSince = (q: EventQuery = {}, o?: { signal?: AbortSignal }) => memory.listEvents({ ...q, since: undefined }, o);
    const tick = poller(memory, 'event', withoutSince);
    assert.deepEqual(await tick(), [], 'the baseline');
    memory.addEvents([event('five', '5'), event('words', 'yesterday'), event('twelve', '12.5')]);
    assert.deepEqual(await ticks(tick), [['five', 'words', 'twelve'], [], [], [], []]);
  });

  test('no-time events already there at the baseline are not emitted later', async () => {
    const memory = createMemoryClient({ events: [event('five', '5'), event('garbage', 'garbage'), ...timedEvents('old', 3, T0)] });
    const withoutSince = (q: EventQuery = {}, o?: { signal?: AbortSignal }) => memory.listEvents({ ...q, since: undefined }, o);
    assert.deepEqual(await ticks(poller(memory, 'event', withoutSince)), [[], [], [], [], []]);
    assert.deepEqual(await ticks(poller(createMemoryClient({ events: [event('garbage', 'garbage')] }), 'event')), [[], [], [], [], []]);
  });

  test('notifications: "5", null and words are each emitted once, after the timed ones new with them', async () => {
    const memory = createMemoryClient({ notifications: notificationSeries('old', 5, T0) });
    const tick = poller(memory, 'notification');
    assert.deepEqual(await tick(), [], 'the baseline');
    memory.addNotifications([notification('five', '5'), notification('null', null), ...notificationSeries('new', 2, T0 + 60_000), notification('words', 'soon')]);
    assert.deepEqual(await ticks(tick), [['new-0', 'new-1', 'five', 'null', 'words'], [], [], [], []]);
  });
});
