// <ev-log>'s CSV export of events whose `created` is no time (null, a number, words, and "5" or
// "12.5", which V8's Date.parse reads as dates in 2001): the wall-time column is empty, as the log
// shows "Time unknown" and claims no date; `created_iso` keeps the value as given, formula-safe.
// Before, "5" was exported as "2001-05-01 00:00:00 +00:00" and words were copied into the wall-time column.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventRecord } from '../../../src/client/types.js';
import { csvRow } from '../../../src/components/log/export.js';
import { makeEvents } from '../../fixtures/events.js';

const [template] = makeEvents({ count: 1 });
/** The cells of one CSV line (every cell is quoted; none of these has a comma or a quote inside). */
const cells = (line: string) => line.slice(1, -1).split('","');
const row = (created: unknown, zone = 'UTC') => cells(csvRow({ ...template!, pk: 'p', created } as unknown as EventRecord, zone));

describe('csvRow: created that is no time', () => {
  for (const [created, raw] of [
    ['5', '5'],
    ['12.5', '12.5'],
    ['May 5', 'May 5'],
    ['99999', '99999'],
    ['not a date', 'not a date'],
    ['=HYPERLINK("x")', `'=HYPERLINK(""x"")`],
    ['-5', "'-5"],
    ['', ''],
    [null, ''],
    [1_700_000_000_000, '1700000000000'],
  ] as const) {
    test(`${JSON.stringify(created)}: an empty wall-time cell, created_iso as given`, () => {
      for (const zone of ['UTC', 'Asia/Tokyo']) {
        const [pk, wall] = row(created, zone);
        assert.equal(pk, 'p');
        assert.equal(wall, '', zone);
      }
      const line = csvRow({ ...template!, created } as unknown as EventRecord, 'UTC');
      assert.ok(line.includes(`"","${raw}"`), line);
    });
  }

  test('a time still exports its wall time with the offset', () => {
    assert.deepEqual(row('2026-11-20T12:00:00.000Z', 'Asia/Tokyo').slice(1, 3), ['2026-11-20 21:00:00 +09:00', '2026-11-20T12:00:00.000Z']);
    assert.deepEqual(row('2026', 'UTC').slice(1, 3), ['2026-01-01 00:00:00 +00:00', '2026']);
  });
});
