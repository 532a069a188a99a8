// One poll connection serves the event log and the bell (the general client polls both kinds):
// a tick that overflows names the kinds it missed, so the log catches up only after an event
// overflow and the bell resyncs only after a notification overflow. Messages checked at the tick;
// the log's catch-ups counted at its live tail (each `onOpen` makes `<ev-log>` list events again).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { pollTick } from '../../../src/client/poll.js';
import type { EventRecord, EventsClient, LiveMessage } from '../../../src/client/types.js';
import { LiveTail } from '../../../src/components/log/live-tail.js';
import { makeEvents, notificationSeries as notifications } from '../../fixtures/events.js';

const T0 = Date.UTC(2026, 10, 20, 12);
const template = makeEvents({ count: 1 })[0]!;
const events = (tag: string, count: number, from: number): EventRecord[] =>
  Array.from({ length: count }, (_, i) => ({ ...template, pk: `${tag}-${i}`, created: new Date(from + (i + 1) * 1000).toISOString() }));

/** A tick over both kinds (as the general client polls); `run` returns its status messages. */
function setup() {
  const memory = createMemoryClient({ events: events('old', 20, T0 - 1_000_000), notifications: notifications('old', 20, T0 - 1_000_000) });
  const tick = pollTick(memory, ['event', 'notification']);
  const run = async () => {
    const got: LiveMessage[] = [];
    await tick((m) => got.push(m), new AbortController().signal);
    return got.filter((m) => m.type === 'status');
  };
  return { memory, run };
}

describe('pollTick over both kinds: `missed` says which kind overflowed', () => {
  test('600 notifications (past the 500 a tick lists), few events: missed names notifications only', async () => {
    const { memory, run } = setup();
    await run();
    memory.addNotifications(notifications('gap', 600, T0));
    memory.addEvents(events('gap', 5, T0));
    assert.deepEqual(await run(), [{ type: 'status', status: 'polling', missed: true, missedKinds: ['notification'] }]);
  });

  test('1,200 events (past the 1,000 a tick lists), few notifications: missed names events only', async () => {
    const { memory, run } = setup();
    await run();
    memory.addEvents(events('gap', 1200, T0));
    memory.addNotifications(notifications('gap', 5, T0));
    assert.deepEqual(await run(), [{ type: 'status', status: 'polling', missed: true, missedKinds: ['event'] }]);
  });

  test('both past their caps: both named; a quiet tick after says nothing was missed', async () => {
    const { memory, run } = setup();
    await run();
    memory.addEvents(events('gap', 1200, T0));
    memory.addNotifications(notifications('gap', 600, T0));
    assert.deepEqual(await run(), [{ type: 'status', status: 'polling', missed: true, missedKinds: ['event', 'notification'] }]);
    assert.deepEqual(await run(), [{ type: 'status', status: 'polling' }]);
  });
});

describe("<ev-log>'s live tail on a connection shared with the bell", () => {
  /** A tail on a client whose live messages the test sends; counts the catch-ups it asks for. */
  function tail() {
    let send!: (m: LiveMessage) => void;
    const client = { subscribe: (on: (m: LiveMessage) => void) => ((send = on), () => undefined) } as unknown as EventsClient;
    let catchUps = 0;
    const live = new LiveTail({ onEvents: () => undefined, onStatus: () => undefined, onOpen: () => catchUps++, pollIntervalMs: () => 30_000 });
    live.start(client);
    // Two ticks: the baseline is taken, the tail catches up once on what came before it listened.
    send({ type: 'status', status: 'polling' });
    send({ type: 'status', status: 'polling' });
    assert.equal(catchUps, 1);
    return { send, catchUps: () => catchUps - 1 };
  }

  test('a tick that missed notifications only: no catch-up of events (no extra requests)', () => {
    const { send, catchUps } = tail();
    send({ type: 'status', status: 'polling', missed: true, missedKinds: ['notification'] });
    assert.equal(catchUps(), 0);
  });

  test('a tick that missed events: the log catches up once', () => {
    const { send, catchUps } = tail();
    send({ type: 'status', status: 'polling', missed: true, missedKinds: ['event', 'notification'] });
    assert.equal(catchUps(), 1);
  });

  test('a client that says only `missed: true` (no kinds): the log catches up, as before', () => {
    const { send, catchUps } = tail();
    send({ type: 'status', status: 'polling', missed: true });
    assert.equal(catchUps(), 1);
  });
});
