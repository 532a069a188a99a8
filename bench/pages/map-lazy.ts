// A page that registers every element (define.js) but shows only <ev-log> must download none of
// Leaflet, the world outline or the cluster worker. Then an <ev-map> is added: the chunks it
// loads on demand are listed, to show the check above looks at the right files.
import '../../src/define.js';
import type { EvMap } from '../../src/components/map/map.js';
import { makeEvents } from '../../test/fixtures/events.js';
import type { BenchRow } from '../types.js';

const LAZY = /leaflet|map-view|world-110m|cluster|topojson/i;

function scripts(): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\.js(\?|$)/.test(e.name));
}

const file = (url: string) => new URL(url).pathname.split('/').pop()!;

window.evBench = async (): Promise<BenchRow[]> => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = scripts();
  const fromLeaflet = before.filter((e) => LAZY.test(file(e.name)));
  const bytes = (list: PerformanceResourceTiming[]) => list.reduce((sum, e) => sum + (e.encodedBodySize || 0), 0);

  const map = document.createElement('ev-map') as EvMap;
  map.events = makeEvents({ count: 200 });
  document.body.append(map);
  await map.updateComplete;
  while (!map.view) await new Promise((resolve) => setTimeout(resolve, 20));
  await map.rendered;
  const seen = new Set(before.map((e) => e.name));
  const lazy = scripts().filter((e) => !seen.has(e.name));
  const lazyNamed = lazy.filter((e) => LAZY.test(file(e.name)));
  return [
    {
      group: 'ev-map',
      name: 'bytes of Leaflet / world outline / cluster worker downloaded on a page with only <ev-log> (define.js loaded)',
      value: bytes(fromLeaflet),
      unit: 'B',
      goal: '= 0',
      note: `${customElements.get('ev-log') ? '<ev-log> defined' : '<ev-log> not on this branch yet: page has <ev-source> + an undefined <ev-log>'}; <ev-map> then loaded on demand ${lazy.length} files, ${Math.round(bytes(lazy) / 1024)} kB (${lazyNamed.map((e) => file(e.name).replace(/-[\w-]{8}\.js$/, '')).join(', ')})`,
    },
  ];
};
