/**
 * Keyboard focus on a live chart while the window slides (a new bar appears, the oldest drops) or
 * new data replaces the bars: the focus stays on the same time (and action), or, when that time
 * has left the chart, moves to the nearest bar with an announcement. It is never silently moved
 * to another time or lost.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { makeEvents } from '../../fixtures/events.js';
import { HOUR, announced, canvasOf, chartOf, hourly, parts, recentEvents } from './helpers.js';

function eventAt(t: number, action = 'login'): EventRecord {
  return { ...makeEvents({ count: 1 })[0]!, pk: `focus-${t}-${action}`, action, created: new Date(t).toISOString() };
}

/** The tooltip's heading: the focused bar's time range and total. */
const tooltipHead = (el: EvVolumeChart) => parts(el, 'tooltip')[0]?.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusOnChart = (el: EvVolumeChart) => el.shadowRoot!.activeElement === canvasOf(el);
const tooltipRange = (el: EvVolumeChart) => tooltipHead(el).split(' · ')[0]!;

async function focusedLiveChart() {
  const memory = createMemoryClient({ events: recentEvents(400, 20 * HOUR, ['login', 'logout']), volumeBucketMs: HOUR });
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" .client=${memory}><ev-volume-chart lang="en-US" live range="24h"></ev-volume-chart></ev-source>`);
  const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
  await waitUntil(() => el.matches(':state(ready)'));
  await el.updateComplete;
  // The toolbar comes first in the tab order: focus the chart, then use keys as a keyboard user would.
  canvasOf(el).focus();
  await sendKeys({ press: 'End' });
  await el.updateComplete;
  expect(focusOnChart(el), 'focus on the chart').to.equal(true);
  return { memory, el };
}

/** Runs `during` with the clocks moved to `t`. */
async function at<T>(t: number, during: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  const shift = t - realNow();
  Date.now = () => realNow() + shift;
  try {
    return await during();
  } finally {
    Date.now = realNow;
  }
}

/** A live event 30 minutes past the last bar: the window slides by one bar. */
async function slide(el: EvVolumeChart, memory: ReturnType<typeof createMemoryClient>): Promise<void> {
  const end = chartOf(el).scales.x!.max;
  await at(end + 30 * 60_000, async () => {
    memory.addEvents([eventAt(end + 30 * 60_000)]);
    await el.updateComplete;
  });
  expect(chartOf(el).scales.x!.max, 'slid by one bar').to.equal(end + HOUR);
}

describe('<ev-volume-chart live> keyboard focus while the window moves', () => {
  it('a slide keeps the focus on the same bar (time) and action', async () => {
    const { memory, el } = await focusedLiveChart();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const head = tooltipHead(el);
    const segment = announced(el);
    expect(segment).to.match(/^(Login|Logout): /);
    await slide(el, memory);
    expect(tooltipHead(el)).to.equal(head);
    expect(focusOnChart(el), 'focus on the chart').to.equal(true);
    expect(parts(el, 'segment-focus')).to.have.length(1);
    // Keys go on from there: Down leaves the segment for the whole bar of the same time.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(announced(el)).to.contain(head.split(' · ')[0]);
    await expect(el).to.be.accessible();
  });

  it('when the focused (oldest) bar drops out, the focus moves to the new oldest bar and says so', async () => {
    const { memory, el } = await focusedLiveChart();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = tooltipRange(el);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const oldest = tooltipRange(el);
    await slide(el, memory);
    expect(tooltipRange(el)).to.equal(second);
    expect(focusOnChart(el), 'focus on the chart').to.equal(true);
    expect(announced(el)).to.match(new RegExp(`^${escape(oldest)} is no longer in the chart\\. Now on ${escape(second)}: \\d+ events?\\.`));
    await expect(el).to.be.accessible();
  });

  it('a reload with a later window keeps the focus on the same time', async () => {
    const { el } = await focusedLiveChart();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const range = tooltipRange(el);
    const start = chartOf(el).scales.x!.min;
    await at(Date.now() + HOUR, async () => {
      el.reload();
      await waitUntil(() => chartOf(el).scales.x!.min === start + HOUR && parts(el, 'refreshing').length === 0, 'the later window is shown');
      await el.updateComplete;
    });
    expect(tooltipRange(el)).to.equal(range);
    expect(focusOnChart(el), 'focus on the chart').to.equal(true);
  });
});

describe('<ev-volume-chart> keyboard focus when new .buckets move the bars', () => {
  it('the focus follows its time across new buckets, and says so when that time is gone', async () => {
    const T0 = Date.UTC(2026, 10, 1);
    const counts = [[4, 2], [1, 0], [0, 0], [3, 3], [0, 1]];
    const source = await fixture<EvSource>(html`<ev-source time-zone="UTC" .client=${undefined}>
      <ev-volume-chart lang="en-US" .buckets=${hourly(T0, ['login', 'logout'], counts)}></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await el.updateComplete;
    canvasOf(el).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(announced(el)).to.equal('11/1/26, 1:00 – 2:00 AM: 1 event. Login 1.');
    el.buckets = hourly(T0 + HOUR, ['login', 'logout'], counts.slice(1).concat([[2, 2]]));
    await el.updateComplete;
    expect(tooltipRange(el)).to.equal('11/1/26, 1:00 – 2:00 AM');
    el.buckets = hourly(T0 + 2 * HOUR, ['login', 'logout'], counts.slice(2).concat([[2, 2], [1, 1]]));
    await el.updateComplete;
    expect(tooltipRange(el)).to.equal('11/1/26, 2:00 – 3:00 AM');
    expect(announced(el)).to.equal('11/1/26, 1:00 – 2:00 AM is no longer in the chart. Now on 11/1/26, 2:00 – 3:00 AM: 0 events.');
    expect(focusOnChart(el), 'focus on the chart').to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    expect(announced(el)).to.match(/^11\/1\/26, 3:00 – 4:00 AM: 6 events\. /);
    await expect(el).to.be.accessible();
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


