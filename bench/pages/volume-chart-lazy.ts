// A page that registers every element (define.js) but shows only <ev-log> must download no
// Chart.js. Scripts are recognised by content (a string only Chart.js contains), so a
// renamed or merged chunk cannot hide it. Positive control: the first chart then loads it.
import '../../src/define.js';
import { createMemoryClient } from '../../src/client/adapters/memory.js';
import { makeEvents } from '../../test/fixtures/events.js';
import type { BenchRow } from '../types.js';

const GROUP = 'ev-volume-chart';
// Built at run time, so this page's own script does not contain it.
// (Reversed: a minifier folds a plain concatenation back into the literal.)
const MARKER = [...'esu ni ydaerla si savnaC'].reverse().join('');

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function chartScripts(): Promise<{ bytes: number; gzip: number; names: string[] }> {
  const entries = performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
  let bytes = 0;
  let gzip = 0;
  const names: string[] = [];
  for (const entry of entries) {
    const source = await (await fetch(entry.name)).text();
    if (!source.includes(MARKER)) continue;
    bytes += entry.encodedBodySize || source.length;
    gzip += await gzipSize(source);
    names.push(entry.name.split('/').pop()!);
  }
  return { bytes, gzip, names };
}

window.evBench = async (): Promise<BenchRow[]> => {
  const source = document.createElement('ev-source');
  source.client = createMemoryClient({ events: makeEvents({ count: 500 }) });
  const hasLog = !!customElements.get('ev-log');
  if (hasLog) source.append(document.createElement('ev-log'));
  document.body.append(source);
  await new Promise((r) => setTimeout(r, 1000));
  const before = await chartScripts();

  const chart = document.createElement('ev-volume-chart');
  chart.buckets = [{ action: 'login', time: new Date().toISOString(), count: 1 }];
  source.append(chart);
  await chart.updateComplete;
  const after = await chartScripts();
  if (!chart.shadowRoot?.querySelector('canvas')?.width) throw new Error('the control chart did not render');
  if (after.bytes === 0) throw new Error('the Chart.js detector found nothing after a chart rendered');

  return [
    {
      group: GROUP,
      name: `bytes of Chart.js downloaded: define.js + ${hasLog ? '<ev-log>' : '<ev-source> (no <ev-log> on this branch yet)'}, no chart`,
      value: before.bytes,
      unit: 'B',
      goal: '<= 0',
      note: before.names.join(', '),
    },
    { group: GROUP, name: 'control: Chart.js chunk fetched when the first chart renders (minified, uncompressed)', value: after.bytes, unit: 'B', note: after.names.join(', ') },
    { group: GROUP, name: 'control: the same, gzip', value: after.gzip, unit: 'B' },
  ];
};
