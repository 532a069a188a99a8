import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';

/**
 * Serves the script-tag bundles at /cdn/ev-<name>.js for demo/portal.html: dist/cdn when
 * `npm run build` made it, else built on first request (scripts/build-cdn.mjs).
 */
function scriptTagBundles(): Plugin {
  const built = new Map<string, Promise<string>>();
  return {
    name: 'ev-cdn-bundles',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const name = /^\/cdn\/(ev-[a-z-]+)\.js$/.exec(req.url ?? '')?.[1];
        if (!name) return next();
        const file = resolve(import.meta.dirname, `../dist/cdn/${name}.js`);
        const entry = `src/components/${name.slice(3)}/${name}.ts`;
        try {
          let code: Promise<string> | string | undefined = existsSync(file) ? readFileSync(file, 'utf8') : built.get(name);
          if (code === undefined) {
            const { bundle } = await import('../scripts/build-cdn.mjs');
            code = bundle(entry);
            built.set(name, code);
          }
          res.setHeader('content-type', 'text/javascript');
          res.end(await code);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

const apiTarget = process.env.EV_API_TARGET ?? 'http://127.0.0.1:8787';

/** The demo admin pages. `npm start` runs this with the reference server behind /api. */
export default defineConfig({
  root: resolve(import.meta.dirname),
  clearScreen: false,
  plugins: [scriptTagBundles()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.EV_DEMO_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    // Keep light-dark() in tokens.css: lowering it for older browsers breaks every colour token.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    outDir: resolve(import.meta.dirname, '../demo-dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
      },
    },
  },
});
