/**
 * What is generated from custom-elements.json: the React wrappers (src/generated/react.ts, by
 * scripts/generate.mjs) and the editor data (scripts/ide-data.mjs, by `npm run build`). Each
 * must cover every element, attribute and event the manifest documents.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { literalValues, stringUnionAliases, vsCodeData, webTypes } from '../../../scripts/ide-data.mjs';
import { type Manifest, eventPropName, manifestElements, reactWrappers } from '../../../scripts/react-wrappers.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; exports: Record<string, unknown>; 'web-types'?: string };
const elements = manifestElements(manifest);
const defined = [...readFileSync('src/define.ts', 'utf8').matchAll(/components\/[\w-]+\/(ev-[\w-]+)\.js/g)].map((m) => m[1]).sort();

describe('the manifest', () => {
  it('declares every element src/define.ts registers', () => {
    assert.deepEqual(
      elements.map((e) => e.tagName),
      defined,
    );
  });
});

describe('React wrappers', () => {
  const source = reactWrappers(manifest);

  it('src/generated/react.ts is current (npm run generate)', () => {
    assert.equal(readFileSync('src/generated/react.ts', 'utf8'), source);
  });

  it('one createComponent per element, a typed on<Event> prop per documented event', () => {
    for (const el of elements) {
      const block = new RegExp(`export const ${el.name} = createComponent\\(\\{[\\s\\S]*?\\n\\}\\);`).exec(source)?.[0];
      assert.ok(block, `a wrapper for <${el.tagName}>`);
      assert.match(block, new RegExp(`tagName: '${el.tagName}'`));
      assert.match(block, new RegExp(`elementClass: ${el.name}Element,`));
      for (const event of el.events ?? []) {
        assert.match(block, new RegExp(`${eventPropName(event.name)}: '${event.name}' as EventName<${event.type?.text ?? 'CustomEvent'}>`), `${el.tagName} ${event.name}`);
      }
    }
    assert.equal(eventPropName('ev-notification-click'), 'onEvNotificationClick');
  });

  it('a comment in a description cannot end the generated JSDoc', () => {
    const hostile = { modules: [{ path: 'x.ts', declarations: [{ customElement: true, tagName: 'ev-x', name: 'EvX', summary: 'a */ b', events: [{ name: 'ev-x', description: '*/ alert(1) /*' }] }] }] };
    const text = reactWrappers(hostile);
    assert.doesNotMatch(text.replace(/\*\\\//g, ''), /a \*\/ b|\*\/ alert/);
  });

  it('package.json exports ./react', () => {
    assert.deepEqual(pkg.exports['./react'], { types: './dist/react/index.d.ts', default: './dist/react/index.js' });
  });
});

describe('editor data', () => {
  const aliases = stringUnionAliases();
  const vscode = vsCodeData(manifest, aliases);
  const web = webTypes(manifest, pkg, aliases);

  it('VS Code custom data: every element and attribute, with values for literal unions', () => {
    assert.deepEqual(
      vscode.tags.map((t) => t.name),
      elements.map((e) => e.tagName),
    );
    for (const el of elements) {
      const tag = vscode.tags.find((t) => t.name === el.tagName)!;
      assert.deepEqual(
        tag.attributes.map((a) => a.name),
        (el.attributes ?? []).map((a) => a.name),
      );
      for (const event of el.events ?? []) assert.ok(tag.description.value.includes(`\`${event.name}\``), `${el.tagName} documents ${event.name}`);
      for (const part of el.cssParts ?? []) assert.ok(tag.description.value.includes(`\`${part.name}\``), `${el.tagName} documents part ${part.name}`);
      const theme = tag.attributes.find((a) => a.name === 'theme');
      if (theme) assert.deepEqual(theme.values, [{ name: 'light' }, { name: 'dark' }]);
    }
    const chart = vscode.tags.find((t) => t.name === 'ev-volume-chart')!;
    assert.equal(chart.attributes.find((a) => a.name === 'live')?.valueSet, 'v', 'a boolean attribute takes no value');
    assert.deepEqual(
      chart.attributes.find((a) => a.name === 'range')?.values?.map((v) => v.name),
      ['24h', '7d', '30d', '90d', 'custom'],
      "the chart's own RangePreset, not the log's",
    );
  });

  it('web-types: every element, attribute, property, event, slot, part and CSS property', () => {
    assert.equal(web.name, pkg.name);
    assert.equal(web.version, pkg.version);
    for (const el of elements) {
      const entry = web.contributions.html.elements.find((e) => e.name === el.tagName);
      assert.ok(entry, el.tagName);
      const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map((x) => x.name);
      assert.deepEqual(names(entry.attributes), names(el.attributes));
      assert.deepEqual(names(entry.events), names(el.events));
      assert.deepEqual(names(entry.js.events), names(el.events));
      assert.deepEqual(names(entry.slots), names(el.slots));
      assert.deepEqual(names(entry.css.parts), names(el.cssParts));
      assert.deepEqual(names(entry.css.properties), names(el.cssProperties));
      for (const a of el.attributes ?? []) if (a.fieldName) assert.ok(names(entry.js.properties).includes(a.fieldName), `${el.tagName}.${a.fieldName}`);
    }
    assert.equal(pkg['web-types'], './web-types.json');
  });

  it('resolves literal unions and aliases, and nothing else', () => {
    const a = { Mode: [{ file: 'src/a/a.ts', union: "'x' | 'y'" }, { file: 'src/b/b.ts', union: "'p'" }] };
    assert.deepEqual(literalValues("'a' | 'b' | undefined"), ['a', 'b']);
    assert.deepEqual(literalValues('Mode | undefined', a, 'src/b/el.ts'), ['p']);
    assert.deepEqual(literalValues('Mode', a, 'src/c/el.ts'), ['x', 'y']);
    assert.deepEqual(literalValues('string'), []);
    assert.deepEqual(literalValues("'a' | number"), []);
  });
});

describe('Storybook docs tables', () => {
  it('every category of every element, a slot and a part of the same name both listed', async () => {
    const { argTypesFromManifest } = await import('../../../.storybook/argtypes.js');
    for (const el of elements) {
      const rows = Object.values(argTypesFromManifest(manifest, el.tagName)!);
      const named = (category: string) =>
        rows
          .filter((r) => r.table.category === category)
          .map((r) => r.name)
          .sort();
      const sorted = (list: Array<{ name: string }> | undefined) => (list ?? []).map((x) => x.name).sort();
      assert.deepEqual(named('attributes'), sorted(el.attributes), `${el.tagName} attributes`);
      assert.deepEqual(named('events'), sorted(el.events), `${el.tagName} events`);
      assert.deepEqual(named('slots'), sorted(el.slots).map((n) => n || '(default)'), `${el.tagName} slots`);
      assert.deepEqual(named('css shadow parts'), sorted(el.cssParts), `${el.tagName} parts`);
      assert.deepEqual(named('css custom properties'), sorted(el.cssProperties), `${el.tagName} CSS properties`);
      assert.ok(named('properties').length > 0, `${el.tagName} properties`);
    }
    assert.equal(argTypesFromManifest(manifest, 'ev-nope'), null);
  });
});
