// The browser test files, several to a page. A page per file cost ~3-5 s on a 2-core machine
// (a new browser context, ~200 modules fetched, compiled and run again, a cold JIT): most of
// the browser phase. Files of one folder run together in groups of up to GROUP_SIZE, through a
// generated file in .cache/test-groups/ that calls test/browser/grouped.ts; each keeps its own
// reference server, and shares a page only with files that agree on whether <ev-detail> is defined
// (the one element whose presence changes another: <ev-log>'s expanded row shows it, else its own
// summary; src/components/log/summary.ts). A file that needs a page of its own (its own CSP, a fresh module registry,
// a custom element defined before ours) is listed in SOLO and runs alone, as does every file with
// EV_TEST_SOLO=1 (to tell whether a failure comes from sharing a page).
// `npx wtr --files <file>` runs the named files alone, as before.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const GROUP_SIZE = 16;

/** Files that must have a page of their own (paths from the project root; a folder ends in /). */
export const SOLO = [
  // Own Content-Security-Policy pages, private servers, whole-page scans.
  'test/browser/security/',
  // Reads the README at module level, defines the README's examples' tags.
  'test/browser/docs/',
  // React and its own module graph.
  'test/browser/react/',
  // CSP meta tags / Trusted Types enforced on the page.
  'test/browser/log/csp.test.ts',
  'test/browser/map/csp.test.ts',
  'test/browser/map/csp-no-policy.test.ts',
  'test/browser/volume-chart/csp.test.ts',
  // Defines its own `ev-detail` unless one is defined.
  'test/browser/log/keyboard.test.ts',
  // Checks what is loaded before and after a lazy load; or blocks the lazy load (a CSP meta tag
  // that stays): Chart.js must not be loaded yet.
  'test/browser/volume-chart/lazy.test.ts',
  'test/browser/volume-chart/load-error.test.ts',
  'test/browser/volume-chart/load-error-focus.test.ts',
  // Popups checked over long pans and a held worker: seen failing in a shared page (a popup
  // replaced while axe read it; a click lost), never alone.
  'test/browser/map/poles.test.ts',
  'test/browser/map/popup-data.test.ts',
  // Checks what a first definition of the tags does.
  'test/browser/base/foundation.test.ts',
];

const solo = (file) => process.env.EV_TEST_SOLO === '1' || SOLO.some((s) => (s.endsWith('/') ? file.startsWith(s) : file === s));

/** Every browser test file, sorted (paths from the project root, with /). */
function testFiles(root) {
  return readdirSync(join(root, 'test/browser'), { recursive: true })
    .map((f) => `test/browser/${String(f).split('\\').join('/')}`)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
}

/** Relative imports of a module (static, re-exports and `import()`), as project paths of existing .ts files. */
function localImports(root, file) {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = join(dirname(file), m[1]).replace(/\.js$/, '.ts');
    if (existsSync(join(root, target))) found.push(target.split('\\').join('/'));
  }
  return found;
}

/** Whether a test file defines <ev-detail> (reaches its module through relative imports). */
export function definesDetail(root, file, memo = new Map()) {
  const reached = new Set();
  const walk = (f) => {
    if (reached.has(f)) return;
    reached.add(f);
    for (const next of memo.get(f) ?? memo.set(f, localImports(root, f)).get(f)) walk(next);
  };
  walk(file);
  return reached.has('src/components/detail/ev-detail.ts');
}

/** Writes the group files (into `dir`); returns the files to hand web-test-runner (groups and solo files, from `root`). */
export function browserTestFiles(root, dir = join(root, '.cache/test-groups')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const byFolder = new Map();
  const out = [];
  const memo = new Map();
  for (const file of testFiles(root)) {
    if (solo(file)) {
      out.push(file);
      continue;
    }
    const folder = file.split('/').slice(2, -1).join('/');
    const key = `${folder}\n${definesDetail(root, file, memo)}`;
    byFolder.set(key, [...(byFolder.get(key) ?? []), file]);
  }
  const named = new Map();
  for (const [key, files] of byFolder) {
    const folder = key.split('\n')[0];
    for (let i = 0; i * GROUP_SIZE < files.length; i++) {
      const part = files.slice(i * GROUP_SIZE, (i + 1) * GROUP_SIZE);
      const n = (named.get(folder) ?? 0) + 1;
      named.set(folder, n);
      const name = `${folder.split('/').join('_')}-${String(n).padStart(2, '0')}.test.js`;
      const rel = (f) => relative(dir, join(root, f)).split('\\').join('/');
      const entries = part.map((f) => `  [${JSON.stringify(f)}, () => import(${JSON.stringify(rel(f))})],`).join('\n');
      writeFileSync(
        join(dir, name),
        `// Generated by test/browser-groups.mjs: ${part.length} test files of test/browser/${folder} in one page.\n` +
          `import { runGroup } from ${JSON.stringify(rel('test/browser/grouped.ts'))};\n\nawait runGroup([\n${entries}\n]);\n`,
      );
      out.push(relative(root, join(dir, name)).split('\\').join('/'));
    }
  }
  return out;
}
