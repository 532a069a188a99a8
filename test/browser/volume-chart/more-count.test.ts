/**
 * "and N more" after the actions a bar's "Other actions" entry lists: N is formatted in the
 * element's language, like every other count of the chart ("and 2,987 more", "und 2.987 weitere").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { canvasOf, hourly, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);
const NAMED = Array.from({ length: 10 }, (_, i) => `custom_top${i}`);
// 2,990 grouped actions in one bar: three listed (50, 40, 30), 2,987 more of 1 each.
const GROUPED = Array.from({ length: 2990 }, (_, i) => `custom_grp_${String(i).padStart(4, '0')}`);
const BUCKETS = hourly(T0, [...NAMED, ...GROUPED], [[...NAMED.map(() => 100), 50, 40, 30, ...GROUPED.slice(3).map(() => 1)]]);

async function announcedBar(lang: string): Promise<string> {
  const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang=${lang} time-zone="UTC" style="width: 700px" .buckets=${BUCKETS}></ev-volume-chart>`);
  await el.tableComplete;
  canvasOf(el).focus();
  await sendKeys({ press: 'Home' });
  await el.updateComplete;
  return text(el, '[aria-live]');
}

describe('<ev-volume-chart> "and N more" in the element\'s language', () => {
  it('en: and 2,987 more', async () => {
    const said = await announcedBar('en-US');
    expect(said).to.contain('(Custom: Grp 0000 50; Custom: Grp 0001 40; Custom: Grp 0002 30; and 2,987 more)');
    expect(said).not.to.contain('2987');
  });

  it('de: und 2.987 weitere', async () => {
    const said = await announcedBar('de');
    expect(said).to.contain('und 2.987 weitere)');
    expect(said).not.to.contain('2987');
  });
});
