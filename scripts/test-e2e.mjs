#!/usr/bin/env node
// End-to-end tests: test/e2e/*.test.ts with Node's test runner (TypeScript through tsx). Each
// file starts the reference server and the Vite demo on free ports and drives the system
// Chromium; screenshots of every demo page go to test-results/screenshots/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/e2e';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => join(dir, f));
const filter = process.argv[2];
const selected = filter ? files.filter((f) => f.includes(filter)) : files;
if (selected.length === 0) {
  console.log('no e2e tests');
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...selected], { stdio: 'inherit' });
process.exit(result.status ?? 1);
