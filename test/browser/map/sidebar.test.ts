// <ev-map> in a 320 px sidebar: the zoom-out button at its limit was a see-through ghost (the
// coastlines ran through its "−"), and the map could not zoom out far enough to show places on
// three continents (San Francisco to Tokyo) at once (the least zoom drew a 512 px world: half of it out of view).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, BERLIN, SAO_PAULO, TOKYO, drawn, eventsAt, project } from './helpers.js';

// West to east over 261° of longitude; the widest gap (99°) is the Pacific, so the view spans the Atlantic.
const SAN_FRANCISCO = { lat: 37.77, long: -122.42, city: 'San Francisco', country: 'US' };
const NEW_YORK = { lat: 40.71, long: -74.01, city: 'New York', country: 'US' };
const LONDON = { lat: 51.51, long: -0.13, city: 'London', country: 'GB' };
const DELHI = { lat: 28.61, long: 77.21, city: 'Delhi', country: 'IN' };

/** The alpha of a computed colour (`rgb()` is opaque). */
const alpha = (color: string) => (color.startsWith('rgba') ? Number(color.slice(color.lastIndexOf(',') + 1, -1)) : color === 'transparent' ? 0 : 1);

async function sidebarMap(): Promise<EvMap> {
  const events = [...eventsAt(3, BERLIN, 1), ...eventsAt(3, TOKYO, 2), ...eventsAt(3, SAO_PAULO, 3)];
  const el = await fixture<EvMap>(html`<ev-map style="width: 320px" .events=${events}></ev-map>`);
  await drawn(el);
  return el;
}

describe('<ev-map> in a 320 px sidebar', () => {
  it('fits places from San Francisco to Tokyo all in view', async () => {
    const places = { SAN_FRANCISCO, NEW_YORK, LONDON, DELHI, TOKYO };
    const events = Object.values(places).flatMap((place, i) => eventsAt(3, place, i + 1));
    const el = await fixture<EvMap>(html`<ev-map style="width: 320px" .events=${events}></ev-map>`);
    await drawn(el);
    const stage = $(el, '.stage')!.getBoundingClientRect();
    for (const [name, place] of Object.entries(places)) {
      const at = project(el, place.lat, place.long);
      expect(at.x, `${name} is in view sideways`).to.be.within(stage.left, stage.right);
      expect(at.y, `${name} is in view`).to.be.within(stage.top, stage.bottom);
    }
  });

  it('the zoom-out button at its limit is opaque: the map does not show through it and its "−" stays legible', async () => {
    const el = await sidebarMap();
    await el.setView([20, 0], 0);
    await el.updateComplete;
    const out = $(el, '[part=zoom-out]')!;
    expect(out.getAttribute('aria-disabled'), 'at the least zoom').to.equal('true');
    const stage = $(el, '.stage')!;
    for (let node: HTMLElement | null = out; node && node !== stage; node = node.parentElement) {
      expect(getComputedStyle(node).opacity, `${node.className || node.tagName}: not see-through`).to.equal('1');
    }
    const s = getComputedStyle(out);
    expect(alpha(s.backgroundColor), 'its background is opaque').to.equal(1);
    expect(s.color, 'its "−" differs from its background').to.not.equal(s.backgroundColor);
  });
});
