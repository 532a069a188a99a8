#!/usr/bin/env node
// Script-tag bundles: one self-contained, minified ES module per element (Lit included), so a
// page without a build step embeds an element with one <script type="module" src="…/ev-x.js">.
//   dist/cdn/ev-<name>.js   for every src/components/*/ev-*.ts
// Built with Vite (Rolldown + Oxc minifier) one entry at a time, so no chunk is shared; Lit
// template and CSS text is minified too (scripts/minify-templates.mjs).
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyLitTemplates } from './minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * TypeScript's `__decorate`, which the legacy decorator transform imports from
 * `@oxc-project/runtime`, for the two forms that transform emits: `decorate(decorators, Class)`
 * and `decorate(decorators, target, key, descriptor)` (`null`: the member's own descriptor; `void
 * 0`: a field). The same steps (last decorator first, what one returns replaces the class or
 * descriptor, a resulting descriptor is defined) in fewer bytes: without the three-argument form
 * (emitted for ES3 only) and the hand-off to a `Reflect.decorate` (reflect-metadata's takes these
 * same steps).
 */
export const DECORATE = `export default function decorate(decorators, target, key, desc) {
  const member = key !== undefined;
  let result = member ? (desc === null ? Object.getOwnPropertyDescriptor(target, key) : desc) : target;
  for (let i = decorators.length; i--; ) {
    const d = decorators[i];
    if (d) result = (member ? d(target, key, result) : d(result)) || result;
  }
  if (member && result) Object.defineProperty(target, key, result);
  return result;
}`;
const RUNTIME_DECORATE = /(["'])@oxc-project\/runtime\/helpers\/decorate\1/g;

/** Vite plugin: the `decorate` above in place of the runtime's (every element has decorated properties). */
function compactDecorate() {
  return {
    name: 'ev-compact-decorate',
    // After the TypeScript transform, which adds the helper's import.
    enforce: 'post',
    transform: (code) => (code.includes('@oxc-project/runtime/helpers/decorate') ? { code: code.replace(RUNTIME_DECORATE, "'\\0ev-decorate'"), map: null } : null),
    resolveId: (id) => (id === '\0ev-decorate' ? id : null),
    load: (id) => (id === '\0ev-decorate' ? DECORATE : null),
  };
}

/** Lit itself (what "lit excluded" leaves out of a size figure). */
export const LIT_PACKAGES = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\/reactive-element($|\/)/];

/** Bundles one entry into a single minified ES module; returns its code. `external`: what to leave out (Rollup's forms: a list, or a function of the module id). */
export async function bundle(entry, { external = [] } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    mode: 'production',
    // Lit's production build whatever the process's NODE_ENV: the demo's dev server (NODE_ENV
    // development) builds these bundles on request, and Vite picks the `development` export
    // condition from NODE_ENV, not from `mode`.
    resolve: { conditions: ['module', 'browser', 'production'] },
    plugins: [minifyLitTemplates(), compactDecorate()],
    oxc: { decorator: { legacy: true } },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: resolve(root, entry),
        preserveEntrySignatures: 'strict',
        external,
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${entry}: expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

/** Every element's define module: src/components/<name>/ev-<name>.ts. */
export function elementEntries() {
  const dir = join(root, 'src/components');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => /^ev-.*\.ts$/.test(f)).map((f) => `src/components/${d.name}/${f}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const out = join(root, 'dist/cdn');
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  for (const entry of elementEntries()) {
    const code = await bundle(entry);
    const file = join(out, entry.split('/').pop().replace(/\.ts$/, '.js'));
    writeFileSync(file, code);
    console.log(`${file.slice(root.length + 1)}  ${(code.length / 1024).toFixed(1)} kB, ${(gzipSync(code).length / 1024).toFixed(1)} kB gzip`);
  }
}
