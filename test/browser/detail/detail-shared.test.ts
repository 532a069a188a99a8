/**
 * <ev-detail> shares the request for an event with the other elements of the page that
 * resolve the same selection (<ev-volume-chart>, <ev-map>): counted at a client that records
 * every getEvent, and over real HTTP against the reference server (every request of the page's
 * client passes a counting `fetch` and carries an `X-Ev-Tag`, read back from the request log).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { hourly } from '../volume-chart/helpers.js';
import { referenceServer, requestLog } from '../reference.js';
import { $, buttonOf, text, until } from './helpers.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20);

/** A memory client that records every getEvent (pk and the signal it was given). */
function counting(events: EventRecord[], options: Parameters<typeof createMemoryClient>[0] = {}) {
  const base = createMemoryClient({ events, latencyMs: 40, ...options });
  const gets: Array<{ pk: string; signal?: AbortSignal }> = [];
  const client: EventsClient = {
    ...base,
    getEvent: (pk, o) => {
      gets.push({ pk, signal: o?.signal });
      return base.getEvent(pk, o);
    },
  };
  return { client, gets };
}

/**
 * Resolves once the detail shows the event `pk`. (Its `ready` state can be reported for one
 * update before a new selection's load starts, so tests wait for what is on screen.)
 */
async function shows(detail: EvDetail, pk: string, timeout = 5000): Promise<void> {
  await waitUntil(() => text($(detail, '[part="event-id"] code')) === pk, `the detail shows ${pk}`, { timeout });
}

const marked = (chart: Element) => chart.shadowRoot!.querySelector('[part="selected-event"]') !== null;

describe('<ev-detail> shares the selected event request (counting client)', () => {
  const event = detailEvent('login', { auth_method: 'password' }, { created: new Date(T0 + HOUR / 2).toISOString() });
  const buckets = hourly(T0, ['login'], [[3], [1], [2]]);

  async function page(client: EventsClient, detail = html`<ev-detail follow-selection></ev-detail>`) {
    const source = await fixture<EvSource>(html`<ev-source .client=${client}>
      <ev-volume-chart style="width: 640px" .buckets=${buckets}></ev-volume-chart>
      ${detail}
    </ev-source>`);
    return { source, chart: source.querySelector('ev-volume-chart')!, detail: source.querySelector('ev-detail')! };
  }

  it('one selection, a chart and a following detail: one getEvent', async () => {
    const { client, gets } = counting([event]);
    const { source, chart, detail } = await page(client);
    source.selection = event.pk;
    await shows(detail, event.pk);
    await waitUntil(() => marked(chart), 'the chart marks the selected event');
    expect(gets.map((g) => g.pk)).to.deep.equal([event.pk]);
  });

  it('event-id naming the selected event: one getEvent', async () => {
    const { client, gets } = counting([event]);
    const { source, chart, detail } = await page(client, html`<ev-detail event-id=${event.pk}></ev-detail>`);
    source.selection = event.pk;
    await shows(detail, event.pk);
    await waitUntil(() => marked(chart), 'the chart marks the selected event');
    expect(gets.map((g) => g.pk)).to.deep.equal([event.pk]);
  });

  it('a failed request is shared too; Retry sends a new one and shows the event', async () => {
    let failures = 1;
    const { client, gets } = counting([event], { fail: (op) => (op === 'getEvent' && failures-- > 0 ? new EventsHttpError(500, 'boom') : undefined) });
    const { source, detail } = await page(client);
    source.selection = event.pk;
    await until(detail, 'error');
    expect(gets).to.have.length(1);
    buttonOf(detail, 'Retry')!.click();
    await shows(detail, event.pk);
    expect(gets.map((g) => g.pk)).to.deep.equal([event.pk, event.pk]);
    expect(text($(detail, '[part="action"]'))).to.equal('Login');
  });

  it('a superseded selection aborts its request when nothing else waits for it', async () => {
    const other = detailEvent('logout', {});
    const { client, gets } = counting([event, other], { latencyMs: 300 });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-detail follow-selection></ev-detail></ev-source>`);
    const detail = source.querySelector('ev-detail')!;
    source.selection = event.pk;
    await waitUntil(() => gets.length === 1, 'the first request');
    source.selection = other.pk;
    await shows(detail, other.pk);
    expect(gets.map((g) => [g.pk, g.signal?.aborted])).to.deep.equal([
      [event.pk, true],
      [other.pk, false],
    ]);
    expect(text($(detail, '[part="action"]'))).to.equal('Logout');
  });
});

describe('<ev-detail> shares the selected event request (reference server)', () => {
  // No faults are injected and the request log is read by tag: no /reset, which would also clear
  // the faults of a test file running at the same time.
  let pages = 0;

  /** A tagged client over real HTTP, with the paths of every request it sent. */
  async function tagged() {
    const { apiUrl, token } = await referenceServer();
    const tag = `detail-shared-${Date.now()}-${++pages}`;
    const sent: string[] = [];
    const fetchCounting = ((input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetch(input, init);
    }) as typeof fetch;
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0, headers: { 'X-Ev-Tag': tag }, fetch: fetchCounting });
    const logged = async (path: string) => (await requestLog()).filter((r) => r.tag === tag && r.method === 'GET' && r.path === path).length;
    return { client, sent: (path: string) => sent.filter((p) => p === path).length, logged };
  }

  /** A recent event of the server, inside the chart's 7-day window. */
  async function recent(client: EventsClient, actions?: string[]): Promise<EventRecord> {
    const { items } = await client.listEvents({ since: new Date(Date.now() - 6 * 86_400_000).toISOString(), pageSize: 1, ...(actions ? { actions } : {}) });
    expect(items, 'the seeded data has a recent event').to.have.length(1);
    return items[0]!;
  }

  it('the chart resolved the selection first; a detail opened on it sends no second GET /events/<pk>/', async function () {
    this.timeout(30_000);
    const { client, sent, logged } = await tagged();
    const event = await recent(client);
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart style="width: 640px"></ev-volume-chart></ev-source>`);
    const chart = source.querySelector('ev-volume-chart')!;
    source.selection = event.pk;
    await waitUntil(() => marked(chart), 'the chart marks the selected event', { timeout: 10_000 });
    // A side panel opened on the selection.
    const detail = document.createElement('ev-detail') as EvDetail;
    detail.followSelection = true;
    source.append(detail);
    await shows(detail, event.pk, 10_000);
    const path = `/api/v3/events/events/${event.pk}/`;
    expect(sent(path)).to.equal(1);
    expect(await logged(path)).to.equal(1);
  });

  it('chart and following detail on one page, then Compare versions: one GET of the event, one list of its versions', async function () {
    this.timeout(30_000);
    const { client, sent, logged } = await tagged();
    const event = await recent(client, ['model_updated']);
    const source = await fixture<EvSource>(html`<ev-source .client=${client}>
      <ev-volume-chart style="width: 640px"></ev-volume-chart>
      <ev-detail follow-selection></ev-detail>
    </ev-source>`);
    const chart = source.querySelector('ev-volume-chart')!;
    const detail = source.querySelector('ev-detail')!;
    await waitUntil(() => chart.matches(':state(ready)'), 'the chart loaded', { timeout: 10_000 });
    source.selection = event.pk;
    await shows(detail, event.pk, 10_000);
    await waitUntil(() => marked(chart), 'the chart marks the selected event', { timeout: 10_000 });
    buttonOf(detail, 'Compare versions of this object')!.click();
    await waitUntil(() => $(detail, '[part="compare"], [part="section section-compare"] [role="status"]'), 'the versions', { timeout: 10_000 });
    const path = `/api/v3/events/events/${event.pk}/`;
    expect(sent(path)).to.equal(1);
    expect(await logged(path)).to.equal(1);
    expect(sent('/api/v3/events/events/')).to.equal(2, 'the recent-event look-up and the versions');
  });
});
