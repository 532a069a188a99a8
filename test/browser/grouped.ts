/**
 * Runs several browser test files in one page (the page's modules load and compile once, not
 * once per file: a new page costs seconds on a 2-core machine). web-test-runner.config.mjs
 * writes the group files (test/browser-groups.mjs); each calls `runGroup` with its files.
 *
 * Each file keeps what running alone gave it: its own reference server (reference.ts asks for
 * the server of `currentTestFile()`). The file is known while its module is evaluated and, at
 * run time, from the first hook of each of its top-level suites (before any hook of its own).
 */

type Describe = (title: string, fn: (this: Mocha.Suite) => void) => Mocha.Suite;

let current = '';

/** The test file whose module or suite is running ('' outside a group: the page is the file). */
export function currentTestFile(): string {
  return current;
}

/** Wraps `describe` (and `.only`, `.skip`) so that each top-level suite first says which file it is. */
function tagging(file: string, original: Describe): Describe {
  return (title, fn) =>
    original(title, function (this: Mocha.Suite) {
      before(() => {
        current = file;
      });
      return fn.call(this);
    });
}

/** Imports the files in order, each with its suites tagged with its name. */
export async function runGroup(files: Array<[string, () => Promise<unknown>]>): Promise<void> {
  const g = globalThis as unknown as { describe: Describe & { only: Describe; skip: Describe } };
  const original = g.describe;
  try {
    for (const [file, load] of files) {
      current = file;
      // Nested suites are tagged too (with the same file: harmless).
      g.describe = Object.assign(tagging(file, original), { only: tagging(file, original.only), skip: original.skip });
      await load();
    }
  } finally {
    g.describe = original;
  }
}
