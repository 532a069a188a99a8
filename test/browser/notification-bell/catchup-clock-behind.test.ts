/**
 * Catching up after a gap in the stream when the client's clock is an hour behind the server's:
 * every notification of the last hour is ahead of the client's clock, so none of them can be
 * where catch-up starts (one created in 9999 must not be either). Each gap still costs one
 * request when fewer than a page arrived meanwhile, and what arrived is counted and announced
 * once, nothing twice. Before, every catch-up listed the whole last hour again (3 requests of 100
 * for 250 notifications, up to 20). The server's times are set relative to the page's clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();
const at = (prefix: string, count: number, from: number): EventNotification[] =>
  notifications(count, { prefix }).map((n, i) => ({ ...n, body: `${prefix} ${i}`, created: new Date(from + i * 10_000).toISOString() }));

describe('<ev-notification-bell> catch-up with the client clock an hour behind the server', () => {
  it('costs one request a gap, and shows what arrived once', async () => {
    const server = Date.now() + 3_600_000;
    const client = controlledClient(notifications(2, { now: Date.now() - 3_600_000, prefix: 'old' }));
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 2, 'the first count');
    // Opened once: the two listed, the older of which is the newest not ahead of the clock.
    await openPanel(el);
    // The last hour, pushed live: 250 notifications.
    client.add(at('hour', 250, server - 3_000_000));
    await until(() => el.unread === 252, 'the hour counted');
    await until(() => announced(el) === '250 new notifications', 'the hour announced');
    const catchUps = () => client.calls.filter((c) => c.method === 'listNotifications' && c.query?.pageSize === 100).length;
    for (const [gap, count] of [['first', 3], ['second', 2], ['third', 1]] as const) {
      const before = catchUps();
      const unread = el.unread!;
      client.push({ type: 'status', status: 'connecting' });
      client.add(at(gap, count, server + catchUps() * 60_000), true);
      client.push({ type: 'status', status: 'open' });
      const said = count === 1 ? `New notification: ${gap} 0` : `${count} new notifications`;
      await until(() => announced(el) === said, `the ${gap} gap's announced`);
      await until(() => el.unread === unread + count, `the ${gap} gap's counted`);
      await settle(el);
      expect(catchUps() - before, `requests of the ${gap} gap's catch-up`).to.equal(1);
    }
    expect([badge(el), el.unread]).to.deep.equal(['99+', 258]);
    const bodies = [...sr(el).querySelectorAll('article [part~=body]')].map((b) => b.textContent);
    expect(bodies.slice(0, 7)).to.deep.equal(['third 0', 'second 1', 'second 0', 'first 2', 'first 1', 'first 0', 'hour 249']);
    expect(new Set(bodies).size).to.equal(bodies.length);
    await expect(el).to.be.accessible();
  });
});
