/**
 * A bucket whose `time` is no date ('yesterday', '', 42, null) is bad data, as a bad count is
 * (invalid-counts.test.ts): in page-supplied `.buckets` and in a client's answer alike. Before, such
 * buckets were dropped silently and the chart showed fewer bars and smaller totals with no sign.
 * Now the chart shows a typed error naming the bucket and what was expected there, and fires
 * `ev-error` once per bad data (not again for every change of `bucket-ms`, `max-bars` or actions).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { EventsValidationError } from '../../../src/client/errors.js';
import type { VolumeBucket } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import type { EvErrorEvent } from '../../../src/events/ev-error.js';
import { hourly, text } from './helpers.js';
import { clientAnswering, errored } from './invalid-helpers.js';

const START = Date.parse('2026-11-01T00:00:00Z');

function buckets(field: 'time' | 'count', bad: unknown, start = START): VolumeBucket[] {
  const out = hourly(start, ['login', 'logout'], [
    [3, 1],
    [2, 0],
    [4, 2],
  ]);
  out[3] = { ...out[3]!, [field]: bad as never };
  return out;
}

describe('<ev-volume-chart> bucket times that are no date', () => {
  for (const [name, bad] of [
    ['a word', 'yesterday'],
    ['empty', ''],
    ['a number', 42],
    ['null', null],
  ] as const) {
    it(`.buckets with ${name} as time: an error naming the bucket and the expected date, ev-error`, async () => {
      const el = document.createElement('ev-volume-chart');
      const event = oneEvent(el, 'ev-error');
      el.buckets = buckets('time', bad);
      (await fixture(html`<div></div>`)).append(el);
      const { detail } = await event;
      expect(detail.error).to.be.instanceOf(EventsValidationError);
      expect(detail.operation).to.equal('buckets');
      await errored(el);
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
      expect(text(el, '[part=error]')).to.equal('The volume data given to the chart is invalid. Unexpected value at buckets[3].time: expected an ISO 8601 date.');
      expect(el.shadowRoot!.querySelector('[part=summary]'), 'no summary with fewer events').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=retry-button]'), 'the same data fails again: no retry').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('in German too', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="de" .buckets=${buckets('time', 'gestern')}></ev-volume-chart>`);
    await errored(el);
    expect(text(el, '[part=error]')).to.equal('Die dem Diagramm übergebenen Volumendaten sind ungültig. Unerwarteter Wert bei buckets[3].time: erwartet ein Datum nach ISO 8601.');
  });

  for (const [field, bad, expected] of [
    ['time', 'yesterday', 'Unexpected value at buckets[3].time: expected an ISO 8601 date.'],
    ['count', Infinity, 'Unexpected value at buckets[3].count: expected a whole number of events (0 or more).'],
  ] as const) {
    it(`a client's answer with a bad ${field}: the error names the bucket, with a retry; ev-error (operation volume)`, async () => {
      let answer = (start: number) => buckets(field, bad, start);
      const el = document.createElement('ev-volume-chart');
      el.client = clientAnswering((start) => answer(start));
      const event = oneEvent(el, 'ev-error');
      (await fixture(html`<div></div>`)).append(el);
      const { detail } = await event;
      expect(detail.error).to.be.instanceOf(EventsValidationError);
      expect(detail.operation).to.equal('volume');
      await errored(el);
      expect(text(el, '[part=error]')).to.equal(`The events server sent data in an unexpected shape. ${expected} Retry`);
      expect(el.shadowRoot!.querySelector('[part=summary]')).to.equal(null);
      await expect(el).to.be.accessible();
      // The server may answer better next time: Retry asks again.
      answer = (start) => buckets('count', 1, start);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
      await waitUntil(() => el.matches(':state(ready)'), 'ready after the retry');
      await el.updateComplete;
      expect(text(el, '[part=summary]')).to.match(/^13 events/);
    });
  }

  it('valid buckets handed in next show the chart again', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets('time', 'yesterday')}></ev-volume-chart>`);
    await errored(el);
    el.buckets = buckets('count', 1);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    expect(text(el, '[part=summary]')).to.match(/^13 events/);
  });
});

describe('<ev-volume-chart> ev-error once per bad data', () => {
  for (const [name, bad] of [
    ['time', buckets('time', 'yesterday')],
    ['count', buckets('count', -1)],
  ] as const) {
    it(`bad ${name}: changing bucket-ms, max-bars or the actions fires no new ev-error; new bad data does`, async () => {
      const events: EvErrorEvent[] = [];
      const el = document.createElement('ev-volume-chart');
      el.addEventListener('ev-error', (e) => events.push(e as EvErrorEvent));
      el.buckets = bad;
      (await fixture(html`<div></div>`)).append(el);
      await errored(el);
      expect(events.length).to.equal(1);
      el.bucketMs = 2 * 3_600_000;
      await el.updateComplete;
      el.maxBars = 5;
      await el.updateComplete;
      el.store.patchFilter({ actions: ['login'] });
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.matches(':state(error)'), 'still the error').to.equal(true);
      expect(text(el, '[part=error]')).to.contain(`buckets[3].${name}`);
      expect(events.length, 'one ev-error for one bad array').to.equal(1);
      el.buckets = [...bad];
      await el.updateComplete;
      expect(events.length, 'a new bad array is reported').to.equal(2);
    });
  }

  it('a bad answer is reported once; a new bad answer again', async () => {
    const events: EvErrorEvent[] = [];
    const el = document.createElement('ev-volume-chart');
    el.client = clientAnswering((start) => buckets('time', null, start));
    el.addEventListener('ev-error', (e) => events.push(e as EvErrorEvent));
    (await fixture(html`<div></div>`)).append(el);
    await errored(el);
    el.maxBars = 5;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(events.length).to.equal(1);
    el.reload();
    await waitUntil(() => events.length === 2, 'the new answer reported');
    await errored(el);
  });
});
