// pollTick (the general client's polling, `<ev-log live>`'s without a live channel, the bell's
// ticks) when an item becomes visible after a tick already listed a newer one: B stamped 2 s
// before C, but its transaction commits 2 s later (or a server stamping B has a clock 5 s behind
// the one stamping C). The tick that listed C passed B's time; B arrives on the next tick, once,
// and each quiet tick still makes one request. Before, B was below the watermark for good: never
// emitted. Items are dated relative to the test's clock (faked, started at the run's now).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { LOOKBACK_MS } from '../../../src/client/poll.js';
import { notificationSeries } from '../../fixtures/events.js';
import { poller, timedEvents } from './poll-ticks.js';

let T0 = 0;

for (const kind of ['event', 'notification'] as const)
  describe(`pollTick, ${kind}s: one that becomes visible after a newer one was listed`, () => {
    beforeEach(() => {
      T0 = Date.now();
      mock.timers.enable({ apis: ['Date'], now: T0 });
    });
    afterEach(() => mock.timers.reset());

    /** A source with 5 items from 10 minutes ago, and `add(tag, at)`: one item created at `at`. */
    const setup = () => {
      const memory = kind === 'event' ? createMemoryClient({ events: timedEvents('old', 5, T0 - 600_000) }) : createMemoryClient({ notifications: notificationSeries('old', 5, T0 - 600_000) });
      const add = (tag: string, at: number) => (kind === 'event' ? memory.addEvents(timedEvents(tag, 1, at - 1000)) : memory.addNotifications(notificationSeries(tag, 1, at - 1000)));
      return { memory, add, tick: poller(memory, kind) };
    };

    for (const [cause, b, c] of [
      ['committed 2 s late', -2000, -1500],
      ['stamped by a clock 5 s behind', -5000, 0],
    ] as const)
      test(`B ${cause}: on the next tick, once; quiet ticks one request each`, async () => {
        const { add, tick } = setup();
        assert.deepEqual((await tick()).pks, [], 'the baseline');
        add('c', T0 + c);
        assert.deepEqual(await tick(), { pks: ['c-0'], requests: 1, missed: false });
        mock.timers.tick(1000);
        add('b', T0 + b);
        assert.deepEqual(await tick(), { pks: ['b-0'], requests: 1, missed: false });
        // B and C are listed again by every tick while they are in the window, and after: never emitted again.
        for (let i = 0; i < 40; i++) {
          mock.timers.tick(2000);
          assert.deepEqual(await tick(), { pks: [], requests: 1, missed: false }, `quiet tick ${i}`);
        }
      });

    test('a steady stream, every third item arriving 10 s late: each emitted once, one request a tick', async () => {
      const { add, tick } = setup();
      assert.deepEqual((await tick()).pks, [], 'the baseline');
      const emitted: string[] = [];
      const created: string[] = [];
      for (let t = 0; t < 60; t++) {
        mock.timers.tick(1000);
        const now = Date.now();
        add(`s${t}`, now - (t % 3 === 0 ? 10_000 : 100));
        created.push(`s${t}-0`);
        const got = await tick();
        assert.deepEqual([got.requests, got.missed], [1, false], `tick ${t}`);
        emitted.push(...got.pks);
      }
      for (let i = 0; i < 30; i++) {
        mock.timers.tick(5000);
        emitted.push(...(await tick()).pks);
      }
      assert.equal(new Set(emitted).size, emitted.length, 'nothing twice');
      assert.deepEqual([...emitted].sort(), [...created].sort());
    });

    test(`more than a page in the window at the baseline: the next tick emits none of them`, async () => {
      const memory =
        kind === 'event'
          ? createMemoryClient({ events: timedEvents('busy', 250, T0 - 20_000).map((e, i) => ({ ...e, created: new Date(T0 - 20_000 + i * 50).toISOString() })) })
          : createMemoryClient({ notifications: notificationSeries('busy', 120, T0 - 20_000).map((n, i) => ({ ...n, created: new Date(T0 - 20_000 + i * 50).toISOString() })) });
      const tick = poller(memory, kind);
      assert.deepEqual((await tick()).pks, [], 'the baseline');
      mock.timers.tick(LOOKBACK_MS / 2);
      assert.deepEqual((await tick()).pks, []);
      mock.timers.tick(LOOKBACK_MS);
      assert.deepEqual(await tick(), { pks: [], requests: 1, missed: false });
    });
  });
