/**
 * The body excerpt an HTTP error carries (`bodyExcerpt`, and the message built from it) is the
 * same from both fetch wrappers: the general client's `Transport` and the bell's own small one.
 * At most 300 characters; a cut one ends with "…" and never in half a character.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import { EventsAuthError, EventsHttpError } from '../../../src/client/errors.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { createBellClient } from '../../../src/components/notification-bell/bell-client.js';

const clients: Array<[string, (fetch: typeof globalThis.fetch) => NotificationClient]> = [
  ['general client (Transport)', (fetch) => createAuthentikNotificationClient({ baseUrl: 'https://x/api/v3', live: 'none', retries: 0, fetch })],
  ["the bell's own client", (fetch) => createBellClient({ baseUrl: 'https://x/api/v3', live: 'none', retries: 0, fetch })],
];

const answer = (body: string, status: number) => (async () => new Response(body, { status, headers: { 'content-type': 'text/plain' } })) as unknown as typeof fetch;

async function failure(create: (fetch: typeof globalThis.fetch) => NotificationClient, body: string, status = 400): Promise<EventsHttpError> {
  try {
    await create(answer(body, status)).listNotifications();
  } catch (e) {
    assert.ok(e instanceof EventsHttpError, `an HTTP error, not ${String(e)}`);
    return e;
  }
  throw new Error('the request did not fail');
}

for (const [label, create] of clients) {
  describe(`HTTP error body excerpt (${label})`, () => {
    test('a short body is kept whole, control characters turned into spaces', async () => {
      const e = await failure(create, 'no\u0000such\nthing\u007f');
      assert.equal(e.bodyExcerpt, 'no such thing');
      assert.equal(e.message, 'HTTP 400: no such thing');
    });

    test('a body of exactly 300 characters is kept whole', async () => {
      assert.equal((await failure(create, 'x'.repeat(300))).bodyExcerpt, 'x'.repeat(300));
    });

    test('a longer body is cut to 300 characters ending with "…"', async () => {
      const e = await failure(create, 'x'.repeat(1000), 503);
      assert.equal(e.bodyExcerpt, `${'x'.repeat(299)}…`);
      assert.ok(e.message.endsWith('…'));
    });

    test('an emoji across the cut is left out whole, not split in half (401 as well)', async () => {
      const e = await failure(create, `${'x'.repeat(298)}😀${'y'.repeat(10)}`, 401);
      assert.ok(e instanceof EventsAuthError);
      assert.equal(e.bodyExcerpt, `${'x'.repeat(298)}…`);
      assert.doesNotMatch(e.message, /[\ud800-\udbff](?![\udc00-\udfff])/, 'no lone high surrogate in the message');
    });
  });
}
