/**
 * Events whose `created` is no time (a number, epoch ms or s; a numeric string; words; an object;
 * null) from an unvalidated source: the Created cell and the expanded row's summary say the time
 * is unknown, and claim no date (no `datetime`, no tooltip). Before, the cell showed the raw
 * number while its tooltip showed a date made of it (or "[object Object]", "null" in both).
 * A real time reads the same date in its tooltip and its screen-reader text.
 * Only <ev-log> is defined here, so an expanded row shows the log's own summary.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import '../../../src/components/source/ev-source.js';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';

const NO_TIMES: unknown[] = [1_700_000_000_000, 1_700_000_000, '1700000000000', 'yesterday', {}, null, '5', '12.5'];
const RAW = /1700000000|object Object|yesterday|null|NaN|Invalid Date/;
async function settle(el: EvLog, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}
const dataRows = (el: EvLog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.data-row')];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function log(events: unknown[], lang = 'en'): Promise<EvLog> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC">
    <ev-log lang=${lang} style="height: 480px; width: 1000px" .events=${events as EventRecord[]}></ev-log>
  </ev-source>`);
  const el = source.querySelector('ev-log')!;
  await settle(el, 3);
  return el;
}

/** The Created cell of each row (the third column). */
const createdCells = (el: EvLog) => dataRows(el).map((row) => row.querySelectorAll<HTMLElement>('[role="gridcell"]')[2]!);

describe('<ev-log>: created that is no time', () => {
  it('the Created cells say "Time unknown" and claim no date; a real time reads one date in its tooltip and its text', async () => {
    const base = makeEvents({ count: NO_TIMES.length + 1 });
    const events = [{ ...base[0]!, created: '2023-11-14T22:13:20Z' }, ...NO_TIMES.map((created, i) => ({ ...base[i + 1]!, created }))];
    const el = await log(events);
    const cells = createdCells(el);
    expect(cells).to.have.length(events.length);
    const unknown = cells.filter((c) => text(c) === 'Time unknown');
    expect(unknown, cells.map(text).join(' | ')).to.have.length(NO_TIMES.length);
    for (const cell of unknown) {
      expect(cell.querySelector('[datetime]'), 'a datetime').to.equal(null);
      expect(cell.querySelector('[title]'), 'a tooltip').to.equal(null);
    }
    const real = cells.find((c) => !unknown.includes(c))!;
    const time = real.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2023-11-14T22:13:20Z');
    expect(time.title).to.equal('Nov 14, 2023, 10:13:20 PM');
    expect(text(time.querySelector('.visually-hidden'))).to.equal(', Nov 14, 2023, 10:13:20 PM');
    expect(text(time)).to.match(/ago, Nov 14, 2023, 10:13:20 PM$/);
    for (const cell of cells) expect(`${text(cell)} ${cell.querySelector('[title]')?.getAttribute('title') ?? ''}`).not.to.match(RAW);
    await expect(el).to.be.accessible();
  });

  it('in German: "Zeit unbekannt"', async () => {
    const [event] = makeEvents({ count: 1 });
    const el = await log([{ ...event!, created: 1_700_000_000_000 }], 'de');
    expect(createdCells(el).map(text)).to.deep.equal(['Zeit unbekannt']);
  });

  for (const created of [1_700_000_000_000, {}, null]) {
    it(`the expanded row's summary of created ${JSON.stringify(created)}: "Time unknown"`, async () => {
      const [event] = makeEvents({ count: 1 });
      const el = await log([{ ...event!, created }]);
      el.shadowRoot!.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
      await settle(el, 4);
      const summary = el.shadowRoot!.querySelector('[part="summary"]');
      expect(summary, 'the log’s own summary').to.not.equal(null);
      const row = [...summary!.querySelectorAll('dl > div')].find((d) => text(d.querySelector('dt')) === 'Created')!;
      expect(text(row.querySelector('dd'))).to.equal('Time unknown');
    });
  }
});
