/**
 * A notification's linked event whose `user` is missing or null (unvalidated sources hand over
 * anything) is listed with its action and no name; nothing throws. Before, the item read
 * `event.user.username` and the panel broke on a TypeError.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification, EventRecord } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { makeEvents } from '../../fixtures/events.js';
import { articles, notifications, openPanel, until } from './helpers.js';

describe('<ev-notification-bell> linked events without a user', () => {
  it('lists them by their action; nothing throws', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in e ? e.error : e.reason);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const [base] = makeEvents({ count: 1, actions: ['login'] });
      const [a, b] = notifications(2);
      const items: EventNotification[] = [
        { ...a!, event: { ...base!, user: null } as unknown as EventRecord },
        { ...b!, event: { ...base!, pk: 'no-user-key', user: undefined } as unknown as EventRecord },
      ];
      const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${createMemoryClient({ notifications: items })}></ev-notification-bell>`);
      await until(() => el.unread === 2, 'the unread count');
      await openPanel(el);
      const events = articles(el).map((x) => x.querySelector('[part=event]')?.textContent ?? '');
      expect(events).to.have.length(2);
      for (const text of events) expect(text).to.match(/^Log(ged )?in/);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
    expect(errors.map(String)).to.deep.equal([]);
  });
});
