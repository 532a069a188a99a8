// The bench pages are bundled by Vite for a plain browser page: they may share the tests' data
// helpers, but nothing that needs the test runner's dev server (`@open-wc/testing` reaches
// `@web/test-runner-commands`, whose `/__web-dev-server__web-socket.js` import only that server
// answers): `npm run bench` failed to build when a shared helper file imported `expect`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNNER_ONLY = /^(@open-wc\/testing|@web\/test-runner|@web\/dev-server)/;

/** Every module specifier a file imports (static and dynamic), comments left out. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The TypeScript source a `.js` specifier names (as `tsc` resolves it), else the file itself. */
const source = (path: string) => (path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts')) ? path.replace(/\.js$/, '.ts') : path);

/** The runner-only packages `entry` reaches through its relative imports, with the chain that leads there. */
function runnerOnly(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specifiers(file)) {
      if (RUNNER_ONLY.test(spec)) found.push([...chain, spec].join(' → '));
      // Relative source modules only (`?url` assets, CSS and JSON are not followed).
      else if (spec.startsWith('.') && /\.[jt]s$/.test(spec)) walk(source(resolve(dirname(file), spec)), [...chain, spec]);
    }
  };
  walk(entry, [entry.slice(root.length + 1)]);
  return found;
}

test('no bench page imports a module that only the test runner can serve', () => {
  const pages = readdirSync(join(root, 'bench/pages')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  assert.ok(pages.length >= 5, 'the bench pages are found');
  const bad = pages.flatMap((f) => runnerOnly(join(root, 'bench/pages', f)));
  assert.deepEqual(bad, []);
});
