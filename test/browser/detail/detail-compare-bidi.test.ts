/**
 * The version pickers of "Compare versions" name each version by its time and user. An option is
 * plain text: a user name with bidi controls of its own (a stray pop-isolate, then a right-to-left
 * override) would reverse what follows it, "(this event)". The controls are shown as marks
 * (`⟨U+202E⟩`), and any control left is closed inside an isolate, so the rest of the option reads
 * as written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, buttonOf, text } from './helpers.js';

const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
const user = (username: string) => ({ pk: 7, username, email: '' });
const v1 = detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: 'Wiki', new_value: 'Team wiki' } } }, { pk: 'v1', created: '2026-03-02T10:00:00Z', user: user('plain') });
const v2 = detailEvent('model_updated', { model: MODEL, diff: { slug: { previous_value: 'wiki', new_value: 'team-wiki' } } }, { pk: 'v2', created: '2026-03-03T10:00:00Z', user: user('mallory\u2069\u202E') });

async function compareOn(event: EventRecord, events: EventRecord[]): Promise<EvDetail> {
  const el = await fixture<EvDetail>(html`<ev-detail lang="en" theme="light" .client=${createMemoryClient({ events })} .event=${event}></ev-detail>`);
  buttonOf(el, 'Compare versions of this object')!.click();
  for (let i = 0; i < 200 && $$(el, '[part="compare-select"]').length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  return el;
}

describe('<ev-detail> "Compare versions": user names with bidi controls', () => {
  it('each user’s bidi controls are shown as marks: "(this event)" after it is not overridden', async () => {
    const el = await compareOn(v2, [v1, v2]);
    const options = [...($$(el, '[part="compare-select"]')[0] as HTMLSelectElement).options].map((o) => text(o));
    const mine = options.find((o) => o.includes('mallory'))!;
    // The controls are shown as marks (see detail-invisible-user.test.ts): nothing is left to reverse what follows.
    expect(mine.endsWith(' · mallory⟨U+2069⟩⟨U+202E⟩ (this event)'), JSON.stringify(mine)).to.equal(true);
    // A name without controls is shown as it is.
    expect(options.find((o) => o.includes('plain'))!.endsWith(' · plain'), JSON.stringify(options)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
