import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDateRange } from '../../../src/format/time.js';

/** Intl's narrow / thin spaces as plain ones, so expectations read as text. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const at = (iso: string) => Date.parse(iso);

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
