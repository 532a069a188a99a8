import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { eventLatLng } from '../../../src/client/geo.js';
import type { EventFilter, EventQuery, GeoArea } from '../../../src/client/types.js';
import { searchFromState, stateFromSearch } from '../../../src/context/url-sync.js';
import { EvStore } from '../../../src/context/store.js';
import { matchesFilter } from '../../../src/client/filter-match.js';
import { liveMatch } from '../../../src/components/volume-chart/live-match.js';
import { pointAt } from '../volume-chart/helpers.js';
import { project } from '../map/helpers.js';
import { type Page, last, linkedPage, settled, shadowText } from './helpers.js';

const BERLIN_BOX: GeoArea = { south: 52, west: 13, north: 53, east: 14 };
const HOUR = 3_600_000;

async function expectedTotal(page: Page, filter: EventFilter): Promise<{ total: number; located: number }> {
  const all = await page.base.listEvents({ ...filter, pageSize: 10_000 });
  return { total: all.total ?? 0, located: all.items.filter((e) => eventLatLng(e)).length };
}

describe('linked views: one filter, one time zone, one selection', () => {
  it('the log, the chart and the map follow every field of the shared filter', async () => {
    const page = await linkedPage();
    const sample = page.events.find((e) => e.action.startsWith('model_') && e.client_ip)!;
    const now = Date.now();
    const cases: EventFilter[] = [
      { actions: ['login', 'login_failed'] },
      { username: 'alice' },
      { client_ip: sample.client_ip! },
      { brand_name: 'Partner portal' },
      { context_model_app: 'authentik_core', context_model_name: 'application', context_model_pk: '3' },
      { context_authorized_app: 'f0a1' },
      { search: 'carol' },
      { since: new Date(now - 48 * HOUR).toISOString(), until: new Date(now - 24 * HOUR).toISOString() },
      { area: BERLIN_BOX },
      { area: BERLIN_BOX, actions: ['login'], username: 'bob' },
    ];
    for (const filter of cases) {
      const what = JSON.stringify(filter);
      page.source.filter = filter;
      await settled(page);
      const logQuery = last(page.calls.log, 'listEvents') as EventQuery;
      const mapQuery = last(page.calls.map, 'listEvents') as EventQuery;
      const chartQuery = last(page.calls.chart, 'volume') as EventQuery;
      for (const [key, value] of Object.entries(filter)) {
        expect(logQuery[key as keyof EventQuery], `log ${key} of ${what}`).to.deep.equal(value);
        expect(mapQuery[key as keyof EventQuery], `map ${key} of ${what}`).to.deep.equal(value);
        // The chart keeps its own window and highlights a time range instead.
        if (key !== 'since' && key !== 'until') expect(chartQuery[key as keyof EventQuery], `chart ${key} of ${what}`).to.deep.equal(value);
      }
      const want = await expectedTotal(page, filter);
      expect(page.log.total, `log rows for ${what}`).to.equal(want.total);
      if (want.located > 0) expect(shadowText(page.map, '[part="summary"]'), `map summary for ${what}`).to.match(new RegExp(`^${want.located} event`));
      else expect(page.map.matches(':state(empty)'), `map empty for ${what}`).to.equal(true);
      if (filter.since) expect(page.chart.shadowRoot!.querySelector('[part="selection"]'), 'the chart highlights the range').to.exist;
    }
  });

  it('selecting a row marks its bar in the chart and its point on the map, and opens the detail; Escape clears all', async () => {
    const page = await linkedPage();
    const rendered = [...page.log.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"][data-index]')].map((r) => Number(r.dataset.index));
    const rowIndex = rendered.find((i) => (page.events[i]!.context.geo as { city?: string } | undefined)?.city === 'Berlin')!;
    expect(rowIndex, `a Berlin event among the rendered rows ${rendered.join()}`).to.be.a('number');
    const event = page.events[rowIndex]!;
    const row = page.log.shadowRoot!.querySelector<HTMLElement>(`[data-index="${rowIndex}"] [role="gridcell"]`)!;
    row.click();
    await waitUntil(() => page.source.selection === event.pk, 'the row sets the selection');
    await waitUntil(() => page.chart.shadowRoot!.querySelector('[part="selected-event"]') && page.map.shadowRoot!.querySelector('[part="selected-place"]'), 'chart and map mark it');
    await settled(page);

    // The log: the row is selected, nothing expands below it.
    const selected = page.log.shadowRoot!.querySelectorAll('[role="row"][aria-selected="true"]');
    expect(selected.length).to.equal(1);
    expect(selected[0]!.getAttribute('data-index')).to.equal(String(rowIndex));
    expect(page.log.shadowRoot!.querySelector('.panel-row')).to.equal(null);
    await expect(page.log).to.be.accessible();

    // The chart: the outline spans the event's time on the x axis.
    const outline = page.chart.shadowRoot!.querySelector<HTMLElement>('[part="selected-event"]')!.getBoundingClientRect();
    const [x] = pointAt(page.chart, Date.parse(event.created), 0);
    expect(x).to.be.within(Math.floor(outline.left) - 1, Math.ceil(outline.right) + 1);

    // The map: the place is named and ringed.
    expect(shadowText(page.map, '[part="selected-place"]')).to.contain('Berlin');
    const ring = page.map.shadowRoot!.querySelector<HTMLCanvasElement>('.leaflet-evSelection-pane canvas')!;
    const at = project(page.map, 52.52, 13.405);
    const rect = ring.getBoundingClientRect();
    const scale = ring.width / rect.width;
    const ctx = ring.getContext('2d')!;
    const alphaAt = (dx: number, dy: number) => ctx.getImageData(Math.round((at.x + dx - rect.left) * scale), Math.round((at.y + dy - rect.top) * scale), 1, 1).data[3]!;
    expect(Math.max(alphaAt(13, 0), alphaAt(-13, 0), alphaAt(0, 13))).to.be.greaterThan(100, 'the ring is drawn around the point');
    expect(alphaAt(0, 0)).to.equal(0, 'the ring is hollow');
    await expect(page.map).to.be.accessible();

    // The detail shows the event.
    await waitUntil(() => page.detail.matches(':state(ready)'), 'the detail loads');
    expect(page.detail.shadowRoot!.textContent).to.contain(event.user.username!);

    // Escape on the row clears the selection everywhere.
    row.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => page.source.selection === null, 'Escape clears the selection');
    await settled(page);
    expect(page.chart.shadowRoot!.querySelector('[part="selected-event"]')).to.equal(null);
    expect(page.map.shadowRoot!.querySelector('[part="selected-place"]')).to.equal(null);
    expect(alphaAt(13, 0)).to.equal(0);
  });

  it('a selection from outside (URL, bell) is resolved through the client once for chart and map', async () => {
    const page = await linkedPage();
    const event = page.events[300]!;
    page.source.selection = event.pk;
    await waitUntil(() => page.chart.shadowRoot!.querySelector('[part="selected-event"]'), 'the chart marks it');
    const fetched = [...page.calls.chart, ...page.calls.map].filter((c) => c.op === 'getEvent');
    expect(fetched.length).to.be.at.most(1, 'one request for both');
    page.source.selection = 'no-such-event';
    await settled(page);
    expect(page.chart.shadowRoot!.querySelector('[part="selected-event"]')).to.equal(null, 'an unknown selection marks nothing');
    expect(page.chart.matches(':state(ready)')).to.equal(true, 'and is no error');
  });

  it('filters without a field in the log show as chips that remove them', async () => {
    const page = await linkedPage();
    page.source.filter = { area: BERLIN_BOX, brand_name: 'Default brand' };
    await settled(page);
    const chips = [...page.log.shadowRoot!.querySelectorAll<HTMLElement>('[part="filter-chip"]')];
    expect(chips.map((c) => c.textContent!.replace(/\s+/g, ' ').trim().replace(' ×', ''))).to.deep.equal(['Brand Default brand', 'Area 52° N – 53° N, 13° E – 14° E']);
    await expect(page.log).to.be.accessible();
    chips[1]!.querySelector('button')!.click();
    await settled(page);
    expect(page.source.filter).to.deep.equal({ brand_name: 'Default brand' });
    expect(shadowText(page.map, '[part="summary"]')).to.match(/^\d+ events at [2-9] places/, 'the map shows every city again');
  });

  it('one time-zone switch changes the log header, the chart axis and the detail', async () => {
    const page = await linkedPage();
    page.source.selection = page.events[0]!.pk;
    await waitUntil(() => page.detail.matches(':state(ready)'));
    const before = { header: shadowText(page.log, '[role="columnheader"]:nth-child(3)'), detail: page.detail.shadowRoot!.textContent };
    page.source.timeZone = 'Pacific/Kiritimati';
    await settled(page);
    await page.detail.updateComplete;
    expect(shadowText(page.log, '[role="columnheader"]:nth-child(3)')).to.not.equal(before.header);
    expect(page.log.shadowRoot!.textContent).to.match(/Kiritimati|GMT\+14/);
    expect(page.chart.shadowRoot!.textContent).to.match(/Kiritimati|GMT\+14/);
    expect(page.detail.shadowRoot!.textContent).to.not.equal(before.detail);
  });

  it('a theme set on a container re-colours the canvas of the chart and the map', async function () {
    // Reading canvases back is slow on a loaded machine: generous waits, and a message that says what was seen.
    this.timeout(30_000);
    const page = await linkedPage();
    const land = () => {
      const canvas = page.map.shadowRoot!.querySelector<HTMLCanvasElement>('.leaflet-evBase-pane canvas')!;
      const at = project(page.map, -10, -55); // inland Brazil
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      return [...canvas.getContext('2d')!.getImageData(Math.round((at.x - rect.left) * scale), Math.round((at.y - rect.top) * scale), 1, 1).data].join();
    };
    const chartCanvas = () => page.chart.shadowRoot!.querySelector('canvas')!;
    const blank = (() => {
      const c = document.createElement('canvas');
      [c.width, c.height] = [chartCanvas().width, chartCanvas().height];
      return c.toDataURL();
    })();
    const axis = () => chartCanvas().toDataURL();
    const seen = () => `chart ${[...page.chart.shadowRoot!.querySelectorAll('canvas')].length} canvas ${chartCanvas().width}×${chartCanvas().height}, ready ${page.chart.matches(':state(ready)')}, blank ${axis() === blank}`;
    await waitUntil(() => axis() !== blank, 'the chart is drawn', { timeout: 8000 });
    const light = { land: land(), axis: axis() };
    page.source.parentElement!.style.setProperty('--ev-color-scheme', 'dark');
    await waitUntil(() => land() !== light.land, 'the map land is re-coloured', { timeout: 8000 });
    await waitUntil(() => axis() !== light.axis, 'x', { timeout: 8000 }).catch(() => {
      throw new Error(`the chart is not redrawn: ${seen()}`);
    });
    page.source.parentElement!.style.removeProperty('--ev-color-scheme');
    await waitUntil(() => land() === light.land, 'and back', { timeout: 8000 });
    await waitUntil(() => axis() === light.axis, 'the chart too', { timeout: 8000 });
  });
});

describe('shared-state plumbing', () => {
  it('live events outside the area are left out by the log and the chart', () => {
    const inBerlin = { context: { geo: { lat: 52.52, long: 13.4 } } };
    const inTokyo = { context: { geo: { lat: 35.7, long: 139.7 } } };
    const base = { pk: '1', user: {}, action: 'login', app: 'x', client_ip: null, created: new Date().toISOString(), expires: null, brand: null };
    expect(matchesFilter({ ...base, ...inBerlin }, { area: BERLIN_BOX })).to.equal(true);
    expect(matchesFilter({ ...base, ...inTokyo }, { area: BERLIN_BOX })).to.equal(false);
    expect(matchesFilter({ ...base, context: {} }, { area: BERLIN_BOX })).to.equal(false);
    expect(liveMatch({ ...base, ...inBerlin }, { area: BERLIN_BOX })).to.equal(true);
    expect(liveMatch({ ...base, ...inTokyo }, { area: BERLIN_BOX })).to.equal(false);
  });

  it('the URL carries the area as geo_bounds and restores it', () => {
    const store = new EvStore({ filter: { area: BERLIN_BOX, actions: ['login'] }, timeZone: 'UTC', selection: 'abc' });
    const search = searchFromState('?tab=1', store);
    expect(new URLSearchParams(search).get('geo_bounds')).to.equal('52,13,53,14');
    const state = stateFromSearch(search);
    expect(state.filter).to.deep.equal({ actions: ['login'], area: BERLIN_BOX });
    expect(state.timeZone).to.equal('UTC');
    expect(state.selection).to.equal('abc');
    expect(new URLSearchParams(searchFromState(search, new EvStore())).toString()).to.equal('tab=1');
  });
});
