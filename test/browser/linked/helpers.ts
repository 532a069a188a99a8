/** Shared set-up of the linked-views tests: a page of all five elements on one source. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventQuery, EventRecord, EventsClient, VolumeQuery } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';

export interface Call {
  op: 'listEvents' | 'volume' | 'getEvent';
  query: EventQuery | VolumeQuery | string;
}

/** The client with every listEvents / volume / getEvent call recorded. */
export function recording(base: EventsClient, calls: Call[]): EventsClient {
  return new Proxy(base, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      if (key === 'listEvents' || key === 'volume' || key === 'getEvent') {
        return (query: Call['query'], options?: unknown) => {
          calls.push({ op: key, query });
          return (value as (q: unknown, o: unknown) => unknown).call(target, query, options);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

export interface Page {
  source: EvSource;
  log: EvLog;
  chart: EvVolumeChart;
  map: EvMap;
  detail: EvDetail;
  events: EventRecord[];
  base: EventsClient;
  calls: { log: Call[]; chart: Call[]; map: Call[] };
}

/** 600 events over the last ~4 days (60 % located in six cities), every element on one source. */
export async function linkedPage(): Promise<Page> {
  const events = makeEvents({ count: 600, now: Date.now() - 60_000, gapMs: 10 * 60_000 });
  const base = createMemoryClient({ events });
  const calls = { log: [] as Call[], chart: [] as Call[], map: [] as Call[] };
  const source = await fixture<EvSource>(html`<ev-source .client=${base}>
    <ev-volume-chart .client=${recording(base, calls.chart)} range="7d"></ev-volume-chart>
    <ev-map .client=${recording(base, calls.map)} style="--ev-map-height: 300px"></ev-map>
    <ev-log .client=${recording(base, calls.log)} no-expand style="height: 760px"></ev-log>
    <ev-detail follow-selection></ev-detail>
  </ev-source>`);
  const page: Page = {
    source,
    log: source.querySelector('ev-log')!,
    chart: source.querySelector('ev-volume-chart')!,
    map: source.querySelector('ev-map')!,
    detail: source.querySelector('ev-detail')!,
    events,
    base,
    calls,
  };
  await settled(page);
  return page;
}

/** Waits until the log, the chart and the map show the current filter. */
export async function settled(page: Page): Promise<void> {
  const done = (el: Element) => el.matches(':state(ready), :state(empty), :state(error)');
  await waitUntil(() => done(page.log) && done(page.chart) && done(page.map), 'the views did not settle', { timeout: 8000 });
  await page.map.rendered;
  await Promise.all([page.log.updateComplete, page.chart.updateComplete, page.map.updateComplete]);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export const last = (calls: Call[], op: Call['op']): Call['query'] | undefined => calls.filter((c) => c.op === op).at(-1)?.query;

export function shadowText(el: Element, selector: string): string {
  return (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
