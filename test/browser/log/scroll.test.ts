import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { MAX_ROWS } from '../../../src/components/log/virtual-grid.js';
import { ControlledClient, dataRows, grid, manyEvents, mountLog, rowText, settle, shadow, visibleRows, waitFor } from './helpers.js';

const MILLION = 1_000_000;
let million: EventRecord[] | undefined;
const events1M = () => (million ??= manyEvents(MILLION));

const index = (row: Element) => Number(row.getAttribute('aria-rowindex')) - 2;

async function scrollTo(el: EvLog, top: number): Promise<void> {
  grid(el).scrollTop = top;
  await nextFrame();
  await settle(el);
}

describe('<ev-log> virtualized body at 1,000,000 events', () => {
  it('keeps at most 60 rows in the DOM and reaches the last event past the element-height limit', async () => {
    const events = events1M();
    const el = await mountLog({ events });
    const g = grid(el);
    expect(g.getAttribute('aria-rowcount')).to.equal(String(MILLION + 1));
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('1,000,000 events');
    // Chromium cannot lay out 48,000,000 px: the scroll space is capped and scaled.
    expect(g.scrollHeight).to.be.lessThan(10_000_000);
    expect(dataRows(el).length).to.be.at.most(MAX_ROWS);

    await scrollTo(el, (g.scrollHeight - g.clientHeight) / 2);
    const middle = visibleRows(el).map(index);
    expect(middle[0]).to.be.within(490_000, 510_000);
    expect(middle).to.deep.equal(middle.map((_, k) => middle[0]! + k));
    expect(dataRows(el).length).to.be.at.most(MAX_ROWS);

    await scrollTo(el, g.scrollHeight);
    const rows = visibleRows(el);
    const last = rows.at(-1)!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(MILLION + 1));
    expect(last.querySelector('time')!.getAttribute('datetime')).to.equal(events[MILLION - 1]!.created);
    // The last row is fully inside the viewport.
    const box = shadow(el).querySelector('.window')!.getBoundingClientRect();
    expect(last.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 0.5);
    await expect(el).to.be.accessible();
  });

  it('wheel scrolling in the scaled space moves by real pixels, not scaled ones', async () => {
    const el = await mountLog({ events: events1M() });
    const before = visibleRows(el).map(index)[0]!;
    grid(el).dispatchEvent(new WheelEvent('wheel', { deltaY: 480, bubbles: true, cancelable: true }));
    await settle(el);
    expect(visibleRows(el).map(index)[0]).to.equal(before + 10);
    grid(el).dispatchEvent(new WheelEvent('wheel', { deltaY: 3, deltaMode: 1, bubbles: true, cancelable: true }));
    await settle(el);
    expect(visibleRows(el).map(index)[0]).to.equal(before + 13);
  });
});

describe('<ev-log> page fetching', () => {
  it('at most 2 requests in flight; requests for pages scrolled past are aborted', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(50_000) }));
    client.hold = true;
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => client.calls.length === 1, 'first request');
    expect(client.calls[0]!.query).to.include({ page: 1, pageSize: 100, ordering: '-created' });
    client.release();
    await waitFor(() => el.matches(':state(ready)'), 'first page');
    await settle(el);
    const g = grid(el);
    await scrollTo(el, 20_000 * 48);
    await waitFor(() => client.inFlight === 2, 'two requests');
    const middle = client.calls.slice(-2);
    expect(middle.map((c) => c.query.page).sort()).to.deep.equal([200, 201]);
    expect(rowText(visibleRows(el)[0]!)).to.equal('Loading…');
    expect(visibleRows(el)[0]!.getAttribute('aria-busy')).to.equal('true');
    await scrollTo(el, g.scrollHeight);
    await waitFor(() => middle.every((c) => c.aborted), 'aborts');
    expect(client.maxInFlight).to.be.at.most(2);
    client.hold = false;
    client.release();
    await waitFor(() => visibleRows(el).every((r) => r.getAttribute('aria-busy') === null), 'last rows');
    expect(visibleRows(el).at(-1)!.getAttribute('aria-rowindex')).to.equal('50001');
    expect(client.maxInFlight).to.be.at.most(2);
    expect(client.calls.every((c) => c.query.pageSize === 100)).to.equal(true);
  });

  it('a page that fails mid-scroll shows an inline retry on its rows', async () => {
    const client = new ControlledClient(createMemoryClient({ events: manyEvents(2000) }));
    client.failPages.add(5);
    const el = await fixture<EvLog>(html`<ev-log style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await scrollTo(el, 440 * 48);
    await waitFor(() => Boolean(shadow(el).querySelector('[part="page-error"]')), 'inline error');
    expect(el.matches(':state(ready)')).to.equal(true);
    const message = shadow(el).querySelector('[part="page-error"]')!;
    expect(message.textContent).to.equal('Rows 401–500 could not be loaded.');
    const failed = dataRows(el).filter((r) => r.classList.contains('error'));
    expect(failed.length).to.be.greaterThan(1);
    expect(failed[0]!.querySelector('[role="gridcell"]')!.getAttribute('aria-colspan')).to.equal('5');
    await expect(el).to.be.accessible();
    client.failPages.clear();
    shadow(el).querySelector<HTMLButtonElement>('.data-row [part="retry-button"]')!.click();
    await waitFor(() => !shadow(el).querySelector('[part="page-error"]'), 'retried');
    await settle(el);
    expect(visibleRows(el).every((r) => rowText(r).length > 0)).to.equal(true);
  });

  it('mode="pages" shows explicit pages with a pager, still virtualized', async () => {
    const events = manyEvents(230);
    const client = new ControlledClient(createMemoryClient({ events }));
    const el = await fixture<EvLog>(html`<ev-log mode="pages" page-size="50" style="height: 480px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    await settle(el);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('51');
    const pager = shadow(el).querySelector('[part="pager"]')!;
    expect(pager.textContent).to.contain('Page 1 of 5');
    const buttons = [...pager.querySelectorAll('button')];
    expect(buttons[0]!.getAttribute('aria-disabled')).to.equal('true');
    buttons[2]!.click();
    await waitFor(() => shadow(el).querySelector('[part="pager"]')!.textContent!.includes('Page 2 of 5'), 'page 2');
    await settle(el);
    expect(client.calls.at(-1)!.query).to.include({ page: 2, pageSize: 50 });
    expect(dataRows(el)[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(events[50]!.created);
    [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="pager"] button')][3]!.click();
    await waitFor(() => shadow(el).querySelector('[part="pager"]')!.textContent!.includes('Page 5 of 5'), 'last page');
    await settle(el);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('31');
    expect(el.page).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('mode="pages" counts pages with the page size it asks for (page-size 2000 → 1000, 0 / -3 / "abc" → 100)', async () => {
    const events = manyEvents(3000);
    for (const [size, pages] of [['2000', 3], ['0', 30], ['-3', 30], ['abc', 30], ['2.5', 1500]] as const) {
      const el = await fixture<EvLog>(html`<ev-log mode="pages" page-size=${size} style="height: 480px" .events=${events}></ev-log>`);
      await settle(el);
      const pager = () => shadow(el).querySelector('[part="pager"]')!;
      expect(pager().textContent, `page-size=${size}`).to.contain(`Page 1 of ${pages.toLocaleString('en-US')}`);
      [...pager().querySelectorAll<HTMLButtonElement>('button')][3]!.click();
      await settle(el);
      // The last page holds the oldest event: every event is reachable.
      expect(pager().textContent, `page-size=${size}`).to.contain(`Page ${pages.toLocaleString('en-US')} of`);
      grid(el).scrollTop = grid(el).scrollHeight;
      await settle(el);
      expect(dataRows(el).at(-1)!.querySelector('time')!.getAttribute('datetime'), `page-size=${size}`).to.equal(events.at(-1)!.created);
    }
  });

  it('a source that cannot count says "N+ events" and aria-rowcount -1', async () => {
    const events = manyEvents(500);
    const inner = createMemoryClient({ events });
    const client: EventsClient = {
      ...inner,
      listEvents: async (query, options) => ({ ...(await inner.listEvents(query, options)), total: null }),
    };
    const el = await mountLog({ client });
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('-1');
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('200+ events');
    for (let k = 0; k < 10 && grid(el).getAttribute('aria-rowcount') === '-1'; k++) {
      await scrollTo(el, grid(el).scrollHeight);
      await new Promise((r) => setTimeout(r, 30));
    }
    // The last page (no `next`) gives the exact size.
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal('500 events');
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('501');
  });
});
