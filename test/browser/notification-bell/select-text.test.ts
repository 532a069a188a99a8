/**
 * Selecting a notification's text (to copy an error message or an address) is not a click on the
 * notification: the drag that selects ends in a click on the same element, which used to open its
 * link (navigating away from what was being copied) and mark it read. A plain click still opens
 * it (bell.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { articles, controlledClient, notifications, openPanel, settle } from './helpers.js';

describe('<ev-notification-bell> selecting text in a notification', () => {
  afterEach(() => sendMouse({ type: 'up' }).catch(() => undefined));

  it('a drag that selects the body text neither opens the link nor marks it read', async () => {
    const [n] = notifications(1);
    const client = controlledClient([{ ...n!, body: 'Certificate for auth.example.com expires tomorrow', hyperlink: '#bell-selected', hyperlink_label: 'Renew' }]);
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await openPanel(el);
    let clicks = 0;
    el.addEventListener('ev-notification-click', () => clicks++);
    const body = articles(el)[0]!.querySelector<HTMLElement>('[part~=body]')!;
    const text = document.createRange();
    text.selectNodeContents(body);
    const r = text.getClientRects()[0]!;
    const y = Math.round(r.top + r.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(r.left + 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.right - 2), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(document.getSelection()!.toString(), 'the text selected').to.include('example.com');
    expect(clicks, 'ev-notification-click').to.equal(0);
    expect(location.hash).to.not.equal('#bell-selected');
    expect(client.calls.filter((c) => c.method === 'markSeen')).to.have.length(0);
    expect(el.open, 'the panel stays open').to.equal(true);
    history.replaceState(null, '', location.pathname);
  });
});
