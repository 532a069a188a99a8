import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { makeEvents } from '../../fixtures/events.js';
import { dataRows, fakeAuthentikFetch, grid, listParams, mountLog, rowText, settle, shadow, waitFor } from './helpers.js';

const NOW = Date.now();

function input(el: EvLog, name: string): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
}

async function type(el: EvLog, name: string, text: string, enter = false): Promise<void> {
  const field = input(el, name);
  field.focus();
  field.select();
  await sendKeys({ type: text });
  if (enter) await sendKeys({ press: 'Enter' });
}

function authentik(events: EventRecord[]) {
  const { fetch, urls } = fakeAuthentikFetch(events);
  const client = createAuthentikClient({ baseUrl: 'https://auth.example.com/api/v3', token: 't', fetch, live: 'none' });
  return { client, urls };
}

describe('<ev-log> filters produce exactly authentik query parameters', () => {
  it('each filter of the bar, combined, then sorting and clearing', async () => {
    const events = makeEvents({ count: 300, now: NOW, gapMs: 60_000 });
    const { client, urls } = authentik(events);
    const el = await fixture<EvLog>(html`<ev-log style="height: 560px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    expect(listParams(urls)[0]).to.deep.equal(['ordering=-created', 'page=1', 'page_size=100']);
    await expect(el).to.be.accessible();

    // Username: applies after a pause in typing.
    await type(el, 'username', 'alice');
    await waitFor(() => el.store.filter.username === 'alice', 'username');
    // Client IP and search: Enter applies at once.
    await type(el, 'client_ip', '192.0.2.7', true);
    expect(el.store.filter.client_ip).to.equal('192.0.2.7');
    await type(el, 'search', 'executor', true);
    expect(el.store.filter.search).to.equal('executor');

    // Model fields sit behind a disclosure.
    const more = shadow(el).querySelector<HTMLButtonElement>('[part="more-button"]')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await settle(el, 1);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await type(el, 'context_model_app', 'authentik_core', true);
    await type(el, 'context_model_name', 'application', true);
    await type(el, 'context_model_pk', '3', true);

    // Actions: a multi-select filled from the client's actions().
    const actionsButton = shadow(el).querySelector<HTMLButtonElement>('[part="actions-button"]')!;
    actionsButton.click();
    await waitFor(() => Boolean(shadow(el).querySelector('[part="actions-panel"] input[type="checkbox"]')), 'actions');
    expect(urls.some((u) => u.pathname.endsWith('/events/events/actions/'))).to.equal(true);
    expect(actionsButton.getAttribute('aria-expanded')).to.equal('true');
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('[part="actions-panel"] input[type="checkbox"]')];
    const labelled = (text: string) => boxes.find((b) => b.closest('label')!.textContent!.trim() === text)!;
    labelled('Login').click();
    labelled('Logout').click();
    await settle(el, 1);
    expect(el.store.filter.actions).to.deep.equal(['login', 'logout']);
    expect(actionsButton.textContent).to.contain('2 actions');
    await expect(el).to.be.accessible();
    labelled('Logout').focus();
    await sendKeys({ press: 'Escape' });
    await settle(el, 1);
    expect(actionsButton.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).activeElement).to.equal(actionsButton);

    // Time range preset.
    const range = shadow(el).querySelector<HTMLSelectElement>('[part="range-select"]')!;
    range.value = '24h';
    range.dispatchEvent(new Event('change'));
    await settle(el, 1);
    const since = Date.parse(el.store.filter.since!);
    expect(Math.abs(since - (Date.now() - 86_400_000))).to.be.lessThan(5000);
    expect(range.value).to.equal('24h');

    await waitFor(() => listParams(urls).length > 0 && listParams(urls).at(-1)!.some((p) => p.startsWith('created__gte')), 'request with range');
    expect(listParams(urls).at(-1)).to.deep.equal(
      [
        'actions=login',
        'actions=logout',
        'client_ip=192.0.2.7',
        'context_model_app=authentik_core',
        'context_model_name=application',
        'context_model_pk=3',
        `created__gte=${el.store.filter.since}`,
        'ordering=-created',
        'page=1',
        'page_size=100',
        'search=executor',
        'username=alice',
      ].sort(),
    );

    // Sorting: server ordering on the column's field, toggled by a second click.
    el.store.clearFilter();
    await waitFor(() => el.matches(':state(ready)'), 'cleared');
    const ipHeader = shadow(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')[3]!;
    ipHeader.click();
    await waitFor(() => listParams(urls).at(-1)!.includes('ordering=client_ip'), 'ascending');
    ipHeader.click();
    await waitFor(() => listParams(urls).at(-1)!.includes('ordering=-client_ip'), 'descending');
    expect(listParams(urls).at(-1)).to.deep.equal(['ordering=-client_ip', 'page=1', 'page_size=100']);
    expect(shadow(el).querySelectorAll('[role="columnheader"]')[3]!.getAttribute('aria-sort')).to.equal('descending');
    for (const field of ['action', 'user', 'created', 'client_ip', 'brand']) {
      const column = ['action', 'user', 'created', 'client_ip', 'brand'].indexOf(field);
      shadow(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')[column]!.click();
      await waitFor(() => el.ordering.replace('-', '') === field, field);
    }
    await waitFor(() => listParams(urls).at(-1)!.includes('ordering=brand'), 'brand ordering');
  });

  it('a custom range is read and shown in the shared time zone', async () => {
    const { client } = authentik(makeEvents({ count: 10, now: NOW }));
    const source = await fixture<EvSource>(html`<ev-source time-zone="America/New_York" .client=${client}><ev-log style="height: 560px"></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    const range = shadow(el).querySelector<HTMLSelectElement>('[part="range-select"]')!;
    range.value = 'custom';
    range.dispatchEvent(new Event('change'));
    await settle(el, 1);
    const from = input(el, 'since');
    from.value = '2026-07-04T09:30';
    from.dispatchEvent(new Event('change'));
    await settle(el, 1);
    expect(source.filter.since).to.equal('2026-07-04T13:30:00.000Z');
    expect(input(el, 'since').value).to.equal('2026-07-04T09:30');
    await expect(el).to.be.accessible();
    // Nothing in a day in July: "Clear filters" in the empty view clears the custom range too.
    const to = input(el, 'until');
    to.value = '2026-07-05T09:30';
    to.dispatchEvent(new Event('change'));
    await waitFor(() => el.matches(':state(empty)'), 'the empty view');
    shadow(el).querySelector<HTMLButtonElement>('[part="empty-action"]')!.click();
    await waitFor(() => el.matches(':state(ready)'), 'ready after clearing');
    expect(source.filter).to.deep.equal({});
    expect(range.value).to.equal('any');
    expect(input(el, 'since'), 'the custom range fields closed').to.equal(null);
  });

  it('filters a `.events` array in memory, without any request', async () => {
    const events = makeEvents({ count: 400, now: NOW });
    const el = await mountLog({ events });
    el.store.patchFilter({ username: 'carol', actions: ['login', 'login_failed', 'logout', 'user_write'] });
    await settle(el);
    const expected = events.filter((e) => e.user.username === 'carol' && ['login', 'login_failed', 'logout', 'user_write'].includes(e.action));
    expect(shadow(el).querySelector('[part="count"]')!.textContent).to.equal(`${expected.length} events`);
    for (const row of dataRows(el)) expect(rowText(row)).to.contain('carol');
    expect(grid(el).getAttribute('aria-rowcount')).to.equal(String(expected.length + 1));
  });
});

describe('<ev-log> shared state and URL', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('inside <ev-source sync-url>: the log edits the shared filter, the URL follows, back restores', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&username=bob`);
    const { client, urls } = authentik(makeEvents({ count: 50, now: NOW }));
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${client}><ev-log style="height: 560px" sync-url></ev-log></ev-source>`);
    const el = source.querySelector('ev-log')!;
    await waitFor(() => el.matches(':state(ready)') || el.matches(':state(empty)'), 'loaded');
    expect(listParams(urls)[0]).to.include('username=bob');
    expect(input(el, 'username').value).to.equal('bob');
    setTimeout(() => void type(el, 'client_ip', '192.0.2.1', true));
    const change = await oneEvent(source, 'ev-filter-change');
    expect(change.detail.filter).to.deep.equal({ username: 'bob', client_ip: '192.0.2.1' });
    expect(location.search).to.equal('?keep=1&username=bob&client_ip=192.0.2.1');
    // Ordering is the log's own state: mirrored by the log (authentik's `ordering` parameter).
    shadow(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')[0]!.click();
    await settle(el, 1);
    expect(new URLSearchParams(location.search).get('ordering')).to.equal('action');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await settle(el, 1);
    expect(el.ordering).to.equal('-created');
    const popped2 = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped2;
    await settle(el, 1);
    expect(source.filter).to.deep.equal({ username: 'bob' });
    expect(input(el, 'client_ip').value).to.equal('');
  });

  it('standalone <ev-log sync-url> syncs its own filter, ordering and page', async () => {
    history.replaceState(null, '', `${location.pathname}?actions=login&ordering=user&page=2`);
    const events = makeEvents({ count: 400, now: NOW });
    const filters: unknown[] = [];
    const el = await fixture<EvLog>(html`<ev-log mode="pages" page-size="4" sync-url style="height: 560px" .events=${events} @ev-filter-change=${(e: CustomEvent) => filters.push(e.detail.filter)}></ev-log>`);
    await settle(el);
    expect(el.store.filter).to.deep.equal({ actions: ['login'] });
    expect(el.ordering).to.equal('user');
    expect(el.page).to.equal(2);
    expect(shadow(el).querySelector('[part="pager"]')!.textContent).to.contain('Page 2 of');
    el.store.patchFilter({ actions: ['logout'] });
    await settle(el);
    expect(new URLSearchParams(location.search).getAll('actions')).to.deep.equal(['logout']);
    expect(filters.at(-1)).to.deep.equal({ actions: ['logout'] });
    expect(new URLSearchParams(location.search).get('ordering')).to.equal('user');
  });

  it('an ordering no source sorts by (a stale or hand-edited link) is left out, not an error', async () => {
    history.replaceState(null, '', `${location.pathname}?ordering=-password&actions=login`);
    const el = await fixture<EvLog>(html`<ev-log sync-url style="height: 560px" .events=${makeEvents({ count: 40, now: NOW })}></ev-log>`);
    await settle(el);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(el.ordering).to.equal('-created');
    history.replaceState(null, '', `${location.pathname}?ordering=-brand`);
    const sorted = await fixture<EvLog>(html`<ev-log sync-url style="height: 560px" .events=${makeEvents({ count: 40, now: NOW })}></ev-log>`);
    await settle(sorted);
    expect(sorted.ordering).to.equal('-brand');
    history.replaceState(null, '', location.pathname);
  });

  it('a page number past the end (e.g. from an old link) lands on a page that exists', async () => {
    history.replaceState(null, '', `${location.pathname}?page=99`);
    // An array knows its size: the last page.
    const el = await fixture<EvLog>(html`<ev-log mode="pages" page-size="10" sync-url style="height: 560px" .events=${makeEvents({ count: 30, now: NOW })}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && el.page === 3, 'last page');
    expect(shadow(el).querySelector('[part="pager"]')!.textContent).to.contain('Page 3 of 3');
    // A server answers 404 for it: the first page, and no error shown.
    const { client } = authentik(makeEvents({ count: 30, now: NOW }));
    const errors: Event[] = [];
    const remote = await fixture<EvLog>(html`<ev-log mode="pages" page="7" page-size="10" style="height: 560px" .client=${client} @ev-error=${(e: Event) => errors.push(e)}></ev-log>`);
    await waitFor(() => remote.matches(':state(ready)'), 'ready');
    expect(remote.page).to.equal(1);
    expect(errors).to.have.length(0);
  });

  it('the column chooser hides columns and remembers the choice under persist-key', async () => {
    localStorage.removeItem('log-test-columns');
    const events = makeEvents({ count: 20, now: NOW });
    const el = await fixture<EvLog>(html`<ev-log persist-key="log-test-columns" style="height: 400px" .events=${events}></ev-log>`);
    await settle(el);
    const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="columns-menu"]')!;
    menu.querySelector('summary')!.click();
    await settle(el, 1);
    expect(menu.open).to.equal(true);
    await expect(el).to.be.accessible();
    const brand = menu.querySelector<HTMLInputElement>('input[value="brand"]')!;
    brand.click();
    await settle(el);
    expect(grid(el).getAttribute('aria-colcount')).to.equal('4');
    expect(shadow(el).querySelectorAll('[role="columnheader"]')).to.have.length(4);
    expect(JSON.parse(localStorage.getItem('log-test-columns')!)).to.deep.equal({ columns: ['action', 'user', 'created', 'client_ip'] });
    const again = await fixture<EvLog>(html`<ev-log persist-key="log-test-columns" style="height: 400px" .events=${events}></ev-log>`);
    await settle(again);
    expect(shadow(again).querySelectorAll('[role="columnheader"]')).to.have.length(4);
    expect(dataRows(again)[0]!.querySelectorAll('[role="gridcell"]')).to.have.length(4);
    localStorage.removeItem('log-test-columns');
  });
});

describe('<ev-log> filter text being typed is never lost', () => {
  it('survives a filter change made elsewhere, and text in another field being applied', async () => {
    const { client } = authentik(makeEvents({ count: 50, now: NOW, gapMs: 60_000 }));
    const el = await fixture<EvLog>(html`<ev-log style="height: 560px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'ready');
    // Typing, not sent yet, when a chart / map / chip changes another part of the filter.
    await type(el, 'username', 'ali');
    el.store.patchFilter({ brand_name: 'tenant-a' });
    await settle(el, 1);
    expect(input(el, 'username').value).to.equal('ali');
    await waitFor(() => el.store.filter.username === 'ali', 'the typed username applied after the pause');
    // Two fields typed one after the other: applying the first keeps the second's text and wait.
    await type(el, 'username', 'bob');
    await type(el, 'client_ip', '192.0.2');
    await waitFor(() => el.store.filter.username === 'bob', 'the username');
    expect(input(el, 'client_ip').value).to.equal('192.0.2');
    await waitFor(() => el.store.filter.client_ip === '192.0.2', 'the client IP applied too');
    // A change from elsewhere to the field being typed in wins (the draft is dropped).
    await type(el, 'username', 'carol');
    el.store.patchFilter({ username: 'dave' });
    await settle(el, 1);
    expect(input(el, 'username').value).to.equal('dave');
    await new Promise((r) => setTimeout(r, 600));
    expect(el.store.filter.username).to.equal('dave');
  });
});
