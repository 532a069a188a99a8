#!/usr/bin/env node
// `npm test`: browser check first (fails within seconds), then lint, typecheck, manifest,
// node tests, browser tests, end-to-end tests of the demo. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { requireChrome } from './chrome.mjs';

const chrome = requireChrome();
const only = process.argv.slice(2);

const steps = [
  ['generate', 'node', ['scripts/generate.mjs']],
  ['lint', 'npx', ['--no-install', 'eslint', '--max-warnings=0', '.']],
  ['lit-analyzer', 'node', ['scripts/lit-analyzer.mjs']],
  ['typecheck (browser)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']],
  ['typecheck (node)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.node.json']],
  ['manifest is current', 'node', ['scripts/check-manifest.mjs']],
  ['node tests', 'node', ['scripts/test-node.mjs']],
  ['browser tests', 'npx', ['--no-install', 'wtr']],
  ['e2e (the demo in Chromium)', 'node', ['scripts/test-e2e.mjs']],
];

const env = { ...process.env, CHROME_PATH: chrome };
const timings = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  process.stdout.write(`\n▶ ${name}\n`);
  const start = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${name} ${seconds}s`);
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${name} failed (${seconds}s)\n`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all steps passed: ${timings.join(', ')}`);
