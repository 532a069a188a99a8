/**
 * The CLI: the exact listening line, database file reuse, no token in the output, clean
 * shutdown on SIGTERM.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'ev-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  lines: string[];
  code: number | null;
  url: string;
}

/** Starts the CLI, waits for its info lines, fetches once, then stops it with SIGTERM. */
function run(args: string[]): Promise<Run> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let url = '';
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^ev-server listening on (http:\/\/\S+)$/m.exec(out);
      if (m && !url && out.split('\n').length > 4) {
        url = m[1]!;
        void fetch(`${url}/api/v3/events/events/?page_size=1`, { headers: { Authorization: 'Bearer s3cret-cli-token' } })
          .then((r) => assert.equal(r.status, 200))
          .then(() => child.kill('SIGTERM'), fail);
      }
    });
    child.once('exit', (code) => ok({ lines: out.trim().split('\n'), code, url }));
  });
}

describe('CLI', () => {
  it('prints the listening line first, reuses a seeded file, hides the token and exits cleanly', async () => {
    const args = ['--port', '0', '--events', '2000', '--seed', '3', '--token', 's3cret-cli-token', '--db', join(dir, 'ev.sqlite')];
    const first = await run(args);
    assert.match(first.lines[0]!, /^ev-server listening on http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(first.lines.join('\n'), /seeded in \d+ ms/);
    assert.equal(first.code, 0);
    const second = await run(args);
    assert.match(second.lines.join('\n'), /\(reused\)/);
    for (const r of [first, second]) assert.ok(!r.lines.join('\n').includes('s3cret-cli-token'));
    const reseeded = await run([...args.slice(0, 5), '4', ...args.slice(6)]);
    assert.match(reseeded.lines.join('\n'), /seeded in/);
  });

  it('rejects bad options', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--error-rate', '2'], { cwd: ROOT, stdio: 'pipe' });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((ok) => child.once('exit', ok));
    assert.equal(code, 2);
    assert.match(err, /--error-rate/);
  });
});
