/**
 * The repeated hour when clocks go back (Europe/Berlin, 25 Oct 2026: 02:00–03:00 happens twice):
 * a place's popup tells two events in that hour apart by the zone's name.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvMap } from '../../../src/components/map/map.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

const CREATED = ['2026-10-25T11:00:00Z', '2026-10-25T01:30:00Z', '2026-10-25T00:30:00Z'];

describe('<ev-map> across a DST fall-back', () => {
  it('the popup’s two 02:30s name their zone; noon does not', async () => {
    const events = eventsAt(3, BERLIN).map((e, i) => ({ ...e, pk: `e${i}`, action: 'login', created: CREATED[i]! }));
    const source = await fixture<EvSource>(html`<ev-source time-zone="Europe/Berlin" .client=${createMemoryClient({ events })}>
      <ev-map lang="en-US"></ev-map>
    </ev-source>`);
    const el = source.querySelector<EvMap>('ev-map')!;
    await drawn(el);
    $$(el, '[part=location]').find((b) => text(b).startsWith('Berlin'))!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=popup]') !== null, 'no popup');
    const times = [...$(el, '[part=popup]')!.querySelectorAll<HTMLTimeElement>('.popup-event time')];
    expect(times.map((t) => text(t))).to.deep.equal(['Oct 25, 2026, 12:00:00 PM', 'Oct 25, 2026, 2:30:00 AM GMT+1', 'Oct 25, 2026, 2:30:00 AM GMT+2']);
    // The machine-readable instants are unchanged.
    expect(times.map((t) => t.dateTime)).to.deep.equal(CREATED);
    await expect(el).to.be.accessible();
  });
});
