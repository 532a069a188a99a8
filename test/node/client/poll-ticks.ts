// Shared by the pollTick tests that count requests (poll-clock-behind, poll-empty-start): a
// poller over an in-memory source, and timed events to add to it.
import type { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { pollTick } from '../../../src/client/poll.js';
import type { EventQuery, EventRecord, LiveMessage, NotificationQuery } from '../../../src/client/types.js';
import { makeEvents } from '../../fixtures/events.js';

const template = makeEvents({ count: 1 })[0]!;

/** `count` events `${tag}-0`… created a second apart after `from`, oldest first. */
export const timedEvents = (tag: string, count: number, from: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, pk: `${tag}-${i}`, created: new Date(from + (i + 1) * 1000).toISOString() }));

/** A poller over `memory`: each call is one tick, what it emitted (pks), how many requests it made, and whether it said `missed`. */
export function poller(memory: ReturnType<typeof createMemoryClient>, kind: 'event' | 'notification') {
  let requests = 0;
  const listEvents = (q: EventQuery = {}, o?: { signal?: AbortSignal }) => (requests++, memory.listEvents(q, o));
  const listNotifications = (q: NotificationQuery = {}, o?: { signal?: AbortSignal }) => (requests++, memory.listNotifications(q, o));
  const tick = pollTick(kind === 'event' ? { listEvents } : { listNotifications }, [kind]);
  return async () => {
    const got: LiveMessage[] = [];
    requests = 0;
    await tick((m) => got.push(m), new AbortController().signal);
    const pks = got.flatMap((m) => (m.type === 'event' ? [m.event.pk] : m.type === 'notification' ? [m.notification.pk] : []));
    return { pks, requests, missed: got.some((m) => m.type === 'status' && m.missed) };
  };
}
