/**
 * Catching up in a bell never opened that knows only C, the newest (pushed live; nothing older
 * listed or heard): B, stamped 2 s before C and visible only after it (a late commit), is counted
 * on the reconnect and, as the server count grew by exactly what the catch-up listed and the bell
 * did not know, announced once; still one request a catch-up. Before, B was counted (and listed
 * when opened) but never announced. One listed there that was already unread and counted when
 * the page loaded (A) is never announced: the count did not grow for it. With both A and a late B
 * the count grew by one for two unknown: which is new cannot be told without another request, so
 * neither is announced (both are counted and listed). Listing that window costs no request of its
 * own: with 150 read ones in it, B is still announced after one request. Times relative to the
 * page's clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, type ControlledClient, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

const bodies = (el: EvNotificationBell) => [...sr(el).querySelectorAll('article [part~=body]')].map((b) => b.textContent);
const one = (body: string, created: number): EventNotification => ({ ...notifications(1, { prefix: body })[0]!, body, created: new Date(created).toISOString() });
const catchUps = (client: ControlledClient) => client.calls.filter((c) => c.method === 'listNotifications' && c.query?.pageSize === 100).length;

/** Every text the polite live region says (it is cleared before each). */
function announcements(el: EvNotificationBell): string[] {
  const said: string[] = [];
  const region = sr(el).querySelector('[role=status]')!;
  let last = '';
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text && !last) said.push(text);
    last = text;
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** Drops the stream, lets `late` become visible meanwhile, and waits for the catch-up when it is back. */
async function gap(el: EvNotificationBell, client: ControlledClient, late: EventNotification[], unread: number): Promise<void> {
  client.push({ type: 'status', status: 'connecting' });
  client.add(late, true);
  const before = catchUps(client);
  client.push({ type: 'status', status: 'open' });
  await until(() => el.unread === unread && badge(el) === `${unread}`, `${unread} counted`);
  await settle(el);
  await new Promise((r) => setTimeout(r, 300));
  expect(catchUps(client) - before, 'requests of the catch-up').to.equal(1);
}

/**
 * A bell never opened on `server` (with 2 unread from an hour ago after it) that hears C (1 s ago)
 * pushed and announced; `t0` is the page's time at the start.
 */
async function knowingOnlyC(server: EventNotification[]) {
  const t0 = Date.now();
  const client = controlledClient([...server, ...notifications(2, { now: t0 - 3_600_000 })]);
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
  const said = announcements(el);
  await until(() => el.unread === 2 + server.filter((n) => !n.seen).length, 'the first count');
  client.add([one('C', t0 - 1000)]);
  await until(() => said.length === 1, 'C announced');
  return { t0, client, el, said };
}

describe('<ev-notification-bell> catch-up in a bell never opened that knows only the newest', () => {
  it('announces B, stamped before C and visible after it, once', async () => {
    const { t0, client, el, said } = await knowingOnlyC([]);
    await gap(el, client, [one('B', t0 - 3000)], 4);
    await until(() => said.length === 2, 'B announced');
    // Dropped and back with nothing new: nothing counted or announced again.
    await gap(el, client, [], 4);
    expect(said).to.deep.equal(['New notification: C', 'New notification: B']);
    await openPanel(el);
    expect(bodies(el).slice(0, 2)).to.deep.equal(['C', 'B']);
    expect(new Set(bodies(el)).size, 'nothing listed twice').to.equal(bodies(el).length);
    await expect(el).to.be.accessible();
  });

  it('guard: never announces A, unread and counted since the page loaded; nor B when the count cannot tell them apart', async () => {
    const { t0, client, el, said } = await knowingOnlyC([one('A', Date.now() - 5000)]);
    await gap(el, client, [], 4);
    await gap(el, client, [one('B', t0 - 3000)], 5);
    await gap(el, client, [], 5);
    expect(said).to.deep.equal(['New notification: C']);
    await openPanel(el);
    expect(bodies(el).slice(0, 3)).to.deep.equal(['C', 'B', 'A']);
    expect(new Set(bodies(el)).size, 'nothing listed twice').to.equal(bodies(el).length);
  });

  it('announces B after one request when the window below C is full of read ones', async () => {
    const now = Date.now();
    const { t0, client, el, said } = await knowingOnlyC(Array.from({ length: 150 }, (_, i) => ({ ...one(`R${i}`, now - 4000 - i * 150), seen: true })));
    await gap(el, client, [one('B', t0 - 3000)], 4);
    await until(() => said.length === 2, 'B announced');
    expect(said).to.deep.equal(['New notification: C', 'New notification: B']);
  });
});
