#!/usr/bin/env node
// `npm start`: the reference events server (50,000 seeded events, live events flowing; the
// seeded database is reused from .cache/ between runs) and the Vite demo in front of it.
// The demo talks to /api on its own origin; Vite forwards it to the server and adds the
// Bearer token on the way, so the token never reaches the browser.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';

const started = Date.now();
const token = process.env.EV_TOKEN ?? 'dev-token';
const events = process.env.EV_EVENTS ?? '50000';
mkdirSync('.cache', { recursive: true });

const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'server/main.ts',
    '--port',
    process.env.EV_API_PORT ?? '0',
    '--events',
    events,
    '--seed',
    '1',
    '--db',
    `.cache/demo-${events}-1.sqlite`,
    '--live-rate',
    process.env.EV_LIVE_RATE ?? '0.5',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EV_SERVER_TOKEN: token } },
);

const apiUrl = await new Promise((resolve, reject) => {
  let buffered = '';
  const onData = (chunk) => {
    buffered += chunk;
    const m = /ev-server listening on (http:\/\/\S+)/.exec(buffered);
    if (m) {
      server.stdout.off('data', onData);
      server.stdout.pipe(process.stdout);
      resolve(m[1]);
    }
  };
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', onData);
  server.on('exit', (code) => reject(new Error(`the reference server exited (${code}) before it was ready`)));
}).catch((error) => {
  console.error(String(error.message ?? error));
  process.exit(1);
});

const vite = await createServer({
  configFile: 'demo/vite.config.ts',
  server: {
    proxy: {
      '/api': {
        target: apiUrl,
        headers: { authorization: `Bearer ${token}` },
      },
    },
  },
});
await vite.listen();
const local = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;
console.log(`\n  event-elements demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`  ➜ ${local}\n  (reference API at ${apiUrl}/api/v3; Bearer token from EV_TOKEN, see README)\n`);

function stop() {
  server.kill('SIGTERM');
  void vite.close().finally(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', () => {
  console.error('The reference server stopped.');
  void vite.close().finally(() => process.exit(1));
});
