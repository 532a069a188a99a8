// Browser tests in the system Chromium (never a downloaded one). See scripts/chrome.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeFlags, requireChrome } from './scripts/chrome.mjs';
import { browserTestFiles } from './test/browser-groups.mjs';
import { reactEsmPlugin } from './test/react-esm-plugin.mjs';
import { referenceServerPlugin } from './test/reference-server-plugin.mjs';
import { securityPlugin } from './test/browser/security/security-plugin.mjs';
import { clockOffsetMs, clockOffsetScript, installClockOffset } from './test/clock-offset.mjs';

const executablePath = requireChrome();
const root = fileURLToPath(new URL('.', import.meta.url));

// EV_TEST_CLOCK_OFFSET_DAYS=N: run as if today were N days later (test/clock-offset.mjs). Shifts
// this process (the reference servers) and every test page; off by default.
const offsetMs = clockOffsetMs();
installClockOffset(globalThis, offsetMs);

/**
 * `new Worker(new URL('./x.worker.js', import.meta.url))` requests the compiled name; in tests
 * only the .ts source exists. Serve it (the esbuild plugin then compiles it) when the .js is absent.
 */
function workerSourceMiddleware(context, next) {
  const [path, search = ''] = context.url.split('?');
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`${root}${path}`) && existsSync(`${root}${path.slice(0, -3)}.ts`)) {
    context.url = `${path.slice(0, -3)}.ts${search ? `?${search}` : ''}`;
  }
  return next();
}

export default {
  // test/browser/**/*.test.ts, several files to a page (test/browser-groups.mjs).
  files: browserTestFiles(root),
  nodeResolve: true,
  middleware: [workerSourceMiddleware],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  // A page runs up to 8 files: a group's whole run, not one file's.
  testsFinishTimeout: 900000,
  plugins: [reactEsmPlugin(), referenceServerPlugin(), securityPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: chromeFlags },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Generous: CI machines share 2 cores; a hung test still fails, just later.
  testFramework: { config: { timeout: 20000 } },
  ...(offsetMs
    ? {
        testRunnerHtml: (testFramework) =>
          `<!DOCTYPE html><html><head>${clockOffsetScript(offsetMs)}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
      }
    : {}),
};
