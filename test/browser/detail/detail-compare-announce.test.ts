/**
 * "Compare versions": choosing another version in a picker redraws the diff below it, away from
 * the focus. The new change count is said through a live region that stays in place, so a
 * screen-reader user hears what the choice did ("2 changes"), not silence.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, text } from './helpers.js';

const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
const at = (day: number) => `2026-03-0${day}T10:00:00Z`;
const v1 = detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: 'Wiki', new_value: 'Team wiki' } } }, { pk: 'v1', created: at(2) });
const v2 = detailEvent('model_updated', { model: MODEL, diff: { slug: { previous_value: 'wiki', new_value: 'team-wiki' } } }, { pk: 'v2', created: at(3) });
const v3 = detailEvent('model_updated', { model: MODEL, diff: { enabled: { previous_value: true, new_value: false } } }, { pk: 'v3', created: at(4) });

async function compareOn(event: EventRecord, events: EventRecord[]): Promise<EvDetail> {
  const el = await fixture<EvDetail>(html`<ev-detail theme="light" .client=${createMemoryClient({ events })} .event=${event}></ev-detail>`);
  buttonOf(el, 'Compare versions of this object')!.click();
  for (let i = 0; i < 200 && $$(el, '[part="compare-select"]').length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  return el;
}

/** The live region of the nested diff that says its change count. */
function countRegion(diff: EvJsonDiff): Element | undefined {
  return [...diff.shadowRoot!.querySelectorAll('[role=status], [aria-live]')].find((r) => /\d+ changes?/.test(text(r)));
}

describe('<ev-detail> "Compare versions": another version chosen', () => {
  it('the new change count is announced by a live region that was there before', async () => {
    const el = await compareOn(v2, [v1, v2, v3]);
    const diff = $(el, '[part="compare-diff"]') as EvJsonDiff;
    await diff.updateComplete;
    const region = countRegion(diff);
    expect(region, 'a live region with the count').to.exist;
    expect(text(region)).to.equal('1 change');

    const to = $$(el, '[part="compare-select"]')[1] as HTMLSelectElement;
    // The newest version (after this one): v1 → v3 differs in two fields.
    const other = [...to.options].find((o) => text(o).startsWith('3/4/26'));
    expect(other, [...to.options].map((o) => text(o)).join(' / ')).to.exist;
    to.value = other!.value;
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await diff.updateComplete;
    expect(region!.isConnected, 'the same region').to.equal(true);
    expect(text(region)).to.equal('2 changes');
    await expect(el).to.be.accessible();
  });
});
