/**
 * A bucket whose `action` is no string (a number, null, an object, an array) is bad data, as a bad
 * time or count is (invalid-times.test.ts): in page-supplied `.buckets` and in a custom client's
 * answer (nothing validated it; the authentik client's own guard already rejects it). The chart
 * shows the typed error naming the bucket and what was expected there, and fires `ev-error` once
 * per bad data. Any string is an action: a 1 MB name is shown cut, an empty one as "Unnamed
 * action" (as blank names are, blank-action.test.ts).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { EventsValidationError } from '../../../src/client/errors.js';
import type { VolumeBucket } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import type { EvErrorEvent } from '../../../src/events/ev-error.js';
import { hourly, parts, text } from './helpers.js';
import { clientAnswering, errored } from './invalid-helpers.js';

const START = Date.parse('2026-11-01T00:00:00Z');

function buckets(bad: unknown, start = START): VolumeBucket[] {
  const out = hourly(start, ['login', 'logout'], [
    [3, 1],
    [2, 4],
    [4, 2],
  ]);
  out[3] = { ...out[3]!, action: bad as string };
  return out;
}

const BAD: ReadonlyArray<readonly [string, unknown]> = [
  ['a number', 42],
  ['null', null],
  ['an object', { toString: () => 'login' }],
  ['an array', ['login']],
  ['missing', undefined],
];

describe('<ev-volume-chart> bucket actions that are no string', () => {
  for (const [name, bad] of BAD) {
    it(`.buckets with ${name} as action: an error naming the bucket and the expected string, ev-error`, async () => {
      const el = document.createElement('ev-volume-chart');
      const events: EvErrorEvent[] = [];
      el.addEventListener('ev-error', (e) => events.push(e as EvErrorEvent));
      el.buckets = buckets(bad);
      (await fixture(html`<div></div>`)).append(el);
      await errored(el);
      expect(events.length).to.equal(1);
      expect(events[0]!.detail.error).to.be.instanceOf(EventsValidationError);
      expect(events[0]!.detail.operation).to.equal('buckets');
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
      expect(text(el, '[part=error]')).to.equal('The volume data given to the chart is invalid. Unexpected value at buckets[3].action: expected a string.');
      expect(el.shadowRoot!.textContent).not.to.contain('[object Object]');
      expect(el.shadowRoot!.querySelector('[part=summary]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=retry-button]')).to.equal(null);
      await expect(el).to.be.accessible();
      // Not reported again while the same data stays.
      el.maxBars = 5;
      await el.updateComplete;
      expect(events.length).to.equal(1);
    });
  }

  it('in German too', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="de" .buckets=${buckets(7)}></ev-volume-chart>`);
    await errored(el);
    expect(text(el, '[part=error]')).to.equal('Die dem Diagramm übergebenen Volumendaten sind ungültig. Unerwarteter Wert bei buckets[3].action: erwartet eine Zeichenkette.');
  });

  for (const [name, bad] of BAD.slice(0, 3)) {
    it(`a custom client's answer with ${name} as action: the error names the bucket, with a retry; ev-error (operation volume)`, async () => {
      let answer = (start: number) => buckets(bad, start);
      const el = document.createElement('ev-volume-chart');
      el.client = clientAnswering((start) => answer(start));
      const event = oneEvent(el, 'ev-error');
      (await fixture(html`<div></div>`)).append(el);
      const { detail } = await event;
      expect(detail.error).to.be.instanceOf(EventsValidationError);
      expect(detail.operation).to.equal('volume');
      await errored(el);
      expect(text(el, '[part=error]')).to.equal('The events server sent data in an unexpected shape. Unexpected value at buckets[3].action: expected a string. Retry');
      expect(el.shadowRoot!.textContent).not.to.contain('[object Object]');
      await expect(el).to.be.accessible();
      answer = (start) => buckets('login', start);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
      await waitUntil(() => el.matches(':state(ready)'), 'ready after the retry');
      await el.updateComplete;
      expect(text(el, '[part=summary]')).to.match(/^16 events/);
    });
  }

  it('a 1 MB action name is an action: shown cut, no error', async () => {
    const long = `custom_${'x'.repeat(1 << 20)}`;
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets(long)}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    const legend = parts(el, 'legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend.length).to.equal(3);
    expect(Math.max(...legend.map((l) => l.length))).to.be.below(400);
    expect(text(el, '[part=summary]')).to.match(/^16 events/);
  });

  it('an empty action name is an action: "Unnamed action" in the legend and the summary, no error', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets('')}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(ready)'), 'ready');
    await el.updateComplete;
    const legend = parts(el, 'legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend).to.deep.equal(['Login (9)', 'Unnamed action (4)', 'Logout (3)']);
    expect(text(el, '[part=summary]')).to.contain('Unnamed action (4)');
    await expect(el).to.be.accessible();
  });
});
