import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const apiTarget = process.env.EV_API_TARGET ?? 'http://127.0.0.1:8787';

/** The demo admin pages. `npm start` runs this with the reference server behind /api. */
export default defineConfig({
  root: resolve(import.meta.dirname),
  clearScreen: false,
  server: {
    host: '127.0.0.1',
    port: Number(process.env.EV_DEMO_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: resolve(import.meta.dirname, '../demo-dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
      },
    },
  },
});
