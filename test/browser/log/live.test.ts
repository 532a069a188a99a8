import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { createMemoryClient, type MemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { activeCell, dataRows, grid, manyEvents, misconfiguredLiveClient, settle, shadow, visibleRows, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
let serial = 0;

/** New events, newer than anything in the fixtures. */
function fresh(count: number, action = 'login'): EventRecord[] {
  return makeEvents({ count, seed: 100 + serial, actions: [action], now: NOW + 3_600_000 + serial * 60_000 }).map((e) => ({ ...e, pk: `live-${serial++}` }));
}

async function liveLog(client: EventsClient): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log live style="height: 480px" .client=${client} .pollInterval=${50}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)'), 'ready');
  await settle(el);
  return el;
}

const firstPk = (el: EvLog) => visibleRows(el)[0]!.querySelector('time')!.getAttribute('datetime');
const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');

describe('<ev-log live>', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient({ events: manyEvents(3000, NOW) });
  });

  it('at the top, new events appear as rows at the top', async () => {
    const el = await liveLog(client);
    expect(shadow(el).querySelector('[part="live-status"]')!.textContent).to.contain('Live');
    const added = fresh(2);
    client.addEvents(added);
    await waitFor(() => shadow(el).querySelector('[part="count"]')!.textContent === '3,002 events', 'count');
    await settle(el);
    expect(grid(el).getAttribute('aria-rowcount')).to.equal('3003');
    // Newest first.
    expect(firstPk(el)).to.equal([added[0]!.created, added[1]!.created].sort().at(-1));
    expect(banner(el)).to.equal(null);
    // Rows further down are the earlier ones, shifted, not refetched.
    expect(visibleRows(el)[2]!.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(NOW).toISOString());
    await expect(el).to.be.accessible();
  });

  it('scrolled away: rows stay put and a "N new events" button appears; it shows them at the top', async () => {
    const el = await liveLog(client);
    grid(el).scrollTop = 100 * 48;
    await nextFrame();
    await settle(el);
    const before = visibleRows(el).map((r) => r.querySelector('time')!.getAttribute('datetime'));
    const added = fresh(3);
    client.addEvents(added);
    await waitFor(() => Boolean(banner(el)), 'banner');
    await settle(el);
    expect(banner(el)!.textContent!.trim()).to.equal('3 new events');
    expect(visibleRows(el).map((r) => r.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(before);
    await expect(el).to.be.accessible();
    banner(el)!.click();
    await settle(el);
    expect(banner(el)).to.equal(null);
    expect(grid(el).scrollTop).to.equal(0);
    expect(visibleRows(el).slice(0, 3).map((r) => r.querySelector('time')!.getAttribute('datetime'))).to.have.members(added.map((e) => e.created));
    // Pages fetched later line up with the rows already shown (no duplicates, no gaps).
    grid(el).scrollTop = 900 * 48;
    await nextFrame();
    await settle(el);
    await waitFor(() => visibleRows(el).every((r) => r.getAttribute('aria-busy') === null), 'rows');
    const row = visibleRows(el)[0]!;
    const index = Number(row.dataset.index);
    expect(row.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(NOW - (index - 3) * 1000).toISOString());
  });

  it('pause / resume', async () => {
    const el = await liveLog(client);
    const pause = shadow(el).querySelector<HTMLButtonElement>('[part="pause-button"]')!;
    // A button named by what it does ("Pause", then "Resume"): no toggle state besides, which
    // would read "Resume, pressed" (a toggle's name must not change with its state).
    expect(pause.textContent!.trim()).to.equal('Pause');
    expect(pause.hasAttribute('aria-pressed')).to.equal(false);
    pause.click();
    await settle(el);
    expect(el.paused).to.equal(true);
    expect(pause.hasAttribute('aria-pressed')).to.equal(false);
    expect(pause.textContent!.trim()).to.equal('Resume');
    expect(shadow(el).querySelector('[part="live-status"]')!.textContent).to.contain('Paused');
    const added = fresh(1);
    client.addEvents(added);
    await waitFor(() => Boolean(banner(el)), 'banner');
    expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
    expect(firstPk(el)).to.equal(new Date(NOW).toISOString());
    pause.click();
    await settle(el);
    expect(el.paused).to.equal(false);
    expect(banner(el)).to.equal(null);
    expect(firstPk(el)).to.equal(added[0]!.created);
  });

  it('ignores live events outside the filter, and keeps focus on the same event as rows arrive', async () => {
    const el = await liveLog(client);
    el.store.patchFilter({ actions: ['login'] });
    await waitFor(() => el.matches(':state(ready)'), 'filtered');
    await settle(el);
    const count = shadow(el).querySelector('[part="count"]')!.textContent;
    client.addEvents(fresh(2, 'logout'));
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal(count);
    const cell = dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!;
    cell.focus();
    const shown = cell.closest('[role="row"]')!.querySelector('time')!.getAttribute('datetime');
    client.addEvents(fresh(1, 'login'));
    await waitFor(() => shadow(el).querySelector('[part="count"]')!.textContent !== count, 'one more');
    await settle(el);
    const focused = activeCell(el)!;
    expect(focused.getAttribute('role')).to.equal('gridcell');
    expect(focused.closest('[role="row"]')!.querySelector('time')!.getAttribute('datetime')).to.equal(shown);
    expect(focused.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('3');
  });

  it('falls back to polling when the client has no live channel', async () => {
    const inner = createMemoryClient({ events: manyEvents(500, NOW) });
    const client: EventsClient = {
      ...inner,
      subscribe: () => {
        throw new Error('no live channel');
      },
    };
    const el = await liveLog(client);
    await waitFor(() => shadow(el).querySelector('[part="live-status"]')!.textContent!.includes('polling'), 'polling');
    // Let the first poll record its baseline, then add events behind the client's back.
    await new Promise((r) => setTimeout(r, 120));
    const added = fresh(2);
    inner.addEvents(added);
    await waitFor(() => shadow(el).querySelector('[part="count"]')!.textContent === '502 events', 'polled events', 3000);
    await settle(el);
    expect(added.map((e) => e.created)).to.include(firstPk(el));
  });

  it('a live channel that stops on a config error stays stopped: no fallback poll doomed to fail the same way', async () => {
    // A header no HTTP header can carry: the stream and every call fail with EventsConfigError, nothing is sent.
    const { client: misconfigured, sent } = misconfiguredLiveClient();
    let calls = 0;
    const c: EventsClient = {
      ...misconfigured,
      listEvents: (query, options) => (calls++, misconfigured.listEvents(query, options)),
    };
    const el = await fixture<EvLog>(html`<ev-log live style="height: 480px" .client=${c} .pollInterval=${50}></ev-log>`);
    const status = () => shadow(el).querySelector('[part="live-status"]')!.textContent;
    await waitFor(() => el.matches(':state(error)') && status() === 'Live updates stopped', 'the config error, live stopped');
    await new Promise((r) => setTimeout(r, 300));
    expect(status()).to.equal('Live updates stopped');
    expect(calls, 'listEvents calls: the first page only').to.equal(1);
    expect(sent()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('removed from the page, it stops listening and polling; put back, it resumes', async () => {
    // Live subscriptions open at the client (an SSE stream or websocket each, over HTTP).
    let open = 0;
    const subscribe = client.subscribe.bind(client);
    client.subscribe = (onMessage, options) => {
      open++;
      const unsubscribe = subscribe(onMessage, options);
      return () => {
        open--;
        unsubscribe();
      };
    };
    const el = await liveLog(client);
    expect(open).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(open).to.equal(0);
    parent.append(el);
    await waitFor(() => shadow(el).querySelector('[part="live-status"]')!.textContent === 'Live', 'live again');
    expect(open).to.equal(1);

    // The polling fallback: no request after removal.
    const inner = createMemoryClient({ events: manyEvents(100, NOW) });
    let requests = 0;
    const polled: EventsClient = {
      ...inner,
      listEvents: (query, options) => {
        requests++;
        return inner.listEvents(query, options);
      },
      subscribe: () => {
        throw new Error('no live channel');
      },
    };
    const p = await liveLog(polled);
    await waitFor(() => requests >= 3, 'polls');
    p.remove();
    await new Promise((r) => setTimeout(r, 20));
    const after = requests;
    await new Promise((r) => setTimeout(r, 300));
    expect(requests).to.equal(after);
  });

  it('in explicit pages, or sorted by another column, the button reloads', async () => {
    const el = await liveLog(client);
    el.mode = 'pages';
    el.page = 3;
    await waitFor(() => el.matches(':state(ready)') && Boolean(shadow(el).querySelector('[part="pager"]')), 'page 3');
    client.addEvents(fresh(4));
    await waitFor(() => Boolean(banner(el)), 'banner');
    expect(banner(el)!.textContent!.trim()).to.equal('4 new events');
    banner(el)!.click();
    await waitFor(() => el.page === 1 && el.matches(':state(ready)') && !banner(el), 'page 1');
    await settle(el);
    expect(shadow(el).querySelector('[part="pager"]')!.textContent).to.contain('Page 1 of 31');
  });
});
