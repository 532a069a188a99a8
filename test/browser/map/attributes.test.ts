import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

/** 12 places, the first with the most events. */
const twelvePlaces = () => Array.from({ length: 12 }, (_, i) => eventsAt(12 - i, { lat: -50 + 8 * i, long: -150 + 25 * i }, i + 1)).flat();
const legend = (el: EvMap) => $$(el, '[part=legend] li').map((li) => text(li));

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

describe('<ev-map> actions that are no name', () => {
  it('null, an object, a number or a blank action read "Unnamed action" in the legend and the popup, not "Null" or "[object Object]"', async () => {
    const [a, b, c, d, e] = eventsAt(5, BERLIN, 1);
    const events = [
      { ...a, action: null },
      { ...b, action: { name: 'x' } },
      { ...c, action: 7 },
      { ...d, action: ' \u200B' },
      { ...e, action: 'login' },
    ] as unknown as EventRecord[];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    expect(legend(el)).to.deep.equal(['Unnamed action 4', 'Login 1']);
    $$(el, '[part=location]')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
    const actions = $$(el, '.popup-action').map((n) => text(n));
    expect(actions.filter((t) => t === 'Unnamed action').length).to.equal(4);
    expect(actions.join(' ')).to.not.match(/Null|object|\b7\b/);
    await expect(el).to.be.accessible();
    const wrapper = await fixture(html`<div lang="de"><ev-map .events=${events}></ev-map></div>`);
    const german = wrapper.querySelector('ev-map')!;
    await drawn(german);
    expect(legend(german)).to.deep.equal(['Unbenannte Aktion 4', 'Anmeldung 1']);
  });
});
