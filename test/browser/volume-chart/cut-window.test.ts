// A window longer than the client answers (clients zero-fill at most 10,000 buckets and drop the
// oldest: 2 years of hourly buckets, or 7 years of authentik's 6-hour ones) is not silently shorter:
// the chart says from when it shows data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { DAY, HOUR, parts, text } from './helpers.js';
import { makeEvents } from '../../fixtures/events.js';

// The window ends at the last UTC midnight of this run's clock (never in the future, on any date).
const NOW = Math.floor(Date.now() / DAY) * DAY;
const iso = (ms: number) => new Date(ms).toISOString();
/** 10,000 hours before a UTC midnight is 08:00; the first whole 6-hour bar after it starts at 12:00 that day. */
const cutDay = new Date(NOW - 10_000 * HOUR);
const y = String(cutDay.getUTCFullYear() % 100).padStart(2, '0');
const [m, d] = [cutDay.getUTCMonth() + 1, cutDay.getUTCDate()];

async function chart(from: string, lang = 'en') {
  const client = createMemoryClient({ events: makeEvents({ count: 300, now: NOW - HOUR, gapMs: 3 * DAY, actions: ['login'] }), volumeBucketMs: HOUR, now: () => NOW });
  const source = await fixture(html`<ev-source time-zone="UTC" lang=${lang} .client=${client}>
    <ev-volume-chart style="width: 640px" range="custom" from=${from} to=${iso(NOW)}></ev-volume-chart>
  </ev-source>`);
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), 'settled', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<ev-volume-chart> with a window longer than the client answers', () => {
  it('says from when it shows data (2 years of hourly buckets: the last 10,000 hours)', async () => {
    const el = await chart(iso(NOW - 730 * DAY));
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(text(el, '[part=summary]')).to.match(new RegExp(`^\\d+ events from ${m}/${d}/${y}, 12:00 PM – `));
    expect(text(el, '[part=notice]')).to.equal(`Shown from ${m}/${d}/${y}, 12:00 PM: the events source answers no further back.`);
    await expect(el).to.be.accessible();
  });

  it('says nothing when the answer covers the window, and in German', async () => {
    const full = await chart(iso(NOW - 300 * DAY));
    expect(parts(full, 'notice')).to.have.length(0);
    const de = await chart(iso(NOW - 730 * DAY), 'de');
    expect(text(de, '[part=notice]')).to.equal(`Angezeigt ab ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}, 12:00: weiter zurück liefert die Ereignisquelle nichts.`);
  });
});
