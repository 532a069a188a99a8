/**
 * A selection the server no longer has (a stale `?event=` link): every element resolving it
 * (<ev-volume-chart>, <ev-map>, <ev-detail follow-selection>) shares one GET of the event, also
 * once the server has answered 404, while a transient failure is not kept (Retry asks again).
 * Counted at a client that records every getEvent, and in the reference server's request log.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { BERLIN, drawn, eventsAt } from '../map/helpers.js';
import { referenceServer, requestLog } from '../reference.js';
import { buttonOf, until } from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a missing selected event is asked for once per page', () => {
  let pages = 0;

  it('reference server: the chart got the 404, a detail opened on it and the map re-showing its data send no second GET', async function () {
    this.timeout(30_000);
    const { apiUrl, token } = await referenceServer();
    const tag = `detail-shared-gone-${Date.now()}-${++pages}`;
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0, headers: { 'X-Ev-Tag': tag } });
    const pk = `does-not-exist-${tag}`;
    const path = `/api/v3/events/events/${pk}/`;
    const logged = async () => (await requestLog()).filter((r) => r.tag === tag && r.method === 'GET' && r.path === path).length;

    const events = eventsAt(3, BERLIN);
    const source = await fixture<EvSource>(html`<ev-source .client=${client}>
      <ev-volume-chart style="width: 640px"></ev-volume-chart>
      <ev-map style="width: 400px; height: 300px" .events=${events}></ev-map>
    </ev-source>`);
    const map = source.querySelector<EvMap>('ev-map')!;
    await drawn(map);
    source.selection = pk;
    await waitUntil(async () => (await logged()) === 1, 'the chart and the map ask for the event', { timeout: 10_000 });
    await pause(300); // the 404 has arrived
    // The map shows new data (it re-resolves the selection), and the drawer opens a detail.
    map.events = [...events, ...eventsAt(2, BERLIN, 7)];
    await drawn(map);
    const detail = document.createElement('ev-detail') as EvDetail;
    detail.followSelection = true;
    source.append(detail);
    await until(detail, 'not-found');
    await pause(300);
    expect(await logged()).to.equal(1);
  });

  it('counting client: a transient failure is not kept; Retry asks again, and the next 404 is shared again', async () => {
    const gets: string[] = [];
    let failures = 1;
    const base = createMemoryClient({ events: [], latencyMs: 30, fail: (op) => (op === 'getEvent' && failures-- > 0 ? new EventsHttpError(503, 'busy') : undefined) });
    const client: EventsClient = { ...base, getEvent: (pk, o) => (gets.push(pk), base.getEvent(pk, o)) };
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-detail follow-selection></ev-detail></ev-source>`);
    const detail = source.querySelector<EvDetail>('ev-detail')!;
    source.selection = 'gone-1';
    await until(detail, 'error');
    buttonOf(detail, 'Retry')!.click();
    await until(detail, 'not-found');
    expect(gets).to.deep.equal(['gone-1', 'gone-1']);
    // A second detail opened on the same missing event right after: the answer is shared.
    const other = document.createElement('ev-detail') as EvDetail;
    other.followSelection = true;
    source.append(other);
    await until(other, 'not-found');
    expect(gets).to.deep.equal(['gone-1', 'gone-1']);
  });
});

