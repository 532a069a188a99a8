/**
 * When the unread count cannot be had (the server fails before it ever answered), the bell says
 * so instead of looking like "no unread notifications": its name says the count is unavailable
 * and it shows "!" where the count would be. Once a count comes, it is the count again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError } from '../../../src/client/errors.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { badge, bellButton, notifications, until } from './helpers.js';

describe('<ev-notification-bell> the count failed', () => {
  it('says the count is unavailable (name and "!"), not that nothing is unread; then the count once it comes', async () => {
    let failing = true;
    const client = createMemoryClient({ notifications: notifications(3), fail: (op) => (failing && op === 'listNotifications' ? new EventsHttpError(500, 'boom') : undefined) });
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.matches(':state(error)'), 'the error state');
    await el.updateComplete;
    expect(bellButton(el).getAttribute('aria-label')).to.equal('Notifications, unread count unavailable');
    expect(badge(el)).to.equal('!');
    await expect(el).to.be.accessible();
    failing = false;
    el.refresh();
    await until(() => el.unread === 3, 'the count');
    await el.updateComplete;
    expect(bellButton(el).getAttribute('aria-label')).to.equal('Notifications, 3 unread');
    expect(badge(el)).to.equal('3');
  });
});
