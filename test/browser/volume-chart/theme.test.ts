import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import { ThemeColorsController } from '../../../src/controllers/theme-colors.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { actionColorVar } from '../../../src/format/actions.js';
import { chartOf, countPixels, hourly, rgb } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

function resolvedIn(scheme: 'light' | 'dark', expression: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.colorScheme = scheme;
  probe.style.color = expression;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return rgb(color);
}

/** Media-query changes are dispatched with a frame; attribute changes with a microtask. */
const settle = async (el: EvVolumeChart) => {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await el.updateComplete;
};

/** A CSS colour as the canvas stores it. */
function canvasRgb(css: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const d = ctx.getImageData(0, 0, 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

describe('<ev-volume-chart> colours', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  it('re-colours the bars when theme="dark" is set and removed', async () => {
    // A dark page around it, as a dark theme would have.
    const page = await fixture<HTMLDivElement>(html`<div style="background: #16181d"><ev-volume-chart theme="light" .buckets=${hourly(T0, ['login'], [[3], [5]])}></ev-volume-chart></div>`);
    const el = page.querySelector('ev-volume-chart')!;
    await el.updateComplete;
    const light = resolvedIn('light', actionColorVar('login'));
    const dark = resolvedIn('dark', actionColorVar('login'));
    expect(light).not.to.deep.equal(dark);
    expect(countPixels(el, light)).to.be.greaterThan(100);
    el.theme = 'dark';
    await settle(el);
    expect(countPixels(el, light)).to.equal(0);
    expect(countPixels(el, dark)).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await settle(el);
    expect(countPixels(el, light)).to.be.greaterThan(100);
  });

  it('follows the operating system scheme and tokens set on a container', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const box = await fixture<HTMLDivElement>(html`<div><ev-volume-chart .buckets=${hourly(T0, ['login'], [[3], [5]])}></ev-volume-chart></div>`);
    const el = box.querySelector('ev-volume-chart')!;
    await el.updateComplete;
    expect(countPixels(el, resolvedIn('light', actionColorVar('login')))).to.be.greaterThan(100);
    const dark = resolvedIn('dark', actionColorVar('login'));
    await emulateMedia({ colorScheme: 'dark' });
    // The media change arrives a frame or two later.
    await waitUntil(() => countPixels(el, dark) > 100, 'dark palette drawn');
    box.style.setProperty('--ev-action-3', 'rgb(1, 2, 3)');
    await settle(el);
    expect(countPixels(el, [1, 2, 3])).to.be.greaterThan(100);
  });

  it('in forced-colours mode the series keep their colours (they tell actions apart)', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart theme="light" .buckets=${hourly(T0, ['login', 'login_failed'], [[3, 2], [5, 1]])}></ev-volume-chart>`);
    const login = resolvedIn('light', actionColorVar('login'));
    const failed = resolvedIn('light', actionColorVar('login_failed'));
    const axis = () => String(chartOf(el).options.scales!.x!.ticks!.color);
    const authoredAxis = axis();
    await emulateMedia({ forcedColors: 'active' });
    // The axis follows forced colours (the system text colour): the chart has been re-coloured.
    await waitUntil(() => axis() !== authoredAxis, 'axis re-coloured');
    expect(countPixels(el, login)).to.be.greaterThan(100);
    expect(countPixels(el, failed)).to.be.greaterThan(50);
  });

  it('actions sharing a palette slot get distinct tints', async () => {
    // login_failed and login_blocked share slot 2.
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart theme="light" .buckets=${hourly(T0, ['login_failed', 'login_blocked'], [[3, 2], [5, 1]])}></ev-volume-chart>`);
    const swatches = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=legend-item] .swatch')].map((s) => getComputedStyle(s).backgroundColor);
    expect(swatches[0]).not.to.equal(swatches[1]);
    expect(countPixels(el, canvasRgb(swatches[0]!))).to.be.greaterThan(50);
    expect(countPixels(el, canvasRgb(swatches[1]!))).to.be.greaterThan(20);
  });
});

class ThemeProbe extends LitElement {
  changes = 0;
  colors = new ThemeColorsController(this, { onChange: () => this.changes++ });
}
customElements.define('test-theme-probe', ThemeProbe);

describe('ThemeColorsController (generic)', () => {
  it('resolves var() and light-dark() as the host sees them and reports changes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="color-scheme: light; --ev-color-accent: light-dark(rgb(10, 20, 30), rgb(200, 210, 220))"><test-theme-probe></test-theme-probe></div>`);
    const probe = host.querySelector<ThemeProbe>('test-theme-probe')!;
    expect(probe.colors.resolve('var(--ev-color-accent, red)')).to.equal('rgb(10, 20, 30)');
    expect(probe.colors.resolve('not a colour', 'rgb(1, 1, 1)')).to.equal('rgb(1, 1, 1)');
    host.style.colorScheme = 'dark';
    await new Promise((r) => setTimeout(r));
    expect(probe.colors.resolve('var(--ev-color-accent, red)')).to.equal('rgb(200, 210, 220)');
    expect(probe.changes).to.equal(1);
    expect(probe.colors.version).to.equal(1);
    // Media-query changes arrive a frame or two later: wait for the controller to report them.
    await emulateMedia({ forcedColors: 'active' });
    await waitUntil(() => probe.changes === 2, 'forced colours reported');
    // Forced colours replace an ordinary colour with the system text colour; kept colours stay.
    expect(probe.colors.resolve('var(--ev-color-accent, red)')).not.to.equal('rgb(200, 210, 220)');
    expect(probe.colors.resolve('var(--ev-color-accent, red)', undefined, { keepInForcedColors: true })).to.equal('rgb(200, 210, 220)');
    await emulateMedia({ forcedColors: 'none' });
    await waitUntil(() => probe.changes === 3, 'forced colours off reported');
    expect(probe.colors.resolve('var(--ev-color-accent, red)')).to.equal('rgb(200, 210, 220)');
    host.setAttribute('class', 'unrelated');
    await new Promise((r) => setTimeout(r));
    expect(probe.changes).to.equal(3);
  });
});
