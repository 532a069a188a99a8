#!/usr/bin/env node
// Fails when custom-elements.json differs from what the analyzer generates now.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, even when it is absolute.
const dir = join('.cache', `cem-check-${process.pid}`);
mkdirSync(dir, { recursive: true });

function check() {
  const r = spawnSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', dir], { encoding: 'utf8' });
  if (r.status !== 0) return `the analyzer failed:\n${r.stdout}${r.stderr}`;
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    return 'custom-elements.json is missing: run `npm run analyze` and commit it.';
  }
  return fresh === committed ? '' : 'custom-elements.json is stale: run `npm run analyze` and commit the result.';
}

const problem = check();
rmSync(dir, { recursive: true, force: true });
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
console.log('custom-elements.json is current');
