// Starts the reference events server (a child process) and the Vite demo in front of it. Used by
// `npm start` (scripts/start.mjs) and the end-to-end tests (test/e2e/).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The reference server in a child process (so seeding never blocks the demo). Resolves once it
 * listens. `db` defaults to a file in .cache/ that is reused while (events, seed) match.
 * @param {{ events?: number, seed?: number, token?: string, liveRate?: number, port?: number, db?: string, now?: string, quiet?: boolean }} [options]
 */
export async function startReferenceServer(options = {}) {
  const { events = 50_000, seed = 1, token = 'dev-token', liveRate = 0, port = 0, now, quiet = false } = options;
  let db = options.db;
  if (db === undefined) {
    mkdirSync(join(root, '.cache'), { recursive: true });
    db = join(root, '.cache', `demo-${events}-${seed}${now ? `-${now.replace(/\W/g, '')}` : ''}.sqlite`);
  }
  const args = ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--events', String(events), '--seed', String(seed), '--db', db, '--live-rate', String(liveRate)];
  if (now) args.push('--now', now);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EV_SERVER_TOKEN: token } });
  const url = await new Promise((resolveUrl, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const m = /ev-server listening on (http:\/\/\S+)/.exec(buffered);
      if (!m) return;
      child.stdout.off('data', onData);
      if (quiet) child.stdout.resume();
      else child.stdout.pipe(process.stdout);
      resolveUrl(m[1]);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the reference server exited (${code}) before it was ready`)));
  });
  return {
    url,
    child,
    close: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The Vite dev server of demo/ with /api forwarded to `apiUrl`, the credential added by the
 * proxy (demo/vite.config.ts). Resolves once it listens.
 * @param {{ apiUrl: string, token?: string, port?: number, logLevel?: 'info' | 'warn' | 'error' | 'silent' }} options
 */
export async function startDemoServer({ apiUrl, token = 'dev-token', port, logLevel = 'info' }) {
  process.env.EV_API_TARGET = apiUrl;
  process.env.EV_TOKEN = token;
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: join(root, 'demo/vite.config.ts'),
    logLevel,
    ...(port !== undefined && { server: { port, strictPort: port !== 0 } }),
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}/` : (vite.resolvedUrls?.local[0] ?? '');
  return { url, vite, close: () => vite.close() };
}
