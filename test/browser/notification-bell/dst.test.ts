/**
 * The repeated hour when clocks go back (Europe/Berlin, 25 Oct 2026: 02:00–03:00 happens twice):
 * the exact time of a notification (its tooltip) always names the zone, so the two 02:30s differ.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import '../../../src/components/source/ev-source.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventNotification } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { articles, openPanel, settle, until } from './helpers.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const notification = (pk: string, created: string): EventNotification => ({
  pk,
  severity: 'notice',
  body: `Body ${pk}`,
  hyperlink: null,
  hyperlink_label: null,
  created,
  event: null,
  seen: false,
});

describe('<ev-notification-bell> across a DST fall-back', () => {
  it('the two 02:30s read differently in the exact time, each with its zone', async () => {
    const client = createMemoryClient({
      notifications: [notification('noon', '2026-10-25T11:00:00Z'), notification('cet', '2026-10-25T01:30:00Z'), notification('cest', '2026-10-25T00:30:00Z')],
    });
    const source = await fixture<EvSource>(html`<ev-source time-zone="Europe/Berlin" .client=${client}>
      <ev-notification-bell lang="en-US"></ev-notification-bell>
    </ev-source>`);
    const el = source.querySelector('ev-notification-bell')!;
    await until(() => el.unread !== null, 'the unread count');
    await settle(el);
    await openPanel(el);
    const times = Object.fromEntries(articles(el).map((a) => [plain(a.querySelector('[part~=body]')!.textContent), a.querySelector('time')!]));
    expect(plain(times['Body cest']!.title)).to.equal('Oct 25, 2026, 2:30:00 AM GMT+2');
    expect(plain(times['Body cet']!.title)).to.equal('Oct 25, 2026, 2:30:00 AM GMT+1');
    expect(plain(times['Body noon']!.title)).to.equal('Oct 25, 2026, 12:00:00 PM GMT+1');
    // The machine-readable instant is unchanged.
    expect(times['Body cest']!.dateTime).to.equal('2026-10-25T00:30:00Z');
    await expect(el).to.be.accessible();
  });
});
