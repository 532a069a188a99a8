// <ev-log live> in scroll mode polling a source that ignores `since` (a REST API or mapping without
// that filter): the catch-up once polling started asks for the events newer than the newest row and
// gets every event instead. Only those newer than the rows shown are new: before, the 20 events not
// loaded yet (page size 10, 30 events) were put on top as new ones, and the log went from 30 to 50
// rows, each of those twice. An event whose `created` is no time (null, words), created after the
// rows were listed but before polling took its baseline, is new all the same: it shows once (before,
// the catch-up dropped it as "not newer than the newest row" and it never showed). In-memory source.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { CallOptions, EventQuery, EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { SincelessClient, sincelessClient, dataRows, grid, manyEvents, rowText, settle, shadow, waitFor } from './helpers.js';

// Dated by the clock (not a fixed day): polling takes no `since` from events ahead of the client's clock.
const NOW = Date.now() - 3_600_000;
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');

describe('<ev-log live> polling a source that ignores `since`: the catch-up', () => {
  it('adds nothing when nothing is new: 30 rows stay 30, the newest on top, none twice', async () => {
    const memory = createMemoryClient({ events: manyEvents(30, NOW) });
    const client = sincelessClient(memory);
    const first = rowText((await fixture<EvLog>(html`<ev-log lang="en" style="height: 480px; width: 1000px" .events=${manyEvents(1, NOW)}></ev-log>`)).shadowRoot!.querySelector('.data-row')!);
    const el = await fixture<EvLog>(
      html`<ev-log live lang="en" style="height: 480px; width: 1000px" mode="scroll" page-size="10" .client=${client} .pollInterval=${50}></ev-log>`,
    );
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling');
    // The catch-up (a request with `since`, page size 100) answered, and a few ticks after it.
    const sinceCalls = () => client.calls.filter((c) => c.query.since && c.settled).length;
    await waitFor(() => sinceCalls() >= 4, 'the catch-up and ticks');
    await settle(el);
    expect(el.total).to.equal(30);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('31');
    expect(banner(el)).to.equal(null);
    expect(rowText(dataRows(el)[0]!)).to.equal(first);
    const texts = dataRows(el).map(rowText);
    expect(new Set(texts).size, 'rows shown once each').to.equal(texts.length);
    await expect(el).to.be.accessible();
  });

  /** 30 events, the first `pageSize` listed as rows, then the event `gap` created, then polling lists. */
  async function gapLog(created: unknown, pageSize: number) {
    const memory = createMemoryClient({ events: manyEvents(30, NOW) });
    const gap = { ...manyEvents(1, NOW)[0]!, pk: 'gap', created } as EventRecord;
    let rowsListed!: () => void;
    const listed = new Promise<void>((resolve) => (rowsListed = resolve));
    const listEvents = async (q: EventQuery = {}, o?: CallOptions) => {
      const rows = q.pageSize === pageSize && !q.since && q.page !== undefined;
      if (!rows) await listed;
      const page = await memory.listEvents({ ...q, since: undefined }, o);
      if (rows && !memory.events.some((e) => e.pk === 'gap')) {
        memory.addEvents([gap]);
        rowsListed();
      }
      return page;
    };
    const client = new SincelessClient({ ...memory, listEvents });
    const el = await fixture<EvLog>(
      html`<ev-log live lang="en" style="height: 480px; width: 1000px" mode="scroll" page-size=${pageSize} .client=${client} .pollInterval=${50}></ev-log>`,
    );
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling');
    const sinceCalls = () => client.calls.filter((c) => c.query.since && c.settled).length;
    await waitFor(() => sinceCalls() >= 4, 'the catch-up and ticks');
    await settle(el);
    return el;
  }

  /** The text of every row, scrolled through from the top, by row index. */
  async function everyRow(el: EvLog): Promise<string[]> {
    const seen = new Map<number, string>();
    for (let y = 0; y < 10_000 && seen.size < el.total!; y += 150) {
      grid(el).scrollTop = y;
      await settle(el);
      await waitFor(() => !dataRows(el).some((r) => r.getAttribute('aria-busy')), 'rows loaded');
      for (const row of dataRows(el)) seen.set(Number(row.getAttribute('aria-rowindex')), rowText(row));
    }
    return [...seen].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  }

  for (const created of [null, 'garbage']) {
    it(`an event created ${JSON.stringify(created)} after the rows were listed, before the baseline, shows on top, once`, async () => {
      const el = await gapLog(created, 100);
      expect(el.total).to.equal(31);
      const rows = await everyRow(el);
      expect(rows.length).to.equal(31);
      expect(rows[0]).to.include('Time unknown');
      expect(new Set(rows).size, 'rows shown once each').to.equal(31);
      expect(banner(el)).to.equal(null);
      grid(el).scrollTop = 0;
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }

  it('such an event when the rows hold a first page of ten: shown once, where the source lists it (last), no row left out', async () => {
    const el = await gapLog(null, 10);
    expect(el.total).to.equal(31);
    const rows = await everyRow(el);
    expect(rows.length).to.equal(31);
    expect(new Set(rows).size, 'rows shown once each').to.equal(31);
    expect(rows.filter((t) => t.includes('Time unknown')).length).to.equal(1);
  });
});
