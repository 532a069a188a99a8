import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

/** 12 places, the first with the most events. */
const twelvePlaces = () => Array.from({ length: 12 }, (_, i) => eventsAt(12 - i, { lat: -50 + 8 * i, long: -150 + 25 * i }, i + 1)).flat();

describe('<ev-map> attributes that are no number', () => {
  for (const value of ['abc', '-3', '']) {
    it(`top-locations="${value}" lists the default 10 places`, async () => {
      const el = await fixture<EvMap>(html`<ev-map top-locations=${value} .events=${twelvePlaces()}></ev-map>`);
      await drawn(el);
      expect($$(el, '[part=location]').length).to.equal(10);
    });
  }

  it('top-locations="0" lists no places (a page hides the list so)', async () => {
    const el = await fixture<EvMap>(html`<ev-map top-locations="0" .events=${twelvePlaces()}></ev-map>`);
    await drawn(el);
    expect($(el, '[part=locations]')).to.equal(null);
  });

  for (const value of ['0', '-5', 'abc']) {
    it(`max-events="${value}" loads up to the default (100,000): every event, no "newest 0" notice`, async () => {
      const client = createMemoryClient({ events: [...eventsAt(30, BERLIN, 1)] });
      const el = await fixture<EvMap>(html`<ev-map max-events=${value} .client=${client}></ev-map>`);
      await drawn(el);
      expect(text($(el, '[part=summary]'))).to.equal('30 events at 1 place');
      expect($(el, '[part=notice]'), text($(el, '[part=notice]'))).to.equal(null);
      expect(el.matches(':state(ready)')).to.equal(true);
    });
  }

  it('max-events="0" with handed events shows them all', async () => {
    const el = await fixture<EvMap>(html`<ev-map max-events="0" .events=${eventsAt(4, BERLIN)}></ev-map>`);
    await drawn(el);
    expect(text($(el, '[part=summary]'))).to.equal('4 events at 1 place');
    expect($(el, '[part=notice]')).to.equal(null);
  });
});
