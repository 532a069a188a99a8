#!/usr/bin/env node
// Editor support generated from custom-elements.json (run by `npm run build`; the output is not
// committed):
//   vscode.html-custom-data.json  VS Code's HTML custom data: tags, attributes, values
//                                 (settings: "html.customData": ["./node_modules/event-elements/vscode.html-custom-data.json"])
//   web-types.json                JetBrains web-types: elements, attributes, properties, events,
//                                 slots, CSS parts and custom properties (found through the
//                                 package's "web-types" field)
// Attribute types named by a type alias (`RangePreset`) are resolved to their string literals by
// reading `type X = 'a' | 'b'` declarations under src/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestElements } from './react-wrappers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = 'https://github.com/event-elements/event-elements#';

/**
 * `type Name = 'a' | 'b' | …;` declarations under `dir`: name → [{ file, union }] (file relative
 * to the repository; two modules may declare the same name).
 */
export function stringUnionAliases(dir = join(root, 'src')) {
  const aliases = {};
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') walk(path);
      } else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        const file = relative(root, path).split(sep).join('/');
        for (const m of text.matchAll(/\btype\s+([A-Z]\w*)\s*=\s*((?:\s*\|?\s*'[^'\n]*')+)\s*;/g)) {
          (aliases[m[1]] ??= []).push({ file, union: m[2].trim().replace(/^\|\s*/, '') });
        }
      }
    }
  };
  walk(dir);
  return aliases;
}

/**
 * The string literals a type text allows (`'a' | 'b' | undefined` → ['a', 'b']), else []. An
 * alias declared in several modules resolves to the one nearest `near` (the element's module).
 */
export function literalValues(typeText, aliases = {}, near = '') {
  const values = [];
  for (const part of String(typeText ?? '').split('|').map((p) => p.trim())) {
    if (!part || part === 'undefined' || part === 'null') continue;
    const literal = /^'([^']*)'$/.exec(part) ?? /^"([^"]*)"$/.exec(part);
    if (literal) values.push(literal[1]);
    else if (aliases[part]) {
      const dir = near.slice(0, near.lastIndexOf('/') + 1);
      const alias = aliases[part].find((a) => dir && a.file.startsWith(dir)) ?? aliases[part][0];
      values.push(...literalValues(alias.union, aliases, near));
    }
    else return [];
  }
  return values;
}

const text = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');
const isBoolean = (type) => /^boolean(\s*\|\s*undefined)?$/.test(String(type ?? '').trim());
const publicFields = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
const anchor = (tag) => `${README}${tag.replace(/[^a-z0-9-]/g, '')}`;

/** VS Code's HTML custom data (version 1.1). */
export function vsCodeData(manifest, aliases = stringUnionAliases()) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: manifestElements(manifest).map((el) => {
      const lines = [text(el)];
      const list = (title, items, name = (i) => i.name) =>
        items?.length ? lines.push(`**${title}:**\n${items.map((i) => `- \`${name(i)}\`${i.description ? ` — ${i.description}` : ''}`).join('\n')}`) : 0;
      list('Events', el.events);
      list('Slots', el.slots, (s) => s.name || '(default)');
      list('CSS parts', el.cssParts);
      list('CSS custom properties', el.cssProperties);
      return {
        name: el.tagName,
        description: { kind: 'markdown', value: lines.join('\n\n') },
        attributes: (el.attributes ?? []).map((a) => {
          const values = literalValues(a.type?.text, aliases, el.modulePath);
          return {
            name: a.name,
            description: a.description ?? '',
            ...(isBoolean(a.type?.text) ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        references: [{ name: 'README', url: anchor(el.tagName) }],
      };
    }),
  };
}

/** JetBrains web-types (schema v2). */
export function webTypes(manifest, pkg, aliases = stringUnionAliases()) {
  const valueOf = (type, near) => {
    const values = literalValues(type, aliases, near);
    if (isBoolean(type)) return { type: 'boolean', kind: 'no-value' };
    if (values.length) return { type: values.map((v) => `'${v}'`).join(' | ') };
    return { type: String(type ?? 'string') };
  };
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/v2-preview/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: manifestElements(manifest).map((el) => ({
          name: el.tagName,
          description: text(el),
          'doc-url': anchor(el.tagName),
          attributes: (el.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default !== undefined && { default: String(a.default) }),
            value: valueOf(a.type?.text, el.modulePath),
          })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          js: {
            properties: publicFields(el).map((f) => ({ name: f.name, description: f.description ?? '', value: { type: f.type?.text ?? 'unknown' }, ...(f.readonly && { readonly: true }) })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type?.text && { value: { type: e.type.text } }) })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

export const OUTPUTS = { vscode: 'vscode.html-custom-data.json', webTypes: 'web-types.json' };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const aliases = stringUnionAliases();
  writeFileSync(join(root, OUTPUTS.vscode), `${JSON.stringify(vsCodeData(manifest, aliases), null, 2)}\n`);
  writeFileSync(join(root, OUTPUTS.webTypes), `${JSON.stringify(webTypes(manifest, pkg, aliases), null, 2)}\n`);
  console.log(`wrote ${OUTPUTS.vscode} and ${OUTPUTS.webTypes} (${manifestElements(manifest).length} elements)`);
}
