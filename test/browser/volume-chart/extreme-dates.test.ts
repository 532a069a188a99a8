// A custom window at the edges of what a date can be (a typo in a link, a script's sentinel such as
// the smallest or largest JavaScript date): the chart still draws, asks only for dates an API can
// read (years 1–9999), and the inputs show the window it uses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient, VolumeQuery } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { DAY, chartOf, parts, recentEvents, text } from './helpers.js';

const MIN_DATE = '-271821-04-20T00:00:00.000Z';
const MAX_DATE = '+275760-09-13T00:00:00.000Z';
/** What `<input type="datetime-local">` and the ISO strings an API reads look like (4-digit years). */
const FOUR_DIGIT_YEAR = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

async function chartWith(from: string, to: string) {
  const memory = createMemoryClient({ events: recentEvents(50, 3 * DAY, ['login']) });
  const queries: VolumeQuery[] = [];
  const client: EventsClient = { ...memory, volume: (q, o) => (queries.push({ ...q }), memory.volume(q, o)) };
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    const source = await fixture(html`<ev-source time-zone="UTC" .client=${client}>
      <ev-volume-chart style="width: 640px" range="custom" from=${from} to=${to}></ev-volume-chart>
    </ev-source>`);
    const el = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)') || el.matches(':state(error)'), 'settled', { timeout: 8000 });
    await el.updateComplete;
    // Chart.js draws on the next frame (its scale hooks run then).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { el, queries, thrown };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

function inputs(el: EvVolumeChart): [string, string] {
  const [from, to] = (parts(el, 'custom-range')[0] as HTMLFormElement).querySelectorAll('input');
  return [from!.value, to!.value];
}

describe('<ev-volume-chart> with a custom window at the edges of the calendar', () => {
  it('`from` at the smallest JavaScript date: drawn from the year 1, with an axis, no exception', async () => {
    const { el, queries, thrown } = await chartWith(MIN_DATE, '2026-11-01T00:00:00Z');
    expect(thrown).to.deep.equal([]);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(queries).to.have.length(1);
    expect(queries[0]!.since).to.equal('0001-01-02T00:00:00.000Z');
    expect(queries[0]!.until).to.match(FOUR_DIGIT_YEAR);
    expect(inputs(el)).to.deep.equal(['0001-01-02T00:00', '2026-11-01T00:00']);
    expect(chartOf(el).scales.x!.ticks.length).to.be.greaterThan(0);
  });

  it('`to` at the smallest JavaScript date (and no readable `from`): the element still renders and asks for readable dates', async () => {
    const { el, queries, thrown } = await chartWith('not a date', MIN_DATE);
    expect(thrown).to.deep.equal([]);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(queries).to.have.length(1);
    expect(queries[0]!.since).to.match(FOUR_DIGIT_YEAR);
    expect(queries[0]!.until).to.match(FOUR_DIGIT_YEAR);
    expect(inputs(el).every((v) => FOUR_DIGIT_YEAR.test(v))).to.equal(true);
    expect(text(el, '[part=summary]') + text(el, '[part=empty]')).not.to.match(/NaN|Invalid/);
  });

  it('`to` at the largest JavaScript date: the To input shows the last day the chart covers (9999)', async () => {
    const { el, queries, thrown } = await chartWith('2026-11-01T00:00:00Z', MAX_DATE);
    expect(thrown).to.deep.equal([]);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(queries[0]!.since).to.equal('2026-11-01T00:00:00.000Z');
    expect(queries[0]!.until).to.match(FOUR_DIGIT_YEAR);
    expect(inputs(el)).to.deep.equal(['2026-11-01T00:00', '9999-12-30T00:00']);
  });

  it('a window wholly after the year 9999 asks for a readable one, never a 6-digit year', async () => {
    const { el, queries, thrown } = await chartWith('+010000-06-01T00:00:00.000Z', '+010001-01-01T00:00:00.000Z');
    expect(thrown).to.deep.equal([]);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(queries[0]!.since).to.match(FOUR_DIGIT_YEAR);
    expect(queries[0]!.until).to.match(FOUR_DIGIT_YEAR);
    expect(inputs(el).every((v) => FOUR_DIGIT_YEAR.test(v))).to.equal(true);
  });

  it('a `from` in the years 1–99 is read as written, not as 19xx', async () => {
    const { el, queries, thrown } = await chartWith('0050-01-01T00:00:00Z', '2026-11-01T00:00:00Z');
    expect(thrown).to.deep.equal([]);
    expect(queries[0]!.since).to.equal('0050-01-01T00:00:00.000Z');
    expect(inputs(el)).to.deep.equal(['0050-01-01T00:00', '2026-11-01T00:00']);
  });
});
