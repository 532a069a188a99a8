/**
 * Years 0–99 are years 0–99 (not 1900–1999, `Date.UTC`'s two-digit-year rule): in the filter's
 * time range, the in-memory client's lists and volume, and every event or bucket date read fast.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { isoMs, matchesFilter } from '../../../src/client/filter-match.js';
import type { EventRecord } from '../../../src/client/types.js';

const DAY = 86_400_000;

function event(pk: string, created: string): EventRecord {
  return { pk, user: { pk: 1, username: 'ada' }, action: 'login', app: 'authentik.events', context: {}, client_ip: '192.0.2.1', created, expires: created, brand: { name: 'b' } } as EventRecord;
}

describe('dates in the years 0–99', () => {
  test('isoMs reads them as written, leap days and milliseconds included', () => {
    for (const text of ['0001-01-01T00:00:00Z', '0050-06-15T12:34:56.789Z', '0096-02-29T23:59:59.5Z', '0099-12-31T23:59:59.999Z', '0000-02-29T00:00:00Z', '0100-03-01T00:00:00Z']) {
      assert.equal(isoMs(text), Date.parse(text), text);
      assert.equal(new Date(isoMs(text)).toISOString().slice(0, 10), text.slice(0, 10), text);
    }
  });

  test('an event of the year 99 is inside a filter of the year 99, not of 1999', () => {
    const e = event('a', '0099-06-01T00:00:00.000Z');
    assert.equal(matchesFilter(e, { since: '0099-01-01T00:00:00Z', until: '0100-01-01T00:00:00Z' }), true);
    assert.equal(matchesFilter(e, { since: '1999-01-01T00:00:00Z', until: '2000-01-01T00:00:00Z' }), false);
  });

  test('the in-memory client lists and counts them in their own years', async () => {
    const client = createMemoryClient({ events: [event('a', '0050-03-10T06:00:00.000Z'), event('b', '0050-03-11T06:00:00.000Z')], volumeBucketMs: DAY });
    const page = await client.listEvents({ since: '0050-03-01T00:00:00Z', until: '0050-04-01T00:00:00Z' });
    assert.deepEqual(page.items.map((e) => e.pk), ['b', 'a']);
    const volume = await client.volume({ since: '0050-03-09T00:00:00Z', until: '0050-03-12T00:00:00Z' });
    assert.equal(volume.since, '0050-03-09T00:00:00.000Z');
    assert.deepEqual(volume.buckets.map((b) => [b.time.slice(0, 10), b.count]), [['0050-03-09', 0], ['0050-03-10', 1], ['0050-03-11', 1]]);
  });
});
