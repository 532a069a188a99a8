/**
 * `shareAcrossTabs(name, strategy)` when the caller's own `emit` throws: the shared strategy
 * rejects with that error and keeps nothing open: no BroadcastChannel still hearing (and
 * replaying) the other tabs, no Web Lock held or queued for.
 */
import { expect } from '@open-wc/testing';
import type { LiveStrategy } from '../../../src/client/live.js';
import { shareAcrossTabs } from '../../../src/client/shared-live.js';
import type { LiveMessage } from '../../../src/client/types.js';

let names = 0;
const uniqueName = () => `ev-test-shared-${Date.now()}-${++names}`;

/** The locks named `name`, held or queued for. */
async function locksOf(name: string): Promise<number> {
  const { held = [], pending = [] } = await navigator.locks.query();
  return [...held, ...pending].filter((lock) => lock.name === name).length;
}

/**
 * Posts `message` on the channel `name` as another tab's leader would, and resolves once it has
 * been delivered: a channel opened before the listener opened here hears it first.
 */
async function relayFromAnotherTab(name: string, message: LiveMessage): Promise<void> {
  const listener = new BroadcastChannel(name);
  const heard = new Promise<void>((resolve) => (listener.onmessage = () => resolve()));
  const sender = new BroadcastChannel(name);
  sender.postMessage({ m: message });
  await heard;
  sender.close();
  listener.close();
}

/** A strategy that runs until aborted, saying `open`. */
const openUntilAborted: LiveStrategy = async (emit, signal) => {
  emit({ type: 'status', status: 'open' });
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
};

describe('shareAcrossTabs: an emit that throws', () => {
  it('throwing on the first `connecting`: rejects with the error; the channel hears no other tab; no lock is taken', async () => {
    const name = uniqueName();
    const heard: LiveMessage[] = [];
    const bug = new Error('subscriber bug');
    const emit = (message: LiveMessage) => {
      heard.push(message);
      if (message.type === 'status' && message.status === 'connecting') throw bug;
    };
    let error: unknown;
    await shareAcrossTabs(name, openUntilAborted)(emit, new AbortController().signal).catch((e: unknown) => (error = e));
    expect(error).to.equal(bug);
    const before = heard.length;
    await relayFromAnotherTab(name, { type: 'status', status: 'open' });
    expect(heard.length, 'a rejected strategy replays nothing another tab relays').to.equal(before);
    expect(await locksOf(name)).to.equal(0);
  });

  it('throwing on a message relayed from the leading tab: rejects with the error, closes the channel, leaves the lock queue', async () => {
    const name = uniqueName();
    // Another tab leads: it holds the lock until this test ends.
    let release!: () => void;
    const leading = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    void navigator.locks.request(name, () => {
      held();
      return leading;
    });
    await holding;
    const heard: LiveMessage[] = [];
    const bug = new Error('subscriber bug');
    const emit = (message: LiveMessage) => {
      heard.push(message);
      if (message.type === 'notification') throw bug;
    };
    const controller = new AbortController();
    let error: unknown;
    const done = shareAcrossTabs(name, openUntilAborted)(emit, controller.signal).catch((e: unknown) => (error = e));
    expect(await locksOf(name), 'the leader holds the lock, this tab waits for it').to.equal(2);
    const relayed: LiveMessage = {
      type: 'notification',
      notification: { pk: 'n1', severity: 'notice', body: 'hi', hyperlink: null, hyperlink_label: null, created: '2026-01-01T00:00:00Z', event: null, seen: false },
    };
    await relayFromAnotherTab(name, relayed);
    await done;
    expect(error).to.equal(bug);
    const before = heard.length;
    await relayFromAnotherTab(name, { type: 'status', status: 'open' });
    expect(heard.length, 'a rejected strategy replays nothing another tab relays').to.equal(before);
    expect(await locksOf(name), 'only the other tab holds the lock; this one no longer queues').to.equal(1);
    release();
    controller.abort();
  });

  it('throwing on `connecting` when it takes the lead: rejects with the error and releases the lock', async () => {
    const name = uniqueName();
    let connecting = 0;
    const bug = new Error('subscriber bug');
    const emit = (message: LiveMessage) => {
      // The first `connecting` is the start; the second says this tab took the lead.
      if (message.type === 'status' && message.status === 'connecting' && ++connecting === 2) throw bug;
    };
    let error: unknown;
    await shareAcrossTabs(name, openUntilAborted)(emit, new AbortController().signal).catch((e: unknown) => (error = e));
    expect(error).to.equal(bug);
    expect(await locksOf(name)).to.equal(0);
  });
});
