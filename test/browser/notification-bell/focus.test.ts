/**
 * Where focus goes when what holds it changes: a focused notification that leaves the list,
 * Tab / Shift+Tab out of the open panel; and what the Unread tab shows when the panel reopens.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { articles, bellButton, controlledClient, focused, notifications, openPanel, settle, sr, until } from './helpers.js';

const body = (a: Element | null | undefined) => a?.closest('article')?.querySelector('[part~=body]')?.textContent;
const bodies = (el: EvNotificationBell) => articles(el).map(body);

async function bell(count: number, variant = 'popover') {
  const client = controlledClient(notifications(count));
  const host = await fixture<HTMLElement>(html`<div>
    <button id="before">before</button>
    <ev-notification-bell variant=${variant} .client=${client}></ev-notification-bell>
    <button id="after">after</button>
  </div>`);
  const el = host.querySelector('ev-notification-bell')!;
  await until(() => el.unread === count);
  await settle(el);
  return { el, client, host };
}

/** Opens the panel from the keyboard (focus on the first notification). */
async function openByKeyboard(el: EvNotificationBell): Promise<void> {
  bellButton(el).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => focused(el)?.localName === 'article', 'focus on the first notification');
}

describe('<ev-notification-bell> focus: a focused notification leaves the list', () => {
  it('focus moves to the next notification, else the previous one, else the selected tab; never to the page', async () => {
    const { el, client } = await bell(4);
    await openByKeyboard(el);
    // The last one, read elsewhere: the list read again no longer has it.
    await sendKeys({ press: 'End' });
    expect(body(focused(el))).to.equal('Body n3');
    client.seenElsewhere('n3');
    el.refresh();
    await until(() => articles(el).length === 3, 'the list without n3');
    await settle(el);
    expect(body(focused(el)), 'the previous one').to.equal('Body n2');
    // One in the middle, on its "mark as read" button: the next one.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.getAttribute('part')).to.equal('mark-read');
    expect(body(focused(el))).to.equal('Body n1');
    client.seenElsewhere('n1');
    el.refresh();
    await until(() => articles(el).length === 2, 'the list without n1');
    await settle(el);
    expect(bodies(el)).to.deep.equal(['Body n0', 'Body n2']);
    expect(focused(el)?.localName).to.equal('article');
    expect(body(focused(el)), 'the next one').to.equal('Body n2');
    expect(articles(el).filter((a) => a.tabIndex === 0).map(body)).to.deep.equal(['Body n2']);
    // The last ones go: the selected tab, in the panel.
    client.seenElsewhere('n0');
    client.seenElsewhere('n2');
    el.refresh();
    await until(() => sr(el).querySelector('[part=empty]'), 'the empty list');
    await settle(el);
    expect(focused(el)?.id).to.equal('tab-unread');
    expect(el.open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('a notification the user is not on leaves focus where it is', async () => {
    const { el, client } = await bell(3);
    await openByKeyboard(el);
    await sendKeys({ press: 'End' });
    client.seenElsewhere('n0');
    el.refresh();
    await until(() => articles(el).length === 2);
    await settle(el);
    expect(body(focused(el))).to.equal('Body n2');
  });
});

describe('<ev-notification-bell> focus: leaving the panel', () => {
  for (const variant of ['popover', 'drawer']) {
    it(`Tab past the last control closes the ${variant}; focus stays where Tab sent it`, async () => {
      const { el, host } = await bell(1, variant);
      await openByKeyboard(el);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)!.getAttribute('part')).to.equal('mark-read');
      await sendKeys({ press: 'Tab' });
      await until(() => !el.open, 'the panel to close');
      await settle(el);
      expect(document.activeElement).to.equal(host.querySelector('#after'));
    });

    it(`Shift+Tab before the first control closes the ${variant} (focus on the bell)`, async () => {
      const { el } = await bell(1, variant);
      await openByKeyboard(el);
      sr(el).querySelector<HTMLElement>('[part=mark-all-button]')!.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await until(() => !el.open, 'the panel to close');
      await settle(el);
      expect(focused(el)).to.equal(bellButton(el));
    });
  }

  it('Tab within the panel keeps it open; a click on the bell still closes it (and it stays closed)', async () => {
    const { el } = await bell(2);
    await openByKeyboard(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.open).to.be.true;
    const box = bellButton(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => !el.open, 'the panel to close');
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(el.open).to.be.false;
  });
});

describe('<ev-notification-bell> Unread tab on reopening', () => {
  it('notifications read while it was open leave the Unread tab when it opens again', async () => {
    const { el } = await bell(3);
    await openPanel(el);
    articles(el)[0]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(() => el.unread === 2);
    // While open it stays (read), so nothing moves under the user.
    expect(bodies(el)).to.deep.equal(['Body n0', 'Body n1', 'Body n2']);
    el.hide();
    await until(() => !el.open);
    await openPanel(el);
    expect(bodies(el)).to.deep.equal(['Body n1', 'Body n2']);
    expect(articles(el)[0]!.getAttribute('aria-setsize')).to.equal('2');
    // Back to the Unread tab from the All tab: the same.
    articles(el)[0]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(() => el.unread === 1);
    el.tab = 'all';
    await until(() => articles(el).length === 3);
    el.tab = 'unread';
    await until(() => articles(el).length === 1);
    expect(bodies(el)).to.deep.equal(['Body n2']);
  });

  it('notifications read in another bell while it was closed are not in its Unread tab', async () => {
    const client = controlledClient(notifications(3));
    const host = await fixture<HTMLElement>(html`<div>
      <ev-notification-bell .client=${client}></ev-notification-bell><ev-notification-bell .client=${client}></ev-notification-bell>
    </div>`);
    const [a, b] = [...host.querySelectorAll('ev-notification-bell')] as [EvNotificationBell, EvNotificationBell];
    await until(() => a.unread === 3);
    await openPanel(a);
    a.hide();
    await until(() => !a.open);
    await openPanel(b);
    articles(b)[1]!.querySelector<HTMLElement>('[part=mark-read]')!.click();
    await until(() => b.unread === 2);
    b.hide();
    await until(() => !b.open);
    await openPanel(a);
    expect(bodies(a)).to.deep.equal(['Body n0', 'Body n2']);
    // The All tab still lists it, as read.
    a.tab = 'all';
    await until(() => articles(a).length === 3);
    expect(articles(a)[1]!.matches('[part~=item-unread]')).to.be.false;
  });
});
