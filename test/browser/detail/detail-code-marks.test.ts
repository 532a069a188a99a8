/**
 * Trojan-Source-style spoofing in <ev-detail>: a bidi override in policy code, a message, a
 * reason, or in a changed value would make the audit trail lie (the override turns the rest of
 * the line around, the zero-width space hides). Multi-line text (expression, message, body,
 * reason) shows what draws nothing as a mark in a dotted box (`⟨U+202E⟩`), so the code reads in
 * the order it is stored; the Changes table and the "Other context" tree show string values as
 * quoted JSON, hidden characters as their escapes (`"admin\u202E"`). Persian with ZWNJ reads as
 * written; Copy JSON copies the values as they are.
 */
import { expect } from '@open-wc/testing';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, copiedBy, detailOf } from './helpers.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const PERSIAN = 'می\u200Cخواهم';
const marks = (node: Element | null | undefined) => [...(node?.querySelectorAll<HTMLElement>('[part~="invisible-mark"]') ?? [])].map((m) => m.textContent);
const cell = (el: EvDetail, label: string) => $$(el, '.field').find((f) => f.querySelector('dt')?.textContent?.trim() === label)?.querySelector('dd');
/** What a reader sees of a node (without the screen-reader cues). */
function seen(node: Element): string {
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden, .elided').forEach((n) => n.remove());
  return copy.textContent ?? '';
}

/** The classic: the comment seems to end the line, the return is really inside the string. */
const EXPRESSION = 'access = "user\u202E \u2066# admins only\u2069 \u2066"\nif access != "user":\n    return True\nreturn False';


describe('<ev-detail> code and text that hide characters', () => {
  it('a policy expression shows its overrides and isolates as marks, each line in the order it is stored', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('policy_exception', { expression: EXPRESSION, message: 'boom' }), { theme });
      const pre = cell(el, 'Expression')!.querySelector('[part~="pre"]')!;
      expect(pre.textContent, theme).to.equal('access = "user⟨U+202E⟩ ⟨U+2066⟩# admins only⟨U+2069⟩ ⟨U+2066⟩"\nif access != "user":\n    return True\nreturn False');
      expect(marks(pre)).to.deep.equal(['⟨U+202E⟩', '⟨U+2066⟩', '⟨U+2069⟩', '⟨U+2066⟩']);
      expect(getComputedStyle(pre.querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
      expect(HIDDEN.test(pre.textContent!)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });

  it('a configuration message, a mail body and an impersonation reason show their marks; Persian with ZWNJ reads as written', async () => {
    const mail = await detailOf(detailEvent('email_sent', { subject: 's', message: `Hi ${PERSIAN}`, body: 'Click\u200B here\n\u202Etxt.exe' }));
    expect(cell(mail, 'Message')!.textContent!.trim()).to.equal(`Hi ${PERSIAN}`);
    expect(marks(cell(mail, 'Message'))).to.deep.equal([]);
    expect(cell(mail, 'Body')!.querySelector('[part~="pre"]')!.textContent).to.equal('Click⟨U+200B⟩ here\n⟨U+202E⟩txt.exe');
    await expect(mail).to.be.accessible();
    for (const [action, key, label] of [
      ['configuration_error', 'message', 'Message'],
      ['impersonation_started', 'reason', 'Reason'],
    ] as const) {
      const el = await detailOf(detailEvent(action, { [key]: 'ok\u202Edone' }), { theme: 'dark' });
      const pre = cell(el, label)!.querySelector('[part~="pre"]')!;
      expect(pre.textContent, action).to.equal('ok⟨U+202E⟩done');
      expect(marks(pre)).to.deep.equal(['⟨U+202E⟩']);
      await expect(el).to.be.accessible();
    }
  });

  it('the Changes table and the Other context tree show hidden characters of string values as JSON escapes; Copy JSON copies them as they are', async () => {
    const long = 'Members of this group may approve access requests for ';
    const context = {
      model: { app: 'authentik_core', model_name: 'group', name: 'staff', pk: 1 },
      diff: {
        name: { previous_value: 'admin', new_value: 'admin\u202E' },
        description: { previous_value: `${long}admin`, new_value: `${long}admin\u202E, ro\u200Bot` },
        attributes: { previous_value: { owner: 'alice' }, new_value: { owner: 'alice\u2066' } },
      },
      extra: { who: 'ro\u200Bot' },
    };
    for (const theme of ['light', 'dark']) {
      const el = await detailOf(detailEvent('model_updated', context), { theme });
      const table = $(el, '[part~="changes-table"]')!;
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(seen(rows[0]!.querySelector('[part~="changes-new"]')!).trim(), theme).to.equal('"admin\\u202E"');
      const inserted = [...rows[1]!.querySelectorAll('[part~="inserted-text"]')];
      expect(inserted.flatMap((i) => marks(i))).to.deep.equal(['\\u202E', '\\u200B']);
      expect(marks(table)).to.deep.equal(['\\u202E', '\\u202E', '\\u200B']);
      expect(HIDDEN.test(table.textContent!)).to.equal(false);
      const nested = table.querySelector('ev-json-diff')!;
      await nested.updateComplete;
      expect(marks(nested.shadowRoot!.querySelector('[part~="rows"]'))).to.deep.equal(['\\u2066']);
      expect(HIDDEN.test(nested.shadowRoot!.querySelector('[part~="rows"]')!.textContent!)).to.equal(false);
      const other = $(el, '[part~="other-context"]')!;
      for (const toggle of other.querySelectorAll<HTMLElement>('[part~="toggle"][aria-expanded="false"]')) toggle.click();
      await el.updateComplete;
      expect(marks(other)).to.deep.equal(['\\u200B']);
      expect(other.textContent).to.contain('"ro\\u200Bot"');
      expect(HIDDEN.test(other.textContent!)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
    const el = await detailOf(detailEvent('model_updated', context));
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const [json] = await copiedBy(buttonOf(el, 'Copy JSON')!);
    expect(JSON.parse(json!).context.diff).to.deep.equal(context.diff);
    expect(JSON.parse(json!).context.extra).to.deep.equal(context.extra);
  });
});
