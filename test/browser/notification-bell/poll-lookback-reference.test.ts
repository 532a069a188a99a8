/**
 * poll-lookback.test.ts over real HTTP: a bell polling the reference server when a notification
 * becomes visible after a newer one was already listed. C (stamped 1.5 s ago) is emitted and
 * counted; then B, stamped 2 s ago (before C, as a transaction committing late would be), is
 * emitted. B is counted, announced once, and listed after C. Times are relative to the page's
 * clock; the server stamps each with the `created` the control API is given.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { type BellClientOptions, createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { control, referenceServer, requestLog } from '../reference.js';
import { articles, badge, openPanel, settle, sr, until } from './helpers.js';

interface Emitted {
  pk: string;
  body: string;
  created: string;
}

let tag = '';
let clients = 0;
const fresh = () => (tag = `bell-lookback-reference-${Date.now()}-${++clients}`);

/** Both clients a bell can poll with: the token and this test's tag ride in headers (the server's origin differs from the page's). */
const FACTORIES: Array<[string, (options: Partial<BellClientOptions>) => Promise<NotificationClient>]> = [
  [
    'createAuthentikNotificationClient',
    async (options) => {
      const { apiUrl, token } = await referenceServer();
      return createAuthentikNotificationClient({ baseUrl: apiUrl, token, shareLive: false, headers: { 'X-Ev-Tag': fresh() }, ...options });
    },
  ],
  [
    'the client built from `api`',
    async (options) => {
      const { apiUrl, token } = await referenceServer();
      const mine = fresh();
      const authed = ((input: RequestInfo | URL, init: RequestInit = {}) =>
        fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}`, 'X-Ev-Tag': mine } })) as typeof fetch;
      return createBellClient({ baseUrl: apiUrl, shareLive: false, ...options, fetch: authed });
    },
  ],
];

/** Emits one notification stamped `msAgo` before now; returns it as the server lists it. */
async function emitAgo(msAgo: number): Promise<Emitted> {
  const created = new Date(Date.now() - msAgo).toISOString();
  const { pks } = (await control('/emit', { body: { kind: 'notification', created } })) as { pks: string[] };
  const { apiUrl, token } = await referenceServer();
  const r = await fetch(`${apiUrl}/events/notifications/${pks[0]}/`, { headers: { authorization: `Bearer ${token}` } });
  return (await r.json()) as Emitted;
}

/** This test's client's poll requests (page_size=50 lists) so far. */
const polls = async () => (await requestLog()).filter((r) => r.tag === tag && r.method === 'GET' && r.query.includes('page_size=50')).length;

const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();

/** Every non-empty text the bell's live region says from now on. */
function spoken(el: EvNotificationBell): string[] {
  const region = sr(el).querySelector('[role=status]')!;
  const said: string[] = [];
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text !== '') said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** The notifications listed in the open panel, by their time stamp, top to bottom. */
const listedTimes = (el: EvNotificationBell) => articles(el).map((a) => a.querySelector('time')?.getAttribute('datetime'));

for (const [label, factory] of FACTORIES)
  describe(`<ev-notification-bell> polling the reference server, B visible after the newer C (${label})`, function () {
    this.timeout(20000);

    it('counts, lists and announces B, once', async () => {
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${await factory({ live: 'poll', pollIntervalMs: 150 })}></ev-notification-bell>`);
      await until(() => el.unread !== null, 'the first count');
      await until(async () => (await polls()) >= 1, 'the baseline poll');
      const start = el.unread!;

      const c = await emitAgo(1500);
      await until(() => badge(el) === `${start + 1}`, 'C counted');
      await until(() => announced(el).startsWith(`New notification: ${c.body.slice(0, 40)}`), 'C announced');
      const said = spoken(el);
      const b = await emitAgo(2000);
      expect(Date.parse(b.created)).to.be.below(Date.parse(c.created));
      await until(() => badge(el) === `${start + 2}`, 'B counted');
      await until(() => said.length > 0, 'B announced');
      // A few more polls: B is neither counted nor announced again.
      const seen = await polls();
      await until(async () => (await polls()) >= seen + 3, 'three more polls');
      await settle(el);
      expect(badge(el)).to.equal(`${start + 2}`);
      expect(said, JSON.stringify(said)).to.have.length(1);
      expect(said[0]!.startsWith(`New notification: ${b.body.slice(0, 40)}`), said[0]).to.be.true;

      await openPanel(el);
      expect(listedTimes(el).filter((t) => t === c.created || t === b.created)).to.deep.equal([c.created, b.created]);
      await expect(el).to.be.accessible();
    });
  });
