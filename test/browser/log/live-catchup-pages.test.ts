// <ev-log live> after a stream drop it cannot replay, with more than a page of events (100) in
// the catch-up's window (`LOOKBACK_MS` before the newest row, not below the rows loaded): B,
// created meanwhile and stamped a little before the newest row (its transaction committed
// later) but listed after the first page, is caught up on and shown, once; the catch-up follows
// the pages of its query (two requests here). Before, it listed one page and left B out. When one
// page holds the window it is still one request (guard), and past 10 pages the rows reload (B
// shows where it is listed) rather than leave anything out; a catch-up superseded between its
// pages asks for no more. In-memory source with a live channel the test drives; times relative to
// this run's clock (EV_TEST_CLOCK_OFFSET_DAYS).
import { expect } from '@open-wc/testing';
import type { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { type PushClient, manyEvents, settle, waitFor } from './helpers.js';
import { copies, eventAt as at, liveWithC, shown } from './live-helpers.js';

/** `count` rows `gap` ms apart, the newest 10 s before the clock. */
const rowsOf = (count: number, gap: number): EventRecord[] => {
  const start = Date.now();
  return manyEvents(count).map((e, i) => ({ ...e, created: new Date(start - 10_000 - i * gap).toISOString() }));
};

/** Drops the stream, adds `added` unheard, brings the stream back; resolves with the catch-up's requests once all settled. */
async function dropAndCatchUp(el: EvLog, client: PushClient, memory: ReturnType<typeof createMemoryClient>, added: EventRecord[]) {
  client.push({ type: 'status', status: 'connecting' });
  memory.addEvents(added);
  const calls = client.calls.length;
  client.push({ type: 'status', status: 'open' });
  await waitFor(() => client.calls.length > calls && client.calls.every((x) => x.settled), 'the catch-up');
  await settle(el);
  return client.calls.slice(calls);
}

describe('<ev-log live> catch-up with more than a page in its window', () => {
  it('shows B, listed after the first page, once; follows the pages (same query, page 2)', async () => {
    // 150 rows 0.1 s apart, all loaded (page size 200): with C, 151 events within 30 s of C.
    const rows = rowsOf(150, 100);
    const { el, client, memory, c } = await liveWithC(rows, 200);
    // B sits between rows 120 and 121: the catch-up lists it at place 123 (page 2 of 100).
    const b = at('B', Date.parse(rows[120]!.created) - 50);
    const calls = await dropAndCatchUp(el, client, memory, [b]);
    await waitFor(() => el.total === 152, 'B');
    expect(calls.map((x) => x.query.page), 'the catch-up follows to page 2').to.deep.equal([1, 2]);
    expect(calls[1]!.query.since, 'the same window').to.equal(calls[0]!.query.since);
    expect(copies(el, [b.created, c.created]), 'B and C, once each').to.deep.equal([1, 1]);
    expect(new Set(shown(el)).size, 'no row twice on screen').to.equal(shown(el).length);
    await expect(el).to.be.accessible();
  });

  it('a stream re-opening between the pages aborts the next page; the new catch-up shows B once', async () => {
    const rows = rowsOf(150, 100);
    const { el, client, memory, c } = await liveWithC(rows, 200);
    client.hold = true;
    client.push({ type: 'status', status: 'connecting' });
    const b = at('B', Date.parse(rows[120]!.created) - 50);
    memory.addEvents([b]);
    const calls = client.calls.length;
    client.push({ type: 'status', status: 'open' });
    await waitFor(() => client.calls.length === calls + 1, 'page 1');
    client.release();
    await waitFor(() => client.calls.length === calls + 2, 'page 2');
    const second = client.calls[calls + 1]!;
    expect(second.query.page).to.equal(2);
    // Dropped and back while page 2 is on its way: it is aborted, a new catch-up runs.
    client.push({ type: 'status', status: 'connecting' });
    client.push({ type: 'status', status: 'open' });
    expect(second.aborted, 'page 2 of the first catch-up aborted').to.equal(true);
    client.hold = false;
    client.release();
    await waitFor(() => el.total === 152 && client.calls.every((x) => x.settled), 'B');
    await settle(el);
    expect(copies(el, [b.created, c.created]), 'B and C, once each').to.deep.equal([1, 1]);
  });

  it('guard: a window one page holds is caught up with one request, nothing twice', async () => {
    const rows = rowsOf(60, 400);
    const { el, client, memory, c } = await liveWithC(rows, 100);
    const b = at('B', Date.parse(rows[2]!.created) - 200);
    let calls = await dropAndCatchUp(el, client, memory, [b]);
    await waitFor(() => el.total === 62, 'B');
    expect(calls.length, 'requests of the catch-up').to.equal(1);
    // Back again with nothing new: one request, nothing twice.
    calls = await dropAndCatchUp(el, client, memory, []);
    expect(calls.length, 'requests of the quiet catch-up').to.equal(1);
    expect(el.total).to.equal(62);
    expect(copies(el, [b.created, c.created]), 'still once each').to.deep.equal([1, 1]);
  });

  it('past 10 pages the rows reload from the first page; B is among them, once', async () => {
    // 1100 rows 10 ms apart, the first 1000 loaded: with C and B, 1002 events in the window (11 pages).
    const rows = rowsOf(1100, 10);
    const { el, client, memory } = await liveWithC(rows, 1000);
    const b = at('B', Date.parse(rows[998]!.created) - 5);
    const calls = await dropAndCatchUp(el, client, memory, [b]);
    const catchUp = calls.filter((x) => x.query.since !== undefined);
    expect(catchUp.map((x) => x.query.page), 'ten pages, then no more').to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const reload = calls.filter((x) => x.query.since === undefined);
    expect(reload.length, 'the rows reload').to.be.greaterThan(0);
    expect(reload[0]!.query.pageSize).to.equal(1000);
    await waitFor(() => el.total === 1102, 'C and B among the rows');
    await settle(el);
    expect(copies(el, [rows[0]!.created]), 'the rows start over from the top').to.deep.equal([1]);
  });
});
