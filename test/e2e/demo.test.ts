/**
 * The demo as a user drives it, in headless Chromium against the reference server: the admin
 * page's linked views (chart → log and map, map area → log and chart, row → detail, chart
 * and map mark the selection), the URL round trip, the time-zone / theme / language switches,
 * the bell, the mapped-API page and the portal. Every page must run without a console error.
 * Screenshots of each page go to test-results/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type DemoPage, type Stack, SCREENSHOTS, api, control, logCount, openPage, ready, screenshot, startStack } from './harness.js';

const ADMIN_ELEMENTS = ['ev-volume-chart', 'ev-map', 'ev-log'];

/** Events on the server now (tests emit live ones). */
const total = async () => (await api<{ pagination: { count: number } }>(stack, '/events/events/?page_size=1')).pagination.count;

let stack: Stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.close();
  console.log(`\n  e2e screenshots: ${SCREENSHOTS}\n`);
});

/** Opens a page, runs the test, checks that nothing was logged as an error, and closes it. */
async function withPage(path: string, run: (p: DemoPage) => Promise<void>, options?: Parameters<typeof openPage>[2]): Promise<void> {
  const p = await openPage(stack, path, options);
  try {
    await run(p);
    assert.deepEqual(p.errors, [], `no console errors on ${path}`);
  } finally {
    await p.close();
  }
}

const query = (page: Page) => new URL(page.url()).searchParams;
const lastRequest = (p: DemoPage, path: string) => p.requests.filter((r) => r.startsWith(path)).at(-1) ?? '';
const EVENTS = '/api/v3/events/events/?';
const VOLUME = '/api/v3/events/events/volume/?';

/** The newest request of the map: it fetches 1,000 events per page, the log 100. */
const mapRequest = (p: DemoPage) => p.requests.filter((r) => r.startsWith(EVENTS) && r.includes('page_size=1000')).at(-1) ?? '';
const logRequest = (p: DemoPage) => p.requests.filter((r) => r.startsWith(EVENTS) && r.includes('page_size=100&')).at(-1) ?? p.requests.filter((r) => r.startsWith(EVENTS) && r.endsWith('page_size=100')).at(-1) ?? '';

describe('admin page', () => {
  it('shows the chart, the map, the log and the bell with live data', async () => {
    await withPage('/', async ({ page }) => {
      await ready(page, ADMIN_ELEMENTS);
      const all = await total();
      assert.equal(await logCount(page), all);
      assert.match((await page.locator('#status').textContent()) ?? '', new RegExp(`${all.toLocaleString('en')} events`));
      const unread = (await api<{ pagination: { count: number } }>(stack, '/events/notifications/?seen=false&page_size=1')).pagination.count;
      assert.equal(await page.locator('ev-notification-bell [part="badge"]').textContent(), String(Math.min(unread, 99)).concat(unread > 99 ? '+' : ''));
      // A live event appears at the top of the log without a reload.
      const [created] = (await control<{ pks: string[] }>(stack, 'POST', '/emit', { kind: 'event' })).pks;
      assert.match(created ?? '', /^[0-9a-f-]{36}$/);
      await page.waitForFunction(
        (n) => document.querySelector('ev-log')?.shadowRoot?.querySelector('[part="count"]')?.textContent?.replace(/\D/g, '') === String(n),
        all + 1,
        { timeout: 10_000 },
      );
      await screenshot(page, 'admin');
    });
  });

  it('clicking a bar filters the log and the map to its time range', async () => {
    await withPage('/', async (p) => {
      const { page } = p;
      await ready(page, ADMIN_ELEMENTS);
      const before = await logCount(page);
      const canvas = await page.locator('ev-volume-chart canvas').boundingBox();
      assert.ok(canvas);
      // Near the top of the plot, above every stack: the whole bar, not one action.
      await page.mouse.click(canvas.x + canvas.width * 0.85, canvas.y + canvas.height * 0.06);
      await page.waitForFunction(() => new URL(location.href).searchParams.has('created__gte'));
      const since = query(page).get('created__gte')!;
      const until = query(page).get('created__lt')!;
      assert.equal(Date.parse(until) - Date.parse(since), 6 * 3_600_000, 'one 6-hour bar');
      await ready(page, ADMIN_ELEMENTS);
      await page.waitForFunction((n) => {
        const text = document.querySelector('ev-log')?.shadowRoot?.querySelector('[part="count"]')?.textContent ?? '';
        return Number(text.replace(/\D/g, '')) < n;
      }, before);
      const range = `created__gte=${encodeURIComponent(since)}&created__lt=${encodeURIComponent(until)}`;
      assert.ok(logRequest(p).includes(range), `the log asked for the range: ${logRequest(p)}`);
      assert.ok(mapRequest(p).includes(range), `the map asked for the range: ${mapRequest(p)}`);
      const listed = await api<{ pagination: { count: number } }>(stack, `/events/events/?page_size=1&${range}`);
      assert.equal(await logCount(page), listed.pagination.count);
      await page.locator('ev-volume-chart [part="selection"]').first().waitFor();
      await screenshot(page, 'admin-bar-selected');
    });
  });

  it('"Filter to this area" on the map filters the log and the chart', async () => {
    await withPage('/', async (p) => {
      const { page } = p;
      await ready(page, ADMIN_ELEMENTS);
      // Pan and zoom to Europe (as a drag and a scroll would), then filter to the visible area.
      await page.locator('ev-map').evaluate((map) => (map as HTMLElement & { setView(c: [number, number], z: number): Promise<void> }).setView([50, 10], 4));
      await page.locator('ev-map [part="area-button"]', { hasText: 'Filter to this area' }).click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('geo_bounds'));
      const bounds = query(page).get('geo_bounds')!;
      await ready(page, ADMIN_ELEMENTS);
      const encoded = `geo_bounds=${encodeURIComponent(bounds)}`;
      assert.ok(logRequest(p).includes(encoded), 'the log asked for the area');
      assert.ok(lastRequest(p, VOLUME).includes(encoded), 'the chart asked for the area');
      const listed = await api<{ pagination: { count: number } }>(stack, `/events/events/?page_size=1&${encoded}`);
      assert.ok(listed.pagination.count > 0 && listed.pagination.count < 5000);
      await page.waitForFunction((n) => document.querySelector('ev-log')?.shadowRoot?.querySelector('[part="count"]')?.textContent?.replace(/\D/g, '') === String(n), listed.pagination.count);
      assert.match((await page.locator('ev-log [part="filter-chip"]').textContent()) ?? '', /Area/);
      await screenshot(page, 'admin-area');
    });
  });

  it('selecting a row opens the detail drawer and marks the event in the chart and on the map', async () => {
    await withPage('/', async ({ page }) => {
      await ready(page, ADMIN_ELEMENTS);
      // The first row whose event has a location (its client IP cell names a place).
      const rows = page.locator('ev-log [role="row"][data-index]');
      const count = await rows.count();
      let index = -1;
      for (let i = 0; i < count && index < 0; i++) if (/,/.test((await rows.nth(i).locator('[role="gridcell"]').nth(3).textContent()) ?? '')) index = i;
      assert.ok(index >= 0, 'a located event in view');
      const row = rows.nth(index);
      const user = ((await row.locator('[role="gridcell"]').nth(1).textContent()) ?? '').trim().split(/\s/)[0]!;
      await row.locator('[role="gridcell"]').first().click();
      await page.locator('#drawer').waitFor({ state: 'visible' });
      const pk = query(page).get('event');
      assert.match(pk ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(await row.getAttribute('aria-selected'), 'true');
      await page.waitForFunction(() => document.querySelector('ev-detail')?.matches(':state(ready)'));
      assert.ok(((await page.locator('ev-detail').textContent()) ?? '').length >= 0);
      assert.ok((await page.locator('ev-detail').evaluate((el) => el.shadowRoot!.textContent ?? '')).includes(user), 'the detail shows the event');
      await page.locator('ev-volume-chart [part="selected-event"]').waitFor();
      await page.locator('ev-map [part="selected-place"]').waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'drawer-title', 'focus moved into the drawer');
      await screenshot(page, 'admin-detail');
      await page.keyboard.press('Escape');
      await page.locator('#drawer').waitFor({ state: 'hidden' });
      assert.equal(query(page).get('event'), null);
      assert.equal(await page.locator('ev-volume-chart [part="selected-event"]').count(), 0);
    });
  });

  it('a URL restores filter, area, time zone and selection; back and forward follow', async () => {
    const pk = (await api<{ results: Array<{ pk: string }> }>(stack, '/events/events/?page_size=1&actions=login')).results[0]!.pk;
    const search = `?actions=login&geo_bounds=35,-12,62,32&tz=Asia%2FTokyo&event=${pk}`;
    await withPage(`/${search}`, async ({ page }) => {
      await ready(page, ADMIN_ELEMENTS);
      const listed = await api<{ pagination: { count: number } }>(stack, '/events/events/?page_size=1&actions=login&geo_bounds=35,-12,62,32');
      assert.equal(await logCount(page), listed.pagination.count);
      assert.equal(await page.locator('#tz').inputValue(), 'Asia/Tokyo');
      assert.match((await page.locator('ev-log [part="filter-chip"]').textContent()) ?? '', /35° N – 62° N, 12° W – 32° E/);
      assert.match((await page.locator('ev-log [part="actions-button"]').textContent()) ?? '', /Login|1 action/);
      await page.locator('#drawer').waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.querySelector('ev-detail')?.matches(':state(ready)'));
      await page.locator('#drawer-close').click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('event'));
      // Clear the filters: a new history entry; Back restores them, Forward clears again.
      const all = await total();
      await page.locator('ev-log [part="clear-filters"]').click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('actions'));
      await ready(page, ['ev-log']);
      assert.equal(await logCount(page), all);
      await page.goBack();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('actions') === 'login');
      await ready(page, ['ev-log']);
      assert.equal(await logCount(page), listed.pagination.count);
      await page.goForward();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('actions'));
      await ready(page, ['ev-log']);
      assert.equal(await logCount(page), all);
    });
  });

  it('the time-zone switch changes every timestamp: log, detail, chart', async () => {
    const pk = (await api<{ results: Array<{ pk: string }> }>(stack, '/events/events/?page_size=1')).results[0]!.pk;
    await withPage(`/?event=${pk}`, async ({ page }) => {
      await ready(page, ADMIN_ELEMENTS);
      await page.waitForFunction(() => document.querySelector('ev-detail')?.matches(':state(ready)'));
      const read = async () => ({
        header: await page.locator('ev-log [role="columnheader"]').nth(2).textContent(),
        cell: await page.locator('ev-log [data-index="0"] time').first().getAttribute('title'),
        detail: await page.locator('ev-detail').evaluate((el) => el.shadowRoot!.textContent ?? ''),
        chart: await page.locator('ev-volume-chart [part="summary"]').textContent(),
      });
      const berlin = await read();
      assert.match(berlin.header ?? '', /CET|CEST|GMT\+1|GMT\+2|Berlin/);
      await page.selectOption('#tz', 'UTC');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('tz') === 'UTC');
      await ready(page, ADMIN_ELEMENTS);
      const utc = await read();
      for (const key of Object.keys(berlin) as Array<keyof typeof berlin>) assert.notEqual(utc[key], berlin[key], `${key} follows the zone`);
      assert.match(utc.header ?? '', /UTC/);
      assert.match(utc.detail, /UTC/);
    });
  });

  it('theme, language and direction switches restyle and re-word every element', async () => {
    await withPage('/', async ({ page }) => {
      await ready(page, ADMIN_ELEMENTS);
      const colours = () =>
        page.evaluate(() => ['ev-log', 'ev-volume-chart', 'ev-map', 'ev-notification-bell', 'ev-detail'].map((s) => getComputedStyle(document.querySelector(s)!).color));
      const light = await colours();
      await page.selectOption('#theme', 'dark');
      await page.selectOption('#lang', 'de');
      await page.waitForFunction(() => document.documentElement.lang === 'de' && document.documentElement.dataset.theme === 'dark');
      const dark = await colours();
      dark.forEach((c, i) => assert.notEqual(c, light[i], 'every element changed colour'));
      await page.waitForFunction(() => /Ereignisse/.test(document.querySelector('ev-log')?.shadowRoot?.querySelector('[part="count"]')?.textContent ?? ''));
      assert.match((await page.locator('ev-map [part="area-button"]').last().textContent()) ?? '', /Bereich/);
      assert.match((await page.locator('ev-volume-chart [part="summary"]').textContent()) ?? '', /Ereignisse/);
      await screenshot(page, 'admin-dark-de');
      await page.selectOption('#dir', 'rtl');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      const boxes = await page.evaluate(() => {
        const header = document.querySelector('ev-log')!.shadowRoot!.querySelectorAll('[role="columnheader"]');
        return [header[0]!.getBoundingClientRect().left, header[1]!.getBoundingClientRect().left];
      });
      assert.ok(boxes[0]! > boxes[1]!, 'in right-to-left the first column is on the right');
      await screenshot(page, 'admin-rtl');
    });
  });

  it('the bell: mark all as read reconciles with the server and live notifications arrive', async () => {
    await control(stack, 'POST', '/reset');
    await withPage('/', async ({ page }) => {
      const badge = page.locator('ev-notification-bell [part="badge"]');
      await badge.waitFor();
      await page.locator('ev-notification-bell [part="button"]').click();
      await page.locator('ev-notification-bell [part="panel"]').waitFor();
      await screenshot(page, 'admin-bell');
      await page.locator('ev-notification-bell [part="mark-all-button"]').click();
      await badge.waitFor({ state: 'detached' });
      const unread = await api<{ pagination: { count: number } }>(stack, '/events/notifications/?seen=false&page_size=1');
      assert.equal(unread.pagination.count, 0, 'the server agrees');
      await control(stack, 'POST', '/emit', { kind: 'notification', count: 2 });
      await page.waitForFunction(() => document.querySelector('ev-notification-bell')?.shadowRoot?.querySelector('[part="badge"]')?.textContent === '2', undefined, { timeout: 10_000 });
    });
    await control(stack, 'POST', '/reset');
  });
});

describe('other pages', () => {
  it('the mapped page reads the alt API through createMappedClient', async () => {
    await withPage('/mapped.html', async (p) => {
      const { page } = p;
      await ready(page, ADMIN_ELEMENTS);
      assert.equal(await logCount(page), await total());
      assert.ok(p.requests.some((r) => r.startsWith('/api/alt/v1/audit-logs?')), 'the alt API');
      assert.ok(!p.requests.some((r) => r.startsWith('/api/v3/')), 'and not the authentik one');
      // Linked views work there too: a row opens the detail, read through the mapping.
      await page.locator('ev-log [data-index="0"] [role="gridcell"]').first().click();
      await page.waitForFunction(() => document.querySelector('ev-detail')?.matches(':state(ready)'));
      await screenshot(page, 'mapped');
    });
  });

  it('the portal page: the one-script-tag bell under a strict CSP, its link opens the event on the admin page', async () => {
    await control(stack, 'POST', '/reset');
    await withPage('/portal.html', async ({ page }) => {
      const unread = (await api<{ pagination: { count: number } }>(stack, '/events/notifications/?seen=false&page_size=1')).pagination.count;
      const badge = page.locator('ev-notification-bell [part="badge"]');
      await badge.waitFor();
      assert.equal(await badge.textContent(), unread > 99 ? '99+' : String(unread));
      await page.locator('ev-notification-bell [part="button"]').click();
      await page.locator('ev-notification-bell [part="panel"]').waitFor();
      await screenshot(page, 'portal');
      const link = page.locator('ev-notification-bell a[href*="/events/log/"]').first();
      const href = (await link.getAttribute('href'))!;
      const pk = /log\/([0-9a-f-]+)/.exec(href)![1]!;
      await link.click();
      await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('event') === pk);
      await page.locator('#drawer').waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.querySelector('ev-detail')?.matches(':state(ready)'));
    });
    await control(stack, 'POST', '/reset');
  });

  it('dark mode from the operating system restyles the pages without a switch', async () => {
    await withPage(
      '/',
      async ({ page }) => {
        await ready(page, ADMIN_ELEMENTS);
        const bg = await page.evaluate(() => getComputedStyle(document.querySelector('ev-log')!).backgroundColor);
        assert.notEqual(bg, 'rgb(255, 255, 255)');
        await screenshot(page, 'admin-os-dark');
      },
      { colorScheme: 'dark' },
    );
  });
});
