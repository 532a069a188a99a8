// A web-test-runner plugin that starts reference events servers (in-process, on free ports,
// small seeded databases) and serves a server's coordinates at /__ev/reference-server.json.
//
// Each test file gets its own server (keyed by the wtr session id in the asking page's URL, and
// by `?file=` when several files share a page: test/browser/grouped.ts), so
// one file's resets, faults, emitted events and request log never reach another file running at
// the same time. A page outside a test session gets a shared server. Stopped with the test run.
import { tsImport } from 'tsx/esm/api';

let app;
/** The server module, loaded once per test run (every tsImport call would evaluate it again). */
export function loadServerApp() {
  app ??= tsImport('../server/app.ts', import.meta.url);
  return app;
}

export function referenceServerPlugin({ events = 3000, seed = 7, token = 'test-token' } = {}) {
  const servers = new Map();
  const start = (key) => {
    let running = servers.get(key);
    if (!running) {
      // No fixed `now`: the data ends at the current minute (same seed, same events relative to it),
      // so "the last 7 days" holds data whatever the date. A fixed date emptied those windows a week on.
      running = loadServerApp().then((mod) => mod.startServer({ port: 0, host: '127.0.0.1', events, seed, token, heartbeatMs: 2000 }));
      servers.set(key, running);
    }
    return running;
  };
  /** The wtr session of the page that asks (its URL carries `wtr-session-id`), else 'shared'. */
  const sessionOf = (context) => {
    try {
      const id = new URL(context.get('referer')).searchParams.get('wtr-session-id');
      return id ? `session-${id}` : 'shared';
    } catch {
      return 'shared';
    }
  };
  return {
    name: 'ev-reference-server',
    async serve(context) {
      if (context.path !== '/__ev/reference-server.json') return undefined;
      const file = context.URL.searchParams.get('file');
      const server = await start(file ? `${sessionOf(context)} ${file}` : sessionOf(context));
      return {
        body: JSON.stringify({ origin: server.url, apiUrl: `${server.url}/api/v3`, altUrl: `${server.url}/api/alt/v1`, controlUrl: `${server.url}/__control`, token }),
        type: 'json',
        headers: { 'cache-control': 'no-store' },
      };
    },
    async serverStop() {
      for (const running of servers.values()) await (await running).close();
    },
  };
}
