// pollTick (the general client's polling, `<ev-log live>`'s when its client has no live channel,
// and the bell's notification ticks) with an item created in the far future ("9999-12-31…", data
// is hostile): it arrives once, like any new item, but does not become "the newest seen": later
// items still arrive, and the `since` asked for stays a time the client's clock has reached.
// Before, one such item switched live updates off for good. An item a little ahead of the client's
// clock (a server clock ahead of it) still arrives once, and once the clock has passed it the
// watermark moves on over it. Each call of the tick is one polling interval; the clock is faked.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { LOOKBACK_MS, pollTick } from '../../../src/client/poll.js';
import type { EventNotification, EventQuery, EventRecord, LiveMessage } from '../../../src/client/types.js';
import { makeEvents, notificationSeries } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const FAR = '9999-12-31T23:59:59Z';
const template = makeEvents({ count: 1 })[0]!;
const event = (pk: string, at: number | string) => ({ ...template, pk, created: typeof at == 'string' ? at : new Date(at).toISOString() }) as EventRecord;
const notification = (pk: string, at: number | string) =>
  ({ ...notificationSeries(pk, 1, T0)[0]!, pk, created: typeof at == 'string' ? at : new Date(at).toISOString() }) as EventNotification;
const old = () => Array.from({ length: 5 }, (_, i) => event(`old-${i}`, T0 - 60_000 + i * 1000));

/** A poller over `memory`, what each tick emitted (pks) and the `since` of every request. */
function poller(memory: ReturnType<typeof createMemoryClient>, kind: 'event' | 'notification', ignoreSince = false) {
  const since: Array<string | undefined> = [];
  const listEvents = (q: EventQuery = {}, o?: { signal?: AbortSignal }) => (since.push(q.since), memory.listEvents(ignoreSince ? { ...q, since: undefined } : q, o));
  const tick = pollTick(kind === 'event' ? { listEvents } : { listNotifications: memory.listNotifications }, [kind]);
  const run = async () => {
    const got: LiveMessage[] = [];
    await tick((m) => got.push(m), new AbortController().signal);
    return got.flatMap((m) => (m.type === 'event' ? [m.event.pk] : m.type === 'notification' ? [m.notification.pk] : []));
  };
  return { run, since };
}

describe('pollTick: an item created in the future', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: T0 }));
  afterEach(() => mock.timers.reset());

  test('events: one created in 9999 arrives once; a later event still arrives, and `since` is never 9999', async () => {
    const memory = createMemoryClient({ events: old() });
    const { run, since } = poller(memory, 'event');
    assert.deepEqual(await run(), [], 'the baseline');
    memory.addEvents([event('far', FAR)]);
    assert.deepEqual(await run(), ['far']);
    assert.deepEqual(await run(), []);
    mock.timers.tick(30_000);
    memory.addEvents([event('later', T0 + 20_000)]);
    assert.deepEqual(await run(), ['later']);
    assert.deepEqual(await run(), []);
    assert.deepEqual(since.filter((s) => s?.startsWith('9999')), []);
    assert.equal(since.at(-1), new Date(T0 + 20_000 - LOOKBACK_MS).toISOString(), 'from the newest, less the look-back');
  });

  test('events of a source that ignores `since`: the same', async () => {
    const memory = createMemoryClient({ events: old() });
    const { run } = poller(memory, 'event', true);
    assert.deepEqual(await run(), [], 'the baseline');
    memory.addEvents([event('far', FAR)]);
    assert.deepEqual(await run(), ['far']);
    mock.timers.tick(30_000);
    memory.addEvents([event('later', T0 + 20_000)]);
    assert.deepEqual([await run(), await run()], [['later'], []]);
  });

  test('events: one in 9999 already there at the baseline does not hold back later ones', async () => {
    const memory = createMemoryClient({ events: [...old(), event('far', FAR)] });
    const { run } = poller(memory, 'event');
    assert.deepEqual(await run(), [], 'the baseline');
    mock.timers.tick(30_000);
    memory.addEvents([event('later', T0 + 20_000)]);
    assert.deepEqual([await run(), await run()], [['later'], []]);
  });

  test('notifications: one created in 9999 arrives once; a later one still arrives', async () => {
    const memory = createMemoryClient({ notifications: notificationSeries('old', 5, T0 - 60_000) });
    const { run } = poller(memory, 'notification');
    assert.deepEqual(await run(), [], 'the baseline');
    memory.addNotifications([notification('far', FAR)]);
    assert.deepEqual([await run(), await run()], [['far'], []]);
    mock.timers.tick(30_000);
    memory.addNotifications([notification('later', T0 + 20_000)]);
    assert.deepEqual([await run(), await run()], [['later'], []]);
  });

  test('events an hour ahead of the client clock (a server clock ahead): each arrives once, and the watermark follows once the clock passed them', async () => {
    const memory = createMemoryClient({ events: old() });
    const { run, since } = poller(memory, 'event');
    assert.deepEqual(await run(), [], 'the baseline');
    memory.addEvents([event('ahead-0', T0 + 3_600_000)]);
    assert.deepEqual([await run(), await run()], [['ahead-0'], []]);
    mock.timers.tick(3_600_000);
    memory.addEvents([event('ahead-1', T0 + 7_200_000)]);
    assert.deepEqual([await run(), await run()], [['ahead-1'], []]);
    // The clock passed the first: `since` asks from there (less the look-back).
    assert.equal(since.at(-1), new Date(T0 + 3_600_000 - LOOKBACK_MS).toISOString());
  });
});
