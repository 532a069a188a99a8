/**
 * An event whose `created` is no time (a number, epoch ms or s; a numeric string; words; an
 * object; null) from an unvalidated source (`.event`, a memory client): the summary's Created
 * field and the version pickers say the time is unknown, never the raw value, and nothing claims
 * a date for it. Before, the field showed the number (or "[object Object]", or "Never" for null).
 * A real time still reads as the date its `<time datetime>` holds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/source/ev-source.js';
import '../../../src/i18n/locales/de.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvSource } from '../../../src/components/source/source.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, field, text } from './helpers.js';

const NO_TIMES: unknown[] = [1_700_000_000_000, 1_700_000_000, '1700000000000', 'yesterday', {}, null, '5', '12.5'];
const RAW = /1700000000|object Object|yesterday|NaN|Invalid Date/;

async function detail(event: unknown, lang = 'en-US', client?: ReturnType<typeof createMemoryClient>): Promise<EvDetail> {
  const source = await fixture<EvSource>(html`<ev-source time-zone="UTC">
    <ev-detail lang=${lang} theme="light" .client=${client} .event=${event as EventRecord}></ev-detail>
  </ev-source>`);
  const el = source.querySelector('ev-detail')!;
  await el.updateComplete;
  return el;
}

const createdTimes = (el: EvDetail) => {
  const row = $$(el, '.field').find((f) => text(f.querySelector('dt')) === 'Created' || text(f.querySelector('dt')) === 'Erstellt');
  return [...(row?.querySelectorAll('time') ?? [])];
};

describe('<ev-detail>: created that is no time', () => {
  for (const created of NO_TIMES) {
    it(`created ${JSON.stringify(created)}: "Time unknown", no date claimed`, async () => {
      const el = await detail({ ...detailEvent('login', {}), created });
      expect(field(el, 'Created')).to.equal('Time unknown');
      expect(createdTimes(el).filter((t) => t.hasAttribute('datetime'))).to.have.length(0);
      expect(text(el.shadowRoot!)).not.to.match(RAW);
      await expect(el).to.be.accessible();
    });
  }

  it('in German: "Zeit unbekannt"', async () => {
    const el = await detail({ ...detailEvent('login', {}), created: 1_700_000_000_000 }, 'de');
    expect(field(el, 'Erstellt')).to.equal('Zeit unbekannt');
  });

  it('a real time: the field shows the date its <time datetime> holds', async () => {
    const el = await detail(detailEvent('login', {}, { created: '2023-11-14T22:13:20Z' }));
    const [time] = createdTimes(el);
    expect(time!.getAttribute('datetime')).to.equal('2023-11-14T22:13:20Z');
    expect(text(time)).to.equal('Nov 14, 2023, 10:13:20 PM');
  });

  it('the version pickers name a version without a time "Time unknown"', async () => {
    const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
    const v1 = detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: 'Wiki', new_value: 'Team wiki' } } }, { pk: 'v1', created: 1_700_000_000_000 as unknown as string });
    const v2 = detailEvent('model_updated', { model: MODEL, diff: { slug: { previous_value: 'wiki', new_value: 'team-wiki' } } }, { pk: 'v2', created: '2026-03-03T10:00:00Z' });
    const el = await detail(v2, 'en-US', createMemoryClient({ events: [v1, v2] }));
    buttonOf(el, 'Compare versions of this object')!.click();
    for (let i = 0; i < 200 && $$(el, '[part="compare-select"] option').length < 2; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
    const options = $$(el, '[part="compare-select"] option').map((o) => text(o).replace(/[\u2066-\u2069]/g, ''));
    expect(options.length, text($(el, '[part="compare"]'))).to.be.greaterThan(1);
    expect(options.some((o) => o.startsWith('Time unknown · akadmin')), options.join(' | ')).to.equal(true);
    expect(options.some((o) => o.startsWith('3/3/26, 10:00 AM · akadmin')), options.join(' | ')).to.equal(true);
    expect(options.join(' | ')).not.to.match(RAW);
  });
});
