import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../../scripts/minify-templates.mjs';

/** The minified text of a one-piece css template. */
const minCss = (text: string) => /css`([^`]*)`/.exec(minifyTemplates(`css\`${text}\``))![1];

test('css: whitespace, the last semicolon of a block, leading zeros, !important', () => {
  assert.equal(minCss('\n  a {\n    margin: 0.5rem -0.25rem;\n    opacity: 0.6 !important;\n  }\n  b { z-index: 10.5; }\n'), 'a{margin:.5rem -.25rem;opacity:.6!important}b{z-index:10.5}');
  assert.equal(minCss('a{animation:x 0.8s}@keyframes x{to{opacity:0.01}}'), 'a{animation:x .8s}@keyframes x{to{opacity:.01}}');
});

test('css: identifier attribute values lose their quotes, others keep them', () => {
  assert.equal(minCss(":host([variant='drawer']) [role=\"tab\"][aria-selected='true'] {}"), ':host([variant=drawer]) [role=tab][aria-selected=true]{}');
  assert.equal(minCss("[aria-level='1'],[title='a b'],[x='--y']{}"), "[aria-level='1'],[title='a b'],[x='--y']{}");
});

test('css: strings and url() are kept as written', () => {
  assert.equal(minCss("a::before { content: '0.5 ;  }'; background: url(a  0.5.png); }"), "a::before{content:'0.5 ;  }';background:url(a  0.5.png)}");
});

test('css: edges next to an expression keep their space and digits', () => {
  const out = minifyTemplates('css`a { margin: ${x} 0.5rem ${y}0.5rem; }`');
  assert.equal(out, 'css`a{margin:${x} .5rem ${y}0.5rem}`');
});
