import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { SseParser } from '../../../src/client/live.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { createBellClient } from '../../../src/components/notification-bell/bell-client.js';
import { makeNotifications } from '../../fixtures/events.js';

/** One 1 MiB `data:` line, then its blank line. */
const BIG = `data: ${'x'.repeat(1 << 20)}\n\n`;

/** `text` in pieces of `size` characters. */
const chunks = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

/** The fastest of `runs` wall times of `run`, in ms (the least disturbed by other work on the machine). */
async function fastest(run: () => unknown, runs = 5): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * A message arriving in many small chunks must cost about what it costs in a few large ones
 * (linear in its length). Compared as a ratio in the same process, not against a fixed time:
 * a quadratic parser takes ~50× as long for 1 kB chunks as for 64 kB chunks of 1 MiB.
 */
const MAX_RATIO = 8;

describe('SSE parser: cost', () => {
  test('a 1 MiB message in 1 kB chunks costs about what it costs in 64 kB chunks', async () => {
    const parse = (pieces: string[]) => {
      const got: number[] = [];
      const parser = new SseParser((_event, data) => got.push(data.length));
      for (const piece of pieces) parser.push(piece);
      assert.deepEqual(got, [1 << 20]);
    };
    const small = chunks(BIG, 1024);
    const large = chunks(BIG, 64 * 1024);
    parse(large); // warm-up
    const slow = await fastest(() => parse(small));
    const fast = await fastest(() => parse(large));
    assert.ok(slow < MAX_RATIO * Math.max(fast, 1), `1 kB chunks: ${slow.toFixed(1)} ms, 64 kB chunks: ${fast.toFixed(1)} ms`);
  });

  test('the same stream cut anywhere (one character at a time, or in two at every position) gives the same messages and ids', () => {
    const stream = 'retry: 10\r\n: ping\rid: 1\r\nevent: a\ndata: x\r\ndata:  y\r\r\nid: 2\ndata\n\nid: 3\r\ndata: z\r\n\r\ndata: w';
    const parse = (pieces: string[]) => {
      const got: string[] = [];
      const parser = new SseParser((event, data, id) => got.push(`${event}|${data}|${id}`));
      for (const piece of pieces) parser.push(piece);
      return [...got, parser.lastEventId, String(parser.retryMs)];
    };
    const whole = parse([stream]);
    assert.deepEqual(whole, ['a|x\n y|1', 'message||2', 'message|z|3', '3', '10']);
    assert.deepEqual(parse([...stream]), whole);
    for (let i = 0; i <= stream.length; i++) assert.deepEqual(parse([stream.slice(0, i), '', stream.slice(i)]), whole, `cut at ${i}`);
  });
});

type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
const clients: Array<[string, (fetch: typeof globalThis.fetch, sleep?: Sleep) => NotificationClient]> = [
  ['general client', (fetch, sleep) => createAuthentikNotificationClient({ baseUrl: 'https://x/api/v3', fetch, sleep, live: 'sse', shareLive: false })],
  ["the bell's own client", (fetch, sleep) => createBellClient({ baseUrl: 'https://x/api/v3', fetch, sleep, live: 'sse', shareLive: false })],
];

for (const [label, create] of clients) {
  describe(`SSE over fetch: cost (${label})`, () => {
    // Every 1 kB chunk costs a stream read whatever the parser does (~50 µs): the baseline is the
    // same 1 MiB in the same 1 kB chunks, as short lines (comments) before a small notification.
    test('a notification with a 1 MiB body in 1 kB chunks arrives about as fast as 1 MiB of short lines in 1 kB chunks', async () => {
      const [big, small] = makeNotifications(2);
      big!.body = 'x'.repeat(1 << 20);
      const message = (n: unknown) => `id: 1\r\nevent: notification\r\ndata: ${JSON.stringify(n)}\r\n\r\n`;
      const long = message(big);
      const short = `: ${'x'.repeat(1021)}\n`.repeat(1024) + message(small);
      /** Time from subscribing to the notification's arrival, `stream` sent in pieces of 1 kB. */
      const receive = async (stream: string) => {
        const bytes = chunks(stream, 1024).map((piece) => new TextEncoder().encode(piece));
        let streams = 0;
        const fetch = (async (_url: string, init: RequestInit) => {
          if (streams++) return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              for (const piece of bytes) controller.enqueue(piece);
            },
          });
          return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
        }) as unknown as typeof globalThis.fetch;
        const start = performance.now();
        const body = await new Promise<string>((resolve) => {
          const off = create(fetch).subscribe((m) => m.type === 'notification' && (off(), resolve(m.notification.body)), { kinds: ['notification'] });
        });
        assert.equal(body.length, stream === long ? 1 << 20 : small!.body.length);
        return performance.now() - start;
      };
      await receive(short); // warm-up
      let slow = Infinity;
      let fast = Infinity;
      for (let i = 0; i < 5; i++) {
        slow = Math.min(slow, await receive(long));
        fast = Math.min(fast, await receive(short));
      }
      // A quadratic parser: ~50× (~0.8 s against ~15 ms). Linear is ~2–4× on an idle machine (the
      // long line is also one 1 MiB JSON.parse) and was seen at 8.5× with a load average of 16 on
      // 2 cores: 10× still tells the two apart by a factor of five.
      assert.ok(slow < 10 * fast, `one 1 MiB line: ${slow.toFixed(1)} ms, 1 MiB of short lines: ${fast.toFixed(1)} ms`);
    });

    test('the same stream cut in two at any position gives the same notifications, and the reconnect resumes after the last one dispatched', async () => {
      const [a, b, c] = makeNotifications(3);
      const stream = [
        ': ping\r',
        `id: 1\r\nevent: notification\r\ndata: ${JSON.stringify(a)}\r\n\r`,
        `event: event\ndata: {"pk":"x"}\n\n`,
        `id: 2\revent: notification\rdata: ${JSON.stringify(b)}\r\r`,
        `id: 3\r\nevent: notification\r\ndata: ${JSON.stringify(c)}\r\n`, // cut off before its blank line
      ].join('');
      const receive = async (pieces: string[]) => {
        const resumes: Array<string | null> = [];
        const got: string[] = [];
        await new Promise<void>((resolve) => {
          const fetch = (async (_url: string, init: RequestInit) => {
            resumes.push(new Headers(init.headers).get('last-event-id'));
            if (resumes.length > 1) {
              queueMicrotask(() => (off(), resolve()));
              return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
            }
            const body = new ReadableStream<Uint8Array>({
              start(controller) {
                for (const piece of pieces) if (piece) controller.enqueue(new TextEncoder().encode(piece));
                controller.close();
              },
            });
            return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
          }) as unknown as typeof globalThis.fetch;
          const off = create(fetch, async () => undefined).subscribe((m) => m.type === 'notification' && got.push(`${m.notification.pk}@${m.id}`), { kinds: ['notification'] });
        });
        return { got, resumes };
      };
      const whole = await receive([stream]);
      assert.deepEqual(whole, { got: [`${a!.pk}@1`, `${b!.pk}@2`], resumes: [null, '2'] });
      for (let i = 1; i < stream.length; i++) assert.deepEqual(await receive([stream.slice(0, i), stream.slice(i)]), whole, `cut at ${i}: ${JSON.stringify(stream.slice(i - 2, i + 2))}`);
    });
  });
}
