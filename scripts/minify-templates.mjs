// Minifies the static text of Lit `html`, `svg` and `css` tagged templates in TypeScript /
// JavaScript source (JS minifiers keep template literal text verbatim: indentation and CSS
// formatting would otherwise ship). Parsed with the TypeScript compiler, so strings, comments
// and regular expressions are never mistaken for templates. Expressions are left untouched.
//
// html / svg: a run of whitespace that contains a line break becomes one space, which renders
// the same (outside `white-space: pre*`, which templates must not rely on for static text);
// runs without a line break are kept as written; pieces with `<pre>` / `<textarea>` are skipped.
// css: comments dropped, whitespace collapsed, spaces around `{ } ; ,` and after `:` removed, and
// what the CSS parser reads the same: the last `;` of a block, the space before `!important`, the
// leading `0` of `0.5`, quotes around an attribute selector's identifier value (`[role=tab]`).
// Strings and `url(…)` are kept as written.
//
// css: `${t('name')}` / `${t('name', 'hook')}` (src/styles/token.ts) are folded into the text they
// produce, `var(--ev-name, <default>)` (defaults from src/generated/tokens.ts), so a bundle carries
// the defaults of the tokens it uses, not the whole table.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

let tokens;
/** The --ev-* defaults (the JSON object literal of the generated module). */
function tokenDefaults() {
  if (!tokens) {
    const text = readFileSync(new URL('../src/generated/tokens.ts', import.meta.url), 'utf8');
    tokens = JSON.parse(text.slice(text.indexOf('{', text.indexOf('tokenDefaults')), text.indexOf(' as const')));
  }
  return tokens;
}

/** The CSS text of `t(name[, hook])` (as src/styles/token.ts builds it), or null when the call is anything else. */
function foldToken(expression) {
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression) || expression.expression.text !== 't') return null;
  const args = expression.arguments;
  if (args.length < 1 || args.length > 2 || !args.every((a) => ts.isStringLiteral(a))) return null;
  const [name, hook] = args.map((a) => a.text);
  const value = tokenDefaults()[name];
  if (value === undefined || /[`\\$]/.test(value + (hook ?? ''))) return null;
  const base = `var(--ev-${name}, ${value})`;
  return hook ? `var(--ev-${hook}, ${base})` : base;
}

function minifyHtml(text) {
  if (/<(pre|textarea)\b/i.test(text)) return text;
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Quoted strings and `url(…)`: kept as written. */
const CSS_VERBATIM = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\burl\([^)]*\))/;

/**
 * Minifies one static piece of a css template. `first` / `last`: the piece starts / ends the
 * template (elsewhere its edges touch an expression, so a space there may matter and a leading
 * `0.` may continue a number).
 */
function minifyCss(text, first = true, last = true) {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(\[[\w-]+[~|^$*]?=)(['"])(-?[_a-zA-Z][\w-]*)\2\]/g, '$1$3]');
  let out = code
    .split(CSS_VERBATIM)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .replace(/\s+!important/g, '!important')
            .replace(/([^\w.])0\.(\d)/g, '$1.$2'),
    )
    .join('');
  if (first) out = out.replace(/^\s+/, '').replace(/^0\.(\d)/, '.$1');
  if (last) out = out.replace(/\s+$/, '');
  return out;
}

/** Replaces `${t('…')}` inside css templates with the text it produces (see above). */
function foldTokens(code, fileName) {
  if (!/\bcss`/.test(code) || !/\bt\(/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css' && ts.isTemplateExpression(node.template)) {
      let before = node.template.head;
      for (const span of node.template.templateSpans) {
        const text = foldToken(span.expression);
        // From the `${` that ends the previous piece to the `}` that starts the next one.
        if (text !== null) edits.push([before.getEnd() - 2, span.literal.getStart(source) + 1, text]);
        before = span.literal;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Returns `code` with the static parts of its Lit templates minified (and css tokens folded). */
export function minifyTemplates(input, fileName = 'x.ts') {
  const code = foldTokens(input, fileName);
  if (!/\b(html|svg|css)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const css = node.tag.text === 'css';
      const pieces = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [[node.template, 1, 1]]
        : [[node.template.head, 1, 2], ...node.template.templateSpans.map((s) => [s.literal, 1, ts.isTemplateTail(s.literal) ? 1 : 2])];
      pieces.forEach(([piece, open, close], i) => {
        const start = piece.getStart(source) + open;
        const end = piece.getEnd() - close;
        const text = code.slice(start, end);
        const next = css ? minifyCss(text, i === 0, i === pieces.length - 1) : minifyHtml(text);
        if (next !== text) edits.push([start, end, next]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Vite / Rollup plugin: minifies Lit templates in the project's own sources (not node_modules). */
export function minifyLitTemplates() {
  return {
    name: 'ev-minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
