import assert from 'node:assert/strict';
import { test } from 'node:test';

test('a script-tag bundle is the production build even when built in a development process (the demo server builds /cdn/ev-*.js on request)', async () => {
  // What the demo's Vite dev server sets for its whole process before demo/portal.html asks for the bell.
  process.env.NODE_ENV = 'development';
  const { bundle } = await import('../../../scripts/build-cdn.mjs');
  const code = await bundle('src/components/notification-bell/ev-notification-bell.ts');
  // Lit's development build warns "Lit is in dev mode" and carries its dev-only checks.
  assert.ok(!code.includes('Lit is in dev mode'), 'the bundle holds the development build of Lit');
});
