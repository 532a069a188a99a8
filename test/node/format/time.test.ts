import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDateRange, formatDateTime } from '../../../src/format/time.js';

/** Intl's narrow / thin spaces as plain ones, so expectations read as text. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const at = (iso: string) => Date.parse(iso);
const short = (iso: string, locale = 'en-US', zone = 'UTC') => plain(formatDateTime(iso, locale, zone, 'short'));

describe('formatDateRange', () => {
  test('an ordered range: the shared parts written once', () => {
    assert.equal(plain(formatDateRange(at('2026-11-20T06:00:00Z'), at('2026-11-20T09:00:00Z'), 'en-US', 'UTC')), '11/20/26, 6:00 – 9:00 AM');
  });

  test('a reversed range is shown as given (start first), each end in full, not swapped', () => {
    const start = at('2026-11-20T12:00:00Z');
    const end = at('2026-11-20T06:00:00Z');
    assert.equal(plain(formatDateRange(start, end, 'en-US', 'UTC')), '11/20/26, 12:00 PM – 11/20/26, 6:00 AM');
    assert.equal(plain(formatDateRange(start, end, 'de', 'Europe/Berlin', 'long')), '20.11.2026, 13:00:00 – 20.11.2026, 07:00:00');
  });
});

describe('the short style’s year', () => {
  test('two digits for 1950–2049, as a reader (and Date.parse) takes them back', () => {
    assert.equal(short('2026-11-20T13:05:00Z'), '11/20/26, 1:05 PM');
    assert.equal(short('1950-06-01T00:00:00Z'), '6/1/50, 12:00 AM');
    assert.equal(short('2049-12-30T00:00:00Z'), '12/30/49, 12:00 AM');
    assert.equal(short('2026-11-20T13:05:00Z', 'de', 'Europe/Berlin'), '20.11.26, 14:05');
  });

  test('years 1 and 9999 (and any other year two digits would misstate) in full', () => {
    assert.equal(short('0001-01-01T00:00:00Z'), '1/1/1, 12:00 AM');
    assert.equal(short('9999-12-31T00:00:00Z'), '12/31/9999, 12:00 AM');
    assert.equal(short('1900-03-01T00:00:00Z'), '3/1/1900, 12:00 AM');
    assert.equal(short('2050-01-01T00:00:00Z'), '1/1/2050, 12:00 AM');
    assert.equal(short('0001-01-01T00:00:00Z', 'de'), '1.1.1, 00:00');
    // The year of the zone shown: already 2050 at UTC+14.
    assert.equal(short('2049-12-31T23:00:00Z', 'en-US', 'Pacific/Kiritimati'), '1/1/2050, 1:00 PM');
  });

  test('a range with an end outside those years shows both in full', () => {
    assert.equal(plain(formatDateRange(at('2026-11-20T06:00:00Z'), at('9999-12-31T00:00:00Z'), 'en-US', 'UTC')), '11/20/2026, 6:00 AM – 12/31/9999, 12:00 AM');
    assert.equal(plain(formatDateRange(at('9999-12-31T00:00:00Z'), at('0001-01-01T00:00:00Z'), 'en-US', 'UTC')), '12/31/9999, 12:00 AM – 1/1/1, 12:00 AM');
  });

  test('the other styles are unchanged', () => {
    assert.equal(plain(formatDateTime('0001-01-01T00:00:00Z', 'en-US', 'UTC')), 'Jan 1, 1, 12:00:00 AM');
    assert.equal(plain(formatDateTime('9999-12-31T00:00:00Z', 'en-US', 'UTC', 'date')), 'Dec 31');
  });
});

describe('a locale Intl does not know', () => {
  test('falls back to English, still in the zone asked for (or the local one for an unknown zone)', () => {
    assert.equal(plain(formatDateTime('2026-11-20T13:05:00Z', 'not a locale!', 'Asia/Tokyo')), 'Nov 20, 2026, 10:05:00 PM');
    assert.equal(short('2026-11-20T13:05:00Z', 'not a locale!', 'UTC'), '11/20/26, 1:05 PM');
    const local = plain(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(Date.parse('2026-11-20T13:05:00Z')));
    assert.equal(plain(formatDateTime('2026-11-20T13:05:00Z', 'not a locale!', 'Not/AZone')), local);
  });
});
