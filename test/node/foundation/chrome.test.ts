import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findChrome } from '../../../scripts/chrome.mjs';

function fakeBrowser(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ev-chrome-'));
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\necho fake\n');
  chmodSync(file, 0o755);
  return dir;
}

test('CHROME_PATH wins when it is executable', () => {
  const dir = fakeBrowser('my-chrome');
  assert.deepEqual(findChrome({ env: { CHROME_PATH: join(dir, 'my-chrome') }, fixed: [] }), { path: join(dir, 'my-chrome') });
});

test('a CHROME_PATH that is not executable is reported, not silently skipped', () => {
  const result = findChrome({ env: { CHROME_PATH: '/no/such/chrome', PATH: '' }, fixed: [] });
  assert.equal(result.path, undefined);
  assert.match(result.error ?? '', /CHROME_PATH is set to "\/no\/such\/chrome"/);
});

test('then the fixed path, then chromium-browser / google-chrome on PATH, in that order', () => {
  const dir = fakeBrowser('google-chrome');
  assert.equal(findChrome({ env: { PATH: dir }, fixed: [] }).path, join(dir, 'google-chrome'));
  const both = fakeBrowser('chromium-browser');
  writeFileSync(join(both, 'google-chrome'), '#!/bin/sh\n');
  chmodSync(join(both, 'google-chrome'), 0o755);
  assert.equal(findChrome({ env: { PATH: both }, fixed: [] }).path, join(both, 'chromium-browser'));
  const fixed = join(fakeBrowser('chromium'), 'chromium');
  assert.equal(findChrome({ env: { PATH: both }, fixed: [fixed] }).path, fixed);
});

test('nothing found: an error that names every place looked', () => {
  const result = findChrome({ env: { PATH: mkdtempSync(join(tmpdir(), 'ev-empty-')) }, fixed: [] });
  assert.match(result.error ?? '', /CHROME_PATH.*chromium.*google-chrome/s);
});

test('npm test without a browser fails within seconds with one clear message and no stack trace', () => {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['scripts/test.mjs'], {
    env: { ...process.env, CHROME_PATH: '/no/such/chrome' },
    encoding: 'utf8',
    timeout: 20000,
  });
  assert.equal(r.status, 1);
  assert.ok(Date.now() - started < 5000, 'fails fast');
  assert.match(r.stderr, /cannot run the browser tests/);
  assert.match(r.stderr, /apt-get install -y chromium/);
  assert.match(r.stderr, /CHROME_PATH/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
