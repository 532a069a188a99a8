// The production build of <ev-map> under `script-src 'self'; require-trusted-types-for 'script';
// trusted-types lit-html event-elements`: Leaflet loads, the world outline draws, and the
// cluster worker starts through the `event-elements` Trusted Types policy.
import '../../src/define.js';
import type { EvMap } from '../../src/components/map/map.js';
import { makeEvents } from '../../test/fixtures/events.js';
import type { BenchRow } from '../types.js';

window.evBench = async (): Promise<BenchRow[]> => {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  const el = document.querySelector<EvMap>('ev-map')!;
  const started = performance.now();
  el.events = makeEvents({ count: 5000 });
  await el.updateComplete;
  while (!el.view) await new Promise((r) => setTimeout(r, 20));
  await el.rendered;
  const elapsed = performance.now() - started;
  const markers = el.shadowRoot!.querySelectorAll('canvas').length;
  return [
    {
      group: 'ev-map',
      name: 'strict CSP + Trusted Types: map drawn with clustering in a worker (1 = yes)',
      value: el.clustering === 'worker' && el.view && violations.length === 0 ? 1 : 0,
      unit: '',
      goal: '= 1',
      note: `clustering: ${el.clustering}; ${markers} canvases; ${Math.round(elapsed)} ms; violations: ${violations.join(', ') || 'none'}`,
    },
  ];
};
