/**
 * The repeated hour when clocks go back (Europe/Berlin, 25 Oct 2026: 02:00–03:00 happens twice):
 * two events in it are told apart by the zone's name in the row's absolute time (its tooltip and
 * the screen-reader text) and in the expanded row's summary. Every other time reads as before.
 *
 * Only <ev-log> and <ev-source> are defined here (not src/define.js): without <ev-detail> an
 * expanded row shows the log's own summary.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import '../../../src/components/source/ev-source.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const event = (pk: string, created: string): EventRecord => ({ ...makeEvents({ count: 1, now: Date.UTC(2026, 9, 25, 12) })[0]!, pk, created });
/** Newest first: noon CET, 02:30 CET (the second 02:30), 02:30 CEST (the first). */
const EVENTS = [event('noon', '2026-10-25T11:00:00Z'), event('cet', '2026-10-25T01:30:00Z'), event('cest', '2026-10-25T00:30:00Z')];

async function settle(el: EvLog): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}

async function berlinLog(): Promise<EvLog> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="Europe/Berlin">
    <ev-log lang="en-US" style="height: 480px; width: 1000px" .events=${EVENTS}></ev-log>
  </ev-source>`);
  const el = source.querySelector('ev-log')!;
  await settle(el);
  return el;
}

const rows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];

describe('<ev-log> across a DST fall-back', () => {
  it('the two 02:30s name their zone in the tooltip and the screen-reader text; noon does not', async () => {
    const el = await berlinLog();
    const times = rows(el).map((r) => r.querySelector('time')!);
    expect(times.map((t) => plain(t.title))).to.deep.equal(['Oct 25, 2026, 12:00:00 PM', 'Oct 25, 2026, 2:30:00 AM GMT+1', 'Oct 25, 2026, 2:30:00 AM GMT+2']);
    expect(times.map((t) => plain(t.querySelector('.visually-hidden')!.textContent))).to.deep.equal([
      ', Oct 25, 2026, 12:00:00 PM',
      ', Oct 25, 2026, 2:30:00 AM GMT+1',
      ', Oct 25, 2026, 2:30:00 AM GMT+2',
    ]);
    // The machine-readable instant is unchanged.
    expect(times.map((t) => t.dateTime)).to.deep.equal(EVENTS.map((e) => e.created));
    await expect(el).to.be.accessible();
  });

  it('an expanded row’s summary names the zone for a repeated time only', async () => {
    const el = await berlinLog();
    const created = async (index: number) => {
      rows(el)[index]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
      await settle(el);
      const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
      const row = [...summary.querySelectorAll('dl > div')].find((d) => plain(d.querySelector('dt')!.textContent) === 'Created')!;
      return plain(row.querySelector('dd')!.textContent);
    };
    expect(await created(2)).to.equal('Oct 25, 2026, 2:30:00 AM GMT+2');
    await expect(el).to.be.accessible();
    expect(await created(1)).to.equal('Oct 25, 2026, 2:30:00 AM GMT+1');
    expect(await created(0)).to.equal('Oct 25, 2026, 12:00:00 PM');
  });
});
