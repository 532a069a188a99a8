import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDateRange, formatDateRangeUnambiguous, formatDateTime, formatDateTimeUnambiguous, formatZoned, isRepeatedLocalTime } from '../../../src/format/time.js';

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

describe('formatZoned (the bell’s only style)', () => {
  test('reads as formatDateTime’s zoned style, in any zone and locale, and in either order of first use', () => {
    const iso = '2026-11-20T13:05:09Z';
    assert.equal(plain(formatZoned(iso, 'en-US', 'Europe/Berlin')), 'Nov 20, 2026, 2:05:09 PM GMT+1');
    assert.equal(formatZoned(iso, 'en-US', 'Europe/Berlin'), formatDateTime(iso, 'en-US', 'Europe/Berlin', 'zoned'));
    assert.equal(formatDateTime(iso, 'de', 'UTC', 'zoned'), formatZoned(iso, 'de', 'UTC'));
    assert.equal(formatZoned(Date.parse(iso), 'fr', 'Asia/Kolkata'), formatDateTime(iso, 'fr', 'Asia/Kolkata', 'zoned'));
    assert.equal(formatZoned(iso, 'en-US', 'Not/AZone'), formatDateTime(iso, 'en-US', 'local', 'zoned'));
  });

  test('an instant that is no time is returned as text', () => {
    assert.equal(formatZoned('yesterday', 'en-US', 'UTC'), 'yesterday');
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

describe('the repeated hour when clocks go back (DST fall-back)', () => {
  // Europe/Berlin, 25 Oct 2026: 03:00 CEST (01:00 UTC) goes back to 02:00 CET, so 02:00–03:00 happens twice.
  const cest2 = at('2026-10-25T00:00:00Z');
  const cet2 = at('2026-10-25T01:00:00Z');

  test('only wall-clock times that happen twice are repeated', () => {
    assert.equal(isRepeatedLocalTime(cest2, 'Europe/Berlin'), true);
    assert.equal(isRepeatedLocalTime(cet2, 'Europe/Berlin'), true);
    assert.equal(isRepeatedLocalTime(cet2 + 59 * 60_000, 'Europe/Berlin'), true);
    assert.equal(isRepeatedLocalTime(cest2 - 60_000, 'Europe/Berlin'), false);
    assert.equal(isRepeatedLocalTime(cet2 + 3_600_000, 'Europe/Berlin'), false);
    // Spring forward skips an hour; nothing is repeated.
    assert.equal(isRepeatedLocalTime(at('2026-03-29T01:00:00Z'), 'Europe/Berlin'), false);
    assert.equal(isRepeatedLocalTime(cest2, 'UTC'), false);
    assert.equal(isRepeatedLocalTime(cest2, 'Asia/Tokyo'), false);
  });

  test('the two 02:00s are told apart by the zone; other times read as before', () => {
    assert.equal(plain(formatDateTimeUnambiguous(cest2, 'en-US', 'Europe/Berlin', 'short')), '10/25/26, 2:00 AM GMT+2');
    assert.equal(plain(formatDateTimeUnambiguous(cet2, 'en-US', 'Europe/Berlin', 'short')), '10/25/26, 2:00 AM GMT+1');
    assert.equal(plain(formatDateTimeUnambiguous(cet2, 'de', 'Europe/Berlin', 'time')), '02:00 MEZ');
    assert.equal(plain(formatDateTimeUnambiguous(cest2, 'en-GB', 'Europe/Berlin', 'short')), '25/10/2026, 02:00 CEST');
    assert.equal(plain(formatDateTimeUnambiguous(cet2 + 3_600_000, 'en-US', 'Europe/Berlin', 'short')), plain(formatDateTime(cet2 + 3_600_000, 'en-US', 'Europe/Berlin', 'short')));
    assert.equal(plain(formatDateTimeUnambiguous(cest2, 'en-US', 'UTC', 'short')), '10/25/26, 12:00 AM');
  });

  test('a range with a repeated end names the zone on both ends, never collapsing 02:00 – 02:00 into one time', () => {
    // What Intl's formatRange alone gives for the first repeated hour: one time.
    assert.equal(plain(formatDateRange(cest2, cet2, 'en-US', 'Europe/Berlin')), '10/25/26, 2:00 AM');
    assert.equal(plain(formatDateRangeUnambiguous(cest2, cet2, 'en-US', 'Europe/Berlin')), '10/25/26, 2:00 AM GMT+2 – 10/25/26, 2:00 AM GMT+1');
    assert.equal(plain(formatDateRangeUnambiguous(cet2, cet2 + 3_600_000, 'en-US', 'Europe/Berlin')), '10/25/26, 2:00 AM GMT+1 – 10/25/26, 3:00 AM GMT+1');
    assert.equal(plain(formatDateRangeUnambiguous(cest2 - 3_600_000, cest2, 'de', 'Europe/Berlin')), '25.10.26, 01:00 MESZ – 25.10.26, 02:00 MESZ');
    // Elsewhere as formatDateRange.
    assert.equal(plain(formatDateRangeUnambiguous(at('2026-11-20T06:00:00Z'), at('2026-11-20T09:00:00Z'), 'en-US', 'UTC')), '11/20/26, 6:00 – 9:00 AM');
  });
});

describe('isRepeatedLocalTime at the edges', () => {
  const repeated = (iso: string, zone: string) => isRepeatedLocalTime(at(iso), zone);

  test('Europe/Berlin: the first and last minute of each 02:00 hour, and the instants just outside', () => {
    // 02:00 CEST is 00:00 UTC; 02:00 CET is 01:00 UTC; 03:00 CET (no longer repeated) is 02:00 UTC.
    assert.equal(repeated('2026-10-24T23:59:59.999Z', 'Europe/Berlin'), false);
    assert.equal(repeated('2026-10-25T00:00:00.000Z', 'Europe/Berlin'), true);
    assert.equal(repeated('2026-10-25T00:59:00Z', 'Europe/Berlin'), true);
    assert.equal(repeated('2026-10-25T00:59:59.999Z', 'Europe/Berlin'), true);
    assert.equal(repeated('2026-10-25T01:00:00Z', 'Europe/Berlin'), true);
    assert.equal(repeated('2026-10-25T01:59:00Z', 'Europe/Berlin'), true);
    assert.equal(repeated('2026-10-25T01:59:59.999Z', 'Europe/Berlin'), true);
    assert.equal(repeated('2026-10-25T02:00:00Z', 'Europe/Berlin'), false);
    // Noon the same day, and the evening before (within half a day of the change).
    assert.equal(repeated('2026-10-25T11:00:00Z', 'Europe/Berlin'), false);
    assert.equal(repeated('2026-10-24T13:30:00Z', 'Europe/Berlin'), false);
  });

  test('Australia/Lord_Howe: a 30-minute change (02:00 +11 back to 01:30 +10:30), only 01:30–02:00 repeated', () => {
    assert.equal(repeated('2026-04-04T14:29:59Z', 'Australia/Lord_Howe'), false);
    assert.equal(repeated('2026-04-04T14:30:00Z', 'Australia/Lord_Howe'), true);
    assert.equal(repeated('2026-04-04T14:59:00Z', 'Australia/Lord_Howe'), true);
    assert.equal(repeated('2026-04-04T15:00:00Z', 'Australia/Lord_Howe'), true);
    assert.equal(repeated('2026-04-04T15:29:00Z', 'Australia/Lord_Howe'), true);
    assert.equal(repeated('2026-04-04T15:30:00Z', 'Australia/Lord_Howe'), false);
    assert.equal(plain(formatDateTimeUnambiguous(at('2026-04-04T14:45:00Z'), 'en-US', 'Australia/Lord_Howe', 'short')), '4/5/26, 1:45 AM GMT+11');
    assert.equal(plain(formatDateTimeUnambiguous(at('2026-04-04T15:15:00Z'), 'en-US', 'Australia/Lord_Howe', 'short')), '4/5/26, 1:45 AM GMT+10:30');
  });

  test('Antarctica/Troll: a two-hour change (03:00 +02 back to 01:00 +00), 01:00–03:00 repeated', () => {
    assert.equal(repeated('2026-10-24T22:59:00Z', 'Antarctica/Troll'), false);
    assert.equal(repeated('2026-10-24T23:00:00Z', 'Antarctica/Troll'), true);
    assert.equal(repeated('2026-10-25T00:59:00Z', 'Antarctica/Troll'), true);
    assert.equal(repeated('2026-10-25T02:59:00Z', 'Antarctica/Troll'), true);
    assert.equal(repeated('2026-10-25T03:00:00Z', 'Antarctica/Troll'), false);
  });

  test('a zone without DST, UTC, and input that is no instant: never repeated', () => {
    for (const iso of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-04-04T14:45:00Z']) {
      assert.equal(repeated(iso, 'Asia/Tokyo'), false);
      assert.equal(repeated(iso, 'Asia/Kolkata'), false);
      assert.equal(repeated(iso, 'UTC'), false);
    }
    assert.equal(isRepeatedLocalTime(Number.NaN, 'Europe/Berlin'), false);
    assert.equal(plain(formatDateTimeUnambiguous('not a date', 'en-US', 'Europe/Berlin')), 'not a date');
  });

  test('a day of rows (one a minute) away from any change asks Intl for a few hourly offsets, not three per row', (t) => {
    const calls = t.mock.method(Intl.DateTimeFormat.prototype, 'formatToParts');
    // A zone no other test here uses, so none of its offsets are cached yet.
    const start = at('2026-07-15T00:00:00Z');
    for (let i = 0; i < 1440; i++) assert.equal(isRepeatedLocalTime(start + i * 60_000, 'America/Chicago'), false);
    // Probes at whole hours from 12 h before to 12 h after the day: 48 at most.
    assert.ok(calls.mock.callCount() <= 48, `${calls.mock.callCount()} offset look-ups`);
  });
});
