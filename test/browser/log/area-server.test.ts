/**
 * An area past the poles or past ±180° (a map zoomed out and panned round the world, an old
 * link) against the reference server over real HTTP: the log lists the events in it, as the
 * in-memory client does, instead of "Status 400" (the server rejects a latitude past ±90°).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { settle, shadow, waitFor } from './helpers.js';

const done = (el: EvLog) => el.matches(':state(ready)') || el.matches(':state(error)') || el.matches(':state(empty)');

describe('<ev-log> area filter with the reference server', () => {
  beforeEach(async () => {
    await control('/reset', { method: 'POST' });
  });

  it('south -95°, west 230°, east 250° (the American west coast): sent as -90,-130,60,-110 and the events there listed', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
    // What the server holds in that box, asked with in-range edges.
    const expected = await client.listEvents({ area: { south: -90, north: 60, west: -130, east: -110 }, pageSize: 1 });
    expect(expected.total).to.be.greaterThan(0);

    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" .client=${client}></ev-log>`);
    await waitFor(() => done(el), 'first page');
    await control('/requests', { method: 'DELETE' });
    el.store.patchFilter({ area: { south: -95, north: 60, west: 230, east: 250 } });
    await el.updateComplete;
    const countText = `${expected.total!.toLocaleString('en-US')} events`;
    const count = () => shadow(el).querySelector('[part="count"]')?.textContent;
    await waitFor(() => el.matches(':state(error)') || (el.matches(':state(ready)') && count() === countText), 'the area count or an error');
    await settle(el);
    expect(el.matches(':state(error)'), shadow(el).textContent!.replace(/\s+/g, ' ')).to.equal(false);
    expect(count()).to.equal(countText);
    const sent = (await requestLog()).filter((r) => r.path === '/api/v3/events/events/').map((r) => new URLSearchParams(r.query).get('geo_bounds'));
    expect(sent).to.include('-90,-130,60,-110');
    await expect(el).to.be.accessible();
  });

  it('south -95°, west 196°, east 210° (open ocean): sent as -90,-164,60,-150, and "No events" rather than an error', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
    const el = await fixture<EvLog>(html`<ev-log style="height: 520px" .client=${client}></ev-log>`);
    await waitFor(() => done(el), 'first page');
    await control('/requests', { method: 'DELETE' });
    el.store.patchFilter({ area: { south: -95, north: 60, west: 196, east: 210 } });
    await el.updateComplete;
    await waitFor(() => el.matches(':state(error)') || el.matches(':state(empty)'), 'empty or an error');
    await settle(el);
    expect(el.matches(':state(error)'), shadow(el).textContent!.replace(/\s+/g, ' ')).to.equal(false);
    const sent = (await requestLog()).filter((r) => r.path === '/api/v3/events/events/').map((r) => new URLSearchParams(r.query).get('geo_bounds'));
    expect(sent).to.include('-90,-164,60,-150');
  });
});
