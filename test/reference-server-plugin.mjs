// A web-test-runner plugin that starts the reference events server (in-process, on a free
// port, small seeded database) the first time a browser test asks for it, and serves its
// coordinates at /__ev/reference-server.json. Stopped with the test run.
import { tsImport } from 'tsx/esm/api';

export function referenceServerPlugin({ events = 3000, seed = 7, token = 'test-token' } = {}) {
  let running;
  const start = () => {
    running ??= tsImport('../server/app.ts', import.meta.url).then((mod) =>
      mod.startServer({ port: 0, host: '127.0.0.1', events, seed, token, now: '2026-11-20T12:00:00.000Z', heartbeatMs: 2000 }),
    );
    return running;
  };
  return {
    name: 'ev-reference-server',
    async serve(context) {
      if (context.path !== '/__ev/reference-server.json') return undefined;
      const server = await start();
      return {
        body: JSON.stringify({ origin: server.url, apiUrl: `${server.url}/api/v3`, altUrl: `${server.url}/api/alt/v1`, controlUrl: `${server.url}/__control`, token }),
        type: 'json',
      };
    },
    async serverStop() {
      if (running) await (await running).close();
    },
  };
}
