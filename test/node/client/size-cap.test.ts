/**
 * The response size cap (`maxBytes`, default 8 MiB) of both fetch wrappers: the general client's
 * `Transport` and the bell's own small one. It counts bytes, not characters, and a body without
 * Content-Length (chunked, endless) is cut off once it passes the cap instead of being read whole.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { EventsTooLargeError, EventsValidationError } from '../../../src/client/errors.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { createBellClient } from '../../../src/components/notification-bell/bell-client.js';

type Options = Pick<Parameters<typeof createBellClient>[0], 'fetch' | 'maxBytes'>;
const clients: Array<[string, (o: Options) => NotificationClient]> = [
  ['general client (Transport)', (o) => createAuthentikNotificationClient({ baseUrl: 'https://x/api/v3', live: 'none', ...o })],
  ["the bell's own client", (o) => createBellClient({ baseUrl: 'https://x/api/v3', live: 'none', ...o })],
];

const MiB = 1 << 20;
const EMPTY = { pagination: { next: 0, previous: 0, count: 0, current: 1, total_pages: 1, start_index: 0, end_index: 0 }, results: [] };
const encoder = new TextEncoder();

/**
 * A chunked body (no Content-Length): `bytes` in 64 KiB pieces, then the end; or no end at all
 * (`endless`: only a guard at 64 MiB, so a client that reads on fails the test instead of
 * exhausting the machine, errors the stream).
 */
function chunked(bytes: Uint8Array | 'endless') {
  const state = { cancelled: false, sent: 0 };
  const piece = new Uint8Array(64 * 1024).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (bytes === 'endless') {
          if (state.sent >= 64 * MiB) return controller.error(new Error('read 64 MiB of an endless body'));
          state.sent += piece.byteLength;
          return controller.enqueue(piece);
        }
        if (state.sent >= bytes.byteLength) return controller.close();
        const next = bytes.subarray(state.sent, state.sent + piece.byteLength);
        state.sent += next.byteLength;
        controller.enqueue(next);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, { headers: { 'content-type': 'application/json' } });
  return { response, state, fetch: (async () => response) as unknown as typeof globalThis.fetch };
}

/** A notification page of exactly `size` bytes in UTF-8, padded with `char`. */
function pageOf(size: number, char: string): Uint8Array {
  const head = encoder.encode(JSON.stringify({ ...EMPTY, pad: '' })).byteLength;
  const width = encoder.encode(char).byteLength;
  const fill = size - head;
  const pad = char.repeat(Math.floor(fill / width)) + ' '.repeat(fill % width);
  const bytes = encoder.encode(JSON.stringify({ ...EMPTY, pad }));
  assert.equal(bytes.byteLength, size);
  return bytes;
}

for (const [label, create] of clients) {
  describe(`response size cap (${label})`, () => {
    test('an endless body without Content-Length is cut off past the cap with a validation error; the stream is cancelled', { timeout: 20_000 }, async () => {
      const server = chunked('endless');
      await assert.rejects(create({ fetch: server.fetch }).listNotifications(), EventsValidationError);
      assert.equal(server.state.cancelled, true, 'the body is cancelled, not read on');
      assert.ok(server.state.sent <= 8 * MiB + 2 * 64 * 1024, `read ${server.state.sent} bytes for an 8 MiB cap`);
    });

    test('the cap counts bytes: 6 Mi characters of 3 bytes each (18 MiB) are rejected', async () => {
      const server = chunked(pageOf(18 * MiB, '€'));
      await assert.rejects(create({ fetch: server.fetch }).listNotifications(), EventsValidationError);
      assert.equal(server.state.cancelled, true);
    });

    test('a body of exactly the cap passes; one byte more does not', async () => {
      const exact = chunked(pageOf(8 * MiB, 'é'));
      const page = await create({ fetch: exact.fetch }).listNotifications();
      assert.equal(page.total, 0);
      const over = chunked(pageOf(8 * MiB + 1, 'é'));
      await assert.rejects(create({ fetch: over.fetch }).listNotifications(), EventsValidationError);
    });

    test('the error says the limit as a person would read it (8 MiB), typed, without any of the body', async () => {
      const server = chunked(pageOf(9 * MiB, 's'));
      await assert.rejects(create({ fetch: server.fetch }).listNotifications(), (e: unknown) => {
        assert.ok(e instanceof EventsValidationError);
        // Its own type (still a validation error), with the limit, so views can say "too large".
        assert.ok(e instanceof EventsTooLargeError);
        assert.equal(e.maxBytes, 8 * MiB);
        assert.equal(e.message, 'Unexpected response at $: expected a response no larger than 8 MiB.');
        return true;
      });
      const small = chunked(pageOf(3000, ' '));
      await assert.rejects(create({ fetch: small.fetch, maxBytes: 1536 }).listNotifications(), (e: unknown) => {
        assert.ok(e instanceof EventsTooLargeError);
        assert.equal(e.maxBytes, 1536);
        assert.match(e.message, /no larger than 1536 bytes\.$/);
        return true;
      });
    });

    test('a smaller maxBytes is a byte count too', async () => {
      const server = chunked(pageOf(3000, 'ж'));
      await assert.rejects(create({ fetch: server.fetch, maxBytes: 2999 }).listNotifications(), EventsValidationError);
      const fits = chunked(pageOf(3000, 'ж'));
      assert.equal((await create({ fetch: fits.fetch, maxBytes: 3000 }).listNotifications()).total, 0);
    });
  });
}
