// No import of chart.js here (nor of helpers that import it): this file checks that nothing
// downloads Chart.js before a chart renders.
//
// The browser keeps 250 resource entries by default and define.js's module graph nears that: the
// buffer is raised first and define.js imported after, so a few more modules cannot push the
// chart's loads out of the record.
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvSource } from '../../../src/components/source/source.js';

const chartJs = () => performance.getEntriesByType('resource').filter((e) => /\/chart\.js\/|chart-runtime/.test(e.name));

describe('<ev-volume-chart> loads Chart.js on demand', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(10_000);
    await import('../../../src/define.js');
  });

  it('define.js and other elements download no Chart.js; the first chart does', async () => {
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient()}>
      ${customElements.get('ev-log') ? html`<ev-log></ev-log>` : ''}
    </ev-source>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(chartJs()).to.deep.equal([]);
    const chart = document.createElement('ev-volume-chart');
    chart.buckets = [{ action: 'login', time: '2026-11-01T00:00:00.000Z', count: 2 }];
    source.append(chart);
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('canvas')!.width).to.be.greaterThan(0);
    const names = chartJs().map((e) => e.name);
    expect(names.some((n) => n.includes('chart-runtime'))).to.equal(true);
    expect(names.some((n) => n.includes('/node_modules/chart.js/'))).to.equal(true);
  });
});
