/**
 * Server-Sent Events reconnects over real HTTP (the reference server), with the general client
 * and with the small one `<ev-notification-bell api="…">` builds: an `id:` no HTTP header can
 * carry does not break every reconnect, and `online` / the tab being shown ends the back-off wait.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { LiveMessage, LiveStatus, NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { restoreVisibility, setVisibility } from '../notification-bell/fake-api.js';
import { openPanel, sr, until } from '../notification-bell/helpers.js';
import { control, referenceServer, requestLog } from '../reference.js';

type Options = Pick<BellClientOptions, 'fetch' | 'sleep' | 'random'>;

let clients = 0;
/** The `X-Ev-Tag` of the current client: other test files share the server and its request log. */
let tag = '';

/** Both notification clients on the reference server, SSE only, not shared across tabs; `fetch` wraps the real one. */
const FACTORIES: Array<[string, (options: Options) => Promise<NotificationClient>]> = [
  [
    'createAuthentikNotificationClient',
    async (options) => {
      const { apiUrl, token } = await referenceServer();
      tag = `client-live-${Date.now()}-${++clients}`;
      return createAuthentikNotificationClient({ baseUrl: apiUrl, token, live: 'sse', shareLive: false, headers: { 'X-Ev-Tag': tag }, ...options });
    },
  ],
  [
    'the client built from `api`',
    async ({ fetch: base = fetch, ...options }) => {
      const { apiUrl, token } = await referenceServer();
      const mine = (tag = `client-live-${Date.now()}-${++clients}`);
      // The bell sends the session cookie; here the token and the tag ride in headers (another origin).
      const authed = ((input: RequestInfo | URL, init: RequestInit = {}) =>
        base(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}`, 'X-Ev-Tag': mine } })) as typeof fetch;
      return createBellClient({ baseUrl: apiUrl, live: 'sse', shareLive: false, ...options, fetch: authed });
    },
  ],
];

const emit = async () => ((await control('/emit', { body: { kind: 'notification' } })) as { pks: string[] }).pks[0]!;
const isStream = (input: RequestInfo | URL) => String(input).includes('/events/stream/');
const opens = (statuses: LiveStatus[]) => statuses.filter((s) => s === 'open').length;

/** A back-off sleep that never ends by itself (a 30 s wait, as far as the test is concerned): only an abort ends it. */
function parkedSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
}

for (const [label, client] of FACTORIES) {
  describe(`SSE reconnects on the reference server (${label})`, function () {
    this.timeout(15000);
    afterEach(() => restoreVisibility());

    it('an id: no header can carry (outside Latin-1, NUL) is ignored: the reconnect resumes from the last usable id and the stream keeps delivering', async () => {
      const since = Date.now();
      let streams = 0;
      let rejected = 0;
      const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!isStream(input)) return fetch(input, init);
        // The first stream is the attacker's: usable id 5, then ids fetch cannot send as Last-Event-ID, then it ends.
        if (++streams === 1) {
          const text = 'id: 5\nevent: ping\ndata: {}\n\nid: 6-€\nevent: ping\ndata: {}\n\nid: 7-😀\n\nid: 8\0\n\n: end\n\n';
          return new Response(text, { headers: { 'content-type': 'text/event-stream' } });
        }
        return fetch(input, init).catch((error: unknown) => {
          rejected++;
          throw error;
        });
      }) as typeof fetch;
      const c = await client({ fetch: wrapped, sleep: () => new Promise((r) => setTimeout(r, 10)), random: () => 0.5 });
      const statuses: LiveStatus[] = [];
      const got: string[] = [];
      const off = c.subscribe((m: LiveMessage) => (m.type === 'status' ? statuses.push(m.status) : m.type === 'notification' && got.push(m.notification.pk)));
      try {
        await until(() => opens(statuses) === 2 || rejected > 3, 'the reconnected stream');
        expect(rejected, 'fetch rejected the Last-Event-ID header of every reconnect').to.equal(0);
        expect(opens(statuses)).to.equal(2);
        const pk = await emit();
        await until(() => got.includes(pk), 'a notification pushed after the reconnect');
        expect(streams).to.equal(2);
      } finally {
        off();
      }
      // The server logs a stream when it ends: the reconnect resumed after id 5.
      const resumed = async () => (await requestLog()).filter((r) => r.t >= since && r.tag === tag && r.path === '/api/v3/events/stream/');
      await until(async () => (await resumed()).length === 1, 'the logged stream');
      expect((await resumed()).map((r) => [r.status, r.lastEventId])).to.deep.equal([[200, '5']]);
    });

    for (const [wake, act] of [
      ['the browser comes back online', () => window.dispatchEvent(new Event('online'))],
      ['the tab is shown', () => (setVisibility('hidden'), setVisibility('visible'))],
    ] as const) {
      it(`a reconnect waiting out its back-off goes at once when ${wake}; the offline banner goes`, async () => {
        let streams = 0;
        let down = true;
        const waits: number[] = [];
        const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
          if (isStream(input) && (++streams, down)) throw new TypeError('Failed to fetch');
          return fetch(input, init);
        }) as typeof fetch;
        // Two short waits, then a long one (as after the third failure) that only an abort ends.
        const sleep = (ms: number, signal?: AbortSignal) => (waits.push(ms) < 3 ? Promise.resolve() : parkedSleep(ms, signal));
        const c = await client({ fetch: wrapped, sleep, random: () => 0.5 });
        const got: string[] = [];
        const statuses: LiveStatus[] = [];
        const off = c.subscribe((m) => (m.type === 'status' ? statuses.push(m.status) : m.type === 'notification' && got.push(m.notification.pk)), { kinds: ['notification'] });
        const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${c}></ev-notification-bell>`);
        await openPanel(el);
        const banner = () => sr(el).querySelector('[part=offline]');
        await until(() => waits.length === 3 && banner(), 'the third failure and the offline banner');
        expect(streams).to.equal(3);
        expect(waits).to.deep.equal([1000, 2000, 4000]);
        down = false;
        act();
        await until(() => streams === 4, `a reconnect when ${wake}`, 2000);
        await until(() => !banner() && statuses.at(-1) === 'open', 'the banner to go and the stream to open');
        const pk = await emit();
        await until(() => got.includes(pk), 'the stream to deliver');
        expect(streams).to.equal(4);
        off();
        el.remove();
      });
    }
  });
}
