/**
 * An item's link that opens a new tab (a URL on another site) says so in its accessible name,
 * "(opens in a new tab)", hidden from sight, as <ev-detail>'s links do; a link that stays in this
 * tab says nothing extra.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { articles, notifications, openPanel, until } from './helpers.js';

async function linkOf(item: Partial<EventNotification>, lang = 'en'): Promise<{ el: EvNotificationBell; link: HTMLAnchorElement }> {
  const client = createMemoryClient({ notifications: [{ ...notifications(1)[0]!, ...item }] });
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang=${lang} .client=${client}></ev-notification-bell>`);
  await until(() => el.unread === 1, 'the unread count');
  await openPanel(el);
  return { el, link: articles(el)[0]!.querySelector('a')! };
}

const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

describe('<ev-notification-bell> links that open a new tab', () => {
  it('say "(opens in a new tab)" to assistive technology, not on screen', async () => {
    const { el, link } = await linkOf({ hyperlink: 'https://example.com/x', hyperlink_label: 'Open console' });
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(text(link)).to.equal('Open console (opens in a new tab)');
    const hint = [...link.querySelectorAll('span')].find((s) => text(s).includes('opens in a new tab'))!;
    expect(hint.getBoundingClientRect().width, 'hidden from sight').to.be.at.most(1);
    expect(text(link).replace(text(hint), '').trim(), 'the label on screen').to.equal('Open console');
    await expect(el).to.be.accessible();
  });

  it('so does a link without a label ("Open")', async () => {
    const { link } = await linkOf({ hyperlink: 'https://example.com/x' });
    expect(text(link)).to.equal('Open (opens in a new tab)');
  });

  it('a link that stays in this tab says nothing extra', async () => {
    const { link } = await linkOf({ hyperlink: '/if/admin/#/events', hyperlink_label: 'Events' });
    expect(link.getAttribute('target')).to.equal(null);
    expect(text(link)).to.equal('Events');
  });

  it('in German', async () => {
    const { link } = await linkOf({ hyperlink: 'https://example.com/x', hyperlink_label: 'Konsole' }, 'de');
    expect(text(link)).to.equal('Konsole (öffnet in einem neuen Tab)');
  });
});
