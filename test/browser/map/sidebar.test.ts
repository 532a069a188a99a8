// <ev-map> in a 320 px sidebar: the zoom-out button at its limit was a see-through ghost (the
// coastlines ran through its "−").
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, BERLIN, SAO_PAULO, TOKYO, drawn, eventsAt } from './helpers.js';

/** The alpha of a computed colour (`rgb()` is opaque). */
const alpha = (color: string) => (color.startsWith('rgba') ? Number(color.slice(color.lastIndexOf(',') + 1, -1)) : color === 'transparent' ? 0 : 1);

async function sidebarMap(): Promise<EvMap> {
  const events = [...eventsAt(3, BERLIN, 1), ...eventsAt(3, TOKYO, 2), ...eventsAt(3, SAO_PAULO, 3)];
  const el = await fixture<EvMap>(html`<ev-map style="width: 320px" .events=${events}></ev-map>`);
  await drawn(el);
  return el;
}

describe('<ev-map> in a 320 px sidebar', () => {
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
