/**
 * Notifications whose `created` is no time (a number, epoch ms or s; a numeric string, also a short
 * one the browser would read as a 2001 date, "5" or "12.5"; words; an
 * object; null) from an unvalidated source are listed with "Time unknown" and claim no date (no
 * `datetime`, no tooltip). Before, an item showed the raw number while its tooltip showed a date
 * made of it (or "[object Object]", "null" in both). A real time keeps its relative text and date.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/components/source/ev-source.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { articles, notifications, openPanel, until } from './helpers.js';

const NO_TIMES: unknown[] = [1_700_000_000_000, 1_700_000_000, '1700000000000', 'yesterday', {}, null, '5', '12.5'];
const RAW = /1700000000|object Object|yesterday|null|NaN|Invalid Date/;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function panelOf(items: unknown[], lang = 'en-US'): Promise<EvNotificationBell> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" .client=${createMemoryClient({ notifications: items as EventNotification[] })}>
    <ev-notification-bell lang=${lang}></ev-notification-bell>
  </ev-source>`);
  const el = source.querySelector('ev-notification-bell')!;
  await until(() => el.unread === items.length, 'the unread count');
  await openPanel(el);
  return el;
}

/** An item's meta line without the screen-reader "Unread, " before it. */
const meta = (item: HTMLElement) => text(item.querySelector('[part=meta]')).replace(/^(Unread|Ungelesen), /, '');

describe('<ev-notification-bell>: created that is no time', () => {
  it('lists those notifications with "Time unknown" and no date; a real time as before', async () => {
    const base = notifications(NO_TIMES.length + 1);
    const items = [{ ...base[0]!, created: '2023-11-14T22:13:20Z' }, ...NO_TIMES.map((created, i) => ({ ...base[i + 1]!, created }))];
    const el = await panelOf(items);
    const list = articles(el);
    expect(list).to.have.length(items.length);
    const unknown = list.filter((item) => meta(item) === 'Time unknown');
    expect(unknown, list.map(meta).join(' | ')).to.have.length(NO_TIMES.length);
    for (const item of unknown) {
      expect(item.querySelector('[part=meta] [datetime]'), 'a datetime').to.equal(null);
      expect(item.querySelector('[part=meta] [title]'), 'a tooltip').to.equal(null);
    }
    const time = list.find((item) => !unknown.includes(item))!.querySelector('[part=meta] time')!;
    expect(time.getAttribute('datetime')).to.equal('2023-11-14T22:13:20Z');
    expect(time.getAttribute('title')).to.equal('Nov 14, 2023, 10:13:20 PM UTC');
    expect(text(time)).to.match(/ years? ago$/);
    for (const item of list) expect(`${meta(item)} ${item.querySelector('[part=meta] [title]')?.getAttribute('title') ?? ''}`).not.to.match(RAW);
    await expect(el).to.be.accessible();
  });

  it('in German: "Zeit unbekannt"', async () => {
    const el = await panelOf(notifications(1).map((n) => ({ ...n, created: 1_700_000_000_000 })), 'de');
    expect(articles(el).map(meta)).to.deep.equal(['Zeit unbekannt']);
  });
});
