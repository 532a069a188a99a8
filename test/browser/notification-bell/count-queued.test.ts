/**
 * A count asked for while another is on its way waits for it; when that one fails (the server is
 * overloaded: 503, maybe with `Retry-After`), the count asked meanwhile waits for the backoff too
 * instead of going out at once. Time: the feed's retry timer is taken over by the test (timers of
 * a second or more are held and run when the test says; shorter ones run as usual).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, controlledClient, notifications, settle, until } from './helpers.js';

describe('<ev-notification-bell>: a count asked for while a failing one is on its way', () => {
  const realSetTimeout = window.setTimeout;
  let held: Array<{ run: () => void; ms: number }> = [];
  beforeEach(() => {
    held = [];
    window.setTimeout = ((fn: () => void, ms = 0, ...args: unknown[]) =>
      ms >= 1000 ? (held.push({ run: () => fn(...(args as [])), ms }), 0) : realSetTimeout(fn, ms, ...args)) as typeof setTimeout;
  });
  afterEach(() => (window.setTimeout = realSetTimeout));

  for (const [what, retryAfterMs, wait] of [
    ['503 with Retry-After: 120', 120_000, 120_000],
    ['503 without Retry-After', undefined, 1_000],
  ] as const) it(`${what}: the count asked meanwhile waits ${wait / 1000} s like the retry, then the badge is the server's`, async () => {
    const client = controlledClient(notifications(2));
    const list = client.listNotifications;
    let counts = 0;
    let failing: Promise<void> | undefined;
    client.listNotifications = async (query, options) => {
      if (query?.pageSize === 1) {
        counts++;
        const fail = failing;
        failing = undefined;
        if (fail) {
          await fail;
          throw new EventsHttpError(503, 'busy', { retryable: true, retryAfterMs });
        }
      }
      return list(query, options);
    };
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 2, 'the first count');
    let answer!: () => void;
    failing = new Promise((r) => (answer = r));
    // Two pushed: the first asks for the count (held, then failing), the second asks again meanwhile.
    client.add(notifications(1, { prefix: 'a', now: Date.now() + 1000 }));
    client.add(notifications(1, { prefix: 'b', now: Date.now() + 2000 }));
    await settle(el);
    expect(counts).to.equal(2);
    expect(badge(el)).to.equal('4');
    answer();
    await settle(el);
    expect(counts, 'count requests right after the failure').to.equal(2);
    expect(held.map((t) => t.ms)).to.deep.equal([wait]);
    expect(badge(el)).to.equal('4');
    held.shift()!.run();
    await until(() => counts === 3, 'the count asked again after the wait');
    await settle(el);
    expect(badge(el)).to.equal('4');
    expect(el.matches(':state(ready)')).to.be.true;
  });
});
