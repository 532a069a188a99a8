// Finds a Chromium for tests and benchmarks: CHROME_PATH, then /usr/bin/chromium,
// chromium-browser, google-chrome on PATH. Never downloads a browser.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name, path = process.env.PATH) {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export const chromeFlags = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param {{ env?: Record<string, string | undefined>, fixed?: string[] }} [options] for tests
 * @returns {{ path?: string, error?: string }}
 */
export function findChrome({ env = process.env, fixed = ['/usr/bin/chromium'] } = {}) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return { path: fromEnv };
    return { error: `CHROME_PATH is set to "${fromEnv}", which is not an executable file.` };
  }
  const found =
    fixed.find(executable) ??
    ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
      .map((name) => onPath(name, env.PATH))
      .find(Boolean);
  if (found) return { path: found };
  return { error: 'No Chromium or Chrome was found (looked at CHROME_PATH, /usr/bin/chromium, chromium-browser, google-chrome).' };
}

export const installHint =
  'Install one, e.g. on Debian/Ubuntu: `apt-get update && apt-get install -y chromium`,\n' +
  'or point CHROME_PATH at a Chromium/Chrome binary: `CHROME_PATH=/path/to/chrome npm test`.';

/** Returns the browser path, or prints one clear message and exits with status 1. */
export function requireChrome() {
  const { path, error } = findChrome();
  if (path) return path;
  process.stderr.write(`\nevent-elements: cannot run the browser tests.\n${error}\n${installHint}\n\n`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = requireChrome();
  console.log(path);
}
