/**
 * After a gap the bell shows everything missed, however much: 250 notifications created while
 * the stream was down (reconnect without replay) or while polling backed off. The badge is the
 * server's count, the Unread list scrolled to its end is exactly the server's unread list (no
 * gap, no duplicate), and one announcement says how many arrived (more than a poll tick lists: "More
 * than 500", never a smaller number than came). Reference server, both clients.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { type AuthentikNotificationClientOptions, createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { control, cuttable, referenceServer } from '../reference.js';
import { restoreVisibility, setVisibility } from './fake-api.js';
import { articles, openPanel, settle, sr, until } from './helpers.js';

type Options = Partial<AuthentikNotificationClientOptions & BellClientOptions>;

/** The `created` of every unread notification on the server, sorted (pks are not on screen; times are). */
async function serverUnread(): Promise<string[]> {
  const { apiUrl, token } = await referenceServer();
  const pks: string[] = [];
  for (let page = 1; ; page++) {
    const r = await fetch(`${apiUrl}/events/notifications/?seen=false&ordering=-created&page_size=100&page=${page}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await r.json()) as { results: Array<{ created: string }>; pagination: { next: number } };
    pks.push(...body.results.map((n) => new Date(n.created).toISOString()));
    if (!body.pagination.next) return pks.sort();
  }
}

/** Both clients; `fetch` wraps the real one (the `api` client gets the token through it). */
const FACTORIES: Array<[string, (options: Options) => Promise<NotificationClient>]> = [
  [
    'createAuthentikNotificationClient',
    async (options) => {
      const { apiUrl, token } = await referenceServer();
      return createAuthentikNotificationClient({ baseUrl: apiUrl, token, shareLive: false, ...options });
    },
  ],
  [
    'the client built from `api`',
    async (options) => {
      const { apiUrl, token } = await referenceServer();
      const base = options.fetch ?? fetch;
      const authed = ((input: RequestInfo | URL, init: RequestInit = {}) =>
        base(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } })) as typeof fetch;
      return createBellClient({ baseUrl: apiUrl, shareLive: false, ...options, fetch: authed });
    },
  ],
];

const emit = async (count: number) => ((await control('/emit', { body: { kind: 'notification', count } })) as { pks: string[] }).pks;
const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();
const list = (el: EvNotificationBell) => sr(el).querySelector<HTMLElement>('.list')!;

/** Scrolls the open list to its end until every page is loaded and rendered; returns the listed times, sorted. */
async function scrollToEnd(el: EvNotificationBell): Promise<string[]> {
  for (let i = 0; i < 200 && sr(el).querySelector('[part=more]'); i++) {
    list(el).scrollTop = list(el).scrollHeight;
    await new Promise((r) => setTimeout(r, 30));
    await settle(el);
  }
  expect(sr(el).querySelector('[part=more]'), 'the end of the list').to.equal(null);
  return articles(el)
    .map((a) => new Date(a.querySelector('time')!.getAttribute('datetime')!).toISOString())
    .sort();
}

/** The bell, its panel open on Unread, everything there loaded so far. */
async function openBell(c: NotificationClient): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${c}></ev-notification-bell>`);
  await until(() => el.unread !== null, 'the count from the server');
  await openPanel(el);
  return el;
}

/** After the gap: count, announcement (`said`, default of all of `unread`) and the complete list (`unread`: every unread one). */
async function expectEverything(el: EvNotificationBell, unread: string[], said = `${unread.length} new notifications`): Promise<void> {
  const truth = await serverUnread();
  await until(() => el.unread === truth.length, `the server's count ${truth.length} (shows ${el.unread})`, 15000);
  await until(() => announced(el) === said, `one announcement: "${said}" (says "${announced(el)}")`);
  const shown = await scrollToEnd(el);
  // Every unread notification on the server once: none skipped, none twice.
  expect(shown.length).to.equal(truth.length);
  expect(shown).to.deep.equal(truth);
  expect(shown.length).to.equal(unread.length);
}

for (const [label, client] of FACTORIES) describe(`<ev-notification-bell> catch-up after a gap of 250 (${label})`, function () {
  this.timeout(60000);
  // Everything read before each test: the Unread list is then what the gap brought (what the tests create would pile up).
  beforeEach(async () => {
    const { apiUrl, token } = await referenceServer();
    await fetch(`${apiUrl}/events/notifications/mark_all_seen/`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  });
  afterEach(() => control('/faults', { method: 'DELETE' }));

  for (const known of [0, 3]) it(`SSE reconnect without replay, ${known} unread known before: all 250 are fetched, counted, announced once and listed`, async () => {
    let cut: (() => void) | undefined;
    const gate: { wait?: Promise<void>; open?: () => void } = {};
    let streams = 0;
    // The stream can be cut; the reconnect waits for the test and asks for no replay (a server that lost its history).
    const wrapped = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (!String(input).includes('/events/stream/')) return fetch(input, init);
      if (++streams === 2) await gate.wait;
      const headers = { ...(init.headers as Record<string, string>) };
      delete headers['last-event-id'];
      const response = await fetch(input, { ...init, headers });
      const stream = cuttable(response);
      cut = stream.cut;
      return stream.response;
    }) as typeof fetch;
    const before = known ? await emit(known) : [];
    const el = await openBell(await client({ live: 'sse', fetch: wrapped, random: () => 0 }));
    expect(articles(el)).to.have.length(known);
    await until(() => streams === 1 && cut, 'the stream');
    gate.wait = new Promise((r) => (gate.open = r));
    cut!();
    await until(() => streams === 2, 'the reconnect');
    const missed = await emit(250);
    gate.open!();
    await expectEverything(el, [...before, ...missed], `${missed.length} new notifications`);
  });

  /** Real waits cut short: the backoff's length is not what is tested, what it lets pile up is. */
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, Math.min(ms, 40));
      signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
    });
  const pollingBell = async () => openBell(await client({ live: 'poll', pollIntervalMs: 40, sleep, retries: 0 }));
  /** The server unreachable for a while (every list fails) while `count` are created. */
  const offlineWhile = async (count: number) => {
    await control('/faults', { body: { match: { method: 'GET', path: '/api/v3/events/notifications/' }, fault: { status: 503 }, times: 100000 } });
    await new Promise((r) => setTimeout(r, 300));
    const missed = await emit(count);
    await control('/faults', { method: 'DELETE' });
    return missed;
  };

  it('polling after a long backoff: all 250 are fetched, counted, announced once and listed', async () => {
    const el = await pollingBell();
    await expectEverything(el, await offlineWhile(250));
  });

  it('polling in a hidden tab (paused) and shown again: all 250 are fetched, counted, announced once and listed', async () => {
    const el = await pollingBell();
    setVisibility('hidden');
    try {
      await new Promise((r) => setTimeout(r, 200));
      const missed = await emit(250);
      await new Promise((r) => setTimeout(r, 200));
      setVisibility('visible');
      await expectEverything(el, missed);
    } finally {
      restoreVisibility();
    }
  });

  // The tick lists the newest 500 and says it missed some: the announcement must not say 500 when 800 came.
  it('polling past its cap (800 missed, a tick lists 500): the count and the list are the server\'s, one announcement of more than 500', async () => {
    const el = await pollingBell();
    await expectEverything(el, await offlineWhile(800), 'More than 500 new notifications');
  });
});
