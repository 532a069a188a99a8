/**
 * The action palette in the chart: actions that share a palette slot get distinct variants of
 * that slot's colour (up to 8 per slot), and every variant keeps its contrast.
 *
 * The contrast rule (WCAG 1.4.11, non-text contrast): every bar colour is at least 3:1 against
 * the chart background (`--ev-color-bg`), in light and in dark. Variants of one slot differ by at
 * least 0.03 in OKLab (clearly apart side by side; the "just noticeable" difference is ~0.02).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { PALETTE_SIZE } from '../../../src/format/actions.js';
import { PALETTE_VARIANTS, slotVariantColor } from '../../../src/format/palette.js';
import { tokenDefault } from '../../../src/styles/token.js';
import { countPixels, hourly } from './helpers.js';

const T0 = Date.UTC(2026, 10, 1);

/** A CSS colour as sRGB bytes, resolved in a colour scheme (through a canvas, which takes any colour syntax). */
function srgbIn(scheme: 'light' | 'dark', expression: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.colorScheme = scheme;
  probe.style.color = expression;
  document.body.append(probe);
  const css = getComputedStyle(probe).color;
  probe.remove();
  return canvasRgb(css);
}

function canvasRgb(css: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const d = ctx.getImageData(0, 0, 1, 1).data;
  return [d[0]!, d[1]!, d[2]!];
}

const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: number[]) => 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
function contrast(a: number[], b: number[]): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

function oklab(rgb: number[]): number[] {
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}
const distance = (a: number[], b: number[]) => Math.hypot(...oklab(a).map((v, i) => v - oklab(b)[i]!));

/** Ten known actions all in palette slot 2 (failures). */
const SLOT_2 = ['login_failed', 'login_blocked', 'suspicious_request', 'policy_exception', 'property_mapping_exception', 'system_task_exception', 'system_exception', 'configuration_error', 'account_lockdown_triggered', 'access_request_denied'];

function swatches(el: EvVolumeChart): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=legend-item] .swatch')].map((s) => getComputedStyle(s).backgroundColor);
}

describe('<ev-volume-chart> palette variants', () => {
  it('eight actions of one palette slot get eight different colours, in the legend and on the bars', async () => {
    const actions = SLOT_2.slice(0, 8);
    // Different totals so the stacking (and legend) order is fixed: 8, 7, … 1 events.
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart theme="light" .buckets=${hourly(T0, actions, [actions.map((_, a) => 8 - a), actions.map((_, a) => 8 - a)])}></ev-volume-chart>`);
    const colors = swatches(el);
    expect(colors).to.have.length(8);
    expect(new Set(colors).size, colors.join(' | ')).to.equal(8);
    for (const color of colors) expect(countPixels(el, canvasRgb(color)), color).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('past eight, the variants start again (a ninth action shares the first one’s colour)', async () => {
    const el = await fixture<EvVolumeChart>(html`<ev-volume-chart theme="dark" .buckets=${hourly(T0, SLOT_2.slice(0, 9), [SLOT_2.slice(0, 9).map((_, a) => 9 - a)])}></ev-volume-chart>`);
    const colors = swatches(el);
    expect(new Set(colors.slice(0, 8)).size).to.equal(8);
    expect(colors[8]).to.equal(colors[0]);
    await expect(el).to.be.accessible();
  });

  it('every variant of every slot keeps 3:1 against the background and stays apart from its siblings, light and dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const bg = srgbIn(scheme, tokenDefault('color-bg'));
      for (let slot = 0; slot <= PALETTE_SIZE; slot++) {
        const variants = Array.from({ length: PALETTE_VARIANTS }, (_, k) => srgbIn(scheme, slotVariantColor(slot, k)));
        variants.forEach((rgb, k) => expect(contrast(rgb, bg), `${scheme} slot ${slot} variant ${k}: rgb(${rgb})`).to.be.at.least(3));
        for (let i = 0; i < variants.length; i++) {
          for (let j = 0; j < i; j++) expect(distance(variants[i]!, variants[j]!), `${scheme} slot ${slot}: variants ${j} and ${i}`).to.be.at.least(0.03);
        }
      }
    }
  });
});
