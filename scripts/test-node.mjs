#!/usr/bin/env node
// Runs every test/node/**/*.test.ts with Node's test runner (TypeScript through tsx).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...find(path));
    else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = find('test/node').sort();
const filter = process.argv[2];
const selected = filter ? files.filter((f) => f.includes(filter)) : files;
if (selected.length === 0) {
  console.log('no node tests');
  process.exit(0);
}
// EV_TEST_CLOCK_OFFSET_DAYS=N: run as if today were N days later (test/clock-offset.mjs).
const offset = process.env.EV_TEST_CLOCK_OFFSET_DAYS ? ['--import', './test/clock-offset-preload.mjs'] : [];
const result = spawnSync(process.execPath, ['--import', 'tsx', ...offset, '--test', '--test-concurrency=2', ...selected], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
