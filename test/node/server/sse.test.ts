/**
 * The SSE live channel: retry hint, delivery of emitted events and notifications, kinds
 * filter, heartbeats, and Last-Event-ID resume (header and query).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../../server/app.js';
import { api, control, testServer, TOKEN, type EventJson, type PageJson } from './helpers.js';

let server: RunningServer;
before(async () => {
  server = await testServer({ events: 300 });
});
after(() => server.close());

interface Message {
  id?: string;
  event?: string;
  data?: string;
}

/** Reads an SSE stream, collecting raw text and parsed messages until `done` says stop. */
class SseReader {
  text = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly controller: AbortController,
  ) {
    this.reader = body.getReader();
  }

  messages(): Message[] {
    return this.text
      .split('\n\n')
      .slice(0, -1)
      .map((block) => Object.fromEntries(block.split('\n').filter((l) => /^(id|event|data): /.test(l)).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)])) as Message)
      .filter((m) => m.data !== undefined);
  }

  async until(done: (reader: SseReader) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this)) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.text.slice(0, 500))}`);
      const { value, done: ended } = await this.reader.read();
      if (ended) throw new Error('stream ended');
      this.text += this.decoder.decode(value, { stream: true });
    }
  }

  close(): void {
    this.controller.abort();
  }
}

async function open(query = '', headers: Record<string, string> = {}): Promise<SseReader> {
  const controller = new AbortController();
  const res = await fetch(`${server.url}/api/v3/events/stream/${query}`, { headers: { Authorization: `Bearer ${TOKEN}`, ...headers }, signal: controller.signal });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^text\/event-stream/);
  const reader = new SseReader(res.body!, controller);
  await reader.until((r) => r.text.startsWith('retry: 2000\n\n'));
  return reader;
}

describe('SSE stream', () => {
  it('delivers emitted events and notifications in order, with monotonic ids', async () => {
    const stream = await open();
    try {
      const emitted = await control<{ pks: string[] }>(server, 'POST', '/emit', { kind: 'event', count: 3 });
      await control(server, 'POST', '/emit', { kind: 'notification' });
      await stream.until((r) => r.messages().length >= 4);
      const msgs = stream.messages();
      assert.deepEqual(msgs.map((m) => m.event), ['event', 'event', 'event', 'notification']);
      assert.deepEqual(msgs.slice(0, 3).map((m) => (JSON.parse(m.data!) as EventJson).pk), emitted.body.pks);
      const ids = msgs.map((m) => Number(m.id));
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
      assert.equal(new Set(ids).size, ids.length);
      const listed = (await api<PageJson<EventJson>>(server, '/events/events/?page_size=3')).body.results.map((e) => e.pk);
      assert.deepEqual(listed, [...emitted.body.pks].reverse(), 'emitted events are the newest in the list');
    } finally {
      stream.close();
    }
  });

  it('every tenth live event also creates a linked notification', async () => {
    const stream = await open('?kinds=notification');
    try {
      await control(server, 'POST', '/emit', { kind: 'event', count: 10 });
      await stream.until((r) => r.messages().length >= 1);
      const note = JSON.parse(stream.messages()[0]!.data!) as { event?: EventJson; seen: boolean };
      assert.equal(note.seen, false);
      assert.ok(note.event?.pk);
    } finally {
      stream.close();
    }
  });

  it('filters by kinds and sends heartbeats', async () => {
    const stream = await open('?kinds=notification');
    try {
      await control(server, 'POST', '/emit', { kind: 'event', count: 2 });
      await control(server, 'POST', '/emit', { kind: 'notification' });
      await stream.until((r) => r.messages().length >= 1 && r.text.includes(': heartbeat\n\n'));
      assert.deepEqual(stream.messages().map((m) => m.event), ['notification']);
    } finally {
      stream.close();
    }
    assert.equal((await api(server, '/events/stream/?kinds=bogus')).status, 400);
  });

  it('replays everything after Last-Event-ID (header or query) on reconnect', async () => {
    const first = await open();
    await control(server, 'POST', '/emit', { kind: 'event' });
    await first.until((r) => r.messages().length >= 1);
    const lastId = first.messages()[0]!.id!;
    first.close();
    const missed = await control<{ pks: string[] }>(server, 'POST', '/emit', { kind: 'event', count: 2 });
    await control(server, 'POST', '/emit', { kind: 'notification' });
    for (const resume of [() => open('', { 'Last-Event-ID': lastId }), () => open(`?last_event_id=${lastId}`)]) {
      const stream = await resume();
      try {
        await stream.until((r) => r.messages().length >= 3);
        const msgs = stream.messages();
        assert.deepEqual(msgs.slice(0, 2).map((m) => (JSON.parse(m.data!) as EventJson).pk), missed.body.pks);
        assert.equal(msgs[2]!.event, 'notification');
        assert.ok(msgs.every((m) => Number(m.id) > Number(lastId)));
      } finally {
        stream.close();
      }
    }
    const log = (await control<Array<{ path: string; lastEventId?: string }>>(server, 'GET', '/requests')).body;
    assert.ok(log.some((r) => r.path === '/api/v3/events/stream/' && r.lastEventId === lastId));
  });

  it('--live-rate creates and pushes events continuously', async () => {
    const busy = await testServer({ events: 100, liveRate: 40 });
    const controller = new AbortController();
    try {
      const res = await fetch(`${busy.url}/api/v3/events/stream/?kinds=event`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal: controller.signal });
      const stream = new SseReader(res.body!, controller);
      await stream.until((r) => r.messages().length >= 5, 3000);
      const count = (await api<PageJson<EventJson>>(busy, '/events/events/')).body.pagination.count;
      assert.ok(count >= 105);
    } finally {
      controller.abort();
      await busy.close();
    }
  });

  it('requires authentication (cookie works for EventSource)', async () => {
    assert.equal((await fetch(`${server.url}/api/v3/events/stream/`)).status, 403);
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/v3/events/stream/`, { headers: { Cookie: `ev_session=${TOKEN}` }, signal: controller.signal });
    assert.equal(res.status, 200);
    controller.abort();
  });
});
