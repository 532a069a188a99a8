/**
 * Usernames that draw nothing, or look like another name, in <ev-detail> as in <ev-log>: a name
 * of only invisible characters reads "(invisible name: U+200B)" instead of a blank, and
 * "ad\u200Bmin" reads "ad⟨U+200B⟩min" (the mark set apart in a dotted box) instead of passing for
 * "admin": in the summary's User, its "on behalf of" / "authenticated as" badges, the per-action
 * fields (impersonator, the failed login's username) and the "Compare versions" pickers. Emoji
 * sequences and scripts that need joiners read as written. Copy and raw JSON keep the name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, detailOf, field, text } from './helpers.js';

const NAMES: Array<[string, string]> = [
  ['\u200B', '(invisible name: U+200B)'],
  ['\u2066\u2069', '(invisible name: U+2066 U+2069)'],
  ['ad\u200Bmin', 'ad⟨U+200B⟩min'],
  ['admin', 'admin'],
  ['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧'],
  ['می\u200Cخواهم', 'می\u200Cخواهم'],
];

const shownUser = (el: EvDetail) => text($(el, '[part="summary"] .username'));

describe('<ev-detail> usernames that draw nothing or look like another', () => {
  it('the summary’s User names what is there: "(invisible name: U+200B)", "ad⟨U+200B⟩min"; emoji and joining scripts as written', async () => {
    for (const [name, want] of NAMES) {
      const el = await detailOf(detailEvent('login', {}, { user: { pk: 3, username: name } }));
      expect(shownUser(el), JSON.stringify(name)).to.equal(want);
      el.remove();
    }
  });

  it('the mark is set apart in a dotted box (a name typed as "ad⟨U+200B⟩min" does not look the same)', async () => {
    const el = await detailOf(detailEvent('login', {}, { user: { pk: 3, username: 'ad\u200Bmin' } }));
    const mark = $(el, '[part="summary"] .username [part~="invisible-mark"]')!;
    expect(mark.textContent).to.equal('⟨U+200B⟩');
    expect(getComputedStyle(mark).borderTopStyle).to.equal('dotted');
    await expect(el).to.be.accessible();
    const plain = await detailOf(detailEvent('login', {}, { user: { pk: 3, username: 'ad⟨U+200B⟩min' } }));
    expect(shownUser(plain)).to.equal('ad⟨U+200B⟩min');
    expect($(plain, '[part="summary"] .username [part~="invisible-mark"]')).to.equal(null);
  });

  it('"on behalf of" and "authenticated as" name an invisible or look-alike name too', async () => {
    const el = await detailOf(
      detailEvent('login', {}, { user: { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: 'ad\u200Bmin' }, authenticated_as: { pk: 4, username: '\u200B' } } }),
    );
    const badges = $$(el, '[part="summary"] [part="badge"]').map((b) => text(b));
    expect(badges).to.include.members(['on behalf of ad⟨U+200B⟩min', 'authenticated as (invisible name: U+200B)']);
  });

  it('the impersonation and failed-login fields show the same', async () => {
    const imp = await detailOf(
      detailEvent('impersonation_started', { reason: 'x' }, { user: { pk: 1, username: 'ad\u200Bmin', on_behalf_of: { pk: 5, username: '\uFEFF' } } }),
    );
    expect(field(imp, 'Impersonator')).to.match(/^ad⟨U\+200B⟩min\b/);
    expect(field(imp, 'Impersonated user')).to.match(/^\(invisible name: U\+FEFF\)/);
    const failed = await detailOf(detailEvent('login_failed', { username: 'ad\u200Bmin' }));
    expect(field(failed, 'Username')).to.equal('ad⟨U+200B⟩min');
    const blank = await detailOf(detailEvent('login_failed', { username: '\u200B\u200B' }));
    expect(field(blank, 'Username')).to.equal('(invisible name: U+200B U+200B)');
    await expect(blank).to.be.accessible();
  });

  it('German: "(unsichtbarer Name: U+200B)"', async () => {
    await import('../../../src/i18n/locales/de.js');
    const el = await fixture<EvDetail>(html`<ev-detail lang="de" theme="light" .event=${detailEvent('login', {}, { user: { pk: 3, username: '\u200B' } })}></ev-detail>`);
    await el.updateComplete;
    expect(shownUser(el)).to.equal('(unsichtbarer Name: U+200B)');
  });

  it('"Compare versions" names each version’s user the same way', async () => {
    const MODEL = { pk: '42', app: 'authentik_core', model_name: 'application', name: 'Wiki' };
    const v1 = detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: 'a', new_value: 'b' } } }, { pk: 'i1', created: '2026-03-02T10:00:00Z', user: { pk: 7, username: 'ad\u200Bmin' } });
    const v2 = detailEvent('model_updated', { model: MODEL, diff: { name: { previous_value: 'b', new_value: 'c' } } }, { pk: 'i2', created: '2026-03-03T10:00:00Z', user: { pk: 8, username: '\u200B' } });
    const el = await fixture<EvDetail>(html`<ev-detail lang="en" theme="light" .client=${createMemoryClient({ events: [v1, v2] })} .event=${v2}></ev-detail>`);
    buttonOf(el, 'Compare versions of this object')!.click();
    for (let i = 0; i < 200 && $$(el, '[part="compare-select"]').length === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    }
    const options = [...($$(el, '[part="compare-select"]')[0] as HTMLSelectElement).options].map((o) => text(o));
    expect(options.some((o) => o.endsWith(' · ad⟨U+200B⟩min')), JSON.stringify(options)).to.equal(true);
    expect(options.some((o) => o.endsWith(' · (invisible name: U+200B) (this event)')), JSON.stringify(options)).to.equal(true);
  });

  it('raw JSON and its copy keep the name as it is', async () => {
    const event: EventRecord = detailEvent('login', {}, { user: { pk: 3, username: 'ad\u200Bmin' } });
    const el = await detailOf(event);
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const raw = $(el, '[part="raw-json"]')!.textContent!;
    expect(raw).to.contain('"ad\u200Bmin"');
    expect(raw).to.not.contain('U+200B');
    const original = navigator.clipboard.writeText;
    let copied = '';
    navigator.clipboard.writeText = async (t: string) => {
      copied = t;
    };
    try {
      buttonOf(el, 'Copy JSON')!.click();
      for (let i = 0; i < 100 && copied === ''; i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.contain('"ad\u200Bmin"');
    expect(copied).to.not.contain('U+200B');
  });
});
