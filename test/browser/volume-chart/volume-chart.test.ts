import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import { EventsHttpError, EventsValidationError } from '../../../src/client/errors.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { actionColorVar } from '../../../src/format/actions.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { FakeClient } from '../../fixtures/fake-client.js';
import { DAY, HOUR, canvasOf, chartOf, click, countPixels, hourly, parts, recentEvents, rgb, text } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

/** The light-mode colour of an action, as the page resolves it. */
function resolved(expression: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.colorScheme = 'light';
  probe.style.color = expression;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return rgb(color);
}

describe('<ev-volume-chart> data and states', () => {
  it('renders zero-filled stacked bars from .buckets without any request', async () => {
    const client = new FakeClient();
    const buckets = hourly(T0, ['login', 'login_failed'], [[4, 1], [0, 0], [2, 0], [0, 3]], 6 * HOUR).filter((b) => b.count > 0);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 600px" .client=${client} .buckets=${buckets} .bucketMs=${6 * HOUR}></ev-volume-chart>`);
    await el.tableComplete;
    expect(client.calls).to.deep.equal([]);
    expect(el.matches(':state(ready)')).to.equal(true);
    expect(text(el, '[part=summary]')).to.match(/^10 events from .* in 4 bars of 6 hours\. Busiest: .* with 5 events\. Most frequent: Login \(6\), Login failed \(4\)\.$/);
    expect(text(el, '[part=bucket-label]')).to.equal("Bars of 6 hours (the server's bucket size)");
    const rows = [...el.shadowRoot!.querySelectorAll('table[part=table] tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows.length).to.equal(4);
    expect(rows.map((r) => r[1])).to.deep.equal(['5', '0', '2', '3']);
    expect(rows[0]![2]).to.equal('Login 4, Login failed 1');
    expect(rows[1]![2]).to.equal('–');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Events per 6 hours, by action');
    // Both actions are drawn in their palette colours.
    expect(countPixels(el, resolved(actionColorVar('login')))).to.be.greaterThan(100);
    expect(countPixels(el, resolved(actionColorVar('login_failed')))).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
  });

  it('max-bars makes bars coarser; a bad value falls back to 2,000', async () => {
    const buckets = hourly(T0, ['login'], Array.from({ length: 48 }, () => [1]));
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart max-bars="10" .buckets=${buckets}></ev-volume-chart>`);
    expect(text(el, '[part=bucket-label]')).to.equal('Bars of 6 hours (server buckets: 1 hour)');
    expect(text(el, '[part=summary]')).to.match(/^48 events .* in 8 bars of 6 hours\./);
    el.setAttribute('max-bars', 'lots');
    await el.updateComplete;
    expect(text(el, '[part=summary]')).to.match(/in 48 bars of 1 hour\./);
  });

  it('speaks the element\'s language: German strings, Intl dates, numbers and durations', async () => {
    const buckets = hourly(T0, ['login', 'login_failed'], [[1200, 1], [0, 0], [2, 0]], 6 * HOUR);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart lang="de" .buckets=${buckets}></ev-volume-chart>`);
    expect(text(el, '[part=summary]')).to.match(/^1\.203 Ereignisse von .* in 3 Balken zu je 6 Stunden\. Höchster Balken: .* \(1\.201 Ereignisse\)\. Am häufigsten: Anmeldung \(1\.202\), Anmeldung fehlgeschlagen \(1\)\.$/);
    expect(text(el, '[part=bucket-label]')).to.equal('Balken zu je 6 Stunden (Bucket-Größe des Servers)');
    expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal('Ereignisvolumen nach Aktion');
  });

  it('asks the client for the window with the shared filter, and labels the server bucket', async () => {
    const client = createMemoryClient({ events: recentEvents(400, 6 * DAY, ['login', 'logout']) });
    const calls: unknown[] = [];
    const spy = { ...client, volume: (q: Parameters<typeof client.volume>[0], o?: Parameters<typeof client.volume>[1]) => (calls.push(q), client.volume(q, o)) };
    const source = await fixture(html`<ev-source .client=${spy}><ev-volume-chart></ev-volume-chart></ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    (source as HTMLElementTagNameMap['ev-source']).store.patchFilter({ username: 'alice' });
    await waitUntil(() => calls.length === 2 && el.matches(':state(ready)'));
    await el.updateComplete;
    const query = calls[1] as { username: string; since: string; until: string };
    expect(query.username).to.equal('alice');
    expect(Date.parse(query.until) - Date.parse(query.since)).to.equal(7 * DAY);
    expect(text(el, '[part=bucket-label]')).to.equal("Bars of 6 hours (the server's bucket size)");
    expect(text(el, '[part=summary]')).to.match(/in (29|30) bars of 6 hours/);
  });

  it('range presets change the window; bars stay at the server minimum or coarser', async () => {
    const client = createMemoryClient({ events: recentEvents(3000, 80 * DAY, ['login', 'logout']), volumeBucketMs: 15 * 60_000 });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(ready)'));
    expect(text(el, '[part=bucket-label]')).to.equal("Bars of 15 minutes (the server's bucket size)");
    const buttons = parts(el, 'range')[0]!.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).to.deep.equal(['24 h', '7 d', '30 d', '90 d', 'Custom']);
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');
    buttons[3]!.click();
    await waitUntil(() => text(el, '[part=bucket-label]').startsWith('Bars of 3 hours'));
    expect(text(el, '[part=bucket-label]')).to.equal('Bars of 3 hours (server buckets: 15 minutes)');
    expect(el.range).to.equal('90d');
    expect(el.getAttribute('range')).to.equal('90d');
    expect(buttons[3]!.getAttribute('aria-pressed')).to.equal('true');
    expect(text(el, '[part=summary]')).to.match(/in 72\d bars of 3 hours/);
    buttons[0]!.click();
    await waitUntil(() => /in 9\d bars of 15 minutes/.test(text(el, '[part=summary]')));
    await expect(el).to.be.accessible();
  });

  it('a custom window from the form, read in the shared time zone', async () => {
    const client = createMemoryClient({ events: recentEvents(200, 20 * DAY, ['login']) });
    const source = await fixture(html`<ev-source time-zone="Asia/Tokyo" .client=${client}><ev-volume-chart range="custom"></ev-volume-chart></ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)'));
    const form = parts(el, 'custom-range')[0] as HTMLFormElement;
    expect(form.querySelector('label')!.textContent).to.contain('From (GMT+9)');
    const [from, to] = form.querySelectorAll('input');
    from!.value = '2026-11-01T09:00';
    to!.value = '2026-11-03T09:00';
    form.requestSubmit();
    expect(el.from).to.equal('2026-11-01T00:00:00.000Z');
    expect(el.to).to.equal('2026-11-03T00:00:00.000Z');
    to!.value = '2026-10-01T00:00';
    form.requestSubmit();
    expect(to!.validationMessage).to.equal('The end must be after the start.');
    expect(el.to).to.equal('2026-11-03T00:00:00.000Z');
  });

  it('after Apply, the custom inputs keep what the user typed (not the window snapped to whole bars)', async () => {
    // 6-hour server buckets: 09:17 – 14:43 is drawn on the bars 06:00 – 18:00.
    const client = createMemoryClient({ events: recentEvents(200, 20 * DAY, ['login'], Date.UTC(2026, 10, 5)), volumeBucketMs: 6 * HOUR });
    const source = await fixture(html`<ev-source time-zone="UTC" .client=${client}><ev-volume-chart range="custom"></ev-volume-chart></ev-source>`);
    const el = source.querySelector('ev-volume-chart')!;
    await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(empty)'));
    const form = parts(el, 'custom-range')[0] as HTMLFormElement;
    const [from, to] = form.querySelectorAll('input');
    from!.value = '2026-11-01T09:17';
    to!.value = '2026-11-03T14:43';
    form.requestSubmit();
    await waitUntil(() => text(el, '[part=summary]').includes('11/1/26, 6:00 AM – 11/3/26, 6:00 PM'), 'the new window drawn on whole bars');
    await el.updateComplete;
    expect([from!.value, to!.value]).to.deep.equal(['2026-11-01T09:17', '2026-11-03T14:43']);
    await expect(el).to.be.accessible();
  });

  it('loading, empty, then a typed error with a retry that works', async () => {
    let fail = true;
    const client = createMemoryClient({ events: [], latencyMs: 400, fail: (op) => (op === 'volume' && fail ? new EventsHttpError(503, 'secret body') : undefined) });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    const failed = oneEvent(el, 'ev-error');
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(parts(el, 'loading')).to.have.length(1);
    await expect(el).to.be.accessible();
    const error = await failed;
    expect(error.detail.operation).to.equal('volume');
    await el.updateComplete;
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(el, '[part=error]')).to.contain('Status 503');
    expect(text(el, '[part=error]')).not.to.contain('secret body');
    await expect(el).to.be.accessible();
    fail = false;
    parts(el, 'retry-button')[0]!.click();
    await waitUntil(() => el.matches(':state(empty)'), 'empty after retry', { timeout: 3000 });
    expect(text(el, '[part=empty]')).to.equal('No events in this time range.');
    expect((parts(el, 'plot')[0] as HTMLElement).hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a malformed response is a validation error naming the path', async () => {
    const client = createMemoryClient({ fail: (op) => (op === 'volume' ? new EventsValidationError('$[3].count', 'a count') : undefined) });
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .client=${client}></ev-volume-chart>`);
    await waitUntil(() => el.matches(':state(error)'));
    expect(text(el, '[part=error]')).to.contain('$[3].count');
  });

  it('without a client or buckets it says so', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart></ev-volume-chart>`);
    expect(el.matches(':state(no-client)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('legend buttons toggle actions: bars, totals and the summary follow', async () => {
    const buckets = hourly(T0, ['login', 'logout'], [[5, 2], [3, 4]]);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart style="width: 500px" .buckets=${buckets}></ev-volume-chart>`);
    const login = resolved(actionColorVar('login'));
    expect(countPixels(el, login)).to.be.greaterThan(100);
    const items = parts(el, 'legend-item');
    expect(items.map((b) => b.textContent!.trim())).to.deep.equal(['Login (8)', 'Logout (6)']);
    items[0]!.click();
    await el.updateComplete;
    expect(items[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.hiddenActions).to.deep.equal(['login']);
    expect(countPixels(el, login)).to.equal(0);
    expect(text(el, '[part=summary]')).to.match(/^6 events/);
    await expect(el).to.be.accessible();
    items[0]!.click();
    await el.updateComplete;
    expect(countPixels(el, login)).to.be.greaterThan(100);
  });

  it('hostile action names and strings stay text', async () => {
    const actions = hostileStrings.slice(0, 6).map((s) => `custom_${s}`);
    const buckets = hourly(T0, actions, [actions.map(() => 2), actions.map(() => 1)]);
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${buckets}></ev-volume-chart>`);
    await el.tableComplete;
    expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    expect(text(el, '[part=legend]')).to.contain('<img src=x onerror=');
    const rect = canvasOf(el).getBoundingClientRect();
    await click([Math.round(rect.left + rect.width * 0.3), Math.round(rect.bottom - 40)]);
    await el.updateComplete;
    expect(parts(el, 'tooltip')[0]!.textContent).to.contain('Custom:');
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('uses one chart per canvas, destroys it when removed and draws again when re-attached', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart .buckets=${hourly(T0, ['login'], [[1], [2]])}></ev-volume-chart>`);
    const parent = el.parentElement!;
    const chart = chartOf(el);
    el.buckets = hourly(T0, ['login'], [[3], [1]]);
    await el.updateComplete;
    expect(chartOf(el)).to.equal(chart);
    canvasOf(el).focus();
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(chart.canvas ?? null).to.equal(null);
    parent.append(el);
    await el.updateComplete;
    expect(chartOf(el)).not.to.equal(chart);
    expect(countPixels(el, resolved(actionColorVar('login')))).to.be.greaterThan(100);
  });
});
