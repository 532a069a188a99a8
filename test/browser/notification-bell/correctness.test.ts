import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError, EventsNetworkError } from '../../../src/client/errors.js';
import type { EventNotification } from '../../../src/client/types.js';
import { LOOKBACK_MS } from '../../../src/client/poll.js';
import { NotificationFeed } from '../../../src/components/notification-bell/feed.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeEvents } from '../../fixtures/events.js';
import { articles, badge, controlledClient, fastRetries, notifications, openPanel, restoreRetries, settle, sr, until } from './helpers.js';

const unreadOnServer = (c: ReturnType<typeof controlledClient>) => c.server.filter((n) => !n.seen).length;
const markButton = (el: EvNotificationBell, i: number) => articles(el)[i]!.querySelector<HTMLElement>('[part=mark-read]');

async function setup(count = 5) {
  const client = controlledClient(notifications(count));
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === count);
  await openPanel(el);
  return { client, el };
}

describe('<ev-notification-bell> correctness', () => {
  beforeEach(() => fastRetries(3));
  afterEach(() => restoreRetries());

  it('mark as read is optimistic and survives failed attempts (retried, never rolled back)', async () => {
    const { client, el } = await setup();
    client.failMarkSeen(2, () => new EventsHttpError(503, 'busy', { retryable: true }));
    const release = client.holdMarkSeen();
    setTimeout(() => markButton(el, 0)!.click());
    const seen = oneEvent(el, 'ev-notification-seen');
    await until(() => el.unread === 4, 'the optimistic count');
    // Before the server answered anything: already read on screen.
    expect(articles(el)[0]!.hasAttribute('data-unread')).to.be.false;
    expect(badge(el)).to.equal('4');
    release();
    expect((await seen).detail.notifications[0]!.pk).to.equal('n0');
    expect(client.calls.filter((c) => c.method === 'markSeen')).to.have.length(3);
    await settle(el);
    expect(articles(el)[0]!.hasAttribute('data-unread')).to.be.false;
    expect(sr(el).querySelector('[part=seen-error]')).to.equal(null);
    expect(el.unread).to.equal(4);
    expect(unreadOnServer(client)).to.equal(4);
  });

  it('rolls back visibly only after the last retry failed', async () => {
    const { client, el } = await setup();
    client.failMarkSeen(4, () => new EventsNetworkError('down'));
    const counts: number[] = [];
    el.addEventListener('ev-unread-change', (e) => counts.push(e.detail.unread));
    markButton(el, 1)!.click();
    await until(() => sr(el).querySelector('[part=seen-error]'), 'the rollback');
    expect(client.calls.filter((c) => c.method === 'markSeen')).to.have.length(4);
    expect(articles(el)[1]!.hasAttribute('data-unread')).to.be.true;
    expect(sr(el).querySelector('[part=seen-error]')!.textContent).to.equal('Could not mark this as read. Try again.');
    expect(counts).to.deep.equal([4, 5]);
    expect(el.unread).to.equal(5);
    await until(() => sr(el).querySelector('[role=status]')!.textContent!.includes('Could not mark'), 'the announcement');
    await expect(el).to.be.accessible();
    // Trying again works.
    markButton(el, 1)!.click();
    await until(() => el.unread === 4 && !sr(el).querySelector('[part=seen-error]'));
  });

  it('a count already on its way when the user marks something read does not undo the optimistic change', async () => {
    const { client, el } = await setup();
    const shown: number[] = [];
    el.addEventListener('ev-unread-change', (e) => shown.push(e.detail.unread));
    const releaseList = client.holdLists();
    el.refresh(); // a count request that answers "5" …
    const releaseSeen = client.holdMarkSeen();
    markButton(el, 0)!.click(); // … while the user marks one read
    await until(() => el.unread === 4);
    releaseList();
    await settle(el);
    releaseSeen();
    await until(() => client.calls.filter((c) => c.method === 'markSeen').length === 1);
    await settle(el);
    await settle(el);
    expect(shown).to.deep.equal([4]);
    expect(el.unread).to.equal(4);
  });

  it('does not retry what cannot succeed (404)', async () => {
    const { client, el } = await setup();
    client.failMarkSeen(1, () => new EventsHttpError(404, 'Not found.'));
    markButton(el, 0)!.click();
    await until(() => sr(el).querySelector('[part=seen-error]'));
    expect(client.calls.filter((c) => c.method === 'markSeen')).to.have.length(1);
  });

  it('mark all: the server first, then list and count follow the server (also what arrived meanwhile)', async () => {
    const { client, el } = await setup();
    client.afterMarkAll = () => client.add(notifications(1, { prefix: 'late', now: Date.now() + 60_000 }), true);
    setTimeout(() => sr(el).querySelector<HTMLElement>('[part=mark-all-button]')!.click());
    const seen = await oneEvent(el, 'ev-notification-seen');
    expect(seen.detail.all).to.be.true;
    expect(seen.detail.notifications).to.have.length(5);
    await until(() => el.unread === 1 && articles(el).length === 1, 'the reconciled list');
    expect(articles(el)[0]!.querySelector('[part~=body]')!.textContent).to.equal('Body late0');
    expect(el.unread).to.equal(unreadOnServer(client));
  });

  it('mark all that finally fails changes nothing and says so', async () => {
    const { client, el } = await setup(3);
    client.failMarkAll(4, () => new EventsHttpError(502, 'bad gateway', { retryable: true }));
    sr(el).querySelector<HTMLElement>('[part=mark-all-button]')!.click();
    await until(() => sr(el).querySelector('[part=mark-all-error]'), 'the error banner');
    expect(client.calls.filter((c) => c.method === 'markAllSeen')).to.have.length(4);
    expect(articles(el).filter((a) => a.hasAttribute('data-unread'))).to.have.length(3);
    expect(el.unread).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('after a reconnect, fetches what was missed since LOOKBACK_MS before the newest notification and re-counts', async () => {
    const { client, el } = await setup(3);
    client.push({ type: 'status', status: 'offline' });
    client.add(notifications(2, { prefix: 'missed', now: Date.now() + 120_000 }), true);
    client.seenElsewhere('n2');
    client.push({ type: 'status', status: 'open' });
    await until(() => articles(el).length === 5 && el.unread === 4, 'the caught-up list');
    const since = client.calls.find((c) => c.query?.createdAfter);
    expect(since!.query!.createdAfter).to.equal(new Date(Date.parse(client.server.find((n) => n.pk === 'n0')!.created) - LOOKBACK_MS).toISOString());
    expect(articles(el).slice(0, 2).map((a) => a.querySelector('[part~=body]')!.textContent)).to.deep.equal(['Body missed0', 'Body missed1']);
    expect(el.unread).to.equal(unreadOnServer(client));
  });

  it('read elsewhere while the panel was closed: the badge follows at once, the list when the panel opens again', async () => {
    const { client, el } = await setup(3);
    el.hide();
    await settle(el);
    client.seenElsewhere('n0');
    // The tab comes back (or the connection does): the feed re-counts.
    client.push({ type: 'status', status: 'connecting' });
    client.push({ type: 'status', status: 'open' });
    await until(() => el.unread === 2, 'the new count');
    await openPanel(el);
    await until(() => articles(el).length === 2, 'the unread list read again');
    expect(articles(el).map((a) => a.querySelector('[part~=body]')!.textContent)).to.deep.equal(['Body n1', 'Body n2']);
    // Nothing changed elsewhere since: opening again asks for nothing.
    el.hide();
    await settle(el);
    const lists = client.calls.filter((c) => c.method === 'listNotifications' && c.query?.pageSize !== 1).length;
    await openPanel(el);
    expect(client.calls.filter((c) => c.method === 'listNotifications' && c.query?.pageSize !== 1).length).to.equal(lists);
  });

  it('the count never goes negative, even when the server already saw everything', async () => {
    const { client, el } = await setup(3);
    for (const n of client.server) client.seenElsewhere(n.pk);
    const counts: number[] = [];
    el.addEventListener('ev-unread-change', (e) => counts.push(e.detail.unread));
    for (let i = 0; i < 3; i++) markButton(el, i)!.click();
    await until(() => client.calls.filter((c) => c.method === 'markSeen').length === 3);
    await settle(el);
    client.push({ type: 'status', status: 'connecting' });
    client.push({ type: 'status', status: 'open' });
    await until(() => el.unread === 0);
    expect(Math.min(...counts)).to.equal(0);
  });
});

describe('<ev-notification-bell> item text', () => {
  async function shown(item: Partial<EventNotification>, dir = 'ltr') {
    const client = createMemoryClient({ notifications: [{ ...notifications(1)[0]!, ...item }] });
    const host = await fixture(html`<div dir=${dir}><ev-notification-bell .client=${client}></ev-notification-bell></div>`);
    const el = host.querySelector<EvNotificationBell>('ev-notification-bell')!;
    await until(() => el.unread === 1);
    await openPanel(el);
    return { el, article: articles(el)[0]! };
  }

  it('a link whose label is only white space is named by the "open link" string, as with no label', async () => {
    const { el, article } = await shown({ hyperlink: 'https://example.com/x', hyperlink_label: ' \t\n\u00a0 ' });
    expect(article.querySelector('a')!.textContent!.trim()).to.equal('Open (opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  /** Every invisible character a label or body may be made of: zero-width space, ZWNJ, ZWJ, BOM, bidi marks, embeddings and isolates, soft hyphen. */
  const INVISIBLE = ' \u200b\u200c\u200d\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad ';

  it('a link whose label is only invisible characters (zero-width, bidi controls, soft hyphen) is named by the "open link" string', async () => {
    for (const label of [...INVISIBLE.trim()].concat(INVISIBLE)) {
      const { el, article } = await shown({ hyperlink: 'https://example.com/x', hyperlink_label: label });
      const link = article.querySelector('a')!;
      expect(link.textContent!.trim(), `label ${[...label].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(' ')}`).to.equal('Open (opens in a new tab)');
      expect(link.getBoundingClientRect().width, 'the width of the link').to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    }
    // Visible text among invisible characters is kept as given.
    const { article } = await shown({ hyperlink: 'https://example.com/x', hyperlink_label: '\u200bOpen console\u200b' });
    expect(article.querySelector('a')!.textContent).to.equal('\u200bOpen console\u200b (opens in a new tab)');
  });

  it('a body of only invisible characters (or white space) reads as the severity, on screen and in the announcement', async () => {
    const { el, article } = await shown({ body: INVISIBLE, severity: 'warning' });
    const body = article.querySelector<HTMLElement>('[part~=body]')!;
    expect(body.textContent).to.equal('Warning');
    const text = document.createRange();
    text.selectNodeContents(body);
    expect(text.getBoundingClientRect().width, 'the width of the body text').to.be.greaterThan(10);
    await expect(el).to.be.accessible();
    const client = controlledClient(notifications(1));
    const bell = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => bell.unread === 1);
    client.add([{ ...notifications(1, { prefix: 'x', now: Date.now() + 1000 })[0]!, severity: 'alert', body: ' \u200b\u200f ' }]);
    await until(() => sr(bell).querySelector('[role=status]')!.textContent !== '', 'the announcement');
    expect(sr(bell).querySelector('[role=status]')!.textContent).to.equal('New notification: Alert');
  });

  it('a body of only invisible characters reads as the severity in a desktop notification too, not as a blank one', async () => {
    const shown: NotificationOptions[] = [];
    const real = window.Notification;
    const hasFocus = document.hasFocus;
    (window as unknown as { Notification: unknown }).Notification = class {
      static permission = 'granted';
      onclick = null;
      constructor(_title: string, options: NotificationOptions) {
        shown.push(options);
      }
    };
    document.hasFocus = () => false; // the page is in the background
    try {
      const client = controlledClient(notifications(1));
      const bell = await fixture<EvNotificationBell>(html`<ev-notification-bell desktop .client=${client}></ev-notification-bell>`);
      await until(() => bell.unread === 1);
      const [n] = notifications(1, { prefix: 'x', now: Date.now() + 1000 });
      client.add([{ ...n!, severity: 'alert', body: INVISIBLE }]);
      await until(() => shown.length === 1, 'a desktop notification');
      expect(shown[0]!.body).to.equal('Alert');
      // Visible text among invisible characters is kept as given.
      client.add([{ ...n!, pk: 'y', created: new Date(Date.now() + 2000).toISOString(), body: '\u200bBackup failed\u200b' }]);
      await until(() => shown.length === 2, 'the second desktop notification');
      expect(shown[1]!.body).to.equal('\u200bBackup failed\u200b');
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
      document.hasFocus = hasFocus;
    }
  });

  it('right to left with English strings: the relative time reads in its own direction ("42 seconds ago", not "seconds ago 42")', async () => {
    const [event] = makeEvents({ count: 1, now: Date.now() });
    const created = new Date(Date.now() - 42_000).toISOString();
    const { el, article } = await shown({ created, event: { ...event!, action: 'flow_execution', user: { username: 'ops.admin' } } }, 'rtl');
    const time = article.querySelector('time')!;
    const text = [...time.childNodes].find((n): n is Text => n instanceof Text && /\d/.test(n.data))!;
    const [, number, word] = /^(\d+) (\S+)/.exec(text.data)!;
    const rect = (start: number, length: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + length);
      return range.getBoundingClientRect();
    };
    const digits = rect(0, number!.length);
    const unit = rect(number!.length + 1, word!.length);
    // Left to right inside the time: the number left of its unit.
    expect(digits.right).to.be.at.most(unit.left);
    // The meta line itself runs right to left: the time first (rightmost), then the event.
    expect(unit.left).to.be.greaterThan(article.querySelector('[part=event]')!.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });
});

describe('notification feed: the count does not drift (property)', () => {
  before(() => fastRetries(2));
  after(() => restoreRetries());

  it('after any mix of arrivals, seen changes (some failing), mark-all, reconnects and changes elsewhere', async () => {
    type Op =
      | { kind: 'push' | 'silent' }
      | { kind: 'mark'; index: number; fails: number }
      | { kind: 'elsewhere'; index: number }
      | { kind: 'all'; fails: number }
      | { kind: 'reconnect' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.constantFrom<Op>({ kind: 'push' }, { kind: 'silent' }, { kind: 'reconnect' }),
      fc.record({ kind: fc.constant('mark' as const), index: fc.nat(30), fails: fc.nat(4) }),
      fc.record({ kind: fc.constant('elsewhere' as const), index: fc.nat(30) }),
      fc.record({ kind: fc.constant('all' as const), fails: fc.nat(3) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 14 }), fc.boolean(), async (ops, concurrent) => {
        let clock = Date.now();
        const client = controlledClient(notifications(8, { seen: (i) => i % 3 === 0, now: clock }));
        const feed = new NotificationFeed(client);
        let negative = false;
        feed.addEventListener('change', () => (negative ||= (feed.unread ?? 0) < 0));
        const release = feed.attach({});
        await until(() => feed.unread !== null);
        await feed.load('unread');
        const pending: Array<Promise<unknown>> = [];
        let made = 0;
        for (const o of ops) {
          const known = [...feed.lists.unread.items, ...feed.lists.all.items];
          let work: Promise<unknown> | undefined;
          if (o.kind === 'push' || o.kind === 'silent') client.add(notifications(1, { prefix: `p${made++}-`, now: (clock += 1000) }), o.kind === 'silent');
          else if (o.kind === 'mark' && known.length) {
            client.failMarkSeen(o.fails, () => new EventsHttpError(503, '', { retryable: true }));
            work = feed.markSeen(known[o.index % known.length]!.pk);
          } else if (o.kind === 'elsewhere' && client.server.length) client.seenElsewhere(client.server[o.index % client.server.length]!.pk);
          else if (o.kind === 'all') {
            client.failMarkAll(o.fails, () => new EventsNetworkError('down'));
            work = feed.markAllSeen();
          } else if (o.kind === 'reconnect') {
            client.push({ type: 'status', status: 'offline' });
            client.push({ type: 'status', status: 'open' });
          }
          if (work) {
            if (concurrent) pending.push(work);
            else await work;
          }
        }
        await Promise.all(pending);
        // The last thing a user does after being away: the connection comes back.
        client.push({ type: 'status', status: 'offline' });
        client.push({ type: 'status', status: 'open' });
        await until(() => feed.unread === client.server.filter((n) => !n.seen).length, `count ${feed.unread} to match the server`, 3000);
        release();
        expect(negative).to.be.false;
      }),
      { numRuns: 40 },
    );
  });
});
