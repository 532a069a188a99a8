/**
 * The memory source's leftovers of data without a time: a notification whose `created` is no time
 * (null, a number, an unparsable string) is listed, after every one with a time, in the order it
 * was added, in both orderings (it was dropped from every list before: `NaN > -Infinity` is false);
 * `createdAfter` leaves it out (no time is after nothing).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification } from '../../../src/client/types.js';
import { makeNotifications } from '../../fixtures/events.js';

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
