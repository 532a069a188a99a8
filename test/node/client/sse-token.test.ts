/**
 * The SSE strategy while its token function is still pending: leaving (unsubscribing aborts the
 * strategy's signal) ends the strategy at once, and a token that arrives afterwards sends nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { sseStrategy } from '../../../src/client/live.js';
import { Transport } from '../../../src/client/transport.js';
import type { LiveMessage } from '../../../src/client/types.js';

/** A token function whose answer the test gives when it wants (or never). */
function pendingToken() {
  let give!: (token: string) => void;
  let calls = 0;
  const token = () => {
    calls++;
    return new Promise<string>((resolve) => (give = resolve));
  };
  return { token, give: (t: string) => give(t), calls: () => calls };
}

/** A fetch that records every request it is asked to send (and answers with a stream that never ends). */
function recordingFetch() {
  const sent: string[] = [];
  const fetch = (async (url: string) => {
    sent.push(url);
    return new Response(new ReadableStream(), { headers: { 'content-type': 'text/event-stream' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

/** Lets every pending promise reaction run (a macrotask turn). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SSE strategy: a token function that has not answered yet', () => {
  test('aborting ends the strategy; the token arriving later sends no request', async () => {
    const tokens = pendingToken();
    const server = recordingFetch();
    const transport = new Transport({ baseUrl: 'https://x/api/v3', token: tokens.token, fetch: server.fetch });
    const controller = new AbortController();
    const got: LiveMessage[] = [];
    let settled = false;
    const done = sseStrategy(transport, '/events/stream/', { sleep: async () => undefined })((m) => got.push(m), controller.signal).finally(
      () => (settled = true),
    );
    await settle();
    assert.equal(tokens.calls(), 1, 'the strategy is waiting for the token');
    controller.abort();
    await settle();
    assert.equal(settled, true, 'the strategy ended when it was aborted');
    await done;
    tokens.give('late-token');
    await settle();
    assert.deepEqual(server.sent, [], 'no request after the strategy ended');
    assert.ok(!got.some((m) => m.type === 'status' && m.status === 'open'));
  });

  test('through the client: unsubscribing while the token is pending closes the connection; no stream is opened later', async () => {
    const tokens = pendingToken();
    const server = recordingFetch();
    const client = createAuthentikClient({ baseUrl: 'https://x/api/v3', token: tokens.token, fetch: server.fetch, live: 'sse' });
    const got: LiveMessage[] = [];
    const unsubscribe = client.subscribe((m) => got.push(m));
    await settle();
    assert.equal(tokens.calls(), 1);
    unsubscribe();
    tokens.give('late-token');
    await settle();
    assert.deepEqual(server.sent, [], 'no stream request after unsubscribing');
  });
});
