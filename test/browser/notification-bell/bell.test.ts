import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/components/source/ev-source.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import { clientContext } from '../../../src/context/client-context.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { safeUrl } from '../../../src/format/url.js';
import { registerTranslation, setTranslation } from '../../../src/i18n/translation.js';
import { makeEvents } from '../../fixtures/events.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { articles, badge, bellButton, controlledClient, notifications, openPanel, panel, settle, sr, until } from './helpers.js';

async function bell(client: unknown, attrs = ''): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
  for (const part of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = part.split('=');
    el.setAttribute(name!, value);
  }
  await until(() => el.unread !== null, 'the unread count');
  await settle(el);
  return el;
}

describe('<ev-notification-bell> button and badge', () => {
  it('shows the server unread count in the badge and the accessible name', async () => {
    const el = await bell(createMemoryClient({ notifications: notifications(5, { seen: (i) => i > 2 }) }));
    expect(badge(el)).to.equal('3');
    expect(bellButton(el).getAttribute('aria-label')).to.equal('Notifications, 3 unread');
    expect(el.matches(':state(ready)')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('caps the badge at 99+ (and at `max`); the name says what the badge shows', async () => {
    const el = await bell(createMemoryClient({ notifications: notifications(150) }));
    expect(badge(el)).to.equal('99+');
    expect(bellButton(el).getAttribute('aria-label')).to.equal('Notifications, 99+ unread');
    el.max = 9;
    await el.updateComplete;
    expect(badge(el)).to.equal('9+');
    await expect(el).to.be.accessible();
  });

  it('shows no badge with nothing unread, and formats the count in the element language', async () => {
    const none = await bell(createMemoryClient({ notifications: notifications(3, { seen: () => true }) }));
    expect(badge(none)).to.equal(null);
    expect(bellButton(none).getAttribute('aria-label')).to.equal('Notifications');
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang="ar-EG" max="9999" .client=${createMemoryClient({ notifications: notifications(1234) })}></ev-notification-bell>`);
    await until(() => el.unread !== null);
    await el.updateComplete;
    expect(badge(el)).to.equal((1234).toLocaleString('ar-EG'));
  });

  it('without a client says so in the panel', async () => {
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell></ev-notification-bell>`);
    expect(el.matches(':state(no-client)')).to.be.true;
    bellButton(el).click();
    await until(() => sr(el).querySelector('.ev-no-client'));
    await expect(el).to.be.accessible();
  });

  it('uses the client of a provider upgraded after it (an <ev-source> defined later)', async () => {
    const host = await fixture<HTMLElement>(html`<div><ev-notification-bell></ev-notification-bell></div>`);
    const el = host.querySelector('ev-notification-bell')!;
    await settle(el);
    expect(el.matches(':state(no-client)')).to.be.true;
    // What <ev-source> does when it upgrades: its provider announces itself from an ancestor.
    new ContextProvider(host, { context: clientContext, initialValue: createMemoryClient({ notifications: notifications(3) }) }).hostConnected();
    await until(() => el.unread === 3, 'the late client');
    expect(el.matches(':state(ready)')).to.be.true;
  });

  it('uses the client of a surrounding <ev-source>', async () => {
    const source = await fixture(html`<ev-source .client=${createMemoryClient({ notifications: notifications(2) })}><ev-notification-bell></ev-notification-bell></ev-source>`);
    const el = source.querySelector('ev-notification-bell')!;
    await until(() => el.unread === 2);
  });
});

describe('<ev-notification-bell> panel', () => {
  it('lists each notification with severity, body, time, event and link', async () => {
    const [event] = makeEvents({ count: 1, now: Date.now() });
    const items: EventNotification[] = [
      { ...notifications(1)[0]!, pk: 'a', severity: 'alert', body: 'Disk full', hyperlink: 'https://example.com/x', hyperlink_label: 'Open console', event: { ...event!, action: 'login_failed', user: { username: 'alice' } } },
      { ...notifications(2)[1]!, pk: 'b', severity: 'warning', body: '{"user":"bob","changes":{"name":["a","b"]}}' },
    ];
    const el = await bell(createMemoryClient({ notifications: items }));
    await openPanel(el);
    const [a, b] = articles(el);
    expect(a!.querySelector('[part=severity-icon]')!.getAttribute('aria-label')).to.equal('Alert');
    expect(a!.querySelector('[part=body]')!.textContent).to.equal('Disk full');
    expect(a!.querySelector('time')!.textContent).to.match(/now|second|minute/);
    expect(a!.querySelector('time')!.getAttribute('datetime')).to.equal(items[0]!.created);
    expect(a!.querySelector('[part=event]')!.textContent).to.equal('Login failed · alice');
    const link = a!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/x');
    expect(link.textContent!.trim()).to.equal('Open console (opens in a new tab)');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    const pre = b!.querySelector('pre')!;
    expect(pre.textContent).to.equal(JSON.stringify(JSON.parse(items[1]!.body), null, 2));
    expect(b!.querySelector('[part=severity-icon]')!.getAttribute('aria-label')).to.equal('Warning');
    expect(panel(el).matches(':popover-open')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('unread and all tabs', async () => {
    const el = await bell(createMemoryClient({ notifications: notifications(6, { seen: (i) => i % 2 === 1 }) }));
    await openPanel(el);
    expect(articles(el).map((a) => a.querySelector('[part~=body]')!.textContent)).to.deep.equal(['Body n0', 'Body n2', 'Body n4']);
    sr(el).querySelector<HTMLElement>('#tab-all')!.click();
    await until(() => articles(el).length === 6, 'the all tab');
    expect(el.tab).to.equal('all');
    expect(sr(el).querySelector('#tab-all')!.getAttribute('aria-selected')).to.equal('true');
    expect(articles(el).filter((a) => a.hasAttribute('data-unread')).length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('a notification that arrives while the panel is open is "now", not "in 2 seconds"', async () => {
    const client = controlledClient(notifications(1));
    const el = await bell(client);
    await openPanel(el);
    // The panel has been open a while (or the server's clock is ahead of the browser's).
    await new Promise((r) => setTimeout(r, 1600));
    client.add(notifications(1, { prefix: 'new', now: Date.now() }));
    await until(() => articles(el).length === 2, 'the new notification');
    expect(articles(el)[0]!.querySelector('time')!.textContent).to.equal('now');
    client.add(notifications(1, { prefix: 'ahead', now: Date.now() + 90_000 }));
    await until(() => articles(el).length === 3, 'the notification from a clock ahead');
    expect(articles(el)[0]!.querySelector('time')!.textContent).to.equal('now');
  });

  it('moved in the DOM while open, it is closed (not stuck open) and opens again', async () => {
    const el = await bell(createMemoryClient({ notifications: notifications(3) }));
    await openPanel(el);
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await settle(el);
    // Removing a popover from the document hides it (the platform, without a toggle event).
    expect(panel(el).matches(':popover-open')).to.equal(false);
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    el.show();
    await until(() => panel(el).matches(':popover-open') && articles(el).length === 3, 'the panel open again');
    box.remove();
  });

  it('removed (open or not, changed after removal), it lets go of the live connection', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    await openPanel(el);
    expect(client.subscribers).to.equal(1);
    el.remove();
    await settle(el);
    el.tab = 'all';
    el.pageSize = 5;
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(client.subscribers, 'a live subscription left open by a removed bell').to.equal(0);
    document.body.append(el);
    await until(() => client.subscribers === 1, 'the subscription back once attached again');
    el.remove();
  });

  it('removed right after opening (before its toggle event): stays closed, no error, and opens when put back', async () => {
    const el = await bell(createMemoryClient({ notifications: notifications(3) }));
    const errors: unknown[] = [];
    const onError = (event: PromiseRejectionEvent | ErrorEvent) => errors.push('reason' in event ? event.reason : event.error);
    addEventListener('unhandledrejection', onError);
    addEventListener('error', onError);
    try {
      el.show();
      await el.updateComplete;
      expect(panel(el).matches(':popover-open')).to.equal(true);
      el.remove();
      // The popover's toggle event ("open") is queued as a task: it arrives after the removal.
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(errors.map(String), 'uncaught errors').to.deep.equal([]);
      expect(el.open, 'open while removed').to.equal(false);
      document.body.append(el);
      el.show();
      await until(() => panel(el).matches(':popover-open') && articles(el).length === 3, 'the panel open once back');
    } finally {
      removeEventListener('unhandledrejection', onError);
      removeEventListener('error', onError);
      el.remove();
    }
  });

  it('infinite scroll loads every page', async () => {
    const el = await bell(createMemoryClient({ notifications: notifications(95) }), 'page-size=20');
    await openPanel(el);
    expect(articles(el).length).to.equal(20);
    const list = sr(el).querySelector<HTMLElement>('.list')!;
    for (let i = 0; i < 10 && articles(el).length < 95; i++) {
      const before = articles(el).length;
      list.scrollTop = list.scrollHeight;
      await until(() => articles(el).length > before, `page ${i + 2}`);
    }
    expect(articles(el).length).to.equal(95);
    expect(new Set(articles(el).map((a) => a.querySelector('[part~=body]')!.textContent)).size).to.equal(95);
    expect(articles(el).at(-1)!.getAttribute('aria-setsize')).to.equal('95');
    expect(sr(el).querySelector('[part=more]')).to.equal(null);
  });

  it('a next page that fails is asked for once, then again only on Retry (not in a loop while the end of the list is in view)', async () => {
    const client = controlledClient(notifications(5));
    const list = client.listNotifications.bind(client);
    let failing = true;
    let asked = 0;
    client.listNotifications = (query, o) => {
      if (query?.page === 2) asked++;
      return failing && query?.page === 2 ? Promise.reject(new EventsHttpError(503, '')) : list(query, o);
    };
    const pageTwo = () => asked;
    const el = await bell(client, 'page-size=3');
    await openPanel(el);
    await until(() => sr(el).querySelector('[part=retry-button]'), 'the next page error');
    for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(pageTwo()).to.equal(1);
    failing = false;
    sr(el).querySelector<HTMLElement>('[part=retry-button]')!.click();
    await until(() => articles(el).length === 5, 'the next page');
    expect(pageTwo()).to.equal(2);
  });

  it('loading, empty and error (with retry) states', async () => {
    const slow = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${createMemoryClient({ notifications: notifications(3), latencyMs: 300 })}></ev-notification-bell>`);
    expect(slow.matches(':state(loading)')).to.be.true;
    bellButton(slow).click();
    await until(() => sr(slow).querySelector('[part=loading]'), 'the loading state');
    await expect(slow).to.be.accessible();

    const empty = await bell(createMemoryClient({ notifications: notifications(2, { seen: () => true }) }));
    await openPanel(empty);
    expect(sr(empty).querySelector('[part=empty]')!.textContent).to.contain('You are all caught up.');
    await expect(empty).to.be.accessible();

    let failing = true;
    const client = createMemoryClient({ notifications: notifications(2), fail: (op) => (failing && op === 'listNotifications' ? new EventsHttpError(500, 'boom') : undefined) });
    const broken = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => broken.matches(':state(error)'), 'the error state');
    bellButton(broken).click();
    await until(() => sr(broken).querySelector('[part=error]'), 'the error view');
    expect(sr(broken).querySelector('[part=error]')!.textContent).to.contain('Status 500');
    await expect(broken).to.be.accessible();
    failing = false;
    sr(broken).querySelector<HTMLElement>('[part=retry-button]')!.click();
    await until(() => articles(broken).length === 2, 'the retried list');
  });

  it('offline: a banner over what was loaded', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client);
    await openPanel(el);
    client.push({ type: 'status', status: 'offline' });
    await until(() => sr(el).querySelector('[part=offline]'), 'the offline banner');
    expect(articles(el).length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('hostile bodies and links are text; only http(s) and relative links become links', async () => {
    const items = hostileStrings.map((s, i): EventNotification => ({
      ...notifications(1)[0]!,
      pk: `h${i}`,
      body: s,
      hyperlink: hostileStrings[(i + 3) % hostileStrings.length]!,
      hyperlink_label: s,
    }));
    items.push({ ...items[0]!, pk: 'ok', hyperlink: '/if/admin/#/events', hyperlink_label: '<b>x</b>' });
    const el = await bell(createMemoryClient({ notifications: items }), 'page-size=50');
    await openPanel(el);
    expect(articles(el).length).to.equal(items.length);
    const bodies = articles(el).map((a) => a.querySelector('[part~=body]')!.textContent);
    expect(bodies).to.include(hostileStrings[0]);
    const links = [...sr(el).querySelectorAll('a')];
    expect(links.length).to.equal(items.filter((n) => safeUrl(n.hyperlink)).length);
    for (const a of links) expect(a.href).to.match(/^https?:/);
    expect(links.map((a) => a.getAttribute('href'))).to.include('/if/admin/#/events');
    expect(links.at(-1)!.textContent!.trim()).to.equal('<b>x</b>');
    expect(sr(el).querySelectorAll('img, script, svg[onload]').length).to.equal(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(pwned()).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('drawer variant, dark theme and right-to-left', async () => {
    const el = await fixture<EvNotificationBell>(html`<div dir="rtl" lang="ar">
      <ev-notification-bell variant="drawer" theme="dark" .client=${createMemoryClient({ notifications: notifications(4) })}></ev-notification-bell>
    </div>`).then((d) => d.querySelector('ev-notification-bell')!);
    await until(() => el.unread === 4);
    await openPanel(el);
    const box = panel(el).getBoundingClientRect();
    expect(Math.round(box.left)).to.equal(0);
    expect(Math.round(box.height)).to.equal(innerHeight);
    expect(getComputedStyle(panel(el)).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    sr(el).querySelector<HTMLElement>('[part=close-button]')!.click();
    await until(() => !el.open);
  });

  it('the popover sits under the bell, inside the viewport', async () => {
    const wrap = await fixture(html`<div style="display:flex;justify-content:flex-end;padding:8px"><ev-notification-bell .client=${createMemoryClient({ notifications: notifications(3) })}></ev-notification-bell></div>`);
    const el = wrap.querySelector('ev-notification-bell')!;
    await until(() => el.unread === 3);
    await openPanel(el);
    const b = bellButton(el).getBoundingClientRect();
    const p = panel(el).getBoundingClientRect();
    expect(p.top).to.be.greaterThanOrEqual(b.bottom);
    expect(p.right).to.be.lessThanOrEqual(innerWidth);
    expect(p.left).to.be.greaterThanOrEqual(0);
  });

  it('every string can be replaced (per element and per language)', async () => {
    registerTranslation('de', { notificationBell: { button: (n) => (n ? `Benachrichtigungen, ${n} ungelesen` : 'Benachrichtigungen'), markAllRead: 'Alle gelesen' } });
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang="de" .client=${createMemoryClient({ notifications: notifications(2) })}></ev-notification-bell>`);
    await until(() => el.unread === 2);
    await el.updateComplete;
    expect(bellButton(el).getAttribute('aria-label')).to.equal('Benachrichtigungen, 2 ungelesen');
    el.strings = { notificationBell: { title: 'Posteingang' } };
    await openPanel(el);
    expect(sr(el).querySelector('h2')!.textContent).to.equal('Posteingang');
    expect(sr(el).querySelector('[part=mark-all-button]')!.textContent!.trim()).to.equal('Alle gelesen');
    setTranslation({});
  });
});

describe('<ev-notification-bell> events', () => {
  it('ev-notification-click is cancelable; the default opens the link and marks it read', async () => {
    const items = notifications(2).map((n, i) => ({ ...n, hyperlink: `#bell-link-${i}`, hyperlink_label: 'Go' }));
    const client = controlledClient(items);
    const el = await bell(client);
    await openPanel(el);
    el.addEventListener('ev-notification-click', (e) => e.preventDefault(), { once: true });
    articles(el)[0]!.querySelector('a')!.click();
    await settle(el);
    expect(location.hash).to.not.equal('#bell-link-0');
    expect(client.calls.filter((c) => c.method === 'markSeen')).to.have.length(0);

    setTimeout(() => articles(el)[1]!.querySelector<HTMLElement>('[part~=body]')!.click());
    const click = await oneEvent(el, 'ev-notification-click');
    expect(click.detail.notification.pk).to.equal('n1');
    const seen = await oneEvent(el, 'ev-notification-seen');
    expect(seen.detail).to.deep.include({ all: false });
    expect(seen.detail.notifications.map((n: EventNotification) => n.pk)).to.deep.equal(['n1']);
    expect(location.hash).to.equal('#bell-link-1');
    history.replaceState(null, '', location.pathname);
  });

  it('without a link, the default fires ev-select with the linked event', async () => {
    const [event] = makeEvents({ count: 1 });
    const source = await fixture<EvSource>(
      html`<ev-source .client=${createMemoryClient({ notifications: [{ ...notifications(1)[0]!, event: event! }] })}><ev-notification-bell></ev-notification-bell></ev-source>`,
    );
    const el = source.querySelector('ev-notification-bell')!;
    await openPanel(el);
    const button = articles(el)[0]!.querySelector<HTMLElement>('[part=event-button]')!;
    expect(button.textContent!.trim()).to.equal('Show event');
    setTimeout(() => button.click());
    const select = await oneEvent(el, 'ev-select');
    expect(select.detail.event.pk).to.equal(event!.pk);
    // The default selects the event in the surrounding source's shared state.
    expect(source.selection).to.equal(event!.pk);
  });

  it('ev-unread-change follows the count', async () => {
    const client = controlledClient(notifications(2));
    const changes: Array<[number, number | null]> = [];
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell
      .client=${client}
      @ev-unread-change=${(e: CustomEvent<{ unread: number; previous: number | null }>) => changes.push([e.detail.unread, e.detail.previous])}
    ></ev-notification-bell>`);
    await until(() => changes.length === 1);
    client.add(notifications(1, { prefix: 'new', now: Date.now() + 1000 }));
    await until(() => el.unread === 3);
    await openPanel(el);
    articles(el)[0]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(() => el.unread === 2);
    await settle(el);
    expect(changes.slice(0, 3)).to.deep.equal([
      [2, null],
      [3, 2],
      [2, 3],
    ]);
  });

  it('desktop: offers permission on a click, then shows a desktop notification while the page is in the background', async () => {
    const shown: Array<{ title: string; options: NotificationOptions }> = [];
    let permission: NotificationPermission = 'default';
    const real = window.Notification;
    class FakeNotification {
      static get permission() {
        return permission;
      }
      static async requestPermission() {
        permission = 'granted';
        return permission;
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options: NotificationOptions) {
        shown.push({ title, options });
      }
      close() {}
    }
    (window as unknown as { Notification: unknown }).Notification = FakeNotification;
    const hasFocus = document.hasFocus;
    document.hasFocus = () => false;
    try {
      const client = controlledClient(notifications(1));
      const el = await bell(client, 'desktop');
      await openPanel(el);
      const offer = sr(el).querySelector<HTMLElement>('[part=desktop-button]')!;
      expect(offer.textContent!.trim()).to.equal('Enable desktop notifications');
      await expect(el).to.be.accessible();
      offer.click();
      await until(() => !sr(el).querySelector('[part=desktop-button]'), 'the offer to go');
      client.add([{ ...notifications(1, { prefix: 'd', now: Date.now() + 5000 })[0]!, body: 'Backup failed' }]);
      await until(() => shown.length === 1, 'a desktop notification');
      expect(shown[0]!.options.body).to.equal('Backup failed');
      expect(shown[0]!.options.tag).to.equal('d0');
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
      document.hasFocus = hasFocus;
    }
  });
});
