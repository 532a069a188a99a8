// Minifies the static text of Lit `html`, `svg` and `css` tagged templates in TypeScript /
// JavaScript source (JS minifiers keep template literal text verbatim: indentation and CSS
// formatting would otherwise ship). Parsed with the TypeScript compiler, so strings, comments
// and regular expressions are never mistaken for templates. Expressions are left untouched.
//
// html / svg: a run of whitespace that contains a line break becomes one space, which renders
// the same (outside `white-space: pre*`, which templates must not rely on for static text);
// runs without a line break are kept as written; pieces with `<pre>` / `<textarea>` are skipped.
// css: comments dropped, whitespace collapsed, spaces around `{ } ; ,` and after `:` removed.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

function minifyHtml(text) {
  if (/<(pre|textarea)\b/i.test(text)) return text;
  return text.replace(/\s*\n\s*/g, ' ');
}

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':');
}

/** Returns `code` with the static parts of its Lit templates minified. */
export function minifyTemplates(code, fileName = 'x.ts') {
  if (!/\b(html|svg|css)`/.test(code)) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const css = node.tag.text === 'css';
      const pieces = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [[node.template, 1, 1]]
        : [[node.template.head, 1, 2], ...node.template.templateSpans.map((s) => [s.literal, 1, ts.isTemplateTail(s.literal) ? 1 : 2])];
      pieces.forEach(([piece, open, close]) => {
        const start = piece.getStart(source) + open;
        const end = piece.getEnd() - close;
        const text = code.slice(start, end);
        const next = css ? minifyCss(text) : minifyHtml(text);
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
