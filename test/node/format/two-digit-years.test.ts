/**
 * Years 0–99 typed or linked by a user are those years, not 1900–1999 (`Date.UTC`'s two-digit-year
 * rule): the log's custom range inputs, the volume chart's month and year ticks, and a link's
 * time range.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromInputValue } from '../../../src/components/log/zone.js';
import { tickInstants } from '../../../src/components/volume-chart/time-axis.js';
import { paramsToFilter } from '../../../src/client/query.js';
import { utcMs } from '../../../src/format/utc.js';

describe('the years 0–99 from user input', () => {
  test('a datetime-local value of the year 50 is the year 50 in every zone', () => {
    assert.equal(fromInputValue('0050-03-01T12:00', 'UTC'), '0050-03-01T12:00:00.000Z');
    assert.equal(fromInputValue('0096-02-29T00:00', 'UTC'), '0096-02-29T00:00:00.000Z');
    const berlin = fromInputValue('0050-03-01T12:00', 'Europe/Berlin');
    assert.match(berlin ?? '', /^0050-03-01T1\d:\d\d:\d\d\.000Z$/);
  });

  test('a chart window over the years 50–60 gets ticks on first days of months in those years', () => {
    const min = Date.parse('0050-01-01T00:00:00Z');
    const max = Date.parse('0060-01-01T00:00:00Z');
    const { ticks } = tickInstants(min, max, 900, 'UTC');
    assert.ok(ticks.length >= 4, `ticks: ${ticks.map((t) => new Date(t).toISOString()).join(', ')}`);
    for (const t of ticks) assert.match(new Date(t).toISOString(), /^005\d-\d\d-01T00:00:00\.000Z$/);
  });

  test('a link with the leap day of the year 0 keeps it', () => {
    assert.equal(paramsToFilter(new URLSearchParams('created__gte=0000-02-29T00:00:00Z')).since, '0000-02-29T00:00:00.000Z');
    assert.equal(paramsToFilter(new URLSearchParams('created__gte=0100-02-29T00:00:00Z')).since, undefined);
  });
});

describe('utcMs', () => {
  /** The rule itself, by a Date set field by field (the years 0–99 as written). */
  function bySetters(year: number, month: number, day: number, h: number, mi: number, s: number, ms: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, month, day);
    return date.setUTCHours(h, mi, s, ms);
  }

  test('is the same instant as a Date set field by field for every year, overflowing fields and the edges of time included', () => {
    const years = [-271821, -1, 0, 1, 50, 99, 100, 1899, 1900, 1970, 2000, 2026, 9999, 275760, 275761, NaN, Infinity];
    const fields: [number, number, number, number, number, number][] = [
      [0, 1, 0, 0, 0, 0],
      [1, 29, 23, 59, 59, 999],
      [11, 31, 12, 30, 15, 500],
      [12, 1, 0, 0, 0, 0],
      [-1, 0, 24, 60, 60, 1000],
    ];
    for (const year of years) {
      for (const [month, day, h, mi, s, ms] of fields) {
        const expected = bySetters(year, month, day, h, mi, s, ms);
        assert.ok(Object.is(utcMs(year, month, day, h, mi, s, ms), expected), `${year}-${month}-${day} ${h}:${mi}:${s}.${ms}`);
      }
    }
    assert.equal(utcMs(50, 0), bySetters(50, 0, 1, 0, 0, 0, 0));
    assert.notEqual(utcMs(50, 0), Date.UTC(50, 0));
  });
});
