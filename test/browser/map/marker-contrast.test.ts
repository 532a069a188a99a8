/**
 * The count inside a cluster is 11 px text drawn in `--ev-map-marker-text` on the marker's action
 * colour: it needs 4.5:1 against the colour the marker shows on the map (WCAG 1.4.3), for every
 * action colour, light and dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { ACTION_CATALOGUE } from '../../../src/format/actions.js';
import { BERLIN, baseCanvas, drawn, eventsAt, markerCanvas, pixel, project } from './helpers.js';

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// One action per palette slot (0 is the neutral slot of custom actions).
const slots = new Map<number, string>([[0, 'custom_audit']]);
for (const { name, slot } of ACTION_CATALOGUE) if (!slots.has(slot)) slots.set(slot, name);

// The defaults of --ev-color-bg (the count's colour) in each theme.
const TEXT: Record<'light' | 'dark', Rgb> = { light: [255, 255, 255], dark: [0x16, 0x18, 0x1d] };

describe('<ev-map> counts inside clusters', () => {
  it('read at 4.5:1 or more on every action colour, over land, light and dark', async () => {
    expect(slots.size).to.equal(13);
    const low: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      for (const [slot, action] of slots) {
        const events = eventsAt(5, BERLIN).map((e) => ({ ...e, action }));
        const el = await fixture<EvMap>(html`<ev-map theme=${theme} .events=${events}></ev-map>`);
        await drawn(el);
        const at = project(el, BERLIN.lat, BERLIN.long);
        // Inside the circle (radius 13 for 5 events), below the count's glyphs.
        const [r, g, b, a] = pixel(markerCanvas(el), at.x, at.y + 9);
        const [lr, lg, lb] = pixel(baseCanvas(el), at.x, at.y + 9);
        const alpha = a / 255;
        const shown: Rgb = [r * alpha + lr * (1 - alpha), g * alpha + lg * (1 - alpha), b * alpha + lb * (1 - alpha)];
        const ratio = contrast(shown, TEXT[theme]);
        if (ratio < 4.5) low.push(`${theme} slot ${slot} (${action}): ${ratio.toFixed(2)}:1`);
      }
    }
    expect(low, low.join('\n')).to.deep.equal([]);
  });
});
