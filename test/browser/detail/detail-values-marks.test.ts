/**
 * <ev-detail>'s values name what is there, as its header and summary do: an object "Team\u200Bwiki"
 * reads "Team⟨U+200B⟩wiki" (the mark set apart in a dotted box), not "Teamwiki"; so do its app,
 * model name and pk, scope and list chips, plain text fields, e-mail addresses, a user's pk, the
 * HTTP request's method and path, and a link's text. A value with nothing visible reads
 * "(invisible value: U+200B)" (a name: "(invisible name: U+200B)"). Visible values, Persian with
 * ZWNJ and a value that spells a mark out read as written, without a box; no hidden character is
 * left in what is shown. The link's address, the copied ID and the raw JSON keep the values as
 * they are.
 */
import { expect } from '@open-wc/testing';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { safeUrl } from '../../../src/format/url.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, copiedBy, detailOf, field, text } from './helpers.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const PERSIAN = 'می\u200Cخواهم';
const marks = (node: Element | null | undefined) => [...(node?.querySelectorAll<HTMLElement>('[part~="invisible-mark"]') ?? [])].map((m) => m.textContent);
/** The value cell of the field labelled `label`. */
const cell = (el: EvDetail, label: string) => $$(el, '.field').find((f) => text(f.querySelector('dt')) === label)?.querySelector('dd');
const dotted = (node: Element | null | undefined) => getComputedStyle(node!.querySelector('[part~="invisible-mark"]')!).borderTopStyle;

const MODEL = { app: 'authentik_co\u200Bre', model_name: 'appli\u2060cation', name: 'Team\u200Bwiki', pk: 'c2a1\u202E42' };
const HTTP = { method: 'PA\u200BTCH', path: '/api/v3/\u202Eevil/', args: { format: 'js\u200Bon' } };

describe('<ev-detail> values that look like another', () => {
  it('an object’s name, app, model name and pk show their marks in a dotted box; so do the request’s method and path', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('model_updated', { model: MODEL, http_request: HTTP }), { theme });
      expect(field(el, 'Object'), theme).to.equal('Team⟨U+200B⟩wiki (authentik_co⟨U+200B⟩re.appli⟨U+2060⟩cation · c2a1⟨U+202E⟩42)');
      expect(marks(cell(el, 'Object'))).to.deep.equal(['⟨U+200B⟩', '⟨U+200B⟩', '⟨U+2060⟩', '⟨U+202E⟩']);
      expect(dotted(cell(el, 'Object'))).to.equal('dotted');
      expect(field(el, 'Request')).to.equal('PA⟨U+200B⟩TCH /api/v3/⟨U+202E⟩evil/?format=js⟨U+200B⟩on');
      expect(marks(cell(el, 'Request'))).to.deep.equal(['⟨U+200B⟩', '⟨U+202E⟩', '⟨U+200B⟩']);
      for (const label of ['Object', 'Request']) expect(HIDDEN.test(cell(el, label)!.textContent!), label).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });

  it('scope chips, plain text and a user’s e-mail and pk show their marks; a value with nothing visible is named by its code points', async () => {
    const user = { pk: 'p\u200Bk', username: 'bob', email: 'b\u200Bob@example.com', authenticated_as: { pk: '\u200B7' } };
    const context = { authorized_application: { ...MODEL, name: '\u200B' }, scopes: 'openid pro\u200Bfile', flow: '\u2066\u2069' };
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('authorize_application', context, { user: user as never }), { theme });
      expect(field(el, 'Application'), theme).to.equal('(invisible name: U+200B) (authentik_co⟨U+200B⟩re.appli⟨U+2060⟩cation · c2a1⟨U+202E⟩42)');
      const chips = $$(el, '[part="chip"]');
      expect(chips.map((c) => text(c))).to.deep.equal(['openid', 'pro⟨U+200B⟩file']);
      expect(chips.map((c) => marks(c))).to.deep.equal([[], ['⟨U+200B⟩']]);
      expect(dotted(chips[1])).to.equal('dotted');
      expect(field(el, 'Flow')).to.equal('(invisible value: U+2066 U+2069)');
      expect(marks(cell(el, 'Flow'))).to.deep.equal(['(invisible value: U+2066 U+2069)']);
      const who = $(el, '[part="summary"] [part="user"]')!;
      expect(text(who)).to.equal('bob <b⟨U+200B⟩ob@example.com> #p⟨U+200B⟩k authenticated as ⟨U+200B⟩7');
      expect(marks(who)).to.deep.equal(['⟨U+200B⟩', '⟨U+200B⟩', '⟨U+200B⟩']);
      for (const node of [who, cell(el, 'Application')!, cell(el, 'Scopes')!, cell(el, 'Flow')!]) expect(HIDDEN.test(node.textContent!)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });

  it('e-mail lists and text fields of a sent mail show their marks', async () => {
    const el = await detailOf(detailEvent('email_sent', { subject: 'Re\u202Eset', to_email: ['al\u200Bice@example.com', 'bob@example.com', 3], from_email: 'no\u200Dreply@example.com' }));
    expect(field(el, 'Subject')).to.equal('Re⟨U+202E⟩set');
    expect($$(el, '[part="chip"]').map((c) => text(c))).to.deep.equal(['al⟨U+200B⟩ice@example.com', 'bob@example.com', '3']);
    expect(field(el, 'From')).to.equal('no⟨U+200D⟩reply@example.com');
    for (const label of ['Subject', 'To', 'From']) {
      expect(marks(cell(el, label)).length, label).to.equal(1);
      expect(HIDDEN.test(cell(el, label)!.textContent!), label).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('visible values, Persian with ZWNJ and a value that spells a mark out read as written, without a box', async () => {
    const el = await detailOf(
      detailEvent('authorize_application', {
        authorized_application: { app: 'authentik_core', model_name: 'application', name: PERSIAN, pk: 42 },
        scopes: ['openid', 'pro⟨U+200B⟩file'],
        flow: 'default-authorization-flow',
      }),
    );
    expect(field(el, 'Application')).to.equal(`${PERSIAN} (authentik_core.application · 42)`);
    expect($$(el, '[part="chip"]').map((c) => text(c))).to.deep.equal(['openid', 'pro⟨U+200B⟩file']);
    expect(field(el, 'Flow')).to.equal('default-authorization-flow');
    expect(field(el, 'User')).to.equal('akadmin <admin@example.com> #1');
    expect(marks($(el, 'article'))).to.deep.equal([]);
  });

  it('a link shows its marks in its text (its name) and goes to the address as it is, through safeUrl', async () => {
    const url = 'https://example.com/rel\u200Beases/\u202E2026';
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('update_available', { new_version: '2026.\u200B11', changelog: url }), { theme });
      const a = $(el, '[part="link"]') as HTMLAnchorElement;
      expect(a.hasAttribute('aria-label')).to.equal(false);
      expect(text(a), theme).to.equal('https://example.com/rel⟨U+200B⟩eases/⟨U+202E⟩2026 (opens in a new tab)');
      expect(marks(a)).to.deep.equal(['⟨U+200B⟩', '⟨U+202E⟩']);
      expect(a.getAttribute('href')).to.equal(safeUrl(url));
      expect(a.getAttribute('href')).to.equal(url);
      expect(field(el, 'New version')).to.equal('2026.⟨U+200B⟩11');
      expect(HIDDEN.test(a.textContent!) || HIDDEN.test(cell(el, 'New version')!.textContent!)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
    const unsafe = await detailOf(detailEvent('update_available', { changelog: 'javascript:alert(\u200B1)' }));
    expect($(unsafe, '[part="link"]') === null, 'no link').to.equal(true);
    expect(field(unsafe, 'Release notes')).to.equal('javascript:alert(⟨U+200B⟩1)');
  });

  it('copying the ID and the raw JSON keep the values as they are', async () => {
    const context = { model: MODEL, http_request: HTTP };
    const el = await detailOf(detailEvent('model_updated', context, { pk: 'pk-\u2060x', user: { pk: 1, username: 'bob', email: 'b\u200Bob@example.com' } }));
    const copied = await copiedBy($(el, '[part="copy-button"]')!);
    expect(copied).to.deep.equal(['pk-\u2060x']);
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const raw = $(el, '[part="raw-json"]')!.textContent!;
    for (const value of [...Object.values(MODEL), HTTP.method, HTTP.path, HTTP.args.format, 'b\u200Bob@example.com']) expect(raw).to.contain(JSON.stringify(value));
    expect(raw).to.not.contain('U+');
  });
});
