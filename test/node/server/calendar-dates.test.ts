/**
 * The reference server refuses a day past its month's end ("2026-02-30", "2026-04-31",
 * "2026-02-29") wherever it reads a time from its client, as it refuses other invalid times:
 * query times (authentik's created__gte / created__lt / created__gt, the alt family's from / to)
 * with 400, the control API's emitted `created` with 400, and `--now` (and `startServer`'s
 * `now`) by not starting. Before, `Date.parse` rolled such a day over (2026-02-30 to 2 March)
 * and the server answered for another day than it was asked. Leap days stay accepted.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../../server/app.js';
import { alt, api, control, testServer } from './helpers.js';

const IMPOSSIBLE = ['2026-02-30T00:00:00Z', '2026-04-31T10:00:00Z', '2026-02-29T00:00:00.000Z', '1900-02-29T00:00:00Z', '2026-06-31'];
const q = encodeURIComponent;

let server: RunningServer;
before(async () => {
  server = await testServer({ events: 300 });
});
after(() => server.close());

describe('the reference server and a day past its month', () => {
  it('query times: 400 on both route families; leap days are fine (200)', async () => {
    for (const text of IMPOSSIBLE) {
      for (const path of [
        `/events/events/?created__gte=${q(text)}`,
        `/events/events/?created__lt=${q(text)}`,
        `/events/events/volume/?created__gte=${q(text)}`,
        `/events/notifications/?created__gt=${q(text)}`,
      ]) {
        const res = await api<Record<string, string[]>>(server, path);
        assert.equal(res.status, 400, path);
        assert.deepEqual(Object.values(res.body), [['Enter a valid date/time.']], path);
      }
      for (const path of [`/audit-logs?from=${q(text)}`, `/audit-logs?to=${q(text)}`]) assert.equal((await alt(server, path)).status, 400, path);
    }
    for (const text of ['2024-02-29T00:00:00Z', '2000-02-29T12:00:00+01:00', '2026-02-28T23:59:59.999Z']) {
      assert.equal((await api(server, `/events/events/?created__gte=${q(text)}`)).status, 200, text);
      assert.equal((await alt(server, `/audit-logs?from=${q(text)}`)).status, 200, text);
    }
  });

  it("the control API's emitted created: 400, nothing added; a leap day is emitted as given", async () => {
    const emit = (created: string) => control<{ pks: string[]; error?: string }>(server, 'POST', '/emit', { kind: 'notification', created });
    const count = async () => (await api<{ pagination: { count: number } }>(server, '/events/notifications/?page_size=1')).body.pagination.count;
    const before = await count();
    for (const text of [...IMPOSSIBLE, 'Feb 30 2026', 'Mon, 30 Feb 2026 10:00:00 GMT']) {
      const res = await emit(text);
      assert.equal(res.status, 400, text);
      assert.match(res.body.error!, /^created must be a date\/time string/, text);
    }
    assert.equal(await count(), before, 'rejected emits add nothing');
    const [pk] = (await emit('2024-02-29T08:00:00.000Z')).body.pks;
    assert.equal((await api<{ created: string }>(server, `/events/notifications/${pk}/`)).body.created, '2024-02-29T08:00:00.000Z');
  });

  it('startServer refuses such a now', async () => {
    await assert.rejects(startServer({ port: 0, events: 10, now: '2026-02-30T00:00:00Z' }), /invalid now/);
  });

  it('the CLI refuses --now with such a day (exit 2), as for other invalid times', async () => {
    for (const now of ['2026-02-30T00:00:00Z', '2026-04-31']) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--events', '10', '--now', now], {
        cwd: resolve(import.meta.dirname, '../../..'),
        stdio: 'pipe',
      });
      let err = '';
      let listening = false;
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      // Should it start after all, it is stopped, so the test fails rather than hangs.
      child.stdout.on('data', (c: Buffer) => {
        if (/listening on/.test(c.toString()) && !listening) listening = child.kill('SIGTERM');
      });
      const code = await new Promise((ok) => child.once('exit', ok));
      assert.equal(listening, false, `started with --now ${now}`);
      assert.equal(code, 2, now);
      assert.match(err, /--now must be an ISO 8601 timestamp/, now);
    }
  });
});
