import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventsAuthError, EventsConfigError, EventsNetworkError, EventsValidationError } from '../../../src/client/errors.js';
import { LiveHub, LiveUnsupportedError, MAX_LINE, SseParser, pollStrategy, sseStrategy } from '../../../src/client/live.js';
import { pollTick } from '../../../src/client/poll.js';
import { Transport } from '../../../src/client/transport.js';
import type { EventRecord, LiveMessage, Page } from '../../../src/client/types.js';
import { makeEvents, makeNotifications } from '../../fixtures/events.js';

describe('SSE parser', () => {
  test('handles split chunks, CRLF, multi-line data, comments, ids and retry', () => {
    const got: Array<[string, string, string]> = [];
    const parser = new SseParser((event, data, id) => got.push([event, data, id]));
    parser.push('retry: 2000\r\n: ping\r\nid: 7\r\nevent: event\r\ndata: {"a"');
    parser.push(':1}\r\n\r\ndata: line1\ndata: line2\n\n');
    parser.push('id: 9\nevent: notification\ndata: x\n');
    assert.deepEqual(got, [
      ['event', '{"a":1}', '7'],
      ['message', 'line1\nline2', '7'],
    ]);
    parser.push('\n');
    assert.deepEqual(got[2], ['notification', 'x', '9']);
    assert.equal(parser.retryMs, 2000);
    assert.equal(parser.lastEventId, '9');
  });
});

describe('SSE parser: ids', () => {
  test('an id no header can carry (NUL, outside Latin-1) is ignored; the last usable one stays', () => {
    const got: string[] = [];
    const parser = new SseParser((_event, _data, id) => got.push(id));
    parser.push('id: café 5\ndata: a\n\nid: 6-€\ndata: b\n\nid: 7-😀\ndata: c\n\nid: 8\0\ndata: d\n\nid\ndata: e\n\n');
    assert.deepEqual(got, ['café 5', 'café 5', 'café 5', 'café 5', '']);
    assert.equal(parser.lastEventId, '');
  });
});

describe('SSE parser: where a message ends', () => {
  test('the last event id changes when its message is dispatched (at the blank line), not when its id: line is read', () => {
    const got: Array<[string, string]> = [];
    const parser = new SseParser((_event, data, id) => got.push([data, id]));
    parser.push('id: 1\ndata: a\n\nid: 2\ndata: b');
    assert.equal(parser.lastEventId, '1');
    parser.push('\n');
    assert.equal(parser.lastEventId, '1', 'message 2 is not complete yet');
    parser.push('\n');
    assert.equal(parser.lastEventId, '2');
    assert.deepEqual(got, [['a', '1'], ['b', '2']]);
  });

  test('a parser for a new connection starts from the id the previous one reached', () => {
    const got: string[] = [];
    const parser = new SseParser((_event, _data, id) => got.push(id), '5');
    parser.push('retry: 2000\n\ndata: x\n\n');
    assert.deepEqual(got, ['5']);
    assert.equal(parser.lastEventId, '5');
  });

  test('a CRLF split across two chunks is one line end; a CR ending a chunk ends its line at once', () => {
    const got: string[] = [];
    const parser = new SseParser((_event, data) => got.push(data));
    parser.push('data: {"a":\r');
    parser.push('\ndata: 1}\r');
    parser.push('\n\r');
    assert.deepEqual(got, ['{"a":\n1}'], 'dispatched by the CR of the blank line, before anything follows');
    parser.push('\n');
    parser.push('data: z\r\r');
    parser.push('\r\n');
    assert.deepEqual(got, ['{"a":\n1}', 'z']);
  });
});

describe('SSE parser: line length', () => {
  test('a line growing past MAX_LINE (8 Mi characters) without a line end throws EventsValidationError; as much in short lines does not', () => {
    const piece = 'x'.repeat(1 << 20);
    const short = new SseParser(() => undefined);
    for (let i = 0; i < 9; i++) short.push(`: ${piece}\n`);
    const long = new SseParser(() => undefined);
    long.push('data: ');
    for (let i = 0; i < 7; i++) long.push(piece);
    assert.throws(() => {
      long.push(piece);
      long.push(piece);
    }, (e: unknown) => e instanceof EventsValidationError && e.message === 'Unexpected response at $: expected SSE lines no longer than 8 Mi characters.');
    assert.equal(MAX_LINE, 8 << 20);
  });
});

describe('live hub', () => {
  test('one connection for many subscribers, closed after the last leaves; kinds are filtered', async () => {
    let connections = 0;
    let aborted = 0;
    let emit!: (m: LiveMessage) => void;
    const hub = new LiveHub(async (e, signal) => {
      connections++;
      emit = e;
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      aborted++;
    });
    const a: LiveMessage[] = [];
    const b: LiveMessage[] = [];
    const offA = hub.subscribe((m) => a.push(m), { kinds: ['event'] });
    const offB = hub.subscribe((m) => b.push(m), { kinds: ['notification'] });
    assert.equal(connections, 1);
    const event = makeEvents({ count: 1 })[0]!;
    emit({ type: 'event', event });
    assert.equal(a.filter((m) => m.type === 'event').length, 1);
    assert.equal(b.filter((m) => m.type === 'event').length, 0);
    offA();
    assert.equal(aborted, 0);
    offB();
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(aborted, 1);
  });
});

describe('live hub: why it closed', () => {
  // A late subscriber arriving after the connection ended restarts it (see the next describe), so it
  // hears the restart's closing status, not the old one replayed; the first subscriber hears both.
  test('a connection ended by a typed error closes with its kind, also for a late subscriber; one ended without an error has none', async () => {
    const statuses = async (strategy: () => Promise<void>) => {
      let runs = 0;
      const hub = new LiveHub(() => (runs++, strategy()));
      const first: LiveMessage[] = [];
      const late: LiveMessage[] = [];
      hub.subscribe((m) => first.push(m));
      await new Promise((r) => setTimeout(r, 0));
      hub.subscribe((m) => late.push(m));
      await new Promise((r) => setTimeout(r, 0));
      const only = (ms: LiveMessage[]) => ms.filter((m) => m.type === 'status');
      return { first: only(first), late: only(late), runs };
    };
    const twice = (status: LiveMessage) => ({ first: [status, status], late: [status], runs: 2 });
    assert.deepEqual(await statuses(() => Promise.reject(new EventsAuthError(401, ''))), twice({ type: 'status', status: 'closed', error: 'auth' }));
    assert.deepEqual(await statuses(() => Promise.reject(new EventsConfigError('X-Tenant'))), twice({ type: 'status', status: 'closed', error: 'config' }));
    // No live channel (`live: 'none'`), or one that is not there (LiveUnsupportedError): no kind.
    assert.deepEqual(await statuses(async () => undefined), twice({ type: 'status', status: 'closed' }));
    assert.deepEqual(await statuses(() => Promise.reject(new LiveUnsupportedError())), twice({ type: 'status', status: 'closed' }));
  });
});

describe('live hub: restart after an ended connection', () => {
  test('a new subscription after credentials were refused starts one new connection, shared by all; staying subscribed retries nothing', async () => {
    let runs = 0;
    let aborted = 0;
    let tokenOk = false;
    let emit!: (m: LiveMessage) => void;
    const hub = new LiveHub(async (e, signal) => {
      runs++;
      emit = e;
      e({ type: 'status', status: 'connecting' });
      await Promise.resolve();
      if (!tokenOk) throw new EventsAuthError(401, '');
      e({ type: 'status', status: 'open' });
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      aborted++;
    });
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const statusesOf = (ms: LiveMessage[]) => ms.flatMap((m) => (m.type === 'status' ? [m.error ? `${m.status}:${m.error}` : m.status] : []));
    const bell: LiveMessage[] = [];
    const log: LiveMessage[] = [];
    hub.subscribe((m) => bell.push(m), { kinds: ['notification'] });
    let offLog = hub.subscribe((m) => log.push(m), { kinds: ['event'] });
    await tick();
    assert.equal(runs, 1);
    assert.deepEqual(statusesOf(bell), ['connecting', 'closed:auth']);
    assert.deepEqual(statusesOf(log), ['connecting', 'closed:auth']);
    for (let i = 0; i < 5; i++) await tick();
    assert.equal(runs, 1, 'no retry loop while subscribers merely stay');

    // The token is fixed; the log's Retry unsubscribes and subscribes again while the bell stays.
    tokenOk = true;
    offLog();
    log.length = bell.length = 0;
    offLog = hub.subscribe((m) => log.push(m), { kinds: ['event'] });
    await tick();
    assert.equal(runs, 2, 'one new connection');
    assert.deepEqual(statusesOf(log), ['connecting', 'open']);
    assert.deepEqual(statusesOf(bell), ['connecting', 'open'], 'the bell hears the new connection too');
    emit({ type: 'event', event: makeEvents({ count: 1 })[0]! });
    emit({ type: 'notification', notification: makeNotifications(1)[0]! });
    assert.equal(log.filter((m) => m.type === 'event').length, 1);
    assert.equal(bell.filter((m) => m.type === 'notification').length, 1);

    // A subscriber joining the running connection hears its status and starts nothing.
    const late: LiveMessage[] = [];
    const offLate = hub.subscribe((m) => late.push(m));
    await tick();
    assert.equal(runs, 2);
    assert.deepEqual(statusesOf(late), ['open']);
    offLate();
    offLog();
    assert.equal(aborted, 0, 'the bell still listens');
  });
});

describe('SSE strategy', () => {
  test('resumes with Last-Event-ID after a drop and validates payloads', async () => {
    const events = makeEvents({ count: 3 });
    const seenHeaders: Array<string | undefined> = [];
    let call = 0;
    const fetch = (async (_url: string, init: RequestInit) => {
      seenHeaders.push((init.headers as Record<string, string>)['last-event-id']);
      call++;
      const body =
        call === 1
          ? `id: 1\nevent: event\ndata: ${JSON.stringify(events[0])}\n\nid: 2\nevent: event\ndata: {"broken": true}\n\n`
          : `id: 3\nevent: event\ndata: ${JSON.stringify(events[2])}\n\n`;
      if (call > 2) {
        return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    }) as unknown as typeof globalThis.fetch;
    const transport = new Transport({ baseUrl: 'https://x', token: 't', fetch });
    const got: LiveMessage[] = [];
    const controller = new AbortController();
    const done = sseStrategy(transport, '/events/stream/', { sleep: async () => undefined })((m) => got.push(m), controller.signal);
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await done;
    assert.deepEqual(seenHeaders.slice(0, 3), [undefined, '2', '3']);
    const pks = got.filter((m) => m.type === 'event').map((m) => (m.type === 'event' ? m.event.pk : ''));
    assert.deepEqual(pks, [events[0]!.pk, events[2]!.pk], 'the malformed message is skipped');
  });
});

describe('SSE strategy: reconnect waits', () => {
  /** The waits before each of 10 reconnects to a server that cannot be reached. */
  const waits = async (random: () => number) => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    const transport = new Transport({ baseUrl: 'https://x', token: 't', fetch });
    const slept: number[] = [];
    const controller = new AbortController();
    const sleep = async (ms: number) => {
      slept.push(ms);
      if (slept.length >= 10) controller.abort();
    };
    await sseStrategy(transport, '/events/stream/', { sleep, random })(() => undefined, controller.signal);
    return slept;
  };

  test('no reconnect waits longer than 30 s, jitter included; the jitter still spreads the capped waits', async () => {
    const highest = await waits(() => 0.999_999);
    assert.equal(highest.length, 10);
    for (const ms of highest) assert.ok(ms <= 30_000, `waited ${ms} ms, past the 30 s cap`);
    const lowest = await waits(() => 0);
    // 1 s doubling, −25 %; from the 6th reconnect on 30 s is reached: 22.5 s to 30 s.
    assert.deepEqual(lowest, [750, 1500, 3000, 6000, 12_000, 22_500, 22_500, 22_500, 22_500, 22_500]);
    assert.deepEqual(await waits(() => 0.5), [1000, 2000, 4000, 8000, 16_000, 26_250, 26_250, 26_250, 26_250, 26_250]);
  });
});

describe('SSE strategy: an answer that is not an event stream', () => {
  test('a first 200 with a login page rejects with LiveUnsupportedError (callers poll) and its body is cancelled; it never says open', async () => {
    let cancelled = false;
    const fetch = (async () =>
      new Response(new ReadableStream({ cancel: () => void (cancelled = true) }), { headers: { 'content-type': 'text/html' } })) as unknown as typeof globalThis.fetch;
    const transport = new Transport({ baseUrl: 'https://x', token: 't', fetch });
    const got: LiveMessage[] = [];
    await assert.rejects(sseStrategy(transport, '/events/stream/', { sleep: async () => undefined })((m) => got.push(m), new AbortController().signal), LiveUnsupportedError);
    assert.ok(cancelled);
    assert.ok(!got.some((m) => m.type === 'status' && m.status === 'open'));
  });
});

describe('polling', () => {
  test('baseline first, then only new items, oldest first; backoff doubles on errors up to the cap', async () => {
    const events = makeEvents({ count: 10 });
    let served: EventRecord[] = events.slice(5);
    let failNext = 0;
    const waits: number[] = [];
    const got: string[] = [];
    const listing = {
      async listEvents(): Promise<Page<EventRecord>> {
        if (failNext > 0) {
          failNext--;
          throw new EventsNetworkError('down');
        }
        return { items: served, total: served.length, page: 1, pageSize: 100, next: null, previous: null };
      },
      async listNotifications() {
        return { items: [], total: 0, page: 1, pageSize: 50, next: null, previous: null };
      },
    };
    const controller = new AbortController();
    let tick = 0;
    const strategy = pollStrategy(pollTick(listing, ['event']), {
      intervalMs: 1000,
      maxBackoffMs: 5000,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
        tick++;
        if (tick === 1) served = events.slice(3); // two new events arrive
        if (tick === 2) failNext = 4;
        if (tick >= 8) controller.abort();
      },
    });
    await strategy((m) => m.type === 'event' && got.push(m.event.pk), controller.signal);
    assert.deepEqual(got, [events[4]!.pk, events[3]!.pk]);
    assert.deepEqual(waits, [1000, 1000, 2000, 4000, 5000, 5000, 1000, 1000]);
  });
  test('an interval longer than maxBackoffMs (default 5 min) is kept; a failure never makes polling faster than it', async () => {
    const waits: number[] = [];
    let ticks = 0;
    const controller = new AbortController();
    const strategy = pollStrategy(
      async () => {
        if (++ticks === 3) throw new EventsNetworkError('down');
      },
      {
        intervalMs: 600_000,
        random: () => 0,
        sleep: async (ms) => {
          waits.push(ms);
          if (waits.length >= 4) controller.abort();
        },
      },
    );
    await strategy(() => undefined, controller.signal);
    // Polls at once, every 10 min; after the failed third tick the wait stays 10 min (not 5 min).
    assert.deepEqual(waits, [600_000, 600_000, 600_000, 600_000]);
  });
  test('an unusable interval (0, negative, NaN, Infinity) polls every 30 s instead of in a loop', async () => {
    for (const intervalMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const waits: number[] = [];
      let ticks = 0;
      const controller = new AbortController();
      const strategy = pollStrategy(
        async () => {
          if (++ticks > 10) controller.abort(); // a loop without waits ends here, failing below
        },
        {
          intervalMs,
          sleep: async (ms) => {
            waits.push(ms);
            if (waits.length >= 3) controller.abort();
          },
        },
      );
      await strategy(() => undefined, controller.signal);
      assert.deepEqual(waits, [30_000, 30_000, 30_000], `intervalMs ${intervalMs}`);
      assert.equal(ticks, 3, `intervalMs ${intervalMs}`);
    }
  });
});
