/**
 * The browser test files handed to web-test-runner (test/browser-groups.mjs): every
 * test/browser/**\/*.test.ts exactly once, alone or in one group; every SOLO entry names a file
 * or folder that exists (a renamed one would silently be grouped); a group holds one folder's files,
 * all of which define <ev-detail> or none.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { SOLO, browserTestFiles, definesDetail } from '../../browser-groups.mjs';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'ev-groups-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const all = (readdirSync('test/browser', { recursive: true }) as string[])
  .map((f) => `test/browser/${f.split('\\').join('/')}`)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

/** The test files a handed file runs: itself, or the files its group imports. */
function runs(file: string): string[] {
  if (!file.endsWith('.js')) return [file];
  const text = readFileSync(resolve(root, file), 'utf8');
  return [...text.matchAll(/\["(test\/browser\/[^"]+)", \(\) => import\("([^"]+)"\)\]/g)].map((m) => {
    // The import resolves, from the group file, to the file it names.
    assert.equal(resolve(dir, m[2]!), resolve(root, m[1]!));
    return m[1]!;
  });
}

describe('browser test groups', () => {
  const handed = browserTestFiles(root, dir);

  it('run every browser test file exactly once', () => {
    const ran = handed.flatMap(runs);
    assert.equal(new Set(ran).size, ran.length, 'a file runs twice');
    assert.deepEqual([...ran].sort(), all);
    assert.ok(handed.length < all.length / 3, `${handed.length} pages for ${all.length} files`);
  });

  it('group files of one folder only, at most 16, and leave every SOLO file alone', () => {
    for (const file of handed.filter((f) => f.endsWith('.js'))) {
      const files = runs(file);
      assert.ok(files.length >= 1 && files.length <= 16, `${file}: ${files.length} files`);
      assert.equal(new Set(files.map((f) => f.split('/').slice(0, -1).join('/'))).size, 1, `${file} mixes folders`);
      for (const f of files) assert.ok(!SOLO.some((s) => (s.endsWith('/') ? f.startsWith(s) : f === s)), `${f} is SOLO but grouped`);
    }
  });

  it('SOLO names only files and folders that exist', () => {
    for (const s of SOLO) assert.ok(existsSync(s), `${s} does not exist`);
  });

  it('tell the files that define <ev-detail> (through any import) from those that do not', () => {
    // context-cut.test.ts: summary-helpers.js only (the log's own summary); actions.test.ts: helpers.js, which imports src/define.js.
    assert.equal(definesDetail(root, 'test/browser/log/context-cut.test.ts'), false);
    assert.equal(definesDetail(root, 'test/browser/log/actions.test.ts'), true);
    assert.equal(definesDetail(root, 'test/browser/detail/detail.test.ts'), true);
  });

  it('never put a file that defines <ev-detail> with one that does not', () => {
    for (const file of handed.filter((f) => f.endsWith('.js'))) {
      const kinds = new Set(runs(file).map((f) => definesDetail(root, f)));
      assert.equal(kinds.size, 1, `${file} mixes files with and without <ev-detail>`);
    }
  });
});
