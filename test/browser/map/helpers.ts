/** Shared helpers for the <ev-map> browser tests. */
import { waitUntil } from '@open-wc/testing';
import type { EvMap } from '../../../src/components/map/map.js';

export function shadow(el: EvMap): ShadowRoot {
  return el.shadowRoot!;
}

export function $(el: EvMap, selector: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(selector);
}

export function $$(el: EvMap, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)];
}

/** Waits for the data to be clustered and drawn. */
export async function drawn(el: EvMap): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.view !== undefined, 'map view never appeared', { timeout: 8000 });
  await el.rendered;
  await el.updateComplete;
}

/** The canvas pixel colour at a point of the map container (to see that something is drawn there). */
export function pixelsAt(el: EvMap, x: number, y: number): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (const canvas of shadow(el).querySelectorAll('canvas')) {
    const rect = canvas.getBoundingClientRect();
    const container = $(el, '.canvas')!.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const scale = canvas.width / rect.width;
    const px = Math.round((container.left + x - rect.left) * scale);
    const py = Math.round((container.top + y - rect.top) * scale);
    const d = ctx.getImageData(px, py, 1, 1).data;
    out.push([d[0]!, d[1]!, d[2]!, d[3]!]);
  }
  return out;
}
