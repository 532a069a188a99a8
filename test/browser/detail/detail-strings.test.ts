import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import type { DeepPartial, Translation } from '../../../src/i18n/translation.js';
import { detailEvent, modelUpdatedEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, text, until } from './helpers.js';

/** One element's own strings (`.strings`), as a page translating a single detail would set them. */
const STRINGS: DeepPartial<Translation> = {
  jsonDiff: {
    changes: (n: number) => `${n} Änderung(en)`,
    unchanged: (n: number) => `${n} unveränderte Einträge`,
    before: 'Vorher',
    after: 'Nachher',
    inline: 'Eingebettet',
    sideBySide: 'Nebeneinander',
    showAll: 'Alles zeigen',
  },
};

const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
const version = (pk: string, day: number, diff: EventRecord['context']) =>
  detailEvent('model_updated', { model: MODEL, diff }, { pk, created: `2026-03-0${day}T10:00:00Z` });

describe('<ev-detail> with its own .strings', () => {
  it('the nested diffs of the change table speak them too', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail theme="light" .strings=${STRINGS} .event=${modelUpdatedEvent()}></ev-detail>`);
    await el.updateComplete;
    const nested = $(el, '[part="changes-table"] ev-json-diff') as EvJsonDiff;
    await nested.updateComplete;
    const counts = [...nested.shadowRoot!.querySelectorAll('[part="change-count"]')].map(text);
    expect(counts.length).to.be.greaterThan(0);
    for (const count of counts) expect(count).to.match(/^\d+ Änderung\(en\)$/);
    expect(text(nested.shadowRoot)).to.contain('unveränderte Einträge');
    expect(text(nested.shadowRoot)).not.to.match(/\bchanges?\b|unchanged/);
  });

  it('so does the diff of "Compare versions"', async () => {
    const events = [
      version('v1', 1, { name: { previous_value: 'Wiki', new_value: 'Team wiki' } }),
      version('v2', 2, { slug: { previous_value: 'wiki', new_value: 'team-wiki' } }),
    ];
    const client = createMemoryClient({ events });
    const el = await fixture<EvDetail>(html`<ev-detail theme="light" .strings=${STRINGS} .client=${client} .event=${events[1]}></ev-detail>`);
    buttonOf(el, 'Compare versions of this object')!.click();
    await until(el, 'ready');
    let diff: EvJsonDiff | null = null;
    for (let i = 0; i < 100 && !diff; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      diff = $(el, '[part="compare-diff"]') as EvJsonDiff | null;
    }
    await diff!.updateComplete;
    expect(text(diff!.shadowRoot!.querySelector('[part="summary"]'))).to.equal('1 Änderung(en)');
    expect($$(diff!, '[part="layout-button"]').map(text)).to.deep.equal(['Eingebettet', 'Nebeneinander']);
    expect(text(diff!.shadowRoot!.querySelector('[part="show-all-button"]'))).to.equal('Alles zeigen');
    await expect(el).to.be.accessible();
  });
});
