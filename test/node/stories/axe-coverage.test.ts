import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

// The browser test test/browser/stories/<name>.test.ts runs axe on every story of
// stories/<name>.stories.ts (one test file per stories file, so web-test-runner runs them in parallel).
test('every stories file has its story axe test', () => {
  const stories = readdirSync('stories').filter((f) => f.endsWith('.stories.ts'));
  assert.ok(stories.length > 0);
  for (const file of stories) {
    const name = file.slice(0, -'.stories.ts'.length);
    let test = '';
    try {
      test = readFileSync(`test/browser/stories/${name}.test.ts`, 'utf8');
    } catch {
      assert.fail(`stories/${file} has no test/browser/stories/${name}.test.ts`);
    }
    assert.match(test, new RegExp(`import \\* as stories from '../../../stories/${name}\\.stories\\.js'`));
    assert.match(test, /axeEveryStory\(/);
  }
});
