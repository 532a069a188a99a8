#!/usr/bin/env node
// `npm start`: the reference events server (50,000 seeded events, live events flowing; the
// seeded database is reused from .cache/ between runs) and the Vite demo in front of it.
// The demo talks to /api on its own origin; Vite forwards it to the server and adds the
// credential on the way (Bearer token for /api/v3, X-Api-Key for /api/alt/v1), so the token
// never reaches the browser.
//   EV_TOKEN (dev-token)  EV_EVENTS (50000)  EV_LIVE_RATE (0.5 events/s)  EV_API_PORT (any)  EV_DEMO_PORT (5173)
import { startDemoServer, startReferenceServer } from './demo-server.mjs';

const started = Date.now();
const token = process.env.EV_TOKEN ?? 'dev-token';

let api;
try {
  api = await startReferenceServer({
    events: Number(process.env.EV_EVENTS ?? 50_000),
    token,
    liveRate: Number(process.env.EV_LIVE_RATE ?? 0.5),
    port: Number(process.env.EV_API_PORT ?? 0),
  });
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}

const demo = await startDemoServer({ apiUrl: api.url, token, port: process.env.EV_DEMO_PORT ? Number(process.env.EV_DEMO_PORT) : undefined });
const base = demo.url.replace(/\/$/, '');
console.log(`\n  event-elements demo ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`  ➜ ${base}/              admin page: chart, map, log, detail, bell`);
console.log(`  ➜ ${base}/mapped.html   the same on the server's other API shape (createMappedClient)`);
console.log(`  ➜ ${base}/portal.html   a portal embedding only the bell with one script tag`);
console.log(`  (reference API at ${api.url}/api/v3; the proxy adds the token from EV_TOKEN, see README)\n`);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([api.close(), demo.close()]);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
api.child.on('exit', () => {
  if (stopping) return;
  console.error('The reference server stopped.');
  void stop(1);
});
