/**
 * A timestamp with a field out of its range ("2026-13-01T00:00:00Z", hour 25, minute 60, "x"
 * for "-") is no time: `isoMs` reads it as the browser does (`Date.parse`), so the log, detail
 * and map say "Time unknown" for it as the bell does, and filters and the chart leave it out.
 * Before, the fast path rolled it over (month 13 was January of the next year).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoMs } from '../../../src/client/filter-match.js';

describe('isoMs and fields out of range', () => {
  test('out-of-range fields and wrong separators are no time, as for Date.parse', () => {
    for (const text of [
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-01-32T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-01T25:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:00:60Z',
      '2026-01-01T23:00:99.5Z',
      '2026x01x01T23:00:00Z',
      '2026-01-01T23.00.00Z',
      '2026/01/01T23:00:00Z',
      '2026-01-01T23;00;00Z',
    ]) {
      assert.ok(Number.isNaN(Date.parse(text)), `the browser's reading of ${text}`);
      assert.ok(Number.isNaN(isoMs(text)), text);
    }
  });

  test('numbers and words without a year are no time (the browser reads "5" as May 2001, "12.5" as 5 December 2001)', () => {
    for (const text of ['5', '12', '12.5', '-1', '0', '  7 ', 'May 5', '1 2', '20245', '99999']) assert.ok(Number.isNaN(isoMs(text)), text);
    for (const text of ['2024', 'Tue, 01 Dec 2026 10:00:00 GMT', '2026-11-27', '2026-11-27T10:00:00+01:00', '+002026-01-01T00:00:00Z'])
      assert.equal(isoMs(text), Date.parse(text), text);
  });

  test('what the browser accepts reads the same (24:00, a 30th of February, fractions)', () => {
    for (const text of ['2026-01-01T24:00:00Z', '2026-02-30T00:00:00Z', '2026-12-31T23:59:59.999999Z', '2026-06-15T12:00:00.5Z', '2026-06-15T12:00:00Z']) {
      assert.equal(isoMs(text), Date.parse(text), text);
    }
  });
});
