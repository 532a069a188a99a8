/**
 * A time whose day is past its month's end ("2026-02-30", "2026-04-31", "2026-02-29") is no
 * time: V8's `Date.parse` rolls it over (to 2 March, to 1 May), so before, such an answer was
 * shown on another day than its JSON says, with no error. The client boundary now rejects it
 * with `EventsValidationError` naming the path: events' `created`, notifications' `created`,
 * volume buckets' `time` — as guards and through the clients that use them.
 * Leap years as the Gregorian calendar has them; "24:00:00" (the end of a day, ISO 8601 and
 * ECMAScript both allow it) stays accepted, as `Date.parse` does, and every other hour 24 is
 * refused by `Date.parse` already.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { EventsValidationError } from '../../../src/client/errors.js';
import { eventRecord, notification, timestamp, volumeBucket } from '../../../src/client/validate.js';
import { createBellClient } from '../../../src/components/notification-bell/bell-client.js';

const IMPOSSIBLE = [
  '2026-02-30T00:00:00Z',
  '2026-04-31T10:00:00Z',
  '2026-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2100-02-29T12:00:00+01:00',
  '2026-06-31 08:00',
  '2026-09-31T23:59:59.999Z',
  '2026-11-31T00:00:00.000000Z',
];

const POSSIBLE = [
  '2024-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '0000-02-29T00:00:00Z',
  '2026-02-28T23:59:59.999Z',
  '2026-01-31T00:00:00Z',
  '2026-03-31T00:00:00+02:00',
  '2026-04-30T10:00:00Z',
  '2026-12-31T23:59:59Z',
  '2026-06-30 08:00',
  '2026-01-01T24:00:00Z',
  '2026-02-28T24:00:00.000Z',
  '2026-02-15T15:33:42.771091Z',
];

const isValidationAt = (path: string) => (e: unknown) => e instanceof EventsValidationError && e.path === path && e.expected === 'an ISO 8601 date-time';

const event = (created: string) => ({ pk: 'e1', action: 'login', app: 'a', created });
const note = (created: string) => ({ pk: 'n1', severity: 'notice', body: 'b', created });
const bucket = (time: string) => ({ action: 'login', time, count: 1 });

const json = (body: unknown) => (async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
const page = (results: unknown[]) => ({ pagination: { next: 0, previous: 0, count: results.length, current: 1, total_pages: 1, start_index: 1, end_index: results.length }, results });

describe('a day past the end of its month', () => {
  test('what Date.parse does with it (why the check is needed): it rolls over', () => {
    assert.equal(new Date(Date.parse('2026-02-30T00:00:00Z')).toISOString(), '2026-03-02T00:00:00.000Z');
    assert.equal(new Date(Date.parse('2026-04-31T10:00:00Z')).toISOString(), '2026-05-01T10:00:00.000Z');
  });

  test('timestamp() rejects it, naming the path', () => {
    for (const text of IMPOSSIBLE) assert.throws(() => timestamp(text, '$t'), isValidationAt('$t'), text);
  });

  test('timestamp() keeps accepting real days, leap days and 24:00:00 (guard)', () => {
    for (const text of POSSIBLE) assert.equal(timestamp(text, '$t'), text);
    for (const text of ['2026-01-01T24:00:01Z', '2026-01-01T24:01:00Z', '2026-01-01T24:00:00.001Z', '2026-01-01T25:00:00Z', '2026-01-32T00:00:00Z', '2026-13-01T00:00:00Z'])
      assert.throws(() => timestamp(text, '$t'), isValidationAt('$t'), text);
  });

  test("an event's created, a notification's created and a volume bucket's time", () => {
    for (const text of IMPOSSIBLE) {
      assert.throws(() => eventRecord(event(text), '$.results[2]'), isValidationAt('$.results[2].created'), text);
      assert.throws(() => eventRecord({ ...event('2026-01-01T00:00:00Z'), expires: text }, '$'), isValidationAt('$.expires'), text);
      assert.throws(() => notification(note(text), '$.results[0]'), isValidationAt('$.results[0].created'), text);
      assert.throws(() => notification({ ...note('2026-01-01T00:00:00Z'), event: event(text) }, '$.results[1]'), isValidationAt('$.results[1].event.created'), text);
      assert.throws(() => volumeBucket(bucket(text), '$[4]'), isValidationAt('$[4].time'), text);
    }
  });

  test('through the clients: events, volume, notifications (general and the bell\'s own)', async () => {
    const bad = '2026-02-30T00:00:00Z';
    const good = '2026-02-28T00:00:00Z';
    const events = createAuthentikClient({ baseUrl: 'https://x/api/v3', live: 'none', retries: 0, fetch: json(page([event(good), event(bad)])) });
    await assert.rejects(events.listEvents(), isValidationAt('$.results[1].created'));
    const volume = createAuthentikClient({ baseUrl: 'https://x/api/v3', live: 'none', retries: 0, fetch: json([bucket(good), bucket(bad)]) });
    await assert.rejects(volume.volume({ since: '2026-02-01T00:00:00Z', until: '2026-03-01T00:00:00Z' }), isValidationAt('$[1].time'));
    for (const create of [createAuthentikNotificationClient, createBellClient]) {
      const client = create({ baseUrl: 'https://x/api/v3', live: 'none', retries: 0, fetch: json(page([note(bad)])) });
      await assert.rejects(client.listNotifications(), isValidationAt('$.results[0].created'), create.name);
      const fine = create({ baseUrl: 'https://x/api/v3', live: 'none', retries: 0, fetch: json(page([note('2024-02-29T12:00:00Z')])) });
      assert.equal((await fine.listNotifications()).items[0]?.created, '2024-02-29T12:00:00Z', create.name);
    }
  });
});
