// `yearMs` (the bell's and the polling watermark's rule, without `isoMs`'s fast path) and `isoMs`
// agree on every value: one rule for "is this a time" across the suite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoMs } from '../../../src/client/filter-match.js';
import { yearMs } from '../../../src/client/year-ms.js';
import { ms } from '../../../src/components/notification-bell/feed.js';
import type { EventNotification } from '../../../src/client/types.js';

const VALUES: unknown[] = [
  '2026-11-20T12:00:00Z', '2026-11-20T12:00:00.123456Z', '2026-02-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z',
  '2026-01-01T23:60:00Z', '0050-01-01T00:00:00Z', '+012026-01-01T00:00:00Z', '2026-11-20', '2026-11-20T12:00:00+02:00', 'Nov 20 2026',
  '2026', ' 2026 ', '\n2026\t', '12345', ' 12345 ', '99999', '01234', '5', '12.5', 'May 5', '1.2.2026', '2026.5', 'x2026', '2026x', '',
  ' ', 'garbage', null, undefined, 1_700_000_000_000, {}, ['2026-01-01T00:00:00Z'], true,
];

test('yearMs, isoMs and the bell feed’s ms read every value alike', () => {
  for (const value of VALUES) {
    const label = JSON.stringify(value) ?? String(value);
    assert.deepEqual(yearMs(value), isoMs(value), label);
    assert.deepEqual(ms({ created: value } as unknown as EventNotification), isoMs(value), label);
  }
  assert.ok(Number.isNaN(yearMs('5')) && Number.isNaN(yearMs('12.5')) && Number.isNaN(yearMs('99999')));
});
