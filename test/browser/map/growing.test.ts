// <ev-map> over sources whose events keep arriving while it crawls the pages (reference server).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMappedClient } from '../../../src/client/adapters/mapped.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { eventLatLng } from '../../../src/client/geo.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { altMapping } from '../../fixtures/alt-mapping.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { $, drawn, text } from './helpers.js';

/** Located events of every page of `client` (newest first). */
async function locatedCount(client: EventsClient): Promise<{ events: number; located: number }> {
  let events = 0;
  let located = 0;
  for (let query: { page?: number; cursor?: string } = { page: 1 }, i = 0; i < 500; i++) {
    const page = await client.listEvents({ ordering: '-created', pageSize: 1000, ...query });
    events += page.items.length;
    located += page.items.filter((e) => eventLatLng(e)).length;
    if (page.next === null || page.items.length === 0) return { events, located };
    query = typeof page.next === 'number' ? { page: page.next } : { cursor: page.next };
  }
  throw new Error('more than 500 pages');
}

/** The alt API (keyset cursors) through the mapped client, with pages of `pageSize` events. */
async function altClient(pageSize: number): Promise<EventsClient> {
  const { altUrl, token } = await referenceServer();
  const mapping = altMapping(altUrl, token);
  return createMappedClient({ ...mapping, live: false, retries: 0, events: { ...mapping.events, list: { ...mapping.events.list, maxPageSize: pageSize } } });
}

/** `client`, with `count` events emitted on the server right after its first page was served. */
function growingAfterFirstPage(client: EventsClient, count: number): EventsClient {
  let pages = 0;
  return {
    ...client,
    listEvents: async (query, options) => {
      const page = await client.listEvents(query, options);
      if (pages++ === 0) await control('/emit', { body: { kind: 'event', count } });
      return page;
    },
  };
}

const NEW_EVENTS = 40;

describe('<ev-map> while events keep arriving', () => {
  beforeEach(async () => {
    await control('/reset', { method: 'POST' });
  });

  const sources: Array<[string, () => Promise<EventsClient>]> = [
    ['page numbers (authentik API)', async () => {
      const { apiUrl, token } = await referenceServer();
      return createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
    }],
  ];

  for (const [name, make] of sources) {
    it(`${name}: no "newest N of M" notice when max-events capped nothing, and no event counted twice`, async () => {
      const client = await make();
      const before = await locatedCount(client);
      expect(before.events, 'more than one page').to.be.greaterThan(1000);
      const el = await fixture<EvMap>(html`<ev-map .client=${growingAfterFirstPage(client, NEW_EVENTS)}></ev-map>`);
      await drawn(el);
      expect($(el, '[part=notice]'), 'a cap notice although max-events capped nothing').to.equal(null);
      // Every event there was when the crawl started, each once (pages shifted by the new ones).
      expect(text($(el, '[part=summary]'))).to.match(new RegExp(`^${before.located.toLocaleString('en-US')} events at `));
    });
  }

  it('cursors: events newer than the crawl (a source whose total grows) give no cap notice', async () => {
    // A cursor source: later pages continue after the last event seen, so the events that
    // arrive during the crawl are not in it, while the reported total counts them.
    const events = makeEvents({ count: 2500, seed: 3 });
    const memory = createMemoryClient({ events });
    const newestFirst = [...events].sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
    let arrived = 0;
    const client: EventsClient = {
      ...memory,
      listEvents: async (query, options) => {
        const start = query?.cursor === undefined ? 0 : Number(query.cursor);
        const size = query?.pageSize ?? 1000;
        options?.signal?.throwIfAborted();
        const items = newestFirst.slice(start, start + size);
        const end = start + items.length;
        const page = { items, total: events.length + arrived, page: null, pageSize: size, next: end < events.length ? String(end) : null, previous: null };
        arrived += 2;
        return page;
      },
    };
    const el = await fixture<EvMap>(html`<ev-map .client=${client}></ev-map>`);
    await drawn(el);
    expect(arrived, 'three pages').to.equal(6);
    expect($(el, '[part=notice]'), 'a cap notice although max-events capped nothing').to.equal(null);
    const located = events.filter((e) => eventLatLng(e)).length;
    expect(text($(el, '[part=summary]'))).to.match(new RegExp(`^${located.toLocaleString('en-US')} events at `));
  });

  it('cursors over HTTP (alt API, small pages): events emitted after every page neither repeat a page nor join the crawl', async () => {
    const size = 250;
    const before = await locatedCount(await altClient(size));
    const client = await altClient(size);
    const everyPage: EventsClient = {
      ...client,
      listEvents: async (query, options) => {
        const page = await client.listEvents(query, options);
        await control('/emit', { body: { kind: 'event', count: NEW_EVENTS } });
        return page;
      },
    };
    await control('/requests', { method: 'DELETE' });
    const el = await fixture<EvMap>(html`<ev-map .client=${everyPage}></ev-map>`);
    await drawn(el);
    // One request per page of the events there were when the crawl started, each page once.
    const pages = (await requestLog()).filter((r) => r.path.endsWith('/audit-logs')).map((r) => new URLSearchParams(r.query).get('cursor') ?? '');
    expect(pages.length).to.equal(Math.ceil(before.events / size));
    expect(new Set(pages).size, 'a page was asked for twice').to.equal(pages.length);
    expect($(el, '[part=notice]'), 'a cap notice although max-events capped nothing').to.equal(null);
    expect(text($(el, '[part=summary]'))).to.match(new RegExp(`^${before.located.toLocaleString('en-US')} events at `));
  });

  it('still says so when max-events did cap the data, with the total the source reported', async () => {
    const client = await make0();
    const el = await fixture<EvMap>(html`<ev-map max-events="1500" .client=${growingAfterFirstPage(client, NEW_EVENTS)}></ev-map>`);
    await drawn(el);
    const total = (await client.listEvents({ pageSize: 1 })).total!;
    expect(text($(el, '[part=notice]'))).to.equal(`Showing the newest 1,500 of ${total.toLocaleString('en-US')} events.`);
  });
});

async function make0(): Promise<EventsClient> {
  const { apiUrl, token } = await referenceServer();
  return createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
}
