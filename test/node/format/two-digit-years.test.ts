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
