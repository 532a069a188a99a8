/**
 * Server-Sent Events reconnects over real HTTP (the reference server), with the general client
 * and with the small one `<ev-notification-bell api="…">` builds: an `id:` no HTTP header can
 * carry does not break every reconnect, and `online` / the tab being shown ends the back-off wait.
 * Where a message ends: a stream cut inside a message resumes from the last whole one, a CRLF
 * split across chunks is one line end, a byte order mark is ignored.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { EventNotification, LiveMessage, LiveStatus, NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeNotifications } from '../../fixtures/events.js';
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

const encoder = new TextEncoder();
/** The `Last-Event-ID` a stream request carries, as fetch is asked to send it (null: none). */
const lastEventIdOf = (init?: RequestInit) => new Headers(init?.headers).get('last-event-id');
/** A stream request that only an abort ends (it rejects then, as fetch does). */
const parked = (init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
const sse = (body: ReadableStream<Uint8Array> | string) => new Response(body, { headers: { 'content-type': 'text/event-stream' } });

/** A response body the test writes chunk by chunk (each `send` is one chunk read by the client), then ends. */
function pushedBody() {
  let c!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (controller) => void (c = controller) });
  return { body, send: (chunk: string | Uint8Array) => c.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk), end: () => c.close() };
}

/**
 * The reference server's stream (`response`) passed on whole messages at a time until the notification `cutAt`
 * shows up; that one is passed on only up to its pk (its `id:` and `event:` lines and half of its
 * `data:` line), then the connection breaks off. `text()` is everything the server sent so far.
 */
function cutInside(response: Response, cutAt: Promise<string>) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let passed = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const pk = await cutAt;
      for (;;) {
        const cut = text.indexOf(pk);
        if (cut >= 0) {
          controller.enqueue(encoder.encode(text.slice(passed, cut)));
          controller.error(new TypeError('network error'));
          return void reader.cancel();
        }
        const whole = text.lastIndexOf('\n\n') + 2;
        if (whole > passed) return void controller.enqueue(encoder.encode(text.slice(passed, (passed = whole))));
        const { value, done } = await reader.read();
        if (done) return controller.close();
        text += value;
      }
    },
    cancel: () => reader.cancel(),
  });
  return { stream, text: () => text };
}

/** One notification as an SSE message whose JSON spans several `data:` lines, lines ended by `eol`. */
const multiLine = (n: EventNotification, id: string, eol: string) =>
  [`id: ${id}`, 'event: notification', ...JSON.stringify(n, null, 1).split('\n').map((l) => `data: ${l}`), '', ''].join(eol);

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

    it('a stream that breaks off inside a message: the reconnect resumes from the last whole message, so the cut one arrives, once', async () => {
      const since = Date.now();
      let release!: (pks: string[]) => void;
      const emitted = new Promise<string[]>((r) => (release = r));
      const sent: Array<string | null> = [];
      let first: ReturnType<typeof cutInside> | undefined;
      const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!isStream(input)) return fetch(input, init);
        sent.push(lastEventIdOf(init));
        const response = await fetch(input, init);
        if (first) return response;
        first = cutInside(response, emitted.then((pks) => pks[1]!));
        return new Response(first.stream, { status: response.status, headers: response.headers });
      }) as typeof fetch;
      const c = await client({ fetch: wrapped, sleep: () => new Promise((r) => setTimeout(r, 10)), random: () => 0.5 });
      const statuses: LiveStatus[] = [];
      const got: string[] = [];
      const off = c.subscribe((m: LiveMessage) => (m.type === 'status' ? statuses.push(m.status) : m.type === 'notification' && got.push(m.notification.pk)));
      let a = '';
      let b = '';
      try {
        await until(() => opens(statuses) === 1, 'the first stream');
        [a, b] = ((await control('/emit', { body: { kind: 'notification', count: 2 } })) as { pks: string[] }).pks as [string, string];
        release([a, b]);
        await until(() => opens(statuses) === 2, 'the reconnect after the break');
        await until(() => got.includes(b), 'the notification whose message was cut, after the reconnect');
        expect(got.filter((pk) => pk === a), 'the whole message').to.have.length(1);
        expect(got.filter((pk) => pk === b), 'the cut message').to.have.length(1);
      } finally {
        off();
      }
      // The id of the last whole message: the one before the pk where the stream broke off.
      const idOfA = /id: (\d+)\nevent: notification\ndata: [^\n]*$/.exec(first!.text().slice(0, first!.text().indexOf(a)))?.[1];
      expect(idOfA, 'the id the server gave the whole message').to.match(/^\d+$/);
      expect(sent).to.deep.equal([null, idOfA]);
      const resumed = async () => (await requestLog()).filter((r) => r.t >= since && r.tag === tag && r.path === '/api/v3/events/stream/' && r.lastEventId);
      await until(async () => (await resumed()).length === 1, 'the logged reconnect');
      expect((await resumed()).map((r) => r.lastEventId)).to.deep.equal([idOfA]);
    });

    it('a CRLF split across two chunks is one line end (a multi-line message stays whole); a CR ending a chunk ends its line at once', async () => {
      const [n1, n2] = makeNotifications(2);
      const pushed = pushedBody();
      const sent: Array<string | null> = [];
      const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!isStream(input)) return fetch(input, init);
        sent.push(lastEventIdOf(init));
        return sent.length === 1 ? sse(pushed.body) : parked(init);
      }) as typeof fetch;
      const c = await client({ fetch: wrapped, sleep: () => new Promise((r) => setTimeout(r, 10)), random: () => 0.5 });
      const statuses: LiveStatus[] = [];
      const got: string[] = [];
      const off = c.subscribe((m: LiveMessage) => (m.type === 'status' ? statuses.push(m.status) : m.type === 'notification' && got.push(m.notification.pk)));
      try {
        await until(() => opens(statuses) === 1, 'the stream');
        // Every CRLF of the message split between its CR (end of one chunk) and its LF (start of the next).
        for (const chunk of multiLine(n1!, '1', '\r\n').split(/(?<=\r)(?=\n)/)) pushed.send(chunk);
        await until(() => got.length > 0, 'the multi-line message');
        // CR-only line ends; the blank line's CR ends the chunk and nothing follows it yet.
        pushed.send(multiLine(n2!, '2', '\r'));
        await until(() => got.length > 1, 'the message ended by a CR at the end of a chunk');
        pushed.send('\n');
        pushed.end();
        await until(() => sent.length === 2, 'the reconnect');
        expect(got).to.deep.equal([n1!.pk, n2!.pk]);
        expect(sent).to.deep.equal([null, '2']);
      } finally {
        off();
      }
    });

    it('a byte order mark at the start of the stream is ignored', async () => {
      const [n] = makeNotifications(1);
      const pushed = pushedBody();
      let streams = 0;
      const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!isStream(input)) return fetch(input, init);
        return ++streams === 1 ? sse(pushed.body) : parked(init);
      }) as typeof fetch;
      const c = await client({ fetch: wrapped, sleep: () => new Promise((r) => setTimeout(r, 10)), random: () => 0.5 });
      const got: string[] = [];
      const off = c.subscribe((m: LiveMessage) => m.type === 'notification' && got.push(m.notification.pk));
      try {
        // The BOM split across two chunks, the first line right behind it.
        pushed.send(new Uint8Array([0xef, 0xbb]));
        pushed.send(new Uint8Array([0xbf, ...encoder.encode(`event: notification\ndata: ${JSON.stringify(n)}\n\n`)]));
        await until(() => got.length > 0, 'the message after the BOM');
        expect(got).to.deep.equal([n!.pk]);
      } finally {
        off();
      }
    });

    it('a reconnect after a stream that brought no id resumes from the id before it', async () => {
      const sent: Array<string | null> = [];
      const bodies = ['id: 5\nevent: ping\ndata: {}\n\n', 'retry: 2000\n\n: nothing new\n\nevent: ping\ndata: {}\n\n'];
      const wrapped = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!isStream(input)) return fetch(input, init);
        sent.push(lastEventIdOf(init));
        return sent.length <= bodies.length ? sse(bodies[sent.length - 1]!) : parked(init);
      }) as typeof fetch;
      const c = await client({ fetch: wrapped, sleep: () => new Promise((r) => setTimeout(r, 10)), random: () => 0.5 });
      const off = c.subscribe(() => undefined);
      try {
        await until(() => sent.length === 3, 'the second reconnect');
        expect(sent).to.deep.equal([null, '5', '5']);
      } finally {
        off();
      }
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
