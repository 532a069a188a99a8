import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { type Emit, LiveHub } from '../../../src/client/live.js';
import { shareAcrossTabs } from '../../../src/client/shared-live.js';
import type { LiveMessage, NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { fakeAuthentikApi, restoreVisibility, setVisibility, virtualClock } from './fake-api.js';
import { notifications, openPanel, articles, settle, sr, until } from './helpers.js';

const BASE = 'https://events.test/api/v3';
const isPoll = (r: { method: string; path: string; query: URLSearchParams }) => r.method === 'GET' && r.query.get('page_size') === '50';

describe('<ev-notification-bell> live: sharing', () => {
  afterEach(() => restoreVisibility());

  it('bells configured by `api` alone share one client and one connection', async () => {
    const seen: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith('https://shared.test/')) return realFetch(input, init);
      seen.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}${new URL(url).search}`);
      if (url.includes('/stream/')) return new Response('', { status: 404 });
      return new Response(
        JSON.stringify({ pagination: { next: 0, previous: 0, count: 0, current: 1, total_pages: 1, start_index: 0, end_index: 0 }, results: [] }),
        { headers: { 'content-type': 'application/json' } },
      );
    }) as typeof fetch;
    try {
      const host = await fixture<HTMLElement>(html`<div>
        ${Array.from({ length: 5 }, () => html`<ev-notification-bell api="https://shared.test/api/v3" live="auto"></ev-notification-bell>`)}
      </div>`);
      const all = [...host.querySelectorAll('ev-notification-bell')];
      await until(() => all.every((b) => b.unread === 0));
      await until(() => seen.some((s) => s.includes('page_size=50')), 'the first poll');
      // The count at start, and the one asked again once the first poll (a baseline) is in.
      await until(() => seen.filter((s) => s.includes('seen=false')).length >= 2, 'the count asked again after the first poll');
      await new Promise((r) => setTimeout(r, 100));
      expect(seen.filter((s) => s.includes('/stream/'))).to.have.length(1);
      expect(seen.filter((s) => s.includes('seen=false'))).to.have.length(2);
      expect(seen.filter((s) => s.includes('page_size=50'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('tabs share one connection: followers hear the leader, a visible tab takes over from a hidden one, leadership passes on close', async () => {
    const name = `ev-test-share-${Math.random()}`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="second tab" src="/test/browser/notification-bell/second-tab.html"></iframe>`);
    await until(() => (frame.contentWindow as unknown as { tab?: unknown }).tab, 'the second tab');
    const other = (frame.contentWindow as unknown as { tab: { runs: number; stops: number; got: LiveMessage[]; emit?: Emit; start(n: string): void; off(): void } }).tab;

    let runs = 0;
    let stops = 0;
    let emit!: Emit;
    const got: LiveMessage[] = [];
    const hub = new LiveHub(
      shareAcrossTabs(name, async (e, signal) => {
        runs++;
        emit = e;
        e({ type: 'status', status: 'open' });
        await new Promise((r) => signal.addEventListener('abort', r, { once: true }));
        stops++;
      }),
    );
    const off = hub.subscribe((m) => got.push(m));
    await until(() => runs === 1, 'this tab to lead');
    other.start(name);
    await until(() => other.got.some((m) => m.type === 'status' && m.status === 'open'), 'the follower to hear the status');
    expect(other.runs).to.equal(0);

    const [n] = notifications(1);
    emit({ type: 'notification', notification: n! });
    await until(() => other.got.some((m) => m.type === 'notification'), 'the relayed notification');

    // This tab goes to the background: the visible one takes the connection over.
    setVisibility('hidden');
    await until(() => other.runs === 1 && stops === 1, 'the visible tab to take over');
    other.emit!({ type: 'notification', notification: { ...n!, pk: 'from-other' } });
    await until(() => got.some((m) => m.type === 'notification' && m.notification.pk === 'from-other'), 'relay back');
    expect(runs).to.equal(1);

    // The leader closes: leadership passes back, with a fresh connection.
    setVisibility('visible');
    other.off();
    await until(() => runs === 2, 'this tab to lead again');
    expect(got.filter((m) => m.type === 'status').map((m) => (m as { status: string }).status)).to.include('open');
    off();
  });
});

/** The live tests below run with the general client and with the small one the bell builds from `api`. */
const FACTORIES: Array<[string, (options: BellClientOptions) => NotificationClient]> = [
  ['createAuthentikNotificationClient', createAuthentikNotificationClient],
  ['the client built from `api`', createBellClient],
];

for (const [label, factory] of FACTORIES) {
  function pollingClient(api: ReturnType<typeof fakeAuthentikApi>, clock: ReturnType<typeof virtualClock>, extra = {}) {
    return factory({ baseUrl: BASE, fetch: api.fetch, sleep: clock.sleep, random: () => 0.5, live: 'poll', shareLive: false, retries: 0, ...extra });
  }

  describe(`<ev-notification-bell> live: sharing (${label})`, () => {
    afterEach(() => restoreVisibility());

    it('5 bells on a page make exactly the requests of 1 bell over 2 minutes of polling', async () => {
      const requests: number[] = [];
      for (const bells of [1, 5]) {
        const clock = virtualClock();
        const api = fakeAuthentikApi(notifications(12, { seen: (i) => i > 5, now: Date.UTC(2026, 0, 1) }), clock);
        const client = pollingClient(api, clock);
        const host = await fixture<HTMLElement>(html`<div></div>`);
        render(Array.from({ length: bells }, () => html`<ev-notification-bell .client=${client}></ev-notification-bell>`), host);
        const all = [...host.querySelectorAll('ev-notification-bell')];
        await until(() => all.every((b) => b.unread === 6), 'every bell counted');
        // One new notification in the middle of the two minutes.
        setTimeout(() => api.items.push({ ...notifications(1, { prefix: 'new', now: Date.UTC(2026, 0, 2) })[0]! }));
        await clock.advance(120_000);
        await until(() => all.every((b) => b.unread === 7), 'every bell saw the new one');
        requests.push(api.log.length);
        expect(api.log.filter(isPoll).map((r) => r.t)).to.deep.equal([0, 30_000, 60_000, 90_000, 120_000]);
        // Polls after the first are conditional (If-None-Match).
        expect(api.log.filter(isPoll).slice(1).every((r) => r.ifNoneMatch)).to.be.true;
        host.remove();
      }
      expect(requests[1]).to.equal(requests[0]);
    });

    it('after leadership passes on, missed notifications are fetched', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(3, { now: Date.UTC(2026, 0, 1) }), clock);
      const name = `ev-test-bells-${Math.random()}`;
      const tabA = pollingClient(api, clock, { shareLive: name });
      const tabB = pollingClient(api, clock, { shareLive: name });
      const a = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${tabA}></ev-notification-bell>`);
      const b = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${tabB}></ev-notification-bell>`);
      await until(() => a.unread === 3 && b.unread === 3);
      await openPanel(b);
      // The leader polls as soon as it holds the Web Lock; granting it is a browser round trip (up to ~100 ms
      // under load), so virtual time only moves once a tab leads: else the polls at 0 s and 30 s would be missed.
      await until(() => api.log.some(isPoll), 'one tab to lead and poll');
      await clock.advance(60_000);
      // Only one of the two "tabs" polls.
      expect(api.log.filter(isPoll).map((r) => r.t)).to.deep.equal([0, 30_000, 60_000]);
      api.items.push(...notifications(2, { prefix: 'gap', now: Date.UTC(2026, 0, 2) }));
      a.remove(); // the leader tab closes before its next poll
      await settle(b);
      await clock.advance(30_000);
      await until(() => articles(b).length === 5, 'the notifications the leader never relayed');
      expect(b.unread).to.equal(5);
      expect(api.log.some((r) => r.query.get('created__gt'))).to.be.true;
    });
  });

  describe(`<ev-notification-bell> live: server-sent events (${label})`, () => {
    it('parses the stream (CRLF, comments, lines split across chunks, multi-line data), skips bad and foreign messages, resumes with Last-Event-ID', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(1, { now: Date.UTC(2026, 0, 1) }), clock);
      const [pushed] = notifications(1, { prefix: 'sse', now: Date.UTC(2026, 0, 2) });
      const lines = JSON.stringify(pushed, null, 1).split('\n');
      const chunks = [
        ': keep-alive\r\n\r\n',
        'event: event\r\ndata: {"pk":"not a notification"}\r\n\r\n',
        'event: notification\ndata: {broken\n\n',
        `id: 42\r\nevent: notifi`,
        `cation\r\n${lines.map((l) => `data: ${l}`).join('\r\n')}\r\n`,
        '\r\n',
      ];
      const streams: Array<string | null> = [];
      let ended = false;
      let open!: () => void;
      const opened = new Promise<void>((r) => (open = r));
      const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
        if (!String(input).includes('/events/stream/')) return api.fetch(input, init);
        streams.push(new Headers(init.headers).get('last-event-id'));
        if (streams.length > 1) return new Promise<Response>(() => undefined);
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            await opened;
            for (const chunk of chunks) {
              controller.enqueue(new TextEncoder().encode(chunk));
              await new Promise((r) => setTimeout(r, 5));
            }
            controller.close();
            ended = true;
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      }) as typeof window.fetch;
      const client = factory({ baseUrl: BASE, fetch, sleep: clock.sleep, random: () => 0.5, live: 'sse', shareLive: false, retries: 0 });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1 && streams.length === 1);
      await openPanel(el);
      // Only the stream brings it (the server's list does not have it): at the top, announced.
      open();
      await until(() => articles(el).length === 2, 'the streamed notification');
      expect(articles(el).map((a) => a.querySelector('[part~=body]')!.textContent)).to.deep.equal([pushed!.body, 'Body n0']);
      await until(() => sr(el).querySelector('[role=status]')!.textContent === `New notification: ${pushed!.body}`, 'the announcement');
      // The stream ends: the reconnect (after 1 s) resumes after the last id.
      await until(() => ended, 'the end of the stream');
      await clock.advance(2_000);
      await until(() => streams.length === 2, 'the reconnect');
      expect(streams).to.deep.equal([null, '42']);
      el.remove();
    });
  });

  /** The API, with `/events/stream/` answered by `stream(n)` (n: 1 for the first request); the stream requests' times. */
  function streamed(stream: (n: number) => Response | Promise<Response>) {
    const clock = virtualClock();
    const api = fakeAuthentikApi(notifications(1, { now: Date.UTC(2026, 0, 1) }), clock);
    const streams: number[] = [];
    const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (!String(input).includes('/events/stream/')) return api.fetch(input, init);
      streams.push(clock.now);
      return stream(streams.length);
    }) as typeof window.fetch;
    return { clock, api, streams, fetch };
  }

  describe(`<ev-notification-bell> live: a stream that is not one (${label})`, () => {
    const page = (type: string, body = '<!doctype html><title>Sign in</title><form></form>') => new Response(body, { headers: { 'content-type': type } });
    const sse = () => page('text/event-stream', 'retry: 2000\n\n');

    for (const [what, type, body] of [
      ['an HTML login page', 'text/html; charset=utf-8', undefined],
      ['JSON', 'application/json', '{"detail":"ok"}'],
    ] as const) {
      it(`a 200 answer with ${what} instead of an event stream: falls back to polling, no reconnect loop`, async () => {
        const { clock, api, streams, fetch } = streamed(() => page(type, body));
        const client = factory({ baseUrl: BASE, fetch, sleep: clock.sleep, random: () => 0.5, live: 'auto', shareLive: false, retries: 0 });
        const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
        await until(() => el.unread === 1 && api.log.some(isPoll), 'the first poll');
        await clock.advance(60_000);
        expect(streams).to.deep.equal([0]);
        expect(api.log.filter(isPoll).map((r) => r.t)).to.deep.equal([0, 30_000, 60_000]);
        el.remove();
      });
    }

    it('a 200 answer that is not an event stream after the stream had worked: reconnects back off (1 s, 2 s, 4 s …)', async () => {
      const { clock, streams, fetch } = streamed((n) => (n === 1 ? sse() : page('text/html')));
      const client = factory({ baseUrl: BASE, fetch, sleep: clock.sleep, random: () => 0.5, live: 'sse', shareLive: false, retries: 0 });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1 && streams.length === 1);
      await clock.advance(20_000);
      expect(streams.slice(1).map((t, i) => t - streams[i]!)).to.deep.equal([1_000, 2_000, 4_000, 8_000]);
      el.remove();
    });
  });

  describe(`<ev-notification-bell> live: a line that never ends (${label})`, () => {
    it('a stream line past 8 MiB is not buffered on: the stream is dropped and polling takes over', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(1, { now: Date.UTC(2026, 0, 1) }), clock);
      let sent = 0;
      let cancelled = false;
      const chunk = new TextEncoder().encode('x'.repeat(256 << 10));
      const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
        if (!String(input).includes('/events/stream/')) return api.fetch(input, init);
        // `data: xxx…` without a line end: 9 MiB, then nothing more (the stream stays open).
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent === 0) controller.enqueue(new TextEncoder().encode('event: notification\ndata: '));
            if (sent < 36) {
              sent++;
              controller.enqueue(chunk);
            } else return new Promise<void>(() => undefined);
          },
          cancel: () => void (cancelled = true),
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      }) as typeof window.fetch;
      const client = factory({ baseUrl: BASE, fetch, sleep: clock.sleep, random: () => 0.5, live: 'auto', shareLive: false, retries: 0 });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1 && api.log.some(isPoll), 'the fallback to polling');
      expect(cancelled, 'the stream cancelled').to.be.true;
      expect(sent).to.be.lessThan(36);
      el.remove();
    });
  });

  describe(`<ev-notification-bell> live: a stream that keeps closing (${label})`, () => {
    it('a stream that opens and closes at once, again and again, backs off (1 s doubling); one that stayed open 5 s starts again from 1 s', async () => {
      // Streams 1-5 close right after their first line; the 6th stays open 10 s; the 7th stays.
      const { clock, streams, fetch } = streamed((n) => {
        if (n > 6) return new Promise<Response>(() => undefined);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('retry: 2000\n\n'));
            if (n < 6) controller.close();
            else void clock.sleep(10_000).then(() => controller.close());
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      });
      const client = factory({ baseUrl: BASE, fetch, sleep: clock.sleep, random: () => 0.5, live: 'sse', shareLive: false, retries: 0 });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1 && streams.length === 1);
      await clock.advance(60_000);
      expect(streams.slice(1).map((t, i) => t - streams[i]!)).to.deep.equal([1_000, 2_000, 4_000, 8_000, 16_000, 10_000 + 1_000]);
      el.remove();
    });
  });

  describe(`<ev-notification-bell> live: polling (${label})`, () => {
    afterEach(() => restoreVisibility());

    it('backs off exponentially up to 5 minutes on errors, then returns to the interval', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(2, { now: Date.UTC(2026, 0, 1) }), clock);
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${pollingClient(api, clock)}></ev-notification-bell>`);
      await until(() => el.unread === 2);
      await clock.advance(1);
      api.fail(isPoll, 503, 7);
      await clock.advance(30 * 60_000);
      const polls = api.log.filter(isPoll).map((r) => r.t);
      const gaps = polls.slice(1).map((t, i) => t - polls[i]!);
      // ok, then 7 failures: 30 s, doubled per failure (60 s … 240 s), capped at 5 min, and 30 s again after a success.
      expect(gaps.slice(0, 9)).to.deep.equal([30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000, 300_000, 30_000]);
      expect(el.matches(':state(ready)')).to.be.true;
    });

    it('a poll that brings nothing new does not re-render the bell (the general client says `polling` after every tick)', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(2, { now: Date.UTC(2026, 0, 1) }), clock);
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${pollingClient(api, clock)}></ev-notification-bell>`);
      await until(() => el.unread === 2);
      await clock.advance(1);
      await settle(el);
      let renders = 0;
      const updated = (el as unknown as { updated(c: unknown): void }).updated.bind(el);
      (el as unknown as { updated(c: unknown): void }).updated = (c) => {
        renders++;
        updated(c);
      };
      await clock.advance(5 * 30_000);
      await settle(el);
      expect(api.log.filter(isPoll).map((r) => r.t)).to.deep.equal([0, 30_000, 60_000, 90_000, 120_000, 150_000]);
      expect(renders, 'renders during 5 polls that brought nothing').to.equal(0);
      // Something new still shows.
      api.items.push(...notifications(1, { prefix: 'new', now: Date.UTC(2026, 0, 2) }));
      await clock.advance(30_000);
      await until(() => el.unread === 3, 'the new notification');
    });

    it('pauses while the tab is hidden and polls at once when it is shown or back online', async () => {
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(2, { now: Date.UTC(2026, 0, 1) }), clock);
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${pollingClient(api, clock)}></ev-notification-bell>`);
      await until(() => el.unread === 2);
      await clock.advance(10_000);
      setVisibility('hidden');
      await clock.advance(30 * 60_000);
      // Hidden from 10 s on: the poll due at 30 s waits.
      expect(api.log.filter(isPoll).map((r) => r.t)).to.deep.equal([0]);
      const polls = () => api.log.filter(isPoll).map((r) => r.t);
      const shownAt = clock.now;
      setVisibility('visible');
      await until(() => polls().length === 2, 'a poll when shown');
      expect(polls()[1]).to.equal(shownAt);
      await clock.advance(5_000);
      window.dispatchEvent(new Event('online'));
      await until(() => polls().length === 3, 'a poll when back online');
      expect(polls()[2]).to.equal(shownAt + 5_000);
      await settle(el);
    });
  });

  describe(`<ev-notification-bell> live: authentik websocket (${label})`, () => {
    const real = window.WebSocket;
    afterEach(() => ((window as unknown as { WebSocket: unknown }).WebSocket = real));

    /** A stand-in for the browser WebSocket: `accept` decides whether it opens. */
    function fakeSockets(accept: boolean) {
      const sockets: Array<{ url: string; send(data: unknown): void; close(): void }> = [];
      class FakeSocket {
        onopen: (() => void) | null = null;
        onmessage: ((e: { data: unknown }) => void) | null = null;
        onclose: (() => void) | null = null;
        constructor(readonly url: string) {
          sockets.push({ url, send: (data) => this.onmessage?.({ data: JSON.stringify(data) }), close: () => this.close() });
          setTimeout(() => (accept ? this.onopen?.() : this.onclose?.()));
        }
        close() {
          setTimeout(() => this.onclose?.());
        }
      }
      (window as unknown as { WebSocket: unknown }).WebSocket = FakeSocket;
      return sockets;
    }

    it('receives notification.new on /ws/client/ and ignores other messages', async () => {
      const sockets = fakeSockets(true);
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(1, { now: Date.UTC(2026, 0, 1) }), clock);
      const client = factory({ baseUrl: BASE, fetch: api.fetch, sleep: clock.sleep, live: 'websocket', shareLive: false });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1 && sockets.length === 1);
      expect(sockets[0]!.url).to.equal('wss://events.test/ws/client/');
      const [n] = notifications(1, { prefix: 'ws', now: Date.UTC(2026, 0, 2) });
      api.items.push(n!);
      sockets[0]!.send({ message_type: 'message', level: 'info', message: 'hello' });
      sockets[0]!.send({ message_type: 'notification.new', id: n!.pk, data: n });
      sockets[0]!.send({ message_type: 'notification.new', id: 'x', data: { broken: true } });
      await until(() => el.unread === 2, 'the pushed notification');
      expect(api.log.filter(isPoll)).to.have.length(0);
    });

    it('falls back to polling when the socket never opens', async () => {
      fakeSockets(false);
      const clock = virtualClock();
      const api = fakeAuthentikApi(notifications(1, { now: Date.UTC(2026, 0, 1) }), clock);
      const client = factory({ baseUrl: BASE, fetch: api.fetch, sleep: clock.sleep, live: 'websocket', shareLive: false });
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 1);
      await until(() => api.log.some(isPoll), 'the first poll');
    });
  });
}
