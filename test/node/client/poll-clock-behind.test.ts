// pollTick (the general client's polling, `<ev-log live>`'s when its client has no live channel,
// and the bell's notification ticks) on a client whose clock is an hour BEHIND the server's: every
// new item is ahead of the client's clock, so none moves the watermark.
// Each still arrives exactly once, and a tick with nothing (or a few) new costs one request, not a
// walk through every page of what arrived in the last hour (before: 3 requests a tick for 3 pages,
// up to 10). A backlog of more than a page still arrives whole, also after an item created in
// 9999 (hostile data, always on top of the newest-first list). Each call of the tick is one polling
// interval; the client's clock is faked.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { notificationSeries } from '../../fixtures/events.js';
import { poller, timedEvents as events } from './poll-ticks.js';

/** The client's clock; the server's is an hour ahead of it. */
const T0 = Date.UTC(2026, 10, 20, 12);
const SERVER = T0 + 3_600_000;

describe('pollTick: a client clock an hour behind the server', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: T0 }));
  afterEach(() => mock.timers.reset());

  for (const kind of ['event', 'notification'] as const) {
    const add = (memory: ReturnType<typeof createMemoryClient>, tag: string, count: number, from: number) =>
      kind === 'event' ? memory.addEvents(events(tag, count, from)) : memory.addNotifications(notificationSeries(tag, count, from));
    const create = () =>
      kind === 'event' ? createMemoryClient({ events: events('old', 5, T0 - 60_000) }) : createMemoryClient({ notifications: notificationSeries('old', 5, T0 - 60_000) });

    test(`${kind}s: 3 pages that arrived are emitted once; then each tick makes one request, and a new one arrives once`, async () => {
      const memory = create();
      const tick = poller(memory, kind);
      assert.deepEqual((await tick()).pks, [], 'the baseline');
      add(memory, 'hour', 250, SERVER - 600_000);
      const first = await tick();
      assert.deepEqual([first.pks.length, new Set(first.pks).size, first.missed], [250, 250, false]);
      for (let i = 0; i < 3; i++) {
        mock.timers.tick(30_000);
        assert.deepEqual(await tick(), { pks: [], requests: 1, missed: false }, `quiet tick ${i}`);
      }
      add(memory, 'new', 1, SERVER);
      assert.deepEqual(await tick(), { pks: ['new-0'], requests: 1, missed: false });
      assert.deepEqual(await tick(), { pks: [], requests: 1, missed: false });
    });

    test(`${kind}s: more than a page new at once still arrives whole, after one created in 9999 too`, async () => {
      const memory = create();
      const tick = poller(memory, kind);
      assert.deepEqual((await tick()).pks, [], 'the baseline');
      const far = { created: '9999-12-31T23:59:59Z' };
      if (kind === 'event') memory.addEvents([{ ...events('far', 1, 0)[0]!, ...far }]);
      else memory.addNotifications([{ ...notificationSeries('far', 1, 0)[0]!, ...far }]);
      add(memory, 'hour', 30, SERVER - 600_000);
      assert.equal((await tick()).pks.length, 31);
      add(memory, 'backlog', 240, SERVER);
      const backlog = await tick();
      assert.deepEqual(backlog.pks, events('backlog', 240, SERVER).map((e) => e.pk));
      assert.deepEqual(await tick(), { pks: [], requests: 1, missed: false });
    });
  }
});
