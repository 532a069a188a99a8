// A reversed time range (a hand-edited link, or `from` after `to`): the chart keeps its own window,
// highlights nothing and says why the range holds no events; a custom window is swapped.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient, VolumeQuery } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { DAY, HOUR, hourly, parts, recentEvents, text } from './helpers.js';

const REVERSED = '?created__gte=9999-12-31&created__lt=0001-01-01';
const T0 = Date.UTC(2026, 10, 1);

async function underSyncUrl(client: EventsClient) {
  history.replaceState(null, '', `${location.pathname}${REVERSED}`);
  const source = await fixture<EvSource>(html`<ev-source sync-url time-zone="UTC" .client=${client}>
    <ev-volume-chart style="width: 640px"></ev-volume-chart>
    <ev-log></ev-log>
  </ev-source>`);
  const el = source.querySelector('ev-volume-chart')!;
  const log = source.querySelector('ev-log')!;
  await waitUntil(() => !el.matches(':state(loading)') && (log.matches(':state(empty)') || log.matches(':state(ready)')), 'both loaded', { timeout: 5000 });
  await el.updateComplete;
  return { source, el, log };
}

/** The selection bar names the range as written (start first) and says it cannot hold events. */
function expectReversedNotice(el: Element) {
  // (Not swapped into "1/1/01 – 12/31/99", which reads as a range holding everything.)
  expect(text(el, '[part=selection-bar] span')).to.match(/^Selected: 12\/31\/\d+, 12:00\sAM – 1\/1\/\d+, 12:00\sAM\. The end must be after the start\.$/);
  expect(parts(el as never, 'clear-range')).to.have.length(1);
  expect(parts(el as never, 'selection')).to.have.length(0);
}

describe('<ev-volume-chart> with a reversed time range', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('from a hand-edited link (memory client): its own 7-day window, no highlight, the range shown as written with why it is empty', async () => {
    const memory = createMemoryClient({ events: recentEvents(200, 5 * DAY, ['login']) });
    const queries: VolumeQuery[] = [];
    const client: EventsClient = { ...memory, volume: (q, o) => (queries.push({ ...q }), memory.volume(q, o)) };
    const { el, log } = await underSyncUrl(client);
    expect(log.matches(':state(empty)')).to.equal(true);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(queries).to.have.length(1);
    expect(Date.parse(queries[0]!.until!) - Date.parse(queries[0]!.since!)).to.be.closeTo(7 * DAY, 60_000);
    expectReversedNotice(el);
    expect(text(el, '[part=summary]')).not.to.match(/NaN|Invalid/);
    await expect(el).to.be.accessible();
  });

  it('on the reference server: one 7-day request, the same notice', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/reset', { method: 'POST' });
    await control('/requests', { method: 'DELETE' });
    const { el } = await underSyncUrl(createAuthentikClient({ baseUrl: apiUrl, token, backoffMs: 10 }));
    const volume = (await requestLog()).filter((r) => r.path === '/api/v3/events/events/volume/');
    expect(volume).to.have.length(1);
    const query = new URLSearchParams(volume[0]!.query);
    expect(Date.parse(query.get('created__lt')!) - Date.parse(query.get('created__gte')!)).to.be.closeTo(7 * DAY, 60_000);
    expect(el.matches(':state(ready)')).to.equal(true);
    expectReversedNotice(el);
  });

  it('a reversed range inside the window highlights nothing (no sliver at its start)', async () => {
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient()}>
      <ev-volume-chart style="width: 640px" .buckets=${hourly(T0, ['login'], [[1], [2], [3], [4]])}></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    source.store.patchFilter({ since: new Date(T0 + 3 * HOUR).toISOString(), until: new Date(T0 + HOUR).toISOString() });
    await el.updateComplete;
    expect(parts(el, 'selection')).to.have.length(0);
    expect(text(el, '[part=selection-bar]')).to.contain('The end must be after the start.');
    source.store.patchFilter({ since: new Date(T0 + HOUR).toISOString(), until: new Date(T0 + 3 * HOUR).toISOString() });
    await el.updateComplete;
    expect(parts(el, 'selection')).to.have.length(1);
    expect(text(el, '[part=selection-bar]')).not.to.contain('The end must be after the start.');
  });

  it('range="custom" with `from` after `to` (attributes): the window is swapped, and the inputs show it', async () => {
    const memory = createMemoryClient({ events: recentEvents(200, 20 * DAY, ['login'], Date.UTC(2026, 10, 5)) });
    const queries: VolumeQuery[] = [];
    const client: EventsClient = { ...memory, volume: (q, o) => (queries.push({ ...q }), memory.volume(q, o)) };
    const source = await fixture(html`<ev-source time-zone="UTC" .client=${client}>
      <ev-volume-chart range="custom" from="2026-11-03T00:00:00Z" to="2026-11-01T00:00:00Z"></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)'));
    await el.updateComplete;
    expect(el.matches(':state(ready)')).to.equal(true);
    expect([queries[0]!.since, queries[0]!.until]).to.deep.equal(['2026-11-01T00:00:00.000Z', '2026-11-03T00:00:00.000Z']);
    const [from, to] = (parts(el, 'custom-range')[0] as HTMLFormElement).querySelectorAll('input');
    expect([from!.value, to!.value]).to.deep.equal(['2026-11-01T00:00', '2026-11-03T00:00']);
  });

  it('range="custom" with an unreadable `from` (attribute): the 7 days before `to`, drawn, no exception', async () => {
    const client = createMemoryClient({ events: recentEvents(200, 20 * DAY, ['login'], Date.UTC(2026, 10, 5)) });
    const source = await fixture(html`<ev-source time-zone="UTC" .client=${client}>
      <ev-volume-chart range="custom" from="not a date" to="2026-11-03T00:00:00Z"></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'));
    await el.updateComplete;
    expect(el.matches(':state(ready)')).to.equal(true);
    const [from, to] = (parts(el, 'custom-range')[0] as HTMLFormElement).querySelectorAll('input');
    expect([from!.value, to!.value]).to.deep.equal(['2026-10-27T00:00', '2026-11-03T00:00']);
  });
});
