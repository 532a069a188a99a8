import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikNotificationClient } from '../../../src/client/adapters/authentik-notifications.js';
import type { NotificationClient } from '../../../src/client/types.js';
import { createBellClient } from '../../../src/components/notification-bell/bell-client.js';

type Options = Pick<Parameters<typeof createBellClient>[0], 'fetch' | 'sleep' | 'random' | 'retries'>;
const clients: Array<[string, (o: Options) => NotificationClient]> = [
  ['general client (Transport)', (o) => createAuthentikNotificationClient({ baseUrl: 'https://x/api/v3', live: 'none', ...o })],
  ["the bell's own client", (o) => createBellClient({ baseUrl: 'https://x/api/v3', live: 'none', ...o })],
];

const EMPTY = { pagination: { next: 0, previous: 0, count: 0, current: 1, total_pages: 1, start_index: 0, end_index: 0 }, results: [] };

/**
 * A server answering each request with the next of `answers` (`[status, Retry-After]`, then 200),
 * on a virtual clock that only the client's waits move: the times of the requests it received.
 */
function server(answers: Array<[number, string]>) {
  let now = 0;
  const times: number[] = [];
  const fetch = (async () => {
    times.push(now);
    const [status, retryAfter] = answers.shift() ?? [200, ''];
    const headers = { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) };
    return new Response(JSON.stringify(status === 200 ? EMPTY : { detail: 'busy' }), { status, headers });
  }) as unknown as typeof globalThis.fetch;
  const sleep = async (ms: number) => void (now += ms);
  // random() = 0.5: a jitter factor of exactly 1, so the backoff is 500 ms, 1 s, 2 s.
  return { options: { fetch, sleep, random: () => 0.5 }, gaps: () => times.slice(1).map((t, i) => t - times[i]!) };
}

for (const [label, create] of clients) {
  describe(`Retry-After shorter than the backoff (${label})`, () => {
    test('503 with Retry-After: 0 is retried after the backoff, not at once; a longer Retry-After is still waited for', async () => {
      const api = server([
        [503, '0'],
        [503, '0'],
        [429, '3'],
      ]);
      const page = await create(api.options).listNotifications();
      assert.equal(page.total, 0);
      // Four requests (three retries): the longer of the backoff and Retry-After between them.
      assert.deepEqual(api.gaps(), [500, 1000, 3000]);
    });

    test('a struggling server answering 503 with Retry-After: 0 gets the retries of the backoff, then the error', async () => {
      const api = server(Array.from({ length: 10 }, () => [503, '0'] as [number, string]));
      await assert.rejects(create(api.options).listNotifications(), (e: unknown) => (e as { status?: number }).status === 503);
      assert.deepEqual(api.gaps(), [500, 1000, 2000]);
    });

    test('no wait between retries is longer than the 30 s cap, jitter included', async () => {
      const api = server(Array.from({ length: 10 }, () => [503, ''] as [number, string]));
      // The largest jitter: 500 ms doubling reaches the cap at the seventh retry.
      await assert.rejects(create({ ...api.options, random: () => 0.999, retries: 8 }).listNotifications());
      const gaps = api.gaps();
      assert.equal(gaps.length, 8);
      assert.ok(Math.max(...gaps) <= 30_000, `waits ${gaps.join(', ')}`);
      assert.ok(gaps.at(-1)! >= 15_000, 'a wait at the cap still spreads no lower than half of it');
    });
  });
}
