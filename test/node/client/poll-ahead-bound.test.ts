// pollTick's and the bell's memory of items taken while "ahead" (created past the client's clock,
// or no time at all): each is emitted once, and remembered by pk only as
// long as it can still be listed. The rule, seen from outside:
// - once the client's clock has passed one, the watermark moves over it, listed this tick or not
//   (everything older was taken with it): the `since` asked for moves on, so a clock behind the
//   server's does not make the listing (or that memory) grow for the page's life;
// - one that a tick's listing no longer holds, though the listing went past its place (it holds an
//   older item; for one with no time, the listing reached the last page), is gone and forgotten:
//   should it ever be listed again it is new again (emitted once more);
// - one still listed, on a page a tick did not reach, is not forgotten: never emitted twice.
// So 5,000 distinct items with no time, each listed a while, are each emitted once, and what is
// remembered is what the source still lists. The client's clock is faked.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { LOOKBACK_MS, pollTick, takeNew, watermark } from '../../../src/client/poll.js';
import type { EventNotification, EventQuery, EventRecord, LiveMessage, Page } from '../../../src/client/types.js';
import { makeEvents, notificationSeries } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const FAR = '9999-12-31T23:59:59Z';
const notification = (pk: string, created: unknown) => ({ ...notificationSeries(pk, 1, T0)[0]!, pk, created }) as EventNotification;
const template = makeEvents({ count: 1 })[0]!;
const events = (tag: string, count: number, from: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, pk: `${tag}-${i}`, created: new Date(from + (i + 1) * 1000).toISOString() }) as EventRecord);

/** A source listing `items()` as given (newest first, no time last), 50 a page; the tick over it and the pks each tick emitted. */
function source(items: () => EventNotification[]) {
  const mark = watermark<EventNotification>();
  let requests = 0;
  const list = async ({ page = 1 }: { page?: number }): Promise<Page<EventNotification>> => {
    requests++;
    const all = items();
    const start = (page - 1) * 50;
    return { items: all.slice(start, start + 50), total: all.length, page, pageSize: 50, next: start + 50 < all.length ? page + 1 : null, previous: null };
  };
  return async () => {
    requests = 0;
    const { fresh } = await takeNew(mark, list);
    return { pks: fresh.map((n) => n.pk), requests };
  };
}

describe('poll.ts: what is remembered of items taken ahead of the clock', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: T0 }));
  afterEach(() => mock.timers.reset());

  test('5,000 notifications with no time, 10 new a tick, the source keeping the newest 20: each emitted once; one gone that comes back is new again', async () => {
    const timed = notificationSeries('old', 20, T0 - 600_000).reverse();
    let timeless: EventNotification[] = [];
    const tick = source(() => [...timed, ...timeless]);
    assert.deepEqual((await tick()).pks, [], 'the baseline');
    const emitted: string[] = [];
    for (let t = 0; t < 500; t++) {
      timeless = [...timeless, ...Array.from({ length: 10 }, (_, i) => notification(`none-${t}-${i}`, i % 2 ? null : 'soon'))].slice(-20);
      const { pks, requests } = await tick();
      assert.equal(requests, 1);
      emitted.push(...pks);
    }
    assert.equal(emitted.length, 5000);
    assert.equal(new Set(emitted).size, 5000);
    assert.deepEqual((await tick()).pks, [], 'a tick with nothing new');
    // Not listed for 499 ticks by a listing that reached its end: forgotten, so new again.
    timeless = [notification('none-0-0', 'soon')];
    assert.deepEqual((await tick()).pks, ['none-0-0']);
    assert.deepEqual((await tick()).pks, []);
  });

  test('one created in 9999: remembered while listed (100 ticks: once); gone from a listing that holds older ones, then back: new again', async () => {
    const timed = notificationSeries('old', 20, T0 - 600_000).reverse();
    let far: EventNotification[] = [];
    const tick = source(() => [...far, ...timed]);
    assert.deepEqual((await tick()).pks, [], 'the baseline');
    far = [notification('far', FAR)];
    const emitted: string[] = [];
    for (let t = 0; t < 100; t++) emitted.push(...(await tick()).pks);
    assert.deepEqual(emitted, ['far']);
    far = [];
    assert.deepEqual((await tick()).pks, []);
    far = [notification('far', FAR)];
    assert.deepEqual([(await tick()).pks, (await tick()).pks], [['far'], []]);
  });

  test('a clock an hour behind: those on pages no tick reaches again are not emitted twice when a backlog pages down to them', async () => {
    const SERVER = T0 + 3_600_000;
    const all = (tag: string, count: number, from: number) => notificationSeries(tag, count, from).reverse();
    let list = all('old', 5, T0 - 60_000);
    const tick = source(() => list);
    assert.deepEqual((await tick()).pks, [], 'the baseline');
    list = [...all('hour', 150, SERVER - 600_000), ...list];
    assert.equal((await tick()).pks.length, 150);
    for (let t = 0; t < 20; t++) assert.deepEqual(await tick(), { pks: [], requests: 1 });
    list = [...all('backlog', 120, SERVER), ...list];
    const backlog = await tick();
    assert.deepEqual(backlog.pks, all('backlog', 120, SERVER).reverse().map((n) => n.pk));
    assert.deepEqual((await tick()).pks, []);
  });

  test('a clock an hour behind: once it has passed those not listed any more (a page below), `since` moves on over them', async () => {
    const SERVER = T0 + 3_600_000;
    const memory = createMemoryClient({ events: events('old', 5, T0 - 60_000) });
    const since: Array<string | undefined> = [];
    const listEvents = (q: EventQuery = {}, o?: { signal?: AbortSignal }) => (since.push(q.since), memory.listEvents(q, o));
    const poll = pollTick({ listEvents }, ['event']);
    const tick = async () => {
      const got: LiveMessage[] = [];
      await poll((m) => got.push(m), new AbortController().signal);
      return got.flatMap((m) => (m.type === 'event' ? [m.event.pk] : []));
    };
    assert.deepEqual(await tick(), [], 'the baseline');
    const a = events('a', 150, SERVER - 600_000);
    memory.addEvents(a);
    assert.equal((await tick()).length, 150);
    const b = events('b', 100, SERVER);
    memory.addEvents(b);
    assert.equal((await tick()).length, 100);
    // The clock passes every one of `a` (a page below `b`'s), none of `b`.
    mock.timers.tick(3_000_000 + 150_000);
    await tick();
    await tick();
    assert.equal(since.at(-1), new Date(Date.parse(a.at(-1)!.created) - LOOKBACK_MS).toISOString(), 'from the newest of `a`, less the look-back');
    assert.deepEqual(await tick(), []);
    memory.addEvents(events('c', 1, SERVER + 200_000));
    assert.deepEqual(await tick(), ['c-0']);
  });
});
