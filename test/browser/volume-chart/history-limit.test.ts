// authentik's volume endpoint answers at most 3650 days of history (more is HTTP 400). A custom
// window starting earlier (from=2010-01-01) draws the bars the API has and says where they start,
// instead of "The events server answered with an error".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { chartOf, parts, text } from './helpers.js';

describe('<ev-volume-chart> with a window older than the API\'s history limit (reference server)', () => {
  it('from 2010-01-01: bars, a notice from where they start, no error', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/reset', { method: 'POST' });
    const client = createAuthentikClient({ baseUrl: apiUrl, token, backoffMs: 10, live: 'none' });
    const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang="en" .client=${client}>
      <ev-volume-chart style="width: 640px" range="custom" from="2010-01-01T00:00:00Z"></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), 'settled', { timeout: 8000 });
    await el.updateComplete;
    expect(parts(el, 'error')).to.have.length(0);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(text(el, '[part=notice]')).to.match(/^Shown from \d+\/\d+\/\d\d, .+: the events source answers no further back\.$/);
    expect(chartOf(el).data.datasets.length).to.be.greaterThan(0);
    const volume = (await requestLog()).filter((r) => r.path === '/api/v3/events/events/volume/');
    expect(volume.map((r) => r.status)).to.deep.equal([200]);
    expect(Number(new URLSearchParams(volume[0]!.query).get('history_days'))).to.be.at.most(3650);
    await expect(el).to.be.accessible();
  });
});

describe('<ev-volume-chart> with a window wholly older than the API\'s history limit (reference server)', () => {
  it('from 2000 to 2005: no error and no request, says no events and from when the source answers', async () => {
    const { apiUrl, token } = await referenceServer();
    await control('/reset', { method: 'POST' });
    const client = createAuthentikClient({ baseUrl: apiUrl, token, backoffMs: 10, live: 'none' });
    const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" lang="en" .client=${client}>
      <ev-volume-chart style="width: 640px" range="custom" from="2000-01-01T00:00:00Z" to="2005-01-01T00:00:00Z"></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), 'settled', { timeout: 8000 });
    await el.updateComplete;
    expect(parts(el, 'error')).to.have.length(0);
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(text(el, '[part=notice]')).to.match(/^Shown from \d+\/\d+\/\d\d, .+: the events source answers no further back\.$/);
    // Nothing it could answer is asked for.
    expect((await requestLog()).filter((r) => r.path === '/api/v3/events/events/volume/')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
