// A bell moved within its page (a keyed list re-ordered, a header re-rendered by a framework) keeps
// its count and live connection: no new request, no flash; moved out of its source it lets go.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/components/source/ev-source.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { badge, notifications, settle, until } from './helpers.js';

describe('<ev-notification-bell> moved in the DOM', () => {
  it('within its source: no second count request, the badge stays', async () => {
    const client = createMemoryClient({ notifications: notifications(3) });
    let lists = 0;
    const list = client.listNotifications.bind(client);
    client.listNotifications = (query, options) => {
      lists++;
      return list(query, options);
    };
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><div id="a"><ev-notification-bell></ev-notification-bell></div><div id="b"></div></ev-source>`);
    const el = source.querySelector('ev-notification-bell')!;
    await until(() => el.unread === 3, 'the count');
    await settle(el);
    const before = lists;
    const states: string[] = [];
    source.querySelector('#b')!.append(el);
    for (let i = 0; i < 5; i++) {
      states.push(badge(el) ?? 'none');
      await settle(el);
    }
    expect(lists - before, 'count requests after the move').to.equal(0);
    expect(states.every((s) => s === '3'), states.join(', ')).to.equal(true);
    expect(el.unread).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('out of every source: the no-client view, the source is not asked again', async () => {
    const client = createMemoryClient({ notifications: notifications(2) });
    const source = await fixture<EvSource>(html`<ev-source .client=${client}><ev-notification-bell></ev-notification-bell></ev-source>`);
    const el = source.querySelector('ev-notification-bell')!;
    await until(() => el.unread === 2, 'the count');
    source.after(el);
    await until(() => el.matches(':state(no-client)'), 'the no-client view');
    expect(el.unread).to.equal(null);
    el.remove();
  });
});
