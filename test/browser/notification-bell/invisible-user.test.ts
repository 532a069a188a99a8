/**
 * The linked event's user in an item's meta line (and so in the item's accessible description)
 * names what is there: "ad\u200Bmin" reads "ad⟨U+200B⟩min" instead of passing for "admin", a name
 * of only invisible characters "(invisible name: U+200B)" instead of nothing; emoji sequences and
 * scripts that need joiners read as written. A body of nothing visible (Braille blank, control
 * characters) reads as its severity, as the log counts a blank name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeEvents } from '../../fixtures/events.js';
import { articles, notifications, openPanel, until } from './helpers.js';

const NAMES: Array<[string, string]> = [
  ['ad\u200Bmin', 'ad⟨U+200B⟩min'],
  ['\u200B', '(invisible name: U+200B)'],
  ['\u2066\u2069', '(invisible name: U+2066 U+2069)'],
  ['admin', 'admin'],
  ['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
  ['می\u200Cخواهم', 'می\u200Cخواهم'],
];

function byUsers(names: string[]): EventNotification[] {
  const events = makeEvents({ count: names.length, now: Date.now() });
  return notifications(names.length).map((n, i) => ({ ...n, event: { ...events[i]!, action: 'login', user: { pk: i + 1, username: names[i]! } } }));
}

async function panelOf(items: EventNotification[], lang = 'en'): Promise<EvNotificationBell> {
  const el = await fixture<EvNotificationBell>(html`<ev-notification-bell lang=${lang} .client=${createMemoryClient({ notifications: items })}></ev-notification-bell>`);
  await until(() => el.unread !== null, 'the unread count');
  await openPanel(el);
  return el;
}

/** What a screen reader reads as the item's description: the text of the elements `aria-describedby` names. */
const description = (article: HTMLElement) =>
  article
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => (article.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');

describe('<ev-notification-bell> usernames that draw nothing or look like another', () => {
  it('the event line names what is there: "ad⟨U+200B⟩min", "(invisible name: U+200B)"; emoji and joining scripts as written', async () => {
    const el = await panelOf(byUsers(NAMES.map(([name]) => name)));
    const shown = articles(el).map((a) => a.querySelector('[part=event]')!.textContent);
    expect(shown).to.deep.equal(NAMES.map(([, want]) => `Login · ${want}`));
    expect(description(articles(el)[0]!)).to.contain('Login · ad⟨U+200B⟩min');
    await expect(el).to.be.accessible();
  });

  it('in German', async () => {
    const el = await panelOf(byUsers(['\u200B', 'ad\u200Bmin']), 'de');
    expect(articles(el).map((a) => a.querySelector('[part=event]')!.textContent)).to.deep.equal(['Anmeldung · (unsichtbarer Name: U+200B)', 'Anmeldung · ad⟨U+200B⟩min']);
  });

  it('a body of nothing visible (Braille blank, control characters) reads as its severity', async () => {
    const [a, b] = notifications(2);
    const el = await panelOf([
      { ...a!, severity: 'warning', body: '\u2800\u2800' },
      { ...b!, severity: 'alert', body: '\u0007\u001b' },
    ]);
    expect(articles(el).map((x) => x.querySelector('[part~=body]')!.textContent)).to.deep.equal(['Warning', 'Alert']);
  });
});
