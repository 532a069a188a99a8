/**
 * A theme set on the element that differs from the page's (`theme="dark"` on a white page): every
 * data element brings its own background, so its text keeps its contrast (axe), empty and with data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { makeEvents } from '../../fixtures/events.js';

type DataElement = HTMLElement & { client?: unknown; viewState?: string };

async function mount(tag: string, events: unknown[]): Promise<DataElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="background: #fff; color: #000; padding: 8px; width: 800px"></div>`);
  const el = document.createElement(tag) as DataElement;
  el.setAttribute('theme', 'dark');
  el.style.height = '360px';
  el.client = createMemoryClient({ events: events as never });
  wrap.append(el);
  for (let i = 0; i < 250 && (!el.viewState || el.viewState === 'loading'); i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

describe('theme="dark" on a light page', () => {
  for (const tag of ['ev-log', 'ev-volume-chart', 'ev-map']) {
    it(`${tag}: empty and with data, axe passes`, async () => {
      const empty = await mount(tag, []);
      expect(empty.viewState).to.equal('empty');
      await expect(empty).to.be.accessible();
      // In the last hours: the chart's default range (the last 7 days) shows them whatever today is.
      const ready = await mount(tag, makeEvents({ count: 50, now: Date.now() - 3_600_000 }));
      expect(ready.viewState).to.equal('ready');
      await expect(ready).to.be.accessible();
    });
  }
});
