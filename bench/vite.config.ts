import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = resolve(import.meta.dirname, 'pages');
const input = Object.fromEntries(
  readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(pages, f)]),
);

/** Production build of every bench page (minified, as users would ship it). */
export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  build: {
    // Keep light-dark() in tokens.css: lowering it for older browsers breaks every colour token.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input },
  },
});
