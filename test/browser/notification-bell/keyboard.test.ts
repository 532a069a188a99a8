import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { articles, bellButton, controlledClient, fastRetries, focused, notifications, openPanel, restoreRetries, settle, sr, until } from './helpers.js';

async function bell(count = 5): Promise<{ el: EvNotificationBell; client: ReturnType<typeof controlledClient> }> {
  const client = controlledClient(notifications(count));
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === count);
  await settle(el);
  return { el, client };
}

const body = (a: Element | null) => a?.closest('article')?.querySelector('[part~=body]')?.textContent;

describe('<ev-notification-bell> keyboard', () => {
  it('Enter opens and focuses the first notification; arrows, Home and End move; Escape closes and returns to the bell', async () => {
    const { el } = await bell();
    bellButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.localName === 'article', 'focus on the first item');
    expect(body(focused(el))).to.equal('Body n0');
    expect(el.open).to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    expect(body(focused(el))).to.equal('Body n1');
    await sendKeys({ press: 'End' });
    expect(body(focused(el))).to.equal('Body n4');
    await sendKeys({ press: 'ArrowDown' });
    expect(body(focused(el))).to.equal('Body n4');
    await sendKeys({ press: 'Home' });
    expect(body(focused(el))).to.equal('Body n0');
    await sendKeys({ press: 'PageDown' });
    expect(body(focused(el))).to.equal('Body n1');
    await sendKeys({ press: 'ArrowUp' });
    expect(body(focused(el))).to.equal('Body n0');
    // Roving focus: only the current item is in the tab order.
    expect(articles(el).filter((a) => a.tabIndex === 0)).to.have.length(1);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open, 'the panel to close');
    expect(focused(el)).to.equal(bellButton(el));
  });

  it('Space opens too; ArrowUp on the bell opens at the last notification', async () => {
    const { el } = await bell(3);
    bellButton(el).focus();
    await sendKeys({ press: 'Space' });
    await until(() => focused(el)?.localName === 'article');
    expect(body(focused(el))).to.equal('Body n0');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open);
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused(el)?.localName === 'article');
    expect(body(focused(el))).to.equal('Body n2');
  });

  it('Enter on a notification activates it; the tabs switch with arrow keys', async () => {
    const { el } = await bell(2);
    bellButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.localName === 'article');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const click = await oneEvent(el, 'ev-notification-click');
    expect(click.detail.notification.pk).to.equal('n0');
    sr(el).querySelector<HTMLElement>('#tab-unread')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.tab === 'all');
    expect(focused(el)!.id).to.equal('tab-all');
    await sendKeys({ press: 'Home' });
    await until(() => el.tab === 'unread');
  });

  it('End reaches the last loaded notification even when only the first are rendered', async () => {
    const client = controlledClient(notifications(120));
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell page-size="120" .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 120);
    bellButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.localName === 'article');
    expect(articles(el).length).to.be.lessThan(120);
    await sendKeys({ press: 'End' });
    await until(() => focused(el)?.getAttribute('aria-posinset') === '120', 'the 120th item');
    expect(body(focused(el))).to.equal('Body n119');
    await sendKeys({ press: 'ArrowUp' });
    expect(body(focused(el))).to.equal('Body n118');
  });

  it('a notification arriving on top keeps focus (and Enter, and "mark as read") on the notification the user is on', async () => {
    const { el, client } = await bell(5);
    bellButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.localName === 'article');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(body(focused(el))).to.equal('Body n2');
    client.add(notifications(1, { prefix: 'new', now: Date.now() + 1000 }));
    await until(() => articles(el).length === 6, 'the new notification');
    await settle(el);
    expect(body(focused(el))).to.equal('Body n2');
    expect(articles(el).filter((a) => a.tabIndex === 0).map(body)).to.deep.equal(['Body n2']);
    el.addEventListener('ev-notification-click', (e) => e.preventDefault(), { once: true });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'ev-notification-click')).detail.notification.pk).to.equal('n2');
    // On an item's button: still that item's button after another arrival.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.getAttribute('part')).to.equal('mark-read');
    client.add(notifications(1, { prefix: 'newer', now: Date.now() + 2000 }));
    await until(() => articles(el).length === 7, 'the second new notification');
    await settle(el);
    expect(focused(el)!.getAttribute('part')).to.equal('mark-read');
    expect(body(focused(el))).to.equal('Body n2');
    await sendKeys({ press: 'Enter' });
    await until(() => client.calls.some((c) => c.method === 'markSeen'));
    expect(client.calls.filter((c) => c.method === 'markSeen').map((c) => c.pk)).to.deep.equal(['n2']);
  });

  it('Retry after a failed page keeps focus in the panel (on the first notification, or the last one before a next page)', async () => {
    let fails: (page?: number) => boolean = (page) => page !== undefined;
    const client = controlledClient(notifications(5));
    const list = client.listNotifications.bind(client);
    client.listNotifications = (query, o) => (fails(query?.page) ? Promise.reject(new EventsHttpError(503, '')) : list(query, o));
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell page-size="3" .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 5);
    bellButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => sr(el).querySelector('[part=retry-button]'), 'the error view');
    sr(el).querySelector<HTMLElement>('[part=retry-button]')!.focus();
    // The first page loads; the next one (asked for at once: the end of the list is in view) fails.
    fails = (page) => page === 2;
    await sendKeys({ press: 'Enter' });
    await until(() => articles(el).length === 3 && sr(el).querySelector('[part=retry-button]'), 'the first page and the next page error');
    await settle(el);
    expect(body(focused(el))).to.equal('Body n0');
    sr(el).querySelector<HTMLElement>('[part=retry-button]')!.focus();
    fails = () => false;
    await sendKeys({ press: 'Enter' });
    await until(() => articles(el).length === 5, 'the next page');
    await settle(el);
    expect(body(focused(el))).to.equal('Body n2');
  });

  it('mark as read from the keyboard keeps focus on the notification', async () => {
    const { el } = await bell(3);
    bellButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.localName === 'article');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.getAttribute('part')).to.equal('mark-read');
    await sendKeys({ press: 'Enter' });
    await until(() => el.unread === 2);
    expect(focused(el)?.localName).to.equal('article');
    expect(body(focused(el))).to.equal('Body n0');
  });

  it('"mark all as read" from the keyboard: focus stays in the panel when it fails (on the button, to try again) and when it succeeds', async () => {
    fastRetries(1);
    try {
      const { el, client } = await bell(3);
      client.failMarkAll(2, () => new EventsHttpError(502, 'bad gateway', { retryable: true }));
      bellButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => focused(el)?.localName === 'article');
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(el)!.getAttribute('part')).to.equal('mark-all-button');
      await sendKeys({ press: 'Enter' });
      await until(() => sr(el).querySelector('[part=mark-all-error]'), 'the error banner');
      await settle(el);
      expect(focused(el)?.getAttribute('part')).to.equal('mark-all-button');
      await sendKeys({ press: 'Enter' });
      await until(() => el.unread === 0, 'mark all');
      await settle(el);
      expect(focused(el)?.getAttribute('role')).to.equal('tab');
    } finally {
      restoreRetries();
    }
  });

  it('"enable desktop notifications" from the keyboard: once answered, the offer goes and focus moves to the selected tab, not to the page', async () => {
    let permission: NotificationPermission = 'default';
    const real = window.Notification;
    (window as unknown as { Notification: unknown }).Notification = class {
      static get permission() {
        return permission;
      }
      static async requestPermission() {
        return (permission = 'granted');
      }
    };
    try {
      const client = controlledClient(notifications(2));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell desktop .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 2);
      bellButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => focused(el)?.localName === 'article');
      sr(el).querySelector<HTMLElement>('[part=desktop-button]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !sr(el).querySelector('[part=desktop-button]'), 'the offer to go');
      await settle(el);
      expect(focused(el)?.id).to.equal('tab-unread');
    } finally {
      (window as unknown as { Notification: unknown }).Notification = real;
    }
  });
});

describe('<ev-notification-bell> announcements', () => {
  const region = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();

  it('announces new notifications politely, once per page however many bells', async () => {
    const client = controlledClient(notifications(1));
    const wrap = await fixture(html`<div>
      <ev-notification-bell .client=${client}></ev-notification-bell><ev-notification-bell .client=${client}></ev-notification-bell>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('ev-notification-bell')];
    await until(() => a!.unread === 1 && b!.unread === 1);
    expect(sr(a!).querySelector('[role=status]')!.closest('[popover]')).to.equal(null);
    client.add([{ ...notifications(1, { prefix: 'x', now: Date.now() + 1000 })[0]!, body: 'Certificate expires tomorrow' }]);
    await until(() => region(a!) !== '', 'the announcement');
    expect(region(a!)).to.equal('New notification: Certificate expires tomorrow');
    expect(region(b!)).to.equal('');
    client.add(notifications(3, { prefix: 'y', now: Date.now() + 2000 }));
    await until(() => region(a!) === '3 new notifications');
    expect(bellButton(a!).getAttribute('aria-label')).to.equal('Notifications, 5 unread');
  });

  it('two announcements in a row (within the region\'s 50 ms) are both said: the later does not replace the earlier', async () => {
    fastRetries(0);
    try {
      const client = controlledClient(notifications(2));
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
      await until(() => el.unread === 2);
      await openPanel(el);
      client.add([{ ...notifications(1, { prefix: 'x', now: Date.now() + 1000 })[0]!, body: 'First' }]);
      await until(() => region(el) === 'New notification: First', 'the first announcement');
      // "Mark as read" that will fail, held until the next announcement has begun (its region cleared).
      const release = client.holdMarkSeen();
      client.failMarkSeen(1, () => new EventsHttpError(503, ''));
      articles(el)[1]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
      const status = sr(el).querySelector('[role=status]')!;
      const observer = new MutationObserver(() => {
        if (region(el) !== '') return;
        observer.disconnect();
        release();
      });
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      client.add([{ ...notifications(1, { prefix: 'y', now: Date.now() + 2000 })[0]!, body: 'Second' }]);
      await until(() => region(el).includes('Could not mark this as read'), 'the failure announcement');
      expect(region(el)).to.equal('New notification: Second Could not mark this as read. Try again.');
    } finally {
      restoreRetries();
    }
  });

  it('a hidden bell (e.g. the mobile header on a wide screen) leaves the announcement to a shown one', async () => {
    const client = controlledClient(notifications(1));
    const wrap = await fixture(html`<div>
      <ev-notification-bell style="display: none" .client=${client}></ev-notification-bell><ev-notification-bell .client=${client}></ev-notification-bell>
    </div>`);
    const [hidden, shown] = [...wrap.querySelectorAll('ev-notification-bell')];
    await until(() => shown!.unread === 1);
    client.add([{ ...notifications(1, { prefix: 'x', now: Date.now() + 1000 })[0]!, body: 'Disk almost full' }]);
    await until(() => region(shown!) !== '', 'the announcement by the shown bell');
    expect(region(shown!)).to.equal('New notification: Disk almost full');
    expect(region(hidden!)).to.equal('');
    // The layout changes: the other bell is the one on screen now.
    hidden!.style.display = '';
    shown!.style.display = 'none';
    client.add([{ ...notifications(1, { prefix: 'y', now: Date.now() + 2000 })[0]!, body: 'Disk full' }]);
    await until(() => region(hidden!) !== '', 'the announcement by the other bell');
    expect(region(hidden!)).to.equal('New notification: Disk full');
  });
});
