/**
 * An event whose `created` is no string (null, a number, an object) is data like any other: the
 * filter's time test finds no time in it (no match, no throw), and the memory source lists it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { eventMatcher, isoMs, matchesFilter } from '../../../src/client/filter-match.js';
import type { EventRecord } from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';

const BROKEN: unknown[] = [null, undefined, 1_700_000_000_000, 0, {}, [], true, ''];

describe('an event with a broken created', () => {
  test('isoMs of anything but a time is NaN, never a throw', () => {
    for (const value of BROKEN) assert.ok(Number.isNaN(isoMs(value)), `isoMs(${JSON.stringify(value)})`);
    assert.equal(isoMs('2026-06-10T12:00:00.000Z'), Date.UTC(2026, 5, 10, 12));
  });

  test('a time range matches it never; a filter without one matches it as usual', () => {
    const [event] = makeEvents({ count: 1, seed: 3 });
    for (const created of BROKEN) {
      const broken = { ...event!, created } as unknown as EventRecord;
      assert.equal(matchesFilter(broken, { since: '2000-01-01T00:00:00Z' }), false, JSON.stringify(created));
      assert.equal(eventMatcher({ until: '2100-01-01T00:00:00Z' })(broken), false, JSON.stringify(created));
      assert.equal(matchesFilter(broken, {}), true, JSON.stringify(created));
      assert.equal(matchesFilter(broken, { actions: [event!.action] }), true, JSON.stringify(created));
    }
  });

  test('the memory source lists such events (newest first, the broken ones kept) and answers a time range without them', async () => {
    const events = makeEvents({ count: 6, seed: 5 });
    const mixed = [...events.slice(0, 3), ...BROKEN.map((created, i) => ({ ...events[3 + (i % 3)]!, pk: `broken-${i}`, created }))] as unknown as EventRecord[];
    const client = createMemoryClient({ events: mixed });
    const all = await client.listEvents({ pageSize: 100 });
    assert.equal(all.items.length, mixed.length);
    const ranged = await client.listEvents({ pageSize: 100, since: '2000-01-01T00:00:00Z', until: '2100-01-01T00:00:00Z' });
    assert.deepEqual(
      ranged.items.map((e) => e.pk).sort(),
      events.slice(0, 3).map((e) => e.pk).sort(),
    );
    // Among many: the time range still finds every event with a time (the broken ones sort last).
    const many = makeEvents({ count: 60, seed: 7 });
    const withBroken = many.flatMap((e, i) => (i % 4 === 0 ? [e, { ...e, pk: `x-${i}`, created: BROKEN[i % BROKEN.length] }] : [e])) as unknown as EventRecord[];
    const big = createMemoryClient({ events: withBroken });
    const window = { since: many[50]!.created, until: many[5]!.created };
    const expected = many.filter((e) => e.created >= window.since && e.created < window.until).map((e) => e.pk);
    assert.equal(expected.length, 45);
    assert.deepEqual((await big.listEvents({ pageSize: 100, ...window })).items.map((e) => e.pk), expected);
    const byAction = await client.listEvents({ pageSize: 100, actions: [mixed[3]!.action] });
    assert.ok(byAction.items.some((e) => e.pk === 'broken-0'));
  });
});
