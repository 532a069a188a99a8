import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EventQuery, EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import '../../../src/components/source/ev-source.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { detailEvent, modelUpdatedEvent } from '../../fixtures/detail-events.js';
import { FakeClient } from '../../fixtures/fake-client.js';
import { control, referenceServer } from '../reference.js';
import { $, $$, buttonOf, changeRows, detailFor, detailOf, field, section, text, until } from './helpers.js';

/** A client that records listEvents queries. */
function spying(client: EventsClient): EventsClient & { queries: EventQuery[] } {
  const queries: EventQuery[] = [];
  return Object.assign(Object.create(client) as EventsClient, {
    queries,
    listEvents: (query: EventQuery = {}, options?: { signal?: AbortSignal }) => {
      queries.push(query);
      return client.listEvents(query, options);
    },
  });
}

const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
function version(pk: string, day: number, diff: EventRecord['context']): EventRecord {
  return detailEvent('model_updated', { model: MODEL, diff }, { pk, created: `2026-03-0${day}T10:00:00Z` });
}

describe('<ev-detail> data', () => {
  it('.event is shown without any request', async () => {
    const client = new FakeClient();
    const el = await fixture<EvDetail>(html`<ev-detail .client=${client} .event=${modelUpdatedEvent()}></ev-detail>`);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(client.calls).to.deep.equal([]);
  });

  it('event-id with a client: loading, then the event', async () => {
    const event = modelUpdatedEvent();
    const el = await detailFor(createMemoryClient({ events: [event], latencyMs: 150 }), event.pk);
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(text($(el, '[part="loading"]'))).to.equal('Loading…');
    await expect(el).to.be.accessible();
    await until(el, 'ready');
    expect(text($(el, '[part="event-id"] code'))).to.equal(event.pk);
    expect(changeRows(el).length).to.be.greaterThan(5);
  });

  it('a failed load shows the error with retry and fires ev-error; retry loads', async () => {
    const event = modelUpdatedEvent();
    let failures = 1;
    const client = createMemoryClient({ events: [event], fail: (op) => (op === 'getEvent' && failures-- > 0 ? new EventsHttpError(500, 'boom') : undefined) });
    const el = await fixture<EvDetail>(html`<ev-detail></ev-detail>`);
    const errorEvent = oneEvent(el, 'ev-error');
    el.client = client;
    el.eventId = event.pk;
    expect((await errorEvent).detail.operation).to.equal('getEvent');
    await until(el, 'error');
    expect(text($(el, '[part="error"]'))).to.contain('The events server answered with an error.');
    expect(text($(el, '[part="error"]'))).to.contain('Status 500');
    await expect(el).to.be.accessible();
    buttonOf(el, 'Retry')!.click();
    await until(el, 'ready');
    expect(text($(el, '[part="action"]'))).to.equal('Model updated');
  });

  it('says when there is no event and when there is no client', async () => {
    const empty = await fixture<EvDetail>(html`<ev-detail></ev-detail>`);
    expect(empty.matches(':state(empty)')).to.equal(true);
    expect(text($(empty, '[part="empty"]'))).to.equal('No event selected.');
    await expect(empty).to.be.accessible();
    const orphan = await fixture<EvDetail>(html`<ev-detail event-id="abc"></ev-detail>`);
    expect(orphan.matches(':state(no-client)')).to.equal(true);
    expect(text($(orphan, '[part="empty"]'))).to.contain('No events source is connected');
  });

  it('follow-selection shows the event selected in the shared store', async () => {
    const [a, b] = [modelUpdatedEvent(), detailEvent('login', { auth_method: 'password' })];
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events: [a!, b!] })}><ev-detail follow-selection></ev-detail></ev-source>`);
    const el = source.querySelector('ev-detail')!;
    await el.updateComplete;
    expect(el.matches(':state(empty)')).to.equal(true);
    source.selection = b!.pk;
    await until(el, 'ready');
    expect(text($(el, '[part="action"]'))).to.equal('Login');
    source.selection = a!.pk;
    await until(el, 'loading').catch(() => undefined);
    await until(el, 'ready');
    expect(text($(el, '[part="action"]'))).to.equal('Model updated');
  });

  it('follow-selection never reports :state(ready) while the next selection is still loading', async () => {
    const [a, b] = [modelUpdatedEvent(), detailEvent('login', { auth_method: 'password' })];
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events: [a!, b!], latencyMs: 100 })}><ev-detail follow-selection></ev-detail></ev-source>`);
    const el = source.querySelector('ev-detail')!;
    source.selection = b!.pk;
    await until(el, 'ready');
    // What every update leaves on screen: the state it reports, and the action it shows.
    const seen: string[] = [];
    const proto = Object.getPrototypeOf(el) as { updated(changed: Map<PropertyKey, unknown>): void };
    Object.assign(el, {
      updated(this: EvDetail, changed: Map<PropertyKey, unknown>) {
        proto.updated.call(this, changed);
        seen.push(`${String(this.viewState)}: ${$(this, '[part="action"]') ? text($(this, '[part="action"]')) : '-'}`);
      },
    });
    source.selection = a!.pk;
    await until(el, 'loading');
    await until(el, 'ready');
    // b was fetched before: shared per client, it may come back before a poll sees 'loading'.
    el.eventId = b!.pk;
    await until(el, 'ready');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    // b is shown at once from the cache, and rendered again when its load completes with the same
    // event: a repeat of the same screen is no change for the user, so repeats are counted once.
    const screens = seen.filter((s, i) => s !== seen[i - 1]);
    expect(screens.filter((s) => s.startsWith('ready')), seen.join(' | ')).to.deep.equal(['ready: Model updated', 'ready: Login']);
    expect(seen.at(-1)).to.equal('ready: Login');
  });

  it('compare versions: fetches model_updated events of the same model and diffs any two', async () => {
    const events = [
      version('v1', 1, { name: { previous_value: 'Wiki', new_value: 'Team wiki' } }),
      version('v2', 2, { slug: { previous_value: 'wiki', new_value: 'team-wiki' } }),
      version('v3', 3, { name: { previous_value: 'Team wiki', new_value: 'Wiki (team)' } }),
      detailEvent('model_updated', { model: { ...MODEL, pk: '43' }, diff: { name: { previous_value: 'x', new_value: 'y' } } }),
    ];
    const client = spying(createMemoryClient({ events }));
    const el = await fixture<EvDetail>(html`<ev-detail .client=${client} .event=${events[2]}></ev-detail>`);
    const compare = buttonOf(el, 'Compare versions of this object')!;
    expect(client.queries).to.deep.equal([]);
    compare.click();
    await until(el, 'ready');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(client.queries).to.deep.equal([
      { context_model_app: 'authentik_core', context_model_name: 'application', context_model_pk: '42', actions: ['model_updated'], ordering: '-created', pageSize: 100 },
    ]);
    const selects = $$(el, '[part="compare-select"]') as HTMLSelectElement[];
    expect(selects.map((s) => [...s.options].map((o) => o.textContent!.includes('(this event)')))).to.deep.equal([
      [false, false, true],
      [false, false, true],
    ]);
    expect(selects.map((s) => s.value)).to.deep.equal(['1', '2']);
    const diff = $(el, '[part="compare-diff"]') as EvJsonDiff;
    await diff.updateComplete;
    expect([...diff.shadowRoot!.querySelectorAll('.row-replace .cell')].map(text)).to.deep.equal(['changed, name: Previous, "Team wiki" → New, "Wiki (team)"']);
    selects[0]!.value = '0';
    selects[0]!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await diff.updateComplete;
    expect([...diff.shadowRoot!.querySelectorAll('.row-replace .cell')].map(text)).to.deep.equal([
      'changed, name: Previous, "Team wiki" → New, "Wiki (team)"',
      'changed, slug: Previous, "wiki" → New, "team-wiki"',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<ev-detail> over HTTP (reference server)', () => {
  let client: EventsClient;
  before(async () => {
    const { apiUrl, token } = await referenceServer();
    client = createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 });
  });
  afterEach(() => control('/reset', { method: 'POST' }));

  it('loads a model_updated event by id and compares versions of its model', async function () {
    this.timeout(30_000);
    const updates = (await client.listEvents({ actions: ['model_updated'], pageSize: 500 })).items;
    const counts = new Map<string, number>();
    const key = (e: EventRecord) => {
      const m = e.context.model as Record<string, unknown>;
      return `${String(m.app)}.${String(m.model_name)}.${String(m.pk)}`;
    };
    for (const e of updates) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
    const target = updates.find((e) => (counts.get(key(e)) ?? 0) >= 2 && e.context.diff);
    expect(target, 'the seeded data has a model updated twice').not.to.equal(undefined);
    const el = await detailFor(client, target!.pk);
    await until(el, 'ready', 10_000);
    expect(section(el, 'Changes')).not.to.equal(null);
    expect(changeRows(el).length).to.equal(Object.keys(target!.context.diff as object).length);
    await control('/requests', { method: 'DELETE' });
    buttonOf(el, 'Compare versions of this object')!.click();
    for (let i = 0; i < 200 && !$(el, '[part="compare"], [part="compare"] + *, .compare'); i++) await new Promise((r) => setTimeout(r, 25));
    const log = (await control('/requests')) as Array<{ path: string; query: string }>;
    const model = target!.context.model as Record<string, string>;
    const request = log.find((r) => r.path.endsWith('/events/events/'))!;
    const params = new URLSearchParams(request.query);
    expect(params.get('context_model_app')).to.equal(model.app);
    expect(params.get('context_model_name')).to.equal(model.model_name);
    expect(params.get('context_model_pk')).to.equal(String(model.pk));
    expect(params.getAll('actions')).to.deep.equal(['model_updated']);
    expect(($$(el, '[part="compare-select"]')[0] as HTMLSelectElement).options.length).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('renders a traceback of a seeded *_exception event', async () => {
    const page = await client.listEvents({ actions: ['policy_exception', 'system_exception', 'system_task_exception'], pageSize: 50 });
    const withText = page.items.find((e) => typeof e.context.message === 'string' && e.context.message.startsWith('Traceback'));
    const legacy = page.items.find((e) => typeof e.context.exception === 'object');
    for (const event of [withText, legacy]) {
      expect(event).not.to.equal(undefined);
      const el = await detailFor(client, event!.pk);
      await until(el, 'ready', 10_000);
      expect(text($(el, '[part="error-type"]'))).to.match(/^[\w.]+$/);
      expect($$(el, '[part="frame"], [part="library-frames"]').length).to.be.greaterThan(0);
    }
  });

  it('a 503 from the server is an error with retry; retry loads the event', async () => {
    const { items } = await client.listEvents({ pageSize: 1 });
    await control('/faults', { body: { match: { method: 'GET', path: `/api/v3/events/events/${items[0]!.pk}/` }, fault: { status: 503 }, times: 1 } });
    const el = await detailFor(client, items[0]!.pk);
    await until(el, 'error', 10_000);
    expect(text($(el, '[part="error"]'))).to.contain('Status 503');
    buttonOf(el, 'Retry')!.click();
    await until(el, 'ready', 10_000);
    expect(field(el, 'Created')).not.to.equal(null);
  });

  it('an unknown id is the not-found state, not a blank view (detail-gone.test.ts has the rest)', async () => {
    const el = await detailFor(client, '00000000-0000-4000-8000-000000000000');
    await until(el, 'not-found', 10_000);
    expect(text($(el, '[part="not-found"]'))).to.contain('This event no longer exists.');
    await expect(el).to.be.accessible();
  });

  it('the event handed in equals the one loaded by id', async () => {
    const { items } = await client.listEvents({ pageSize: 1, actions: ['login'] });
    const loaded = await detailFor(client, items[0]!.pk);
    await until(loaded, 'ready', 10_000);
    const given = await detailOf(items[0]!);
    expect(text(loaded.shadowRoot!.querySelector('[part="summary"]'))).to.equal(text(given.shadowRoot!.querySelector('[part="summary"]')));
  });
});
