import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, text } from './helpers.js';

const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
const at = (day: number) => `2026-03-0${day}T10:00:00Z`;
const created = detailEvent('model_created', { model: MODEL, diff: { name: { previous_value: null, new_value: 'Wiki' }, slug: { previous_value: null, new_value: 'wiki' } } }, { pk: 'c0', created: at(1) });
const v1 = detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: 'Wiki', new_value: 'Team wiki' } } }, { pk: 'v1', created: at(2) });
const v2 = detailEvent('model_updated', { model: MODEL, diff: { slug: { previous_value: 'wiki', new_value: 'team-wiki' } } }, { pk: 'v2', created: at(3) });

/** Opens "Compare versions" on `event` and waits for its pickers. */
async function compareOn(event: EventRecord, events: EventRecord[]): Promise<EvDetail> {
  const el = await fixture<EvDetail>(html`<ev-detail theme="light" .client=${createMemoryClient({ events })} .event=${event}></ev-detail>`);
  buttonOf(el, 'Compare versions of this object')!.click();
  for (let i = 0; i < 200 && $$(el, '[part="compare-select"]').length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  return el;
}

const picked = (el: EvDetail) => ($$(el, '[part="compare-select"]') as HTMLSelectElement[]).map((s) => text(s.selectedOptions[0]!));

describe('<ev-detail> "Compare versions" opened on the oldest version', () => {
  it('the first update of an object (no older version loaded): it is compared with the next one, not with itself', async () => {
    const el = await compareOn(v1, [v1, v2]);
    const [from, to] = picked(el);
    expect(from).to.contain('(this event)');
    expect(to).not.to.contain('(this event)');
    const diff = $(el, '[part="compare-diff"]') as EvJsonDiff | null;
    expect(diff, text($(el, '[part="compare"]'))).not.to.equal(null);
    await diff!.updateComplete;
    expect([...diff!.shadowRoot!.querySelectorAll('.row-replace .cell')].map(text)).to.deep.equal(['changed, slug: Previous, "wiki" → New, "team-wiki"']);
    await expect(el).to.be.accessible();
  });

  it('the model_created event: the same', async () => {
    const el = await compareOn(created, [v1, v2, created]);
    const [from, to] = picked(el);
    expect(from).to.contain('(this event)');
    expect(to).not.to.contain('(this event)');
    expect($(el, '[part="compare-diff"]')).not.to.equal(null);
  });

  it('a later version still compares the one before it with this one', async () => {
    const el = await compareOn(v2, [v1, v2, created]);
    const [from, to] = picked(el);
    expect(from).not.to.contain('(this event)');
    expect(to).to.contain('(this event)');
  });
});
