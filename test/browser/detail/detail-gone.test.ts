/**
 * An event the server no longer has (deleted, or expired and purged) is a clear state of its own:
 * "This event no longer exists", announced, without a Retry that cannot help. It still fires
 * `ev-error` (the load failed). Any other failure keeps the error view with Retry.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import '../../../src/components/source/ev-source.js';
import type { EvSource } from '../../../src/components/source/source.js';
import '../../../src/i18n/locales/de.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { $, $$, detailFor, text, until } from './helpers.js';

const MISSING = '00000000-0000-4000-8000-00000000dead';

function expectNotFound(el: EvDetail): void {
  expect(el.matches(':state(not-found)'), el.viewState).to.equal(true);
  const view = $(el, '[part="not-found"]')!;
  expect(view.getAttribute('role'), 'announced').to.equal('alert');
  expect(text(view)).to.equal('This event no longer exists. It may have been deleted or expired.');
  expect($(el, '[part="error"]'), 'no generic error').to.equal(null);
  expect($(el, '[part="retry-button"]'), 'no Retry').to.equal(null);
  expect($$(el, 'button')).to.deep.equal([]);
}

describe('<ev-detail> for an event that no longer exists', () => {
  it('in memory: the not-found state, announced, no Retry; ev-error still fires with the 404', async () => {
    const client = createMemoryClient({ events: [detailEvent('login', {})] });
    const el = await fixture<EvDetail>(html`<ev-detail></ev-detail>`);
    const failed = oneEvent(el, 'ev-error');
    el.client = client;
    el.eventId = MISSING;
    const { detail } = await failed;
    expect(detail.operation).to.equal('getEvent');
    expect((detail.error as EventsHttpError).status).to.equal(404);
    await until(el, 'not-found');
    expectNotFound(el);
    await expect(el).to.be.accessible();
  });

  it('in German', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail lang="de" .client=${createMemoryClient({ events: [] })} event-id=${MISSING}></ev-detail>`);
    await until(el, 'not-found');
    expect(text($(el, '[part="not-found"]'))).to.equal('Dieses Ereignis gibt es nicht mehr. Es wurde vielleicht gelöscht oder ist abgelaufen.');
  });

  it('follow-selection: a deleted event, then an existing one', async () => {
    const kept = detailEvent('login', { auth_method: 'password' });
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events: [kept] })}><ev-detail follow-selection></ev-detail></ev-source>`);
    const el = source.querySelector('ev-detail')!;
    source.selection = MISSING;
    await until(el, 'not-found');
    expectNotFound(el);
    source.selection = kept.pk;
    await until(el, 'ready');
    expect(text($(el, '[part="action"]'))).to.equal('Login');
  });

  it('any other failure is still the error view with Retry', async () => {
    for (const status of [500, 400]) {
      const client = createMemoryClient({ events: [], fail: (op) => (op === 'getEvent' ? new EventsHttpError(status, 'no') : undefined) });
      const el = await detailFor(client, MISSING);
      await until(el, 'error');
      expect(text($(el, '[part="error"]'))).to.contain(`Status ${status}`);
      expect($(el, '[part="retry-button"]')).not.to.equal(null);
      expect($(el, '[part="not-found"]')).to.equal(null);
    }
  });

  describe('over HTTP (reference server)', () => {
    let client: EventsClient;
    before(async () => {
      const { apiUrl, token } = await referenceServer();
      client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none' });
    });
    afterEach(() => control('/reset', { method: 'POST' }));

    it('a pk the server answers 404 for: one request, the not-found state', async () => {
      await control('/requests', { method: 'DELETE' });
      const el = await detailFor(client, MISSING);
      await until(el, 'not-found', 10_000);
      expectNotFound(el);
      await expect(el).to.be.accessible();
      const asked = (await requestLog()).filter((r) => r.path.endsWith(`/events/events/${MISSING}/`));
      expect(asked.map((r) => r.status), 'one GET, answered 404, not retried').to.deep.equal([404]);
    });

    it('an event that existed and is now gone (the server answers 404 for its pk)', async () => {
      const { items } = await client.listEvents({ pageSize: 1 });
      const pk = items[0]!.pk;
      await control('/faults', { body: { match: { method: 'GET', path: `/api/v3/events/events/${pk}/` }, fault: { status: 404 }, times: 1 } });
      const el = await detailFor(client, pk);
      await until(el, 'not-found', 10_000);
      expectNotFound(el);
    });
  });
});
