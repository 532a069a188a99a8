/**
 * A custom client's volume answer (nothing validated it) whose `since` / `until` are no dates, or
 * no window (until before since, years past 9999), or whose `bucketMs` is no bar width. Before,
 * the chart said "Bars of NaN minutes", "Shown from NaN: …" and "No events in this time range"
 * over an answer with events, and a `since` in the year 275760 froze the tab. Now it shows the
 * unexpected-shape error naming the field and what was expected, with a retry, and fires
 * `ev-error` (operation `volume`). Retry after a bad window shows the bars of a good answer (below;
 * after a bad bucket: invalid-times.test.ts).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsValidationError } from '../../../src/client/errors.js';
import type { EventsClient, VolumeResult } from '../../../src/client/types.js';
import { HOUR, hourly, text } from './helpers.js';

/** The last 3 whole hours (an answer for the chart's default window, whatever the date). */
const recent = (): number => Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
const iso = (t: number): string => new Date(t).toISOString();

/** A custom client answering 6 events in the last 3 hours, with `patch(start)` over the answer. */
function clientAnswering(patch: (start: number) => Record<string, unknown>): EventsClient {
  const memory = createMemoryClient({ events: [] });
  return {
    ...memory,
    volume: async (): Promise<VolumeResult> => {
      const start = recent();
      return { buckets: hourly(start, ['login'], [[1], [2], [3]]), bucketMs: HOUR, since: iso(start), until: iso(start + 3 * HOUR), ...patch(start) } as VolumeResult;
    },
  };
}

const CASES: ReadonlyArray<readonly [string, (start: number) => Record<string, unknown>, string]> = [
  ['since a word', () => ({ since: 'garbage' }), 'since: expected an ISO 8601 date'],
  ['since null', () => ({ since: null }), 'since: expected an ISO 8601 date'],
  ['since a number', (s) => ({ since: s }), 'since: expected an ISO 8601 date'],
  ['since an object', () => ({ since: { toString: () => '2026-11-01T00:00:00Z' } }), 'since: expected an ISO 8601 date'],
  ['since in the year 275760', () => ({ since: '+275760-09-13T00:00:00.000Z' }), 'since: expected an ISO 8601 date'],
  ['until a word', () => ({ until: 'nope' }), 'until: expected an ISO 8601 date after since'],
  ['until missing', () => ({ until: undefined }), 'until: expected an ISO 8601 date after since'],
  ['until before since', (s) => ({ since: iso(s + 3 * HOUR), until: iso(s) }), 'until: expected an ISO 8601 date after since'],
  ['until in the year 275760', () => ({ until: '+275760-09-13T00:00:00.000Z' }), 'until: expected an ISO 8601 date after since'],
  ['bucketMs 0', () => ({ bucketMs: 0 }), 'bucketMs: expected a whole number of milliseconds from 1 to until − since'],
  ['bucketMs NaN', () => ({ bucketMs: NaN }), 'bucketMs: expected a whole number of milliseconds from 1 to until − since'],
  ['bucketMs a string', () => ({ bucketMs: '3600000' }), 'bucketMs: expected a whole number of milliseconds from 1 to until − since'],
  ['bucketMs past the window', () => ({ bucketMs: 1e300 }), 'bucketMs: expected a whole number of milliseconds from 1 to until − since'],
];

describe('<ev-volume-chart> a custom client answering no window', () => {
  for (const [name, patch, expected] of CASES) {
    it(`${name}: the error names the field, no NaN, with a retry; ev-error (operation volume)`, async () => {
      const el = document.createElement('ev-volume-chart');
      el.lang = 'en-US';
      el.client = clientAnswering(patch);
      const event = oneEvent(el, 'ev-error');
      (await fixture(html`<div></div>`)).append(el);
      const { detail } = await event;
      expect(detail.error).to.be.instanceOf(EventsValidationError);
      expect(detail.operation).to.equal('volume');
      await waitUntil(() => el.matches(':state(error)'), 'error state');
      await el.updateComplete;
      expect(text(el, '[part=error]')).to.equal(`The events server sent data in an unexpected shape. Unexpected value at ${expected}. Retry`);
      const shown = el.shadowRoot!.textContent!;
      expect(shown).not.to.contain('NaN');
      expect(shown).not.to.contain('Invalid');
      expect(el.shadowRoot!.querySelector('[part=notice]'), 'no "Shown from …" notice').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=summary]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<ev-volume-chart> after an answer with no window', () => {
  it('Retry asks again; a valid window then shows the bars', async () => {
    let bad = true;
    const el = document.createElement('ev-volume-chart');
    el.lang = 'en-US';
    el.client = clientAnswering(() => (bad ? { since: 'garbage' } : {}));
    (await fixture(html`<div></div>`)).append(el);
    await waitUntil(() => el.matches(':state(error)'), 'error state');
    await el.updateComplete;
    expect(text(el, '[part=error]')).to.contain('since: expected an ISO 8601 date');
    bad = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(() => el.matches(':state(ready)'), 'ready after the retry');
    await el.updateComplete;
    expect(text(el, '[part=summary]')).to.match(/^6 events/);
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('in German too', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = document.createElement('ev-volume-chart');
    el.lang = 'de';
    el.client = clientAnswering(() => ({ since: 'garbage' }));
    (await fixture(html`<div></div>`)).append(el);
    await waitUntil(() => el.matches(':state(error)'), 'error state');
    await el.updateComplete;
    expect(text(el, '[part=error]')).to.equal('Der Ereignisserver hat Daten in unerwarteter Form gesendet. Unerwarteter Wert bei since: erwartet ein Datum nach ISO 8601. Erneut versuchen');
  });
});
