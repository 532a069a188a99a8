// <ev-source sync-url> over the reference server (real HTTP): a time range written into the URL by
// hand works as it does with the in-memory client, instead of failing every element with HTTP 400.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { referenceServer, requestLog } from '../reference.js';

async function settled(el: EvLog): Promise<void> {
  for (let i = 0; i < 200 && !['ready', 'empty', 'error'].some((s) => el.matches(`:state(${s})`)); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('<ev-source sync-url> with the reference server', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('a hand-written time range without a zone (2000-01-01T00:00) is read as local time and sent in full ISO form', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0, headers: { 'X-Ev-Tag': 'url-range' } });
    history.replaceState(null, '', `${location.pathname}?created__gte=2000-01-01T00:00&created__lt=2100-01-01`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${client}><ev-log style="height: 300px"></ev-log></ev-source>`);
    const log = source.querySelector<EvLog>('ev-log')!;
    await settled(log);
    expect(log.matches(':state(error)'), log.shadowRoot!.textContent!).to.equal(false);
    expect(log.matches(':state(ready)')).to.equal(true);
    const sent = (await requestLog()).filter((r) => r.tag === 'url-range' && r.path === '/api/v3/events/events/');
    expect(sent.length).to.be.greaterThan(0);
    const query = new URLSearchParams(sent[0]!.query);
    expect(query.get('created__gte')).to.equal(new Date(2000, 0, 1).toISOString());
    expect(query.get('created__lt')).to.equal('2100-01-01T00:00:00.000Z');
  });

  it('a time range that is not a date (?created__gte=1) is ignored, not sent', async () => {
    const { apiUrl, token } = await referenceServer();
    const client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
    history.replaceState(null, '', `${location.pathname}?created__gte=1&created__lt=tomorrow`);
    const source = await fixture<EvSource>(html`<ev-source sync-url .client=${client}><ev-log style="height: 300px"></ev-log></ev-source>`);
    await settled(source.querySelector<EvLog>('ev-log')!);
    expect(source.filter).to.deep.equal({});
    expect(source.querySelector<EvLog>('ev-log')!.matches(':state(ready)')).to.equal(true);
  });
});
