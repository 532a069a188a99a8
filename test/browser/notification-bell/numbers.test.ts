/**
 * The numbers the bell says are written the way its badge writes them: in the bell's language
 * (`1.234` in German, Arabic-Indic digits in `ar-EG`), in the live region and in desktop
 * notification titles, including "more than" after a poll tick past its cap. In-memory source,
 * live messages sent by the test; a fake `Notification` in a page without focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/i18n/locales/de.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { type ControlledClient, badge, controlledClient, notifications, settle, sr, until } from './helpers.js';

const announced = (el: EvNotificationBell) => sr(el).querySelector('[role=status]')!.textContent!.trim();

async function bell(client: ControlledClient, lang: string, desktop = false): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang=${lang} ?desktop=${desktop} .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === 3, 'the count');
  await settle(el);
  return el;
}

/** `count` new ones pushed live at once (one announcement). */
const arrive = (client: ControlledClient, count: number) => client.add(notifications(count, { prefix: 'new', now: Date.now() + 1_000_000 }));

/** 800 created during a gap; a tick sends the newest 500, then its status with `missed`. */
function tickPastTheCap(client: ControlledClient): void {
  const gap = notifications(800, { prefix: 'gap', now: Date.now() + 1_000_000 });
  client.add(gap, true);
  for (const n of gap.slice(0, 500).reverse()) client.push({ type: 'notification', notification: { ...n } });
  client.push({ type: 'status', status: 'polling', missed: true, missedKinds: ['notification'] });
}

describe('<ev-notification-bell> numbers in announcements', () => {
  it('German: 1,234 new are announced as "1.234", as the badge writes them', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client, 'de');
    arrive(client, 1234);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('1.234 neue Benachrichtigungen');
    await until(() => el.unread === 1237, 'the count');
    await settle(el);
    expect(badge(el)).to.equal('99+');
  });

  it('ar-EG: 1,234 new are announced in Arabic-Indic digits, as the badge writes them', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client, 'ar-EG');
    expect(badge(el)).to.equal('٣');
    arrive(client, 1234);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('١٬٢٣٤ new notifications');
  });

  it('ar-EG: "more than" after a poll tick past its cap names the number in Arabic-Indic digits', async () => {
    const client = controlledClient(notifications(3));
    const el = await bell(client, 'ar-EG');
    tickPastTheCap(client);
    await until(() => announced(el) !== '', 'the announcement');
    expect(announced(el)).to.equal('More than ٥٠٠ new notifications');
  });
});

describe('<ev-notification-bell> desktop notification titles', () => {
  let shown: Array<{ title: string; options: NotificationOptions }>;
  const real = window.Notification;
  const hasFocus = document.hasFocus;
  beforeEach(() => {
    shown = [];
    (window as unknown as { Notification: unknown }).Notification = class {
      static permission = 'granted';
      onclick = null;
      constructor(title: string, options: NotificationOptions) {
        shown.push({ title, options });
      }
      close() {}
    };
    document.hasFocus = () => false; // the page is in the background
  });
  afterEach(() => {
    (window as unknown as { Notification: unknown }).Notification = real;
    document.hasFocus = hasFocus;
  });

  it('after a poll tick past its cap: one notification titled "More than 500 new notifications", not "500 new"', async () => {
    const client = controlledClient(notifications(3));
    await bell(client, 'en', true);
    tickPastTheCap(client);
    await until(() => shown.length > 0, 'a desktop notification');
    await new Promise((r) => setTimeout(r, 300));
    expect(shown.map((s) => s.title)).to.deep.equal(['More than 500 new notifications']);
    expect(shown[0]!.options.tag).to.equal('ev-notifications');
  });

  it('German, past the cap: "Mehr als 500 neue Benachrichtigungen"', async () => {
    const client = controlledClient(notifications(3));
    await bell(client, 'de', true);
    tickPastTheCap(client);
    await until(() => shown.length > 0, 'a desktop notification');
    expect(shown[0]!.title).to.equal('Mehr als 500 neue Benachrichtigungen');
  });

  it('ar-EG: the summing title writes the number in Arabic-Indic digits', async () => {
    const client = controlledClient(notifications(3));
    await bell(client, 'ar-EG', true);
    arrive(client, 4);
    await until(() => shown.length > 0, 'a desktop notification');
    expect(shown.map((s) => s.title)).to.deep.equal(['٤ new notifications']);
  });

  it('German, 1,234 new: "1.234 neue Benachrichtigungen"', async () => {
    const client = controlledClient(notifications(3));
    await bell(client, 'de', true);
    arrive(client, 1234);
    await until(() => shown.length > 0, 'a desktop notification');
    expect(shown.map((s) => s.title)).to.deep.equal(['1.234 neue Benachrichtigungen']);
  });
});
