/**
 * The repeated hour when clocks go back (Europe/Berlin, 25 Oct 2026: 02:00–03:00 happens twice):
 * versions of an object saved at the first and the second 02:30 are told apart in the version
 * pickers by the zone's name; the summary's time names its zone once, as it does for every time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/source/ev-source.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, buttonOf, field, text } from './helpers.js';

const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
const update = (pk: string, created: string, name: [string, string]) =>
  detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: name[0], new_value: name[1] } } }, { pk, created });
/** 02:30 CEST, 02:30 CET (an hour later) and noon CET, all on 25 Oct 2026. */
const cest = update('cest', '2026-10-25T00:30:00Z', ['Wiki', 'Team wiki']);
const cet = update('cet', '2026-10-25T01:30:00Z', ['Team wiki', 'Wiki 2']);
const noon = update('noon', '2026-10-25T11:00:00Z', ['Wiki 2', 'Wiki 3']);

/** Bidi isolates around names, and Intl's narrow spaces, out of the way of the comparison. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function berlinDetail(event: EventRecord): Promise<EvDetail> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="Europe/Berlin">
    <ev-detail lang="en-US" theme="light" .client=${createMemoryClient({ events: [noon, cet, cest] })} .event=${event}></ev-detail>
  </ev-source>`);
  const el = source.querySelector('ev-detail')!;
  await el.updateComplete;
  return el;
}

describe('<ev-detail> across a DST fall-back', () => {
  it('the version pickers tell the two 02:30 versions apart by their zone; noon reads as before', async () => {
    const el = await berlinDetail(cet);
    buttonOf(el, 'Compare versions of this object')!.click();
    for (let i = 0; i < 200 && $$(el, '[part="compare-select"]').length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
    const [from] = $$(el, '[part="compare-select"]') as HTMLSelectElement[];
    const labels = [...from!.options].map((o) => plain(o.text)).sort();
    expect(labels).to.deep.equal([
      '10/25/26, 12:00 PM · akadmin',
      '10/25/26, 2:30 AM GMT+1 · akadmin (this event)',
      '10/25/26, 2:30 AM GMT+2 · akadmin',
    ]);
    await expect(el).to.be.accessible();
  });

  it('the summary’s created time names the zone once (GMT+2, GMT+1), and noon’s as before', async () => {
    const created = async (event: EventRecord) => plain(field(await berlinDetail(event), 'Created') ?? '');
    expect(await created(cest)).to.match(/^Oct 25, 2026, 2:30:00 AM GMT\+2 · [^G]*$/);
    expect(await created(cet)).to.match(/^Oct 25, 2026, 2:30:00 AM GMT\+1 · [^G]*$/);
    expect(await created(noon)).to.match(/^Oct 25, 2026, 12:00:00 PM GMT\+1 · [^G]*$/);
    const el = await berlinDetail(cest);
    expect(text(el.shadowRoot!.querySelector('time'))).to.equal('Oct 25, 2026, 2:30:00 AM');
    await expect(el).to.be.accessible();
  });
});
