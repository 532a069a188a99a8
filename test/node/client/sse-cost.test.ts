import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SseParser } from '../../../src/client/live.js';

/** One 1 MiB `data:` line, then its blank line. */
const BIG = `data: ${'x'.repeat(1 << 20)}\n\n`;

/** `text` in pieces of `size` characters. */
const chunks = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

/** The fastest of `runs` wall times of `run`, in ms (the least disturbed by other work on the machine). */
async function fastest(run: () => unknown, runs = 3): Promise<number> {
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
