// <ev-log live> after its stream stopped on an auth or config error: once the cause is fixed and
// the rows reload, live updates resume (one stream, no duplicate rows, no request storm).
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsAuthError } from '../../../src/client/errors.js';
import type { EventsClient, LiveMessage, SubscribeOptions } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer } from '../reference.js';
import { grid, manyEvents, misconfiguredLiveClient, settle, shadow, visibleRows, waitFor } from './helpers.js';

const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const rowCount = (el: EvLog) => Number(grid(el).getAttribute('aria-rowcount'));
const retry = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pk of the first row (clicking it selects it). */
async function firstRowPk(el: EvLog): Promise<string | null> {
  visibleRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
  await settle(el);
  return el.store.selection;
}

describe('<ev-log live> after an auth or config stop', () => {
  it('credentials refused (401), then a working token and Retry: the missed event is shown and live updates resume on one stream', async () => {
    await control('/reset', { method: 'POST' });
    const { apiUrl, token } = await referenceServer();
    // Counted at the client: the server's log is shared with (and reset by) test files running alongside.
    const sent: string[] = [];
    const fetchCounting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      sent.push(`${new URL(String(input)).pathname} ${response.status}`);
      return response;
    };
    let current = 'not-the-token';
    // A token function: the page hands the client a fresh token (no cross-tab sharing with a function).
    const c = createAuthentikClient({ baseUrl: apiUrl, token: () => current, live: 'auto', retries: 0, fetch: fetchCounting });
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" live .pollInterval=${50} .client=${c}></ev-log>`);
    await waitFor(() => el.matches(':state(error)') && status(el) === 'Live updates stopped', 'the auth error, live stopped', 8000);
    expect(sent.slice().sort()).to.deep.equal(['/api/v3/events/events/ 401', '/api/v3/events/stream/ 401']);

    // Retry with the token still refused: the list fails again, and no stream is tried on it.
    sent.length = 0;
    retry(el);
    await waitFor(() => sent.length > 0 && el.matches(':state(error)'), 'the second 401', 8000);
    await pause(300);
    expect(sent).to.deep.equal(['/api/v3/events/events/ 401']);
    expect(status(el)).to.equal('Live updates stopped');

    // Fixed: an event happens while live is stopped, then Retry.
    current = token;
    const missed = ((await control('/emit', { body: { kind: 'event', count: 1 } })) as { pks: string[] }).pks[0];
    sent.length = 0;
    retry(el);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live', 'rows and the stream back', 8000);
    await settle(el);
    expect(await firstRowPk(el), 'the event missed while stopped is on top').to.equal(missed);

    // New events stream in at the top, once each.
    const before = rowCount(el);
    const { pks } = (await control('/emit', { body: { kind: 'event', count: 2 } })) as { pks: string[] };
    await waitFor(() => rowCount(el) >= before + 2, 'two live rows', 8000);
    await pause(300);
    await settle(el);
    expect(rowCount(el)).to.equal(before + 2);
    expect(pks).to.include(await firstRowPk(el));
    expect(status(el)).to.equal('Live');
    // One page, one stream and one catch-up when it opened since the Retry: no polling, no second stream.
    expect(sent.slice().sort()).to.deep.equal(['/api/v3/events/events/ 200', '/api/v3/events/events/ 200', '/api/v3/events/stream/ 200']);
    await expect(el).to.be.accessible();
  });

  it('a config error, then a working client swapped in: live updates resume on one subscription', async () => {
    const { client: misconfigured, sent } = misconfiguredLiveClient();
    const el = await fixture<EvLog>(html`<ev-log live style="height: 480px" .client=${misconfigured} .pollInterval=${50}></ev-log>`);
    await waitFor(() => el.matches(':state(error)') && status(el) === 'Live updates stopped', 'the config error, live stopped');

    const NOW = Date.UTC(2026, 10, 20, 12);
    const inner = createMemoryClient({ events: manyEvents(200, NOW) });
    let lists = 0;
    let subscriptions = 0;
    const working: EventsClient = {
      ...inner,
      listEvents: (query, options) => (lists++, inner.listEvents(query, options)),
      subscribe: (onMessage: (m: LiveMessage) => void, options?: SubscribeOptions) => {
        subscriptions++;
        const off = inner.subscribe(onMessage, options);
        return () => (subscriptions--, off());
      },
    };
    el.client = working;
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live', 'rows and live back');
    await settle(el);
    const added = makeEvents({ count: 1, seed: 7, actions: ['login'], now: NOW + 3_600_000 }).map((e) => ({ ...e, pk: 'after-swap' }));
    inner.addEvents(added);
    await waitFor(() => rowCount(el) === 202, 'the live row');
    await pause(300);
    await settle(el);
    expect(rowCount(el)).to.equal(202);
    expect(await firstRowPk(el)).to.equal('after-swap');
    expect(subscriptions, 'open subscriptions').to.equal(1);
    expect(lists, 'listEvents calls: the first page and one catch-up when the subscription opened').to.equal(2);
    expect(sent()).to.equal(0);
  });

  it('polling stopped by a 401 after the rows loaded, credentials back, Refresh: polling resumes and picks up new events', async () => {
    const NOW = Date.UTC(2026, 10, 20, 12);
    const inner = createMemoryClient({ events: manyEvents(200, NOW) });
    let refused = false;
    let lists = 0;
    const polled: EventsClient = {
      ...inner,
      listEvents: (query, options) => {
        lists++;
        return refused ? Promise.reject(new EventsAuthError(401, '')) : inner.listEvents(query, options);
      },
      subscribe: () => {
        throw new Error('no live channel');
      },
    };
    const el = await fixture<EvLog>(html`<ev-log live style="height: 480px" .client=${polled} .pollInterval=${50}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling');
    refused = true;
    await waitFor(() => status(el) === 'Live updates stopped', 'polling stopped on the 401');
    const stoppedAt = lists;
    await pause(300);
    expect(lists, 'no poll after the 401').to.equal(stoppedAt);

    refused = false;
    shadow(el).querySelector<HTMLButtonElement>('[part="refresh-button"]')!.click();
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling again');
    // Let the first poll record its baseline, then add an event behind the client's back.
    await pause(120);
    inner.addEvents(makeEvents({ count: 1, seed: 9, actions: ['login'], now: NOW + 3_600_000 }).map((e) => ({ ...e, pk: 'polled-after-refresh' })));
    await waitFor(() => rowCount(el) === 202, 'the polled row', 3000);
    await settle(el);
    expect(await firstRowPk(el)).to.equal('polled-after-refresh');
    // One poll every 50 ms at most (no second poller, no storm): about 6 in 300 ms.
    const before = lists;
    await pause(300);
    expect(lists - before, 'polls in 300 ms').to.be.at.most(8);
  });
});
