/**
 * Catching up after a stream drop without replay when a notification becomes visible after a
 * newer one was already shown: C arrives live; the stream drops; B, stamped 2 s before C (its
 * transaction committed later, or the server stamping it has a clock behind), becomes visible;
 * the stream comes back. B is counted, listed and announced once, nothing twice, the badge stays
 * exact, and each catch-up is one request. Before, the catch-up listed only what came after C and
 * never showed B. (A bell that knows nothing older than C, never opened and no other push heard:
 * catchup-only-newest.test.ts.)
 * Times relative to the page's clock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();
const bodies = (el: EvNotificationBell) => [...sr(el).querySelectorAll('article [part~=body]')].map((b) => b.textContent);
const one = (body: string, created: number): EventNotification => ({ ...notifications(1, { prefix: body })[0]!, body, created: new Date(created).toISOString() });

for (const opened of [true, false])
  describe(`<ev-notification-bell> catch-up, B stamped 2 s before C shown live (panel ${opened ? 'opened before' : 'never opened'})`, () => {
    it('counts, lists and announces B once; one request a catch-up', async () => {
      const client = controlledClient(notifications(2, { now: Date.now() - 3_600_000 }));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 2, 'the first count');
      if (opened) await openPanel(el);
      const catchUps = () => client.calls.filter((c) => c.method === 'listNotifications' && c.query?.pageSize === 100).length;
      // D and C arrive live (a bell never opened knows only those: it catches up on what came after D).
      const c = one('C', Date.now() - 1000);
      client.add([one('D', Date.parse(c.created) - 20_000)]);
      await until(() => badge(el) === '3', 'D counted');
      await until(() => announced(el) === 'New notification: D', 'D announced');
      client.add([c]);
      await until(() => badge(el) === '4', 'C counted');
      await until(() => announced(el) === 'New notification: C', 'C announced');
      await settle(el);
      client.push({ type: 'status', status: 'connecting' });
      client.add([one('B', Date.parse(c.created) - 2000)], true);
      let before = catchUps();
      client.push({ type: 'status', status: 'open' });
      await until(() => announced(el) === 'New notification: B', 'B announced');
      await until(() => el.unread === 5 && badge(el) === '5', 'B counted');
      await settle(el);
      expect(catchUps() - before, 'requests of the catch-up').to.equal(1);
      // Dropped and back with nothing new (the quiet path): one request, nothing counted or announced again.
      client.push({ type: 'status', status: 'connecting' });
      before = catchUps();
      client.push({ type: 'status', status: 'open' });
      await until(() => catchUps() > before, 'the second catch-up');
      await settle(el);
      await settle(el);
      expect(catchUps() - before, 'requests of the quiet catch-up').to.equal(1);
      expect([badge(el), el.unread, announced(el)]).to.deep.equal(['5', 5, 'New notification: B']);
      if (!opened) await openPanel(el);
      expect(bodies(el).filter((x) => /^[BCD]$/.test(x!))).to.deep.equal(['C', 'B', 'D']);
      expect(new Set(bodies(el)).size, 'nothing listed twice').to.equal(bodies(el).length);
      await expect(el).to.be.accessible();
    });
  });
