// <ev-map> against the reference events server over real HTTP (started by the wtr plugin).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { eventLatLng, inArea } from '../../../src/client/geo.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { type LoggedRequest, control, referenceServer, requestLog } from '../reference.js';
import { $, $$, drawn, text } from './helpers.js';


async function eventRequests(): Promise<LoggedRequest[]> {
  const log = await requestLog();
  return log.filter((r) => r.path === '/api/v3/events/events/');
}

describe('<ev-map> on the reference server', () => {
  beforeEach(async () => {
    await control('/reset', { method: 'POST' });
  });

  it('fetches every page of the filter and plots the geo-located events', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token });
    const all = await client.listEvents({ pageSize: 1 });
    const total = all.total!;
    await control('/requests', { method: 'DELETE' });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    const requests = await eventRequests();
    expect(requests.length).to.equal(Math.ceil(total / 1000));
    expect(requests.every((r) => r.status === 200 && new URLSearchParams(r.query).get('page_size') === '1000')).to.equal(true);
    expect(requests.map((r) => new URLSearchParams(r.query).get('page'))).to.deep.equal(requests.map((_, i) => String(i + 1)));
    const located = Number(text($(el, '[part=summary]')).split(' ')[0]!.replace(/,/g, ''));
    expect(located).to.be.greaterThan(0).and.at.most(total);
    expect($$(el, '[part=location]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('follows the area filter even though the server ignores it', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token });
    const europe = { north: 71, south: 35, east: 40, west: -11 };
    const source = await fixture<EvSource>(html`<ev-source .client=${client} .filter=${{ area: europe }}><ev-map></ev-map></ev-source>`);
    const el = source.querySelector('ev-map')!;
    await drawn(el);
    const everything: number[][] = [];
    for (let page: number | null = 1; page !== null; ) {
      const result = await client.listEvents({ page, pageSize: 1000 });
      for (const e of result.items) {
        const at = eventLatLng(e);
        if (at) everything.push(at);
      }
      page = result.next as number | null;
    }
    const inside = everything.filter(([lat, long]) => inArea(lat!, long!, europe)).length;
    expect(inside).to.be.greaterThan(0);
    expect(inside).to.be.lessThan(everything.length);
    expect(text($(el, '[part=summary]'))).to.match(new RegExp(`^${inside.toLocaleString('en-US')} events? at`));
  });

  it('shows the error state for a failed page and recovers on retry', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/faults', { body: { match: { path: '/api/v3/events/events/' }, fault: { status: 500 }, times: 1 } });
    const client = createAuthentikClient({ baseUrl: apiUrl, token });
    const el = await fixture<EvMap>(html`<ev-map .client=${client}></ev-map>`);
    await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 8000 });
    expect(text($(el, '[part=error]'))).to.contain('Status 500');
    await expect(el).to.be.accessible();
    $(el, '[part=retry-button]')!.click();
    await waitUntil(() => el.matches(':state(ready)'), 'no recovery', { timeout: 8000 });
  });

  it('shows the typed error for a malformed page', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/faults', { body: { match: { path: '/api/v3/events/events/' }, fault: { malformed: 'invalid-json' }, times: 1 } });
    const client = createAuthentikClient({ baseUrl: apiUrl, token });
    const el = await fixture<EvMap>(html`<ev-map .client=${client}></ev-map>`);
    await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 8000 });
    expect(text($(el, '[part=error] .ev-error-title'))).to.equal('The events server sent data in an unexpected shape.');
  });
});
