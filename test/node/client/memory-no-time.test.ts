/**
 * The memory source's leftovers of data without a time: a notification whose `created` is no time
 * (null, a number, an unparsable string) is listed, after every one with a time, in the order it
 * was added, in both orderings (it was dropped from every list before: `NaN > -Infinity` is false);
 * `createdAfter` leaves it out (no time is after nothing). And an event without a time has its
 * `created` read once, not again by every query over a time range.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification, EventRecord } from '../../../src/client/types.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';

const BROKEN: unknown[] = [null, 1_700_000_000_000, 'yesterday', undefined, {}, ''];

describe('notifications without a time in the memory source', () => {
  const timed = makeNotifications(6, 4);
  // Broken ones between timed ones, so no input order hides the sorting.
  const mixed = timed.flatMap((n, i) => (i < BROKEN.length ? [n, { ...n, pk: `broken-${i}`, created: BROKEN[i] } as unknown as EventNotification] : [n]));
  const brokenPks = BROKEN.map((_, i) => `broken-${i}`);
  const byTime = (sign: number) =>
    [...timed].sort((a, b) => sign * (Date.parse(a.created) - Date.parse(b.created))).map((n) => n.pk);

  test('they are listed last, in the order they were added, newest first and oldest first', async () => {
    const client = createMemoryClient({ notifications: mixed });
    const newest = await client.listNotifications({ pageSize: 100 });
    assert.equal(newest.total, mixed.length);
    assert.deepEqual(newest.items.map((n) => n.pk), [...byTime(-1), ...brokenPks]);
    const oldest = await client.listNotifications({ pageSize: 100, ordering: 'created' });
    assert.deepEqual(oldest.items.map((n) => n.pk), [...byTime(1), ...brokenPks]);
    // Paged: the same order across pages.
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(...(await client.listNotifications({ pageSize: 4, page })).items.map((n) => n.pk));
    assert.deepEqual(pages, [...byTime(-1), ...brokenPks]);
  });

  test('createdAfter and the other filters leave them out or keep them like any other', async () => {
    const client = createMemoryClient({ notifications: mixed });
    const after = await client.listNotifications({ pageSize: 100, createdAfter: '2000-01-01T00:00:00Z' });
    assert.deepEqual(after.items.map((n) => n.pk), byTime(-1));
    const unseen = await client.listNotifications({ pageSize: 100, seen: false });
    assert.deepEqual(
      unseen.items.map((n) => n.pk),
      [...byTime(-1), ...brokenPks].filter((pk) => !mixed.find((n) => n.pk === pk)!.seen),
    );
  });
});

describe('events without a time in the memory source', () => {
  test("each one's created is read once, not again by every query over a time range", async () => {
    const events = makeEvents({ count: 40, seed: 9 });
    let reads = 0;
    // Half of them without a time, after the others in no sorted order (so the index sorts, and
    // the searches of a time range land among them).
    const broken = events.slice(0, 20).map((e, i) => {
      const copy = { ...e, pk: `broken-${i}` } as Partial<EventRecord>;
      delete copy.created;
      Object.defineProperty(copy, 'created', { enumerable: true, get: () => (reads++, BROKEN[i % BROKEN.length]) });
      return copy as EventRecord;
    });
    const client = createMemoryClient({ events: [...events.slice(20), ...broken, ...events.slice(0, 20)] });
    const range = (k: number) => ({ since: events[30 - k]!.created, until: events[5 + k]!.created, pageSize: 100 });
    const first = await client.listEvents(range(0));
    assert.equal(first.total, 25);
    const afterFirst = reads;
    for (let k = 1; k <= 5; k++) assert.equal((await client.listEvents(range(k))).total, 25 - 2 * k);
    await client.volume({ since: events[39]!.created, until: events[0]!.created });
    assert.equal(reads, afterFirst, `created of the events without a time read ${reads - afterFirst} more times by later queries`);
    assert.ok(afterFirst <= 2 * broken.length, `read ${afterFirst} times by the first query`);
  });
});
