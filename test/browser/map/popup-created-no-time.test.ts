/**
 * A place's popup lists events whose `created` is no time (a number, epoch ms or s; a numeric
 * string; words; an object; null) as "Time unknown", in the text and in the names of its buttons,
 * and claims no date for them. Before, it showed the raw number, "[object Object]" or "null".
 * A real time reads the date its `<time datetime>` holds.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/map/ev-map.js';
import '../../../src/components/source/ev-source.js';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt, pageErrors, text } from './helpers.js';

const NO_TIMES: unknown[] = [1_700_000_000_000, 1_700_000_000, '1700000000000', 'yesterday', {}, null];
const RAW = /1700000000|object Object|yesterday|null|NaN|Invalid Date/;

async function popupOf(events: unknown[], lang = 'en-US'): Promise<EvMap> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC">
    <ev-map lang=${lang} style="width: 640px; height: 400px" .events=${events as EventRecord[]}></ev-map>
  </ev-source>`);
  const el = source.querySelector('ev-map')!;
  await drawn(el);
  const errors = await pageErrors(async () => {
    $$(el, '[part=location]')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=popup]') !== null, 'Enter on the place opened no popup', { timeout: 5000 });
  });
  expect(errors).to.deep.equal([]);
  return el;
}

describe('<ev-map> popup: created that is no time', () => {
  // A popup lists the 5 newest: the cases in two places' worth.
  for (const noTimes of [NO_TIMES.slice(0, 4), NO_TIMES.slice(4)]) {
    it(`lists ${noTimes.map((c) => JSON.stringify(c)).join(', ')} as "Time unknown", in their text and their buttons’ names; a real time as its date`, async () => {
      const base = eventsAt(noTimes.length + 1, BERLIN, 1);
      const events = [{ ...base[0]!, created: '2023-11-14T22:13:20Z' }, ...noTimes.map((created, i) => ({ ...base[i + 1]!, created }))];
      const el = await popupOf(events);
      const items = $$(el, '.popup-event');
      expect(items).to.have.length(events.length);
      const times = items.map((item) => item.querySelector('time')!);
      const unknown = times.filter((t) => text(t) === 'Time unknown');
      expect(unknown, times.map((t) => text(t)).join(' | ')).to.have.length(noTimes.length);
      for (const t of unknown) expect(t.hasAttribute('datetime'), 'a datetime').to.equal(false);
      const real = times.find((t) => !unknown.includes(t))!;
      expect(real.getAttribute('datetime')).to.equal('2023-11-14T22:13:20Z');
      expect(text(real).replace(/[\u2066-\u2069]/g, '')).to.equal('Nov 14, 2023, 10:13:20 PM');
      const names = $$(el, '.popup-event button').map((b) => b.getAttribute('aria-label') ?? '');
      expect(names.filter((n) => n.endsWith(', Time unknown')), names.join(' | ')).to.have.length(noTimes.length);
      for (const item of items) expect(`${text(item)} ${names.join(' ')}`).not.to.match(RAW);
      await expect(el).to.be.accessible();
    });
  }

  it('in German: "Zeit unbekannt"', async () => {
    const el = await popupOf(eventsAt(1, BERLIN, 1).map((e) => ({ ...e, created: 1_700_000_000_000 })), 'de');
    expect($$(el, '.popup-event time').map((t) => text(t))).to.deep.equal(['Zeit unbekannt']);
  });
});
