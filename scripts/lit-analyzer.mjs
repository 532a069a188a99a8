#!/usr/bin/env node
// lit-analyzer in strict mode over src/ (templates, bindings, element and attribute names).
// no-invalid-css is off: the analyzer's CSS data predates color-scheme, light-dark() and
// :state(), which every component uses; everything else stays at strict severity.
import { spawnSync } from 'node:child_process';

const r = spawnSync(
  'npx',
  ['--no-install', 'lit-analyzer', 'src/**/*.ts', '--strict', '--maxWarnings', '0', '--rules.no-invalid-css', 'off'],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
