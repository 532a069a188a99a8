/**
 * The bell against the reference events server over real HTTP: counts, faults on PATCH,
 * mark-all, SSE delivery and Last-Event-ID resume, conditional polling, sharing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { type AuthentikNotificationClientOptions, createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { type LoggedRequest, control, cuttable, referenceServer, requestLog } from '../reference.js';
import { articles, badge, bellButton, fastRetries, openPanel, restoreRetries, settle, sr, until } from './helpers.js';


const NOTIFICATIONS = '/api/v3/events/notifications/';

async function serverUnread(): Promise<number> {
  const { apiUrl, token } = await referenceServer();
  const r = await fetch(`${apiUrl}/events/notifications/?seen=false&page_size=1`, { headers: { authorization: `Bearer ${token}` } });
  return ((await r.json()) as { pagination: { count: number } }).pagination.count;
}

/** The `X-Ev-Tag` of the test's client: other test files share the server and its request log. */
let tag = '';

/** Requests this test's client made (by time), optionally only under `path`. */
async function requestsSince(since: number, path = '/api/v3/events/'): Promise<LoggedRequest[]> {
  return (await requestLog()).filter((r) => r.t >= since && r.path.startsWith(path) && r.tag === tag);
}

let clients = 0;
type Options = Partial<AuthentikNotificationClientOptions & BellClientOptions>;

/**
 * Every test runs with the general client (token) and with the small client the bell builds
 * from `api` (session cookie; here the token and the tag ride in headers through its `fetch`,
 * since the server's origin differs from the test page's).
 */
const FACTORIES: Array<[string, (options?: Options) => Promise<NotificationClient>]> = [
  [
    'createAuthentikNotificationClient',
    async (options = {}) => {
      const { apiUrl, token } = await referenceServer();
      tag = `bell-reference-${Date.now()}-${++clients}`;
      return createAuthentikNotificationClient({ baseUrl: apiUrl, token, shareLive: false, headers: { 'X-Ev-Tag': tag }, ...options });
    },
  ],
  [
    'the client built from `api`',
    async (options = {}) => {
      const { apiUrl, token } = await referenceServer();
      const mine = (tag = `bell-reference-${Date.now()}-${++clients}`);
      const base = options.fetch ?? fetch;
      const authed = ((input: RequestInfo | URL, init: RequestInit = {}) =>
        base(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}`, 'X-Ev-Tag': mine } })) as typeof fetch;
      return createBellClient({ baseUrl: apiUrl, shareLive: false, ...options, fetch: authed });
    },
  ],
];

async function bell(c: NotificationClient): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${c}></ev-notification-bell>`);
  await until(() => el.unread !== null, 'the count from the server');
  await settle(el);
  return el;
}

const emit = async (count = 1) => ((await control('/emit', { body: { kind: 'notification', count } })) as { pks: string[] }).pks;

/** Answers `method` under `path` with 503 the next `times` times. */
const fail503 = (method: string, path: string, times: number) => control('/faults', { body: { match: { method, path }, fault: { status: 503 }, times } });

/** Answers `method` under `path` with `status` and `Retry-After: seconds` the next `times` times. */
const failRetryAfter = (method: string, path: string, status: number, seconds: number, times: number) =>
  control('/faults', { body: { match: { method, path }, fault: { status, retryAfter: seconds }, times } });

/** Statuses of this test's `method` requests since `since`. */
const statuses = async (since: number, method: string) => (await requestsSince(since, NOTIFICATIONS)).filter((r) => r.method === method).map((r) => r.status);

for (const [label, client] of FACTORIES) describe(`<ev-notification-bell> on the reference server (${label})`, function () {
  this.timeout(20000);
  beforeEach(() => fastRetries(3));
  /** Two new notifications, and an open bell on a client whose own retry policy stays on (3 retries, no waiting), no live updates. */
  const openRetryingBell = async () => {
    await emit(2);
    const el = await bell(await client({ live: 'none', sleep: async () => undefined }));
    await openPanel(el);
    return el;
  };
  afterEach(async () => {
    restoreRetries();
    await control('/faults', { method: 'DELETE' });
  });

  it('badge: the server count, capped at 99+', async () => {
    const el = await bell(await client({ live: 'sse' }));
    const truth = await serverUnread();
    expect(el.unread).to.equal(truth);
    if (truth < 100) await emit(100 - truth);
    await until(() => badge(el) === '99+', 'the capped badge');
    expect(bellButton(el).getAttribute('aria-label')).to.equal('Notifications, 99+ unread');
    expect(el.unread).to.equal(await serverUnread());
    await expect(el).to.be.accessible();
  });

  it('optimistic seen: PATCH failing twice is retried; failing every time is rolled back after the retries', async () => {
    // The client's own retry policy stays on: the feed's retries must not multiply with it.
    const el = await openRetryingBell();
    const before = el.unread!;
    const since = Date.now();
    await fail503('PATCH', NOTIFICATIONS, 2);
    articles(el)[0]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    expect(el.unread).to.equal(before - 1);
    await until(async () => (await statuses(since, 'PATCH')).length === 3, 'three PATCHes');
    expect(await statuses(since, 'PATCH')).to.deep.equal([503, 503, 200]);
    await until(() => el.unread === before - 1 && !articles(el)[0]!.hasAttribute('data-unread'));
    expect(el.unread).to.equal(await serverUnread());

    const since2 = Date.now();
    await fail503('PATCH', NOTIFICATIONS, 50);
    articles(el)[1]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(() => sr(el).querySelector('[part=seen-error]'), 'the rollback');
    await new Promise((r) => setTimeout(r, 300));
    // The first attempt and the feed's 3 retries: 4, not 4 × 4.
    expect(await statuses(since2, 'PATCH')).to.deep.equal([503, 503, 503, 503]);
    expect(articles(el)[1]!.hasAttribute('data-unread')).to.be.true;
    await until(() => el.unread === before - 1);
    expect(el.unread).to.equal(await serverUnread());
  });

  it('mark all failing every time: sent 1 + 3 times (the client does not retry under the feed), then the banner and nothing changed', async () => {
    const el = await openRetryingBell();
    const before = el.unread!;
    const since = Date.now();
    await fail503('POST', `${NOTIFICATIONS}mark_all_seen/`, 50);
    sr(el).querySelector<HTMLElement>('[part=mark-all-button]')!.click();
    await until(() => sr(el).querySelector('[part=mark-all-error]'), 'the error banner');
    await new Promise((r) => setTimeout(r, 300));
    expect(await statuses(since, 'POST')).to.deep.equal([503, 503, 503, 503]);
    expect(el.unread).to.equal(before);
    expect(el.unread).to.equal(await serverUnread());
    await expect(el).to.be.accessible();
  });

  it('mark as read answered 503 with Retry-After: retried no sooner than it says; asked to wait over a minute: rolled back at once', async () => {
    const el = await openRetryingBell();
    const before = el.unread!;
    const since = Date.now();
    await failRetryAfter('PATCH', NOTIFICATIONS, 503, 1, 1);
    articles(el)[0]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(async () => (await statuses(since, 'PATCH')).length === 2, 'the retried PATCH');
    const patches = (await requestsSince(since, NOTIFICATIONS)).filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).to.deep.equal([503, 200]);
    // The feed's own backoff is 5 ms here: the server's 1 s wins.
    expect(patches[1]!.t - patches[0]!.t, 'ms between the PATCHes').to.be.at.least(950);
    await until(() => el.unread === before - 1 && !articles(el)[0]!.hasAttribute('data-unread'));

    const since2 = Date.now();
    await failRetryAfter('PATCH', NOTIFICATIONS, 429, 3600, 50);
    articles(el)[1]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(() => sr(el).querySelector('[part=seen-error]'), 'the rollback');
    await new Promise((r) => setTimeout(r, 300));
    expect(await statuses(since2, 'PATCH')).to.deep.equal([429]);
    expect(articles(el)[1]!.hasAttribute('data-unread')).to.be.true;
    expect(el.unread).to.equal(await serverUnread());
  });

  it('mark all: list and count reconcile with the server', async () => {
    await emit(3);
    const el = await bell(await client({ live: 'sse' }));
    await openPanel(el);
    expect(articles(el).length).to.be.greaterThan(0);
    sr(el).querySelector<HTMLElement>('[part=mark-all-button]')!.click();
    await until(() => el.unread === 0 && sr(el).querySelector('[part=empty]'), 'everything read');
    expect(await serverUnread()).to.equal(0);
    await emit(1);
    await until(() => el.unread === 1 && articles(el).length === 1, 'the new one');
    expect(await serverUnread()).to.equal(1);
  });

  it('SSE: delivery, announcement, and resume with Last-Event-ID after a drop', async () => {
    let cut: (() => void) | undefined;
    const gate: { wait?: Promise<void>; open?: () => void } = {};
    let streams = 0;
    // A fetch that lets the test cut the stream and hold the reconnect.
    const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('/events/stream/')) return fetch(input, init);
      if (++streams === 2) await gate.wait;
      const response = await fetch(input, init);
      const stream = cuttable(response);
      cut = stream.cut;
      return stream.response;
    }) as typeof fetch;
    const el = await bell(await client({ live: 'sse', fetch: wrapped, random: () => 0 }));
    await openPanel(el);
    await until(() => streams === 1);
    const start = el.unread!;
    const [first] = await emit(1);
    await until(() => el.unread === start + 1, 'the pushed notification');
    await until(() => sr(el).querySelector('[role=status]')!.textContent!.startsWith('New notification'), 'the announcement');
    expect(articles(el)[0]!.querySelector('[part~=body]')!.textContent).to.not.equal('');
    const since = Date.now();
    gate.wait = new Promise((r) => (gate.open = r));
    cut!();
    const missed = await emit(2);
    gate.open!();
    await until(() => el.unread === start + 3, 'the notifications sent while disconnected');
    // Resume and catch-up overlap; nothing is listed twice: the unread list is exactly the server's.
    const truth = await serverUnread();
    expect(el.unread).to.equal(truth);
    if (truth <= 20) expect(articles(el).length).to.equal(truth);
    expect(missed).to.have.length(2);
    expect(first).to.be.a('string');
    // The server logs a stream when it ends: end the second one, then check it resumed. (Its end
    // reached the server's log later than 8 s once, in CI with both cores busy: 20 s.)
    el.remove();
    await until(async () => (await requestsSince(since, '/api/v3/events/stream/')).some((r) => r.lastEventId), 'the resumed stream', 20000);
    const resumed = (await requestsSince(since, '/api/v3/events/stream/')).find((r) => r.lastEventId)!;
    expect(Number(resumed.lastEventId)).to.be.greaterThan(0);
  });

  it('a stream answered 200 with JSON (not an event stream): polls instead of reconnecting to it', async () => {
    const since = Date.now();
    await control('/faults', { body: { match: { method: 'GET', path: '/api/v3/events/stream/' }, fault: { status: 200 }, times: 1 } });
    const el = await bell(await client({ live: 'auto', random: () => 0 }));
    await until(async () => (await requestsSince(since, NOTIFICATIONS)).some((r) => r.query.includes('page_size=50')), 'a poll');
    // Polling (the fallback is for good): the one stream request was the faulted one.
    el.remove();
    expect((await requestsSince(since, '/api/v3/events/stream/')).map((r) => r.status)).to.deep.equal([200]);
  });

  it('server down at page load (count and stream fail): the badge appears once the stream opens', async () => {
    const since = Date.now();
    await emit(1);
    const gate: { wait?: Promise<void>; open?: () => void } = {};
    gate.wait = new Promise((r) => (gate.open = r));
    let streams = 0;
    // The first stream attempt fails as the network does, once the test lets it.
    const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/events/stream/') && ++streams === 1) {
        await gate.wait;
        throw new TypeError('Failed to fetch');
      }
      return fetch(input, init);
    }) as typeof fetch;
    await fail503('GET', NOTIFICATIONS, 4);
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${await client({ live: 'sse', fetch: wrapped, sleep: async () => undefined })}></ev-notification-bell>`);
    await until(() => el.viewState === 'error', 'the failed count');
    expect(await statuses(since, 'GET')).to.deep.equal([503, 503, 503, 503]);
    gate.open!();
    await until(() => streams === 2, 'the reconnected stream');
    await until(() => el.unread !== null, 'the count after the stream opened');
    expect(el.unread).to.equal(await serverUnread());
    expect(badge(el)).to.equal(el.unread! > 99 ? '99+' : String(el.unread));
    el.remove();
  });

  it('the live stream already open when the count fails: the count is asked again (the badge appears once the server answers)', async () => {
    await emit(1);
    const c = await client({ live: 'sse', sleep: async () => undefined });
    // Another user of the client (another bell, the log) has the stream open already.
    let open!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    const off = c.subscribe((m) => m.type === 'status' && m.status === 'open' && open(), { kinds: ['notification'] });
    await opened;
    const since = Date.now();
    await fail503('GET', NOTIFICATIONS, 4);
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${c}></ev-notification-bell>`);
    await until(async () => (await statuses(since, 'GET')).length >= 4, 'the failed count');
    await until(() => el.unread !== null, 'the count asked again');
    expect(await statuses(since, 'GET')).to.deep.equal([503, 503, 503, 503, 200]);
    expect(el.unread).to.equal(await serverUnread());
    expect(badge(el)).to.equal(el.unread! > 99 ? '99+' : String(el.unread));
    el.remove();
    off();
  });

  it('the count failing with 429 and Retry-After while live: asked again no sooner than it says, and at most every 5 minutes', async () => {
    await emit(1);
    const c = await client({ live: 'sse', sleep: async () => undefined });
    let open!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    const off = c.subscribe((m) => m.type === 'status' && m.status === 'open' && open(), { kinds: ['notification'] });
    await opened;
    const since = Date.now();
    // The client's own 3 retries do not wait here (`sleep`); the feed's retry after them must.
    await failRetryAfter('GET', NOTIFICATIONS, 429, 1, 4);
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${c}></ev-notification-bell>`);
    await until(() => el.unread !== null, 'the count asked again');
    const gets = (await requestsSince(since, NOTIFICATIONS)).filter((r) => r.method === 'GET');
    expect(gets.map((r) => r.status)).to.deep.equal([429, 429, 429, 429, 200]);
    expect(gets[4]!.t - gets[3]!.t, 'ms before the count was asked again').to.be.at.least(950);

    // An hour: the client gives up at once (over its minute), and the feed does not ask again within its backoff.
    await failRetryAfter('GET', NOTIFICATIONS, 429, 3600, 50);
    const since2 = Date.now();
    el.refresh();
    await until(async () => (await statuses(since2, 'GET')).length === 1, 'the failed count');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await statuses(since2, 'GET')).to.deep.equal([429]);
    el.remove();
    off();
  });

  it('polling sends If-None-Match and gets 304 while nothing changed', async () => {
    const since = Date.now();
    const el = await bell(await client({ live: 'poll', pollIntervalMs: 150 }));
    await until(async () => (await requestsSince(since, NOTIFICATIONS)).filter((r) => r.query.includes('page_size=50')).length >= 3, 'a few polls');
    const polls = (await requestsSince(since, NOTIFICATIONS)).filter((r) => r.query.includes('page_size=50'));
    expect(polls[0]!.status).to.equal(200);
    expect(polls.slice(1).every((r) => r.ifNoneMatch && r.status === 304)).to.be.true;
    el.remove();
  });

  it('two bells with one client: one stream, one set of count requests', async () => {
    const since = Date.now();
    const c = await client({ live: 'sse' });
    const host = await fixture(html`<div><ev-notification-bell .client=${c}></ev-notification-bell><ev-notification-bell .client=${c}></ev-notification-bell></div>`);
    const [a, b] = [...host.querySelectorAll('ev-notification-bell')];
    const counts = async () => (await requestsSince(since, NOTIFICATIONS)).filter((r) => r.query.includes('seen=false') && r.query.includes('page_size=1'));
    // The count at start, and the one asked again when the stream opened (catching up on what came
    // in between): only then does the push of what is emitted next reach the bells.
    await until(async () => (await counts()).length >= 2, 'the count asked again when the stream opened');
    await until(() => a!.unread !== null && b!.unread === a!.unread);
    const start = a!.unread!;
    await emit(1);
    await until(() => a!.unread === start + 1 && b!.unread === start + 1, 'both bells to count the new one');
    host.remove();
    await until(async () => (await requestsSince(since, '/api/v3/events/stream/')).length === 1, 'the stream to be logged');
    await new Promise((r) => setTimeout(r, 300));
    expect(await requestsSince(since, '/api/v3/events/stream/')).to.have.length(1);
    // One feed: two counts before the push, one after it. Two feeds would make at least four.
    expect(await counts()).to.have.length(3);
  });
});
