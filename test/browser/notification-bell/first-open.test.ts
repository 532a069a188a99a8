/**
 * The bell counts and subscribes at once; the stream opens a moment later (a round trip, longer
 * on a busy machine). A notification created in between is in neither the first count nor the
 * stream (a first stream replays nothing): when the stream first opens, the bell catches up as it
 * does after a reconnect. In-memory source whose stream opens when the test says.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification-bell/ev-notification-bell.js';
import type { LiveMessage } from '../../../src/client/types.js';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { type ControlledClient, articles, badge, controlledClient, notifications, openPanel, settle, sr, until } from './helpers.js';

/** A controlled client whose stream says `open` only once `openStream()` is called (`connecting` until then). */
function slowStream(client: ControlledClient): () => void {
  const subscribe = client.subscribe.bind(client);
  let opened = false;
  const held = new Set<(m: LiveMessage) => void>();
  client.subscribe = (onMessage, options) => {
    held.add(onMessage);
    queueMicrotask(() => onMessage({ type: 'status', status: 'connecting' }));
    const off = subscribe((m) => (opened || m.type !== 'status') && onMessage(m), options);
    return () => (held.delete(onMessage), off());
  };
  return () => {
    opened = true;
    for (const onMessage of held) onMessage({ type: 'status', status: 'open' });
  };
}

describe('<ev-notification-bell>: a notification created before the stream first opened', () => {
  it('is counted, listed and announced once the stream opens', async () => {
    const client = controlledClient(notifications(2));
    const openStream = slowStream(client);
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 2, 'the first count');
    await openPanel(el);
    expect(articles(el)).to.have.length(2);
    // Created on the server after the count, before the stream is there to push it.
    const [late] = notifications(1, { prefix: 'late', now: Date.now() + 1000 });
    client.add([late!], true);
    await settle(el);
    expect(badge(el)).to.equal('2');
    openStream();
    await until(() => badge(el) === '3', 'the count with the late one');
    await until(() => articles(el).length === 3, 'the late one listed');
    expect(articles(el)[0]!.textContent).to.contain('Body late0');
    await until(() => sr(el).querySelector('[role=status]')!.textContent === 'New notification: Body late0', 'the announcement');
    await expect(el).to.be.accessible();
  });

  it('nothing new meanwhile: the count stays, nothing is announced', async () => {
    const client = controlledClient(notifications(2));
    const openStream = slowStream(client);
    const el = await fixture<EvNotificationBell>(html`<ev-notification-bell .client=${client}></ev-notification-bell>`);
    await until(() => el.unread === 2, 'the first count');
    const counts = () => client.calls.filter((c) => c.method === 'listNotifications' && c.query?.pageSize === 1).length;
    const before = counts();
    openStream();
    await until(() => counts() > before, 'the count asked again');
    await settle(el);
    expect(badge(el)).to.equal('2');
    expect(sr(el).querySelector('[role=status]')!.textContent).to.equal('');
  });
});
