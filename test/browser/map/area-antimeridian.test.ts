import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, TOKYO, drawn, eventsAt, text } from './helpers.js';

const SUVA = { lat: -18.14, long: 178.44, city: 'Suva', country: 'FJ' };
const APIA = { lat: -13.83, long: -171.76, city: 'Apia', country: 'WS' };
/** West of Suva, out of the view below. */
const NOUMEA = { lat: -22.27, long: 166.44, city: 'Noumea', country: 'NC' };

describe('<ev-map> "Filter to this area" across the antimeridian', () => {
  it('keeps the places on both sides of 180° in the map and in the log (memory client)', async () => {
    const events = [...eventsAt(3, SUVA, 1), ...eventsAt(2, APIA, 2), ...eventsAt(4, TOKYO, 3), ...eventsAt(1, NOUMEA, 4)];
    const source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events })}>
      <ev-map style="width: 640px; height: 400px"></ev-map>
      <ev-log></ev-log>
    </ev-source>`);
    const el = source.querySelector('ev-map')!;
    const log = source.querySelector<EvLog>('ev-log')!;
    await drawn(el);
    // Centred just east of Fiji: Suva (178° E) and Apia (172° W) in view, Noumea (166° E) not.
    await el.setView([-16, 182], 5);
    await el.rendered;
    expect($$(el, '[part=marker]').map((m) => m.getAttribute('aria-label'))).to.have.members(['Suva, Fiji, 3 events', 'Apia, Samoa, 2 events']);
    const button = $$(el, '[part=area-button]').find((b) => text(b) === 'Filter to this area')!;
    button.click();
    await waitUntil(() => source.filter.area !== undefined, 'no area filter');
    await waitUntil(() => text($(el, '[part=summary]')) === '5 events at 2 places', 'the map did not show 5 events at 2 places');
    await waitUntil(() => log.total === 5, 'the log did not show 5 events');
    // The area is told in real longitudes: from 168° E across 180° to 164° W (not "196° E").
    const { west, east } = source.filter.area!;
    expect([west, east].every((x) => x >= -180 && x <= 180), `west ${west}, east ${east}`).to.equal(true);
    expect(west).to.be.above(east);
    expect([...log.shadowRoot!.querySelectorAll('[part="filter-chip"]')].map((c) => text(c).replace(' ×', ''))).to.deep.equal(['Area 24.6° S – 7° S, 168° E – 164° W']);
    const cities = [...log.shadowRoot!.querySelectorAll('[role=row][data-index]')].map((r) => r.textContent ?? '');
    expect(cities.length).to.equal(5);
    await expect(el).to.be.accessible();
  });
});
