import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { parts, text } from './helpers.js';


async function chartOnServer(attrs: { live?: boolean } = {}) {
  const { apiUrl, token } = await referenceServer();
  await control('/reset', { method: 'POST' });
  const client = createAuthentikClient({ baseUrl: apiUrl, token, backoffMs: 10, live: 'sse' });
  const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-volume-chart ?live=${attrs.live ?? false}></ev-volume-chart></ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  await waitUntil(() => !el.matches(':state(loading)'), 'loaded', { timeout: 5000 });
  await el.updateComplete;
  return { source, el, client };
}

const total = (el: Element) => Number(text(el, '[part=summary]').match(/^([\d,]+) events?/)![1]!.replace(/,/g, ''));

describe('<ev-volume-chart> on the reference server (real HTTP)', () => {
  it('draws the volume in the server\'s 6-hour buckets; the total matches the events list', async () => {
    const { el, client } = await chartOnServer();
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(text(el, '[part=bucket-label]')).to.equal("Bars of 6 hours (the server's bucket size)");
    const log = await requestLog();
    const volume = log.filter((r) => r.path === '/api/v3/events/events/volume/');
    expect(volume).to.have.length(1);
    expect(volume[0]!.hasAuth).to.equal(true);
    const query = new URLSearchParams(volume[0]!.query);
    const since = query.get('created__gte')!;
    const until = query.get('created__lt')!;
    expect(Date.parse(until) - Date.parse(since)).to.equal(7 * 86_400_000);
    const listed = await client.listEvents({ since, until, pageSize: 1 });
    expect(total(el)).to.equal(listed.total);
    await expect(el).to.be.accessible();
  });

  it('sends the shared filter with the request', async () => {
    const { source, el } = await chartOnServer();
    const before = total(el);
    await control('/requests', { method: 'DELETE' });
    source.store.patchFilter({ actions: ['login_failed'] });
    await waitUntil(() => parts(el, 'legend-item').length === 1, 'one action', { timeout: 5000 });
    const log = await requestLog();
    expect(new URLSearchParams(log.at(-1)!.query).getAll('actions')).to.deep.equal(['login_failed']);
    expect(total(el)).to.be.lessThan(before);
  });

  it('a malformed answer is a typed error with the path; retry recovers', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/reset', { method: 'POST' });
    await control('/faults', { body: { match: { path: '/api/v3/events/events/volume/' }, fault: { malformed: 'volume-invalid-time' }, times: 1 } });
    const client = createAuthentikClient({ baseUrl: apiUrl, token, backoffMs: 10 });
    const el = await fixture(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(error)'), 'error', { timeout: 5000 });
    expect(text(el, '[part=error]')).to.contain('unexpected shape');
    expect(text(el, '[part=error]')).to.match(/\$\[0\]\.time/);
    await expect(el).to.be.accessible();
    parts(el, 'retry-button')[0]!.click();
    await waitUntil(() => el.matches(':state(ready)'), 'ready after retry', { timeout: 5000 });
  });

  it('live: events the server emits are counted in place over SSE', async () => {
    const { el } = await chartOnServer({ live: true });
    const before = total(el);
    await new Promise((r) => setTimeout(r, 300));
    await control('/emit', { body: { kind: 'event', count: 3 } });
    await waitUntil(() => total(el) === before + 3, 'three more events', { timeout: 5000 });
  });

  it('live over SSE: the stream opening is not a reconnect (one volume request); a dropped stream re-fetches once', async () => {
    const { el } = await chartOnServer({ live: true });
    const volumeRequests = async () => (await requestLog()).filter((r) => r.path === '/api/v3/events/events/volume/').length;
    const before = total(el);
    // An event arriving over the stream proves it is open (and that any re-fetch it caused was sent).
    await waitUntil(async () => (await control('/emit', { body: { kind: 'event', count: 1 } }), total(el) > before), 'stream open', { timeout: 5000, interval: 200 });
    await el.updateComplete;
    expect(await volumeRequests()).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part=refreshing]')).to.equal(null);
    await control('/drop-streams', { method: 'POST' });
    await waitUntil(async () => (await volumeRequests()) === 2, 're-fetched after the reconnect', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await volumeRequests()).to.equal(2);
  });
});
