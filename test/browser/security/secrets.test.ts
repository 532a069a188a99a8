/**
 * The API token never leaks: not into a URL (what the client fetched, and the server's request
 * log, which would show it masked as `***`), the DOM (text and attributes, shadow roots
 * included), console output, error messages or `ev-error` events — on success and on every
 * error path (401, 403, 500, 503, malformed answers, dropped connections, timeouts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { EventsApiError } from '../../../src/client/errors.js';
import type { EventsClient } from '../../../src/client/types.js';
import { type PageWatch, type PrivateServer, composed, control, deepText, privateServer, recordingFetch, requests, waitFor, watchPage } from './harness.js';

let server: PrivateServer;
let watch: PageWatch;

/** Everything an error carries that could reach a page or a log. */
function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(String(e));
    if (e instanceof Error) parts.push(e.message, e.stack ?? '');
    try {
      parts.push(JSON.stringify(e, Object.getOwnPropertyNames(e)));
    } catch {
      /* circular: the strings above are enough */
    }
  }
  return parts.join('\n');
}

/** Text and every attribute value under `root` (shadow roots included). */
function domText(root: Node): string {
  return [deepText(root), ...composed(root).flatMap((el) => Array.from(el.attributes).map((a) => a.value))].join('\n');
}

const FAULTS = ['', 'status=401', 'status=403', 'status=500', 'status=503; retry-after=0', 'malformed=invalid-json', 'malformed=wrong-types', 'drop'];

describe('security: the token never leaks', function () {
  this.timeout(60_000);

  before(async () => {
    server = await privateServer('secrets');
    await control(server, '/reset', { method: 'POST' });
  });
  beforeEach(() => {
    watch = watchPage();
  });
  afterEach(() => watch.stop());

  it('not in URLs, error messages or console output, whatever the server answers', async () => {
    const { token } = server;
    const recorder = recordingFetch();
    const errors: unknown[] = [];
    for (const fault of FAULTS) {
      const headers: Record<string, string> = fault ? { 'x-ev-fault': fault } : {};
      const options = { baseUrl: server.apiUrl, token, live: 'none' as const, retries: 1, backoffMs: 10, timeoutMs: 2000, headers, fetch: recorder.fetch };
      const client = createAuthentikClient(options);
      const notifications = createAuthentikNotificationClient(options);
      const calls: Array<() => Promise<unknown>> = [
        () => client.listEvents({ pageSize: 5, search: 'x' }),
        () => client.getEvent('00000000-0000-0000-0000-000000000000'),
        () => client.volume({ since: '2026-11-13T00:00:00Z', until: '2026-11-20T00:00:00Z' }),
        () => client.actions(),
        () => notifications.listNotifications({ pageSize: 5 }),
        () => notifications.markSeen('00000000-0000-0000-0000-000000000000'),
      ];
      for (const call of calls) {
        try {
          await call();
        } catch (error) {
          expect(error, `${fault}: a typed error`).to.be.instanceOf(EventsApiError);
          errors.push(error);
        }
      }
    }
    // A token function too (a fresh token per request).
    const viaFunction = createAuthentikClient({ baseUrl: server.apiUrl, token: () => Promise.resolve(token), live: 'none', fetch: recorder.fetch, headers: { 'x-ev-fault': 'status=401' }, retries: 0 });
    await viaFunction.listEvents().catch((e: unknown) => errors.push(e));

    expect(errors.length, 'error paths exercised').to.be.greaterThan(30);
    expect(recorder.requests.length).to.be.greaterThan(40);
    expect(recorder.requests.filter((r) => r.url.includes(token)), 'token in a URL the client fetched').to.deep.equal([]);
    const logged = await requests(server);
    expect(logged.length).to.be.greaterThan(40);
    expect(logged.every((r) => r.hasAuth), 'every request authenticated (in a header)').to.equal(true);
    expect(logged.filter((r) => `${r.path}?${r.query}`.includes('***') || `${r.path}?${r.query}`.includes(token)), 'token in a URL (server log)').to.deep.equal([]);
    expect(errors.filter((e) => errorText(e).includes(token)).map((e) => String(e)), 'token in an error').to.deep.equal([]);
    expect(watch.console.filter((m) => m.includes(token)), 'token in console output').to.deep.equal([]);
    console.log(`[security] secrets: ${recorder.requests.length} requests over ${FAULTS.length} answers (ok and ${FAULTS.length - 1} faults), ${errors.length} errors checked; token in 0 URLs, errors or console lines`);
  });

  it('not in the DOM or ev-error events of any component, in ready and error states', async () => {
    const { token } = server;
    const pk = (await createAuthentikClient({ baseUrl: server.apiUrl, token, live: 'none' }).listEvents({ pageSize: 1 })).items[0]!.pk;
    let checked = 0;
    for (const fault of ['', 'status=401', 'status=500', 'malformed=invalid-json']) {
      const headers: Record<string, string> = fault ? { 'x-ev-fault': fault } : {};
      const client: EventsClient = createAuthentikClient({ baseUrl: server.apiUrl, token, live: 'none', retries: 0, headers });
      const bellClient = createAuthentikNotificationClient({ baseUrl: server.apiUrl, token, live: 'none', retries: 0, headers });
      const errorEvents: unknown[] = [];
      const box = await fixture<HTMLElement>(html`<div
        @ev-error=${(e: CustomEvent) => errorEvents.push(e.detail)}
        style="width: 900px"
      >
        <ev-log style="height: 300px" .client=${client}></ev-log>
        <ev-detail event-id=${pk} .client=${client}></ev-detail>
        <ev-volume-chart .client=${client}></ev-volume-chart>
        <ev-map .client=${client}></ev-map>
        <ev-notification-bell open .client=${bellClient}></ev-notification-bell>
      </div>`);
      const elements = [...box.children] as Array<HTMLElement & { viewState?: string }>;
      await waitFor(() => elements.every((el) => el.viewState && el.viewState !== 'loading'), `every component to settle (${fault || 'ok'})`, 15_000);
      if (fault) expect(elements.map((el) => el.viewState), fault).to.include('error');
      expect(domText(box).includes(token), `token in the DOM (${fault || 'ok'})`).to.equal(false);
      expect(errorEvents.filter((d) => errorText(d).includes(token)), `token in ev-error (${fault})`).to.deep.equal([]);
      checked++;
      box.remove();
    }
    expect(domText(document.documentElement).includes(token), 'token anywhere in the page').to.equal(false);
    expect(watch.console.filter((m) => m.includes(token)), 'token in console output').to.deep.equal([]);
    console.log(`[security] secrets: 5 components × ${checked} answers (ok, 401, 500, invalid JSON): token in 0 DOM nodes, attributes or ev-error events`);
  });
});
