// The bundled world outline has land crossing the antimeridian (Russia's Chukotka, Fiji). Drawn as
// is, such a shape jumps from longitude 180 to -180 and back: straight lines ran across the whole
// world (through the Norwegian Sea and the South Atlantic, over every width of map). The open sea
// there is now empty.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, baseCanvas, drawn, eventsAt, pixel, project } from './helpers.js';

/** The base canvas's pixels straight down a meridian between two latitudes that are open sea. */
function seaColumn(el: EvMap, long: number, north: number, south: number): { lat: number; alpha: number }[] {
  const canvas = baseCanvas(el);
  const box = $(el, '.canvas')!.getBoundingClientRect();
  const top = project(el, north, long);
  const bottom = project(el, south, long);
  expect(top.x, 'the meridian is in view').to.be.within(box.left, box.right);
  expect(top.y, 'the northern end is in view').to.be.at.least(box.top);
  expect(bottom.y, 'the southern end is in view').to.be.at.most(box.bottom);
  const hits: { lat: number; alpha: number }[] = [];
  for (let y = Math.ceil(top.y); y <= bottom.y; y++) {
    const alpha = pixel(canvas, top.x, y)[3];
    if (alpha > 0) hits.push({ lat: north - ((north - south) * (y - top.y)) / (bottom.y - top.y), alpha });
  }
  return hits;
}

describe('<ev-map> world outline across the antimeridian', () => {
  it('draws no line across the open sea at the latitudes where Russia and Fiji cross longitude 180', async () => {
    const events = [...eventsAt(2, { lat: 74, long: -20, city: 'North', country: 'GL' }, 1), ...eventsAt(2, { lat: -30, long: -20, city: 'South', country: 'BR' }, 2)];
    const el = await fixture<EvMap>(html`<ev-map style="width: 640px; --ev-map-height: 560px" .events=${events}></ev-map>`);
    await drawn(el);
    // The Norwegian Sea (between Greenland and Norway) and the South Atlantic (between Brazil and Africa).
    expect(seaColumn(el, 0, 72, 64.5), 'Norwegian Sea at 0°').to.deep.equal([]);
    expect(seaColumn(el, -25, -15.5, -17.5), 'South Atlantic at 25° W').to.deep.equal([]);
  });
});
