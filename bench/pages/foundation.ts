// Baseline: an empty page that loads define.js. Measures fetching, parsing and evaluating the
// define entry (every element registered) and the DOM it leaves behind.
import type { BenchRow } from '../types.js';

window.evBench = async (): Promise<BenchRow[]> => {
  const nodesBefore = document.getElementsByTagName('*').length;
  const start = performance.now();
  await import('../../src/define.js');
  const elapsed = performance.now() - start;
  const defined = ['ev-source'].filter((tag) => customElements.get(tag)).length;
  const scripts = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.endsWith('.js')) as PerformanceResourceTiming[];
  const bytes = scripts.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);
  return [
    { group: 'foundation', name: 'define.js: load + parse + define (empty page)', value: elapsed, unit: 'ms', note: `${defined} elements defined` },
    { group: 'foundation', name: 'define.js: script bytes transferred (minified, uncompressed)', value: bytes, unit: 'B' },
    { group: 'foundation', name: 'DOM elements after define', value: document.getElementsByTagName('*').length - nodesBefore, unit: 'nodes' },
  ];
};
