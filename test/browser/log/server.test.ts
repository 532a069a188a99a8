// <ev-log> against the reference events server over real HTTP (authentik's API shapes).
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvExportEvent } from '../../../src/events/ev-export.js';
import { altMapping } from '../../fixtures/alt-mapping.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { dataRows, grid, rowText, settle, shadow, visibleRows, waitFor } from './helpers.js';


async function eventRequests(): Promise<URLSearchParams[]> {
  const log = await requestLog();
  return log.filter((r) => r.method === 'GET' && r.path === '/api/v3/events/events/').map((r) => new URLSearchParams(r.query));
}

async function client(options: { live?: 'auto' | 'none' } = {}): Promise<EventsClient> {
  const { apiUrl, token } = await referenceServer();
  return createAuthentikClient({ baseUrl: apiUrl, token, live: options.live ?? 'none', retries: 0 });
}

async function mount(c: EventsClient, attrs: { live?: boolean } = {}): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log style="height: 520px" ?live=${attrs.live} .client=${c}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)') || el.matches(':state(error)') || el.matches(':state(empty)'), 'first page', 8000);
  await settle(el);
  return el;
}

describe('<ev-log> with the reference server', () => {
  beforeEach(async () => {
    await control('/reset', { method: 'POST' });
  });

  it('pages through every event over HTTP, 100 at a time, to the last one', async () => {
    const el = await mount(await client());
    const total = Number(grid(el).getAttribute('aria-rowcount')) - 1;
    expect(total).to.be.greaterThan(1000);
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal(`${total.toLocaleString('en-US')} events`);
    expect(rowText(visibleRows(el)[0]!)).to.not.equal('');
    grid(el).scrollTop = grid(el).scrollHeight;
    await nextFrame();
    await waitFor(() => visibleRows(el).length > 0 && visibleRows(el).every((r) => r.getAttribute('aria-busy') === null), 'last rows', 8000);
    expect(visibleRows(el).at(-1)!.getAttribute('aria-rowindex')).to.equal(String(total + 1));
    const requests = await eventRequests();
    expect(requests.every((q) => q.get('page_size') === '100' && q.get('ordering') === '-created')).to.equal(true);
    expect(requests.map((q) => Number(q.get('page')))).to.include(Math.ceil(total / 100));
    await expect(el).to.be.accessible();
  });

  it('sends exactly authentik’s filter parameters, and shows only matching rows', async () => {
    const el = await mount(await client());
    const username = dataRows(el)[0]!.querySelectorAll('[role="gridcell"]')[1]!.querySelector('.l1')!.textContent!;
    await control('/requests', { method: 'DELETE' });
    el.store.patchFilter({ username, actions: ['login', 'login_failed'], search: '' });
    await el.updateComplete;
    await waitFor(() => el.matches(':state(ready)') || el.matches(':state(empty)'), 'filtered', 8000);
    await settle(el);
    const [query] = await eventRequests();
    expect([...query!].map(([k, v]) => `${k}=${v}`).sort()).to.deep.equal(
      ['actions=login', 'actions=login_failed', 'ordering=-created', 'page=1', 'page_size=100', `username=${username}`].sort(),
    );
    for (const row of dataRows(el)) {
      const text = rowText(row);
      expect(text.includes('Login') && text.includes(username), text).to.equal(true);
    }
  });

  it('a failing first page shows the error and retries; a failing later page shows an inline retry', async () => {
    await control('/faults', { body: { match: { path: '/api/v3/events/events/' }, fault: { status: 500 }, times: 1 } });
    const el = await mount(await client());
    expect(el.matches(':state(error)')).to.equal(true);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('Status 500');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitFor(() => el.matches(':state(ready)'), 'ready', 8000);
    await settle(el);
    await control('/faults', { body: { match: { path: '/api/v3/events/events/' }, fault: { status: 400 }, times: 1 } });
    grid(el).scrollTop = 1000 * 48;
    await nextFrame();
    await waitFor(() => Boolean(shadow(el).querySelector('[part="page-error"]')), 'inline error', 8000);
    shadow(el).querySelector<HTMLButtonElement>('.data-row [part="retry-button"]')!.click();
    await waitFor(() => !shadow(el).querySelector('[part="page-error"]') && visibleRows(el).every((r) => r.getAttribute('aria-busy') === null), 'recovered', 8000);
  });

  it('a malformed answer is a typed error naming the path, never a blank table', async () => {
    await control('/faults', { body: { match: { path: '/api/v3/events/events/' }, fault: { malformed: 'results-not-array' }, times: 1 } });
    const el = await mount(await client());
    expect(el.matches(':state(error)')).to.equal(true);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('$.results');
  });

  it('live: events emitted on the server stream in at the top (SSE)', async () => {
    const el = await mount(await client({ live: 'auto' }), { live: true });
    await waitFor(() => shadow(el).querySelector('[part="live-status"]')!.textContent === 'Live', 'stream open', 8000);
    const before = Number(grid(el).getAttribute('aria-rowcount'));
    const { pks } = (await control('/emit', { body: { kind: 'event', count: 2 } })) as { pks: string[] };
    await waitFor(() => Number(grid(el).getAttribute('aria-rowcount')) === before + 2, 'two rows', 8000);
    await settle(el);
    const first = visibleRows(el)[0]!;
    first.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(el);
    expect(pks).to.include(el.store.selection);
  });

  it('live: a stream refused for its credentials (401) stops the tail without a polling request doomed to the same 401', async () => {
    const { apiUrl } = await referenceServer();
    // Counted at the client: the server's log is shared with (and reset by) test files running alongside.
    const sent: string[] = [];
    const fetchCounting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      sent.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname} ${response.status}`);
      return response;
    };
    const c = createAuthentikClient({ baseUrl: apiUrl, token: 'not-the-token', live: 'auto', retries: 0, fetch: fetchCounting });
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .pollInterval=${50} .client=${c}></ev-log>`);
    const status = () => shadow(el).querySelector('[part="live-status"]')!.textContent;
    await waitFor(() => el.matches(':state(error)') && status() === 'Live updates stopped', 'the auth error, live stopped', 8000);
    // Time for a fallback's first poll (at once) and a few more intervals.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(status()).to.equal('Live updates stopped');
    expect(sent.map((r) => r.replace(/ \d+$/, '')).sort()).to.deep.equal(['GET /api/v3/events/events/', 'GET /api/v3/events/stream/']);
    expect(sent).to.include('GET /api/v3/events/stream/ 401');
  });

  it('exports the filtered events page by page', async () => {
    const el = await mount(await client());
    el.store.patchFilter({ actions: ['logout'] });
    await el.updateComplete;
    await waitFor(() => el.matches(':state(ready)'), 'filtered', 8000);
    await settle(el);
    const total = Number(grid(el).getAttribute('aria-rowcount')) - 1;
    await control('/requests', { method: 'DELETE' });
    el.addEventListener('ev-export', (e) => e.preventDefault(), { once: true });
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part="export-button"][data-format="json"]')!.click());
    const done = (await oneEvent(el, 'ev-export')) as EvExportEvent;
    const rows = JSON.parse(await done.detail.blob.text()) as Array<{ action: string }>;
    expect(rows).to.have.length(total);
    expect(rows.every((r) => r.action === 'logout')).to.equal(true);
    const pages = (await eventRequests()).filter((q) => q.get('page_size') === '500');
    expect(pages.length).to.equal(Math.max(1, Math.ceil(total / 500)));
    expect(pages.every((q) => q.getAll('actions').join() === 'logout')).to.equal(true);
  });
});

describe('<ev-log> with a source serving smaller pages than asked (mapped client, maxPageSize 500)', () => {
  beforeEach(async () => {
    await control('/reset', { method: 'POST' });
  });

  it('page-size 1000 over the alt API: rows 501+ arrive in order, with no request loop', async () => {
    const { altUrl, token } = await referenceServer();
    const c = createMappedClient({ ...altMapping(altUrl, token), live: false, retries: 0 });
    const expected = (await c.listEvents({ ordering: '-created', page: 2, pageSize: 500 })).items;
    await control('/requests', { method: 'DELETE' });
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" page-size="1000" .client=${c}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'first page', 8000);
    await settle(el);
    grid(el).scrollTop = 700 * el.rowHeight;
    await nextFrame();
    const row = (): HTMLElement | undefined => dataRows(el).find((r) => r.getAttribute('aria-rowindex') === '702');
    await waitFor(() => Boolean(row()) && row()!.getAttribute('aria-busy') === null, 'row 701', 8000);
    expect(row()!.querySelector('time')!.getAttribute('datetime')).to.equal(expected[200]!.created);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests = (await requestLog()).filter((r) => r.method === 'GET' && r.path === '/api/alt/v1/audit-logs');
    expect(requests.length).to.be.at.most(4);
    // Explicit pages of 1000: page 2 starts at the 1001st event (two requests of 500).
    const third = (await c.listEvents({ ordering: '-created', page: 3, pageSize: 500 })).items;
    el.mode = 'pages';
    el.page = 2;
    const first = (): HTMLElement | undefined => dataRows(el).find((r) => r.getAttribute('aria-rowindex') === '2');
    await waitFor(() => Boolean(shadow(el).querySelector('[part="pager"]')?.textContent?.includes('Page 2 of')) && first()?.getAttribute('aria-busy') === null, 'page 2', 8000);
    expect(first()!.querySelector('time')!.getAttribute('datetime')).to.equal(third[0]!.created);
  });
});
