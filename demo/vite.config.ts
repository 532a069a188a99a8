import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin, type ProxyOptions, defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * Serves the script-tag bundles at /cdn/ev-<name>.js for demo/portal.html: dist/cdn when
 * `npm run build` made it, else built on first request (scripts/build-cdn.mjs). A demo build
 * writes them next to the pages.
 */
function scriptTagBundles(): Plugin {
  const built = new Map<string, Promise<string>>();
  const entryOf = (name: string) => `src/components/${name.slice(3)}/${name}.ts`;
  const code = (name: string): Promise<string> | string => {
    const file = resolve(here, `../dist/cdn/${name}.js`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
    let pending = built.get(name);
    if (!pending) {
      pending = import('../scripts/build-cdn.mjs').then(({ bundle }) => bundle(entryOf(name)));
      built.set(name, pending);
    }
    return pending;
  };
  return {
    name: 'ev-cdn-bundles',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const name = /^\/cdn\/(ev-[a-z-]+)\.js$/.exec(req.url ?? '')?.[1];
        if (!name || !existsSync(resolve(here, '..', entryOf(name)))) return next();
        try {
          res.setHeader('content-type', 'text/javascript');
          res.end(await code(name));
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'cdn/ev-notification-bell.js', source: await code('ev-notification-bell') });
    },
  };
}

/**
 * The API behind the pages: /api/v3 (authentik's shape, Bearer token) and /api/alt/v1 (the
 * mapped page, X-Api-Key), both forwarded to the reference server with the credential added
 * here, so the browser never holds it. `npm start` sets EV_API_TARGET and EV_TOKEN.
 */
export function apiProxy(target: string, token: string): Record<string, ProxyOptions> {
  // The more specific prefix first: the first matching entry wins.
  return {
    '/api/alt/': { target, headers: { 'x-api-key': token } },
    '/api/': { target, headers: { authorization: `Bearer ${token}` } },
  };
}

/** The demo pages. `npm start` runs this with the reference server behind /api. */
export default defineConfig({
  root: here,
  clearScreen: false,
  plugins: [scriptTagBundles()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.EV_DEMO_PORT ?? 5173),
    strictPort: false,
    proxy: apiProxy(process.env.EV_API_TARGET ?? 'http://127.0.0.1:8787', process.env.EV_TOKEN ?? 'dev-token'),
  },
  // Pre-bundled at start (the lazily loaded ones too), so no page reloads when Chart.js or
  // Leaflet are first imported.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/guard.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/repeat.js',
      'lit/directives/style-map.js',
      '@lit/context',
      '@lit/task',
      'chart.js',
      'leaflet/dist/leaflet-src.esm.js',
      'supercluster',
      'topojson-client',
    ],
  },
  build: {
    // Keep light-dark() in tokens.css: lowering it for older browsers breaks every colour token.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    outDir: resolve(here, '../demo-dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(here, 'index.html'),
        mapped: resolve(here, 'mapped.html'),
        portal: resolve(here, 'portal.html'),
        'authentik-link': resolve(here, 'if/admin/index.html'),
      },
    },
  },
});
