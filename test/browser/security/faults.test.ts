/**
 * Server faults over real HTTP (a private reference server, its fault queue and request log):
 * 401 / 403 / 404 / 500 are sent once and give the typed error with retry; 429 and 503 are
 * retried no sooner than Retry-After; timeouts and dropped connections are retried with
 * backoff up to the limit; offline and back; an SSE stream dropped and resumed with
 * Last-Event-ID. Every request the server saw is checked against the policy, and the log's
 * filter and the bell's seen-state survive every fault.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { EventFilter, EventNotification, EventsClient, Page } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { type LoggedRequest, type PageWatch, type PrivateServer, control, privateServer, requests, settled, waitFor, watchPage } from './harness.js';

const EVENTS = '/api/v3/events/events/';
const FILTER: EventFilter = { actions: ['login'] };
const BACKOFF = 200;

let server: PrivateServer;
let watch: PageWatch;

const listRequests = async () => (await requests(server)).filter((r) => r.path === EVENTS);
const gaps = (log: readonly { t: number }[]) => log.slice(1).map((r, i) => r.t - log[i]!.t);

/**
 * The client's own attempts, counted at its `fetch` (the server's log cannot tell them apart from
 * Chromium's: it resends a GET by itself when a reused keep-alive connection closes without an
 * answer, sometimes more than 80 ms later under load).
 */
function countingFetch(): { fetch: typeof fetch; calls: { t: number; url: string }[] } {
  const calls: { t: number; url: string }[] = [];
  return {
    calls,
    fetch: (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (new URL(url).pathname === EVENTS) calls.push({ t: performance.now(), url });
      return globalThis.fetch(input, init);
    },
  };
}

async function fault(fault: Record<string, unknown>, times: number, match: Record<string, string> = { method: 'GET', path: EVENTS }): Promise<void> {
  await control(server, '/faults', { body: { match, fault, times } });
}

function client(options: Record<string, unknown> = {}): EventsClient {
  return createAuthentikClient({ baseUrl: server.apiUrl, token: server.token, live: 'none', backoffMs: BACKOFF, ...options });
}

/** A log inside a source holding the filter, settled out of `loading`. */
async function mountLog(c: EventsClient): Promise<EvLog> {
  const source = await fixture<EvSource>(html`<ev-source .client=${c} .filter=${FILTER}><ev-log style="height: 360px; width: 900px"></ev-log></ev-source>`);
  const log = source.querySelector<EvLog>('ev-log')!;
  await waitFor(() => log.viewState && log.viewState !== 'loading', 'the log to settle', 15_000);
  await settled(log);
  return log;
}

const errorTitle = (el: Element) => el.shadowRoot!.querySelector('[part~="error"] .ev-error-title')?.textContent?.trim() ?? '';
const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]');

function expectFilterKept(log: EvLog, sent: LoggedRequest[]): void {
  expect(log.store.filter.actions, 'the filter in the store').to.deep.equal(['login']);
  for (const r of sent) expect(r.query, 'the filter in every request').to.contain('actions=login');
}

describe('security: server faults, retry policy and kept state', function () {
  this.timeout(60_000);

  before(async () => {
    server = await privateServer('faults');
  });
  beforeEach(async () => {
    await control(server, '/reset', { method: 'POST' });
    await control(server, '/requests', { method: 'DELETE' });
    watch = watchPage();
  });
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const status of [401, 403, 404, 500]) {
    it(`${status}: one request (no retry), the typed error with retry, the filter kept`, async () => {
      await fault({ status }, 1);
      const log = await mountLog(client());
      expect(log.viewState).to.equal('error');
      expect(errorTitle(log)).to.not.equal('');
      const failed = await listRequests();
      expect(failed.map((r) => r.status), 'requests sent').to.deep.equal([status]);
      retryButton(log)!.click();
      await waitFor(() => log.viewState === 'ready' || log.viewState === 'empty', 'the retry');
      const all = await listRequests();
      expect(all.map((r) => r.status)).to.deep.equal([status, 200]);
      expectFilterKept(log, all);
    });
  }

  it('429 with Retry-After: 1, then 503 with Retry-After: 1 twice: retried no sooner than Retry-After', async () => {
    await fault({ status: 429, retryAfter: 1 }, 1);
    const log = await mountLog(client());
    let sent = await listRequests();
    expect(sent.map((r) => r.status)).to.deep.equal([429, 200]);
    const after429 = gaps(sent)[0]!;
    expect(after429, 'wait after 429').to.be.at.least(990);
    expect(log.viewState).to.be.oneOf(['ready', 'empty']);

    await control(server, '/requests', { method: 'DELETE' });
    await fault({ status: 503, retryAfter: 1 }, 2);
    log.refresh();
    await waitFor(async () => (await listRequests()).some((r) => r.status === 200), 'the third attempt', 10_000);
    await settled(log);
    sent = await listRequests();
    expect(sent.map((r) => r.status)).to.deep.equal([503, 503, 200]);
    for (const gap of gaps(sent)) expect(gap, 'wait after 503').to.be.at.least(990);
    expect(log.viewState).to.be.oneOf(['ready', 'empty']);
    expectFilterKept(log, sent);
    console.log(`[security] faults: 429 → retried after ${after429} ms (Retry-After: 1); 503 ×2 → 3 requests ${gaps(sent).join(' / ')} ms apart`);
  });

  it('a timeout and dropped connections: retried with exponential backoff, then given up with the typed error', async () => {
    // One answer slower than the timeout, then two dropped connections, then an answer.
    await fault({ delayMs: 1500 }, 1);
    await fault({ drop: true }, 2);
    const first = countingFetch();
    const log = await mountLog(client({ timeoutMs: 400, retries: 3, fetch: first.fetch }));
    expect(log.viewState).to.be.oneOf(['ready', 'empty']);
    const sent = await listRequests();
    // The slow request is logged as dropped too (the client gave up on it). Chromium's own resend
    // may take one of the drops, so the client needed 2 or 3 retries; the last request answered.
    expect(first.calls.length, 'attempts').to.be.within(3, 4);
    expect(sent.slice(0, -1).every((r) => r.status === 0) && sent[sent.length - 1]!.status === 200, sent.map((r) => r.status).join()).to.equal(true);
    expectFilterKept(log, sent);

    // Drops beyond the limit: 1 + 3 retries, spaced by growing backoff (200 ms doubling, ±50 %).
    log.closest('ev-source')!.remove();
    await control(server, '/requests', { method: 'DELETE' });
    // (The queue matches by path prefix: the log's other requests under it take drops too.)
    await fault({ drop: true }, -1);
    const second = countingFetch();
    const failing = await mountLog(client({ retries: 3, fetch: second.fetch }));
    expect(failing.viewState).to.equal('error');
    expect(second.calls.length, 'attempts').to.equal(4);
    expect((await listRequests()).every((r) => r.status === 0), 'every request dropped').to.equal(true);
    gaps(second.calls).forEach((gap, i) => expect(gap, `backoff before retry ${i + 1}`).to.be.at.least(BACKOFF * 2 ** i * 0.5 - 5));
    expect(retryButton(failing)).to.not.equal(null);
    await control(server, '/faults', { method: 'DELETE' });
    retryButton(failing)!.click();
    await waitFor(() => failing.viewState === 'ready' || failing.viewState === 'empty', 'the retry');
    expectFilterKept(failing, await listRequests());
  });

  it('offline and back: nothing is sent while offline, the typed error, then a retry with the filter', async () => {
    const log = await mountLog(client({ retries: 1 }));
    await control(server, '/requests', { method: 'DELETE' });
    await executeServerCommand('ev-set-offline', { offline: true, origin: server.apiUrl });
    try {
      log.refresh();
      await waitFor(() => log.viewState === 'error', 'the offline error', 10_000);
      expect(await listRequests(), 'requests while offline').to.deep.equal([]);
    } finally {
      await executeServerCommand('ev-set-offline', { offline: false, origin: server.apiUrl });
    }
    retryButton(log)!.click();
    await waitFor(() => log.viewState === 'ready' || log.viewState === 'empty', 'the retry when back online');
    const sent = await listRequests();
    expect(sent.map((r) => r.status)).to.deep.equal([200]);
    expectFilterKept(log, sent);
  });

  it('the bell: a mark-as-read through 503s and a dropped SSE stream keeps its seen-state and resumes with Last-Event-ID', async () => {
    const bellClient = createAuthentikNotificationClient({ baseUrl: server.apiUrl, token: server.token, live: 'sse', shareLive: false, backoffMs: BACKOFF });
    const bell = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${bellClient}></ev-notification-bell>`);
    await waitFor(() => bell.unread !== null, 'the unread count');
    const before = bell.unread!;
    bell.show();
    await waitFor(() => bell.shadowRoot!.querySelector('[part~="mark-read"]'), 'an unread item');
    const item = bell.shadowRoot!.querySelector('[part~="item-unread"]')!;
    const markRead = item.querySelector<HTMLButtonElement>('[part~="mark-read"]')!;
    await fault({ status: 503 }, 2, { method: 'PATCH', path: '/api/v3/events/notifications/' });
    markRead.click();
    await waitFor(async () => (await requests(server)).some((r) => r.method === 'PATCH' && r.status === 200), 'the mark-as-read to get through', 10_000);
    const patches = (await requests(server)).filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status), 'PATCH attempts').to.deep.equal([503, 503, 200]);
    const pk = patches[0]!.path.split('/').filter(Boolean).pop()!;
    await waitFor(() => bell.unread === before - 1, 'the badge to drop by one');

    // One notification live (the stream now has an id), then the stream is cut and another one is
    // created before the client reconnects: the reconnect must resume with Last-Event-ID.
    await control(server, '/emit', { body: { kind: 'notification', count: 1 } });
    await waitFor(() => bell.unread === before, 'the first live notification', 10_000);
    await control(server, '/requests', { method: 'DELETE' });
    const dropped = await control<{ dropped: number }>(server, '/drop-streams', { method: 'POST' });
    expect(dropped.dropped).to.be.at.least(1);
    await control(server, '/emit', { body: { kind: 'notification', count: 1 } });
    await waitFor(() => bell.unread === before + 1, 'the notification created while disconnected', 10_000);
    // An open stream is logged when it ends: cut the new one too, then read the log.
    await control(server, '/drop-streams', { method: 'POST' });
    await waitFor(async () => (await requests(server)).filter((r) => r.path.endsWith('/events/stream/')).length >= 2, 'the resumed stream in the log');
    const streams = (await requests(server)).filter((r) => r.path.endsWith('/events/stream/'));
    const resumed = streams[1]!;
    expect(resumed.lastEventId, 'resumed with Last-Event-ID').to.be.a('string').and.not.equal('');
    expect(gaps(streams)[0], 'reconnect wait (1 s ±25 %)').to.be.at.least(740);
    expect(bell.unread, 'the read item stayed read').to.equal(before + 1);

    // The item marked read is still read, on the server and after a refresh.
    const page = await createAuthentikNotificationClient({ baseUrl: server.apiUrl, token: server.token, live: 'none' }).listNotifications({ seen: true, pageSize: 100 });
    expect((page as Page<EventNotification>).items.map((n) => n.pk), 'seen on the server').to.include(pk);
    bell.refresh();
    await settled(bell);
    await waitFor(() => bell.unread === before + 1, 'the count after a refresh');
    console.log(`[security] faults: bell PATCH 503, 503, 200; SSE dropped, resumed after ${gaps(streams)[0]} ms with Last-Event-ID ${resumed.lastEventId}`);
  });
});
