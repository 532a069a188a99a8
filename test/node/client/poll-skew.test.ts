// pollTick (the general client's polling, `<ev-log live>`'s without a live channel, the bell's
// ticks) when one item is stamped 3 minutes ahead of the client's clock and the next, arriving
// 30 s later, by a clock that is not (skew between the clocks that stamp them, or a client clock
// 3 minutes behind the server's): each arrives on the next tick, once, with one request a tick.
// Before, the first moved the watermark at once (less than 5 minutes ahead was allowed), and the
// second, stamped before it, was never emitted. The client's clock is faked.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { notificationSeries } from '../../fixtures/events.js';
import { poller, timedEvents as events } from './poll-ticks.js';

const T0 = Date.UTC(2026, 10, 20, 12);

describe('pollTick: an item stamped 3 minutes ahead of the client clock', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: T0 }));
  afterEach(() => mock.timers.reset());

  for (const kind of ['event', 'notification'] as const)
    for (const [label, bAhead] of [['B stamped by the client-true clock', 0], ['both by a server clock 3 minutes ahead', 180_000]] as const)
      test(`${kind}s, ${label}: A and B each on the next tick, once, one request a tick`, async () => {
        const one = (tag: string, at: number) => (kind === 'event' ? events(tag, 1, at - 1000) : notificationSeries(tag, 1, at - 1000));
        const memory = kind === 'event' ? createMemoryClient({ events: events('old', 5, T0 - 60_000) }) : createMemoryClient({ notifications: notificationSeries('old', 5, T0 - 60_000) });
        const add = (tag: string, at: number) => (kind === 'event' ? memory.addEvents(one(tag, at) as never) : memory.addNotifications(one(tag, at) as never));
        const tick = poller(memory, kind);
        assert.deepEqual((await tick()).pks, [], 'the baseline');
        add('a', T0 + 180_000);
        assert.deepEqual(await tick(), { pks: ['a-0'], requests: 1, missed: false });
        mock.timers.tick(30_000);
        add('b', T0 + 30_000 + bAhead);
        assert.deepEqual(await tick(), { pks: ['b-0'], requests: 1, missed: false });
        for (let i = 0; i < 12; i++) {
          mock.timers.tick(30_000);
          assert.deepEqual(await tick(), { pks: [], requests: 1, missed: false }, `quiet tick ${i}`);
        }
      });
});
