import { expect } from '@open-wc/testing';
import type { EventRecord, Page } from '../../../src/client/types.js';
import { loadColumns, saveColumns, toggleColumn } from '../../../src/components/log/column-chooser.js';
import { csvCell, csvHeader, csvRow, formulaSafe } from '../../../src/components/log/export.js';
import { MAX_PHYSICAL_PX, ScrollSpace } from '../../../src/components/log/layout.js';
import { matchesFilter } from '../../../src/client/filter-match.js';
import { RowCache } from '../../../src/components/log/row-cache.js';
import { readViewState, writeViewState } from '../../../src/components/log/url-state.js';
import { formatWall, fromInputValue, toInputValue } from '../../../src/components/log/zone.js';
import { makeEvents } from '../../fixtures/events.js';
import { manyEvents } from './helpers.js';

describe('ScrollSpace (scaled scroll geometry)', () => {
  it('maps 1,000,000 rows onto a capped physical height, first and last row exactly', () => {
    const s = new ScrollSpace();
    Object.assign(s, { total: 1_000_000, rowHeight: 48, viewport: 480 });
    expect(s.scaled).to.equal(true);
    expect(s.physicalHeight).to.equal(MAX_PHYSICAL_PX);
    expect(s.toVirtual(0)).to.equal(0);
    expect(s.toVirtual(s.maxPhysicalScroll)).to.equal(s.maxVirtual);
    expect(s.visibleRange(s.toVirtual(s.maxPhysicalScroll))[1]).to.equal(999_999);
    expect(s.toPhysical(s.toVirtual(1234))).to.be.closeTo(1234, 1e-6);
  });

  it('is the identity below the cap', () => {
    const s = new ScrollSpace();
    Object.assign(s, { total: 1000, rowHeight: 48, viewport: 480 });
    expect(s.scaled).to.equal(false);
    expect(s.scale).to.equal(1);
    expect(s.toVirtual(500)).to.equal(500);
  });

  it('accounts for the expanded panel in offsets, lookups and reveal', () => {
    const s = new ScrollSpace();
    Object.assign(s, { total: 100, rowHeight: 40, viewport: 200, expanded: { index: 3, height: 300 } });
    expect(s.offsetOf(3)).to.equal(120);
    expect(s.offsetOf(4)).to.equal(460);
    expect(s.indexAt(170)).to.equal(3);
    expect(s.indexAt(459)).to.equal(3);
    expect(s.indexAt(460)).to.equal(4);
    expect(s.virtualHeight).to.equal(4300);
    expect(s.revealTop(10, 0)).to.equal(s.offsetOf(10) + 40 - 200);
    expect(s.revealTop(0, 500)).to.equal(0);
  });
});

function fakePages(initial: EventRecord[]) {
  const server = { list: initial };
  const calls: Array<{ page: number; signal: AbortSignal; resolve: () => void }> = [];
  const fetch = (page: number, pageSize: number, signal: AbortSignal) =>
    new Promise<Page<EventRecord>>((resolve) => {
      const start = (page - 1) * pageSize;
      calls.push({
        page,
        signal,
        resolve: () => {
          const list = server.list;
          const items = list.slice(start, start + pageSize);
          resolve({ items, total: list.length, page, pageSize, next: start + pageSize < list.length ? page + 1 : null, previous: null });
        },
      });
    });
  return { calls, fetch, server };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('RowCache', () => {
  const events = manyEvents(10_000);

  it('keeps at most 2 requests in flight, nearest pages first, and aborts pages scrolled past', async () => {
    const { calls, fetch } = fakePages(events);
    let changes = 0;
    const cache = new RowCache({ fetch, pageSize: 100, onChange: () => changes++ });
    cache.want(0, 0);
    expect(calls.map((c) => c.page)).to.deep.equal([1]);
    calls[0]!.resolve();
    await flush();
    expect(cache.total).to.equal(10_000);
    expect(cache.event(5)?.pk).to.equal('e5');
    cache.want(450, 720);
    expect(cache.inFlight).to.equal(2);
    expect(calls.slice(1).map((c) => c.page)).to.deep.equal([6, 7]);
    cache.want(5000, 5100);
    expect(calls[1]!.signal.aborted).to.equal(true);
    expect(calls[2]!.signal.aborted).to.equal(true);
    expect(calls.slice(3).map((c) => c.page).sort()).to.deep.equal([51, 52]);
    expect(cache.row(5050).kind).to.equal('loading');
    calls[3]!.resolve();
    calls[4]!.resolve();
    await flush();
    expect(cache.event(5050)?.pk).to.equal('e5050');
    expect(changes).to.equal(3);
  });

  it('evicts the least recently used pages beyond maxPages, never the wanted ones', async () => {
    const cache = new RowCache({ fetch: (p, size) => ({ items: events.slice((p - 1) * size, p * size), total: events.length, page: p, pageSize: size, next: null, previous: null }), pageSize: 10, maxPages: 3, onChange: () => {} });
    for (const at of [0, 100, 200, 300]) cache.want(at, at + 5);
    expect(cache.row(0).kind).to.equal('loading');
    expect(cache.event(300)?.pk).to.equal('e300');
    expect(cache.event(100)?.pk).to.equal('e100');
  });

  it('shifts later pages past live events so rows never move', async () => {
    const { calls, fetch, server } = fakePages(events);
    const cache = new RowCache({ fetch, pageSize: 100, onChange: () => {} });
    cache.want(0, 10);
    calls[0]!.resolve();
    await flush();
    const live = makeEvents({ count: 3, seed: 9 });
    server.list = [...live, ...events];
    cache.prepend(live);
    expect(cache.total).to.equal(10_003);
    expect(cache.event(0)?.pk).to.equal(live[0]!.pk);
    expect(cache.event(3)?.pk).to.equal('e0');
    // The server now holds the live events on top: its page 2 starts 3 rows earlier in our terms.
    cache.want(180, 210);
    expect(calls.slice(1).map((c) => c.page)).to.deep.equal([2, 3]);
    for (const c of calls.slice(1)) c.resolve();
    await flush();
    for (const i of [100, 150, 203, 210]) expect(cache.event(i)?.pk).to.equal(`e${i - 3}`);
    expect(cache.total).to.equal(10_003);
  });

  it('records a failed page as an error range and retries it', async () => {
    let fail = true;
    const cache = new RowCache({
      fetch: (p, size) => {
        if (p === 3 && fail) throw new Error('boom');
        return { items: events.slice((p - 1) * size, p * size), total: events.length, page: p, pageSize: size, next: null, previous: null };
      },
      pageSize: 100,
      onChange: () => {},
    });
    cache.want(0, 0);
    cache.want(250, 260);
    const row = cache.row(255);
    expect(row.kind).to.equal('error');
    expect(row.kind === 'error' && [row.from, row.to]).to.deep.equal([200, 299]);
    fail = false;
    cache.retry();
    expect(cache.event(255)?.pk).to.equal('e255');
  });

  it('first-page failure is reported as firstError (the whole view errors)', () => {
    const cache = new RowCache({
      fetch: () => {
        throw new Error('down');
      },
      pageSize: 100,
      onChange: () => {},
    });
    cache.want(0, 0);
    expect(cache.loaded).to.equal(false);
    expect((cache.firstError as Error).message).to.equal('down');
  });
});

describe('CSV export cells', () => {
  it('neutralises formula triggers and quotes every cell', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\u0000=cmd']) expect(formulaSafe(v).startsWith("'")).to.equal(true, JSON.stringify(v));
    for (const v of ['alice', '1', 'a=b', '']) expect(formulaSafe(v)).to.equal(v);
    expect(csvCell('say "hi", =x')).to.equal('"say ""hi"", =x"');
    expect(csvCell('=HYPERLINK("http://x")')).to.equal('"\'=HYPERLINK(""http://x"")"');
  });

  it('names the time zone in the header and writes wall time in it, with its UTC offset', () => {
    expect(csvHeader('Asia/Tokyo')).to.contain('"created (Asia/Tokyo)"');
    const [e] = makeEvents({ count: 1 });
    const at = (zone: string) => csvRow({ ...e!, created: '2026-11-20T12:00:00.000Z' }, zone);
    expect(at('Asia/Tokyo')).to.contain('"2026-11-20 21:00:00 +09:00"');
    expect(at('Asia/Tokyo')).to.contain('"2026-11-20T12:00:00.000Z"');
    expect(at('UTC')).to.contain('"2026-11-20 12:00:00 +00:00"');
    expect(at('America/New_York')).to.contain('"2026-11-20 07:00:00 -05:00"');
    expect(at('Asia/Kolkata')).to.contain('"2026-11-20 17:30:00 +05:30"');
    // No time: no wall time (the log shows "Time unknown"); created_iso keeps the value (test/node/log/csv-no-time.test.ts).
    expect(csvRow({ ...e!, created: 'not a date' }, 'UTC')).to.contain('"","not a date"');
  });
});

describe('time-zone helpers', () => {
  it('round-trips datetime-local values through a zone, across DST', () => {
    expect(toInputValue('2026-03-29T00:30:00.000Z', 'Europe/Berlin')).to.equal('2026-03-29T01:30');
    expect(fromInputValue('2026-03-29T03:30', 'Europe/Berlin')).to.equal('2026-03-29T01:30:00.000Z');
    expect(fromInputValue('2026-11-20T12:00', 'UTC')).to.equal('2026-11-20T12:00:00.000Z');
    expect(fromInputValue('nonsense', 'UTC')).to.equal(undefined);
    expect(formatWall('2026-11-20T12:00:00.000Z', 'America/New_York')).to.equal('2026-11-20 07:00:00');
  });

  it('leaves the range input empty for a bound that is no time, as the filter reads it ("5" is no date of 2001)', () => {
    for (const bound of ['5', '12.5', 'soon', '2026-13-01T00:00:00Z']) expect(toInputValue(bound, 'UTC'), bound).to.equal('');
  });
});

describe('live filter matching', () => {
  const [e] = makeEvents({ count: 1, actions: ['login'] });
  it('follows the filter fields, search and time range', () => {
    expect(matchesFilter(e!, {})).to.equal(true);
    expect(matchesFilter(e!, { actions: ['logout'] })).to.equal(false);
    expect(matchesFilter(e!, { actions: ['login'], username: e!.user.username })).to.equal(true);
    expect(matchesFilter(e!, { username: 'nobody' })).to.equal(false);
    expect(matchesFilter(e!, { search: e!.user.username!.toUpperCase() })).to.equal(true);
    expect(matchesFilter(e!, { since: new Date(Date.parse(e!.created) + 1).toISOString() })).to.equal(false);
    expect(matchesFilter(e!, { until: e!.created })).to.equal(false);
  });
});

describe('view URL state and column persistence', () => {
  it('reads and writes ordering and page with authentik names, keeping other parameters', () => {
    const defaults = { ordering: '-created', page: 1 };
    expect(readViewState('?ordering=action&page=3', defaults)).to.deep.equal({ ordering: 'action', page: 3 });
    expect(readViewState('?ordering=%3Cscript%3E&page=-1', defaults)).to.deep.equal(defaults);
    expect(writeViewState('?x=1&actions=login', { ordering: 'user', page: 2 }, defaults, true)).to.equal('?x=1&actions=login&ordering=user&page=2');
    expect(writeViewState('?ordering=user&page=2', defaults, defaults, false)).to.equal('');
  });

  it('persists the column choice and ignores unreadable storage', () => {
    localStorage.setItem('t-cols', '{not json');
    expect(loadColumns('t-cols')).to.equal(undefined);
    saveColumns('t-cols', toggleColumn(['action', 'user', 'created', 'client_ip', 'brand'], 'brand', false));
    expect(loadColumns('t-cols')).to.deep.equal(['action', 'user', 'created', 'client_ip']);
    expect(toggleColumn(['action'], 'action', false)).to.deep.equal(['action']);
    localStorage.removeItem('t-cols');
  });
});
