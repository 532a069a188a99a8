/**
 * Object keys that hide characters next to visible ones (Trojan-Source-style: `"a\u202Eb"` shows
 * as "ab" turned around, `"is_\u200Bsuperuser"` as "is_superuser", so the audit trail names a
 * field that was not changed). Keys are shown as string values are: what draws nothing as its
 * JSON escape in a dotted box (`is_\u200Bsuperuser`), in diff rows, in value trees and in the
 * "First difference" note below the depth limit, whose values are marked too. Keys that differ
 * only by such a character are told apart; Persian with ZWNJ and emoji sequences read as written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const PERSIAN = 'نام\u200Cکاربر';
const $$ = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const marks = (node: Element) => $$(node, '[part~="invisible-mark"]').map((m) => m.textContent);
const keys = (el: EvJsonDiff) => [...new Set($$(el.shadowRoot!, '[part~="key"]').map((k) => text(k)))];

async function diffOf(oldValue: unknown, newValue: unknown, mode = 'inline', theme = 'light'): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${oldValue} .newValue=${newValue} mode=${mode} theme=${theme}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

/** `{ level: { level: … leaf } }`, `depth` levels above `leaf` (below the diff's depth limit). */
function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff mode=${mode}> keys that hide characters`, () => {
    it('show their bidi override and zero-width space as JSON escapes in a dotted box, with no raw hidden character', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await diffOf({ 'a\u202Eb': 1, 'is_\u200Bsuperuser': false, name: 'x' }, { 'a\u202Eb': 2, 'is_\u200Bsuperuser': true, name: 'y' }, mode, theme);
        expect(keys(el), theme).to.deep.equal(['a\\u202Eb', 'is_\\u200Bsuperuser', 'name']);
        const keyMarks = $$(el.shadowRoot!, '[part~="key"]').flatMap((k) => marks(k));
        expect([...new Set(keyMarks)]).to.deep.equal(['\\u202E', '\\u200B']);
        const mark = el.shadowRoot!.querySelector('[part~="key"] [part~="invisible-mark"]')!;
        expect(getComputedStyle(mark).borderTopStyle).to.equal('dotted');
        expect(HIDDEN.test($$(el.shadowRoot!, '[part~="rows"]')[0]!.textContent!)).to.equal(false);
        await expect(el, theme).to.be.accessible();
        el.remove();
      }
    });

    it('a key that differs from another only by a zero-width space is told apart from it', async () => {
      const el = await diffOf({ admin: 1, 'ad\u200Bmin': 1 }, { admin: 2, 'ad\u200Bmin': 3 }, mode);
      expect(keys(el)).to.deep.equal(['admin', 'ad\\u200Bmin']);
    });

    it('an added object’s tree shows the marks of its keys', async () => {
      const el = await diffOf({ a: 1 }, { a: 1, added: { 'ro\u200Bot': { 'x\u2066y': 1 } } }, mode);
      const rows = $$(el.shadowRoot!, '[part~="rows"]')[0]!;
      for (let i = 0; i < 3; i++) {
        for (const toggle of $$(rows, '[part~="toggle"][aria-expanded="false"]')) toggle.click();
        await el.updateComplete;
      }
      expect(keys(el)).to.include.members(['ro\\u200Bot', 'x\\u2066y']);
      expect(HIDDEN.test(rows.textContent!)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('Persian with ZWNJ and an emoji sequence in a key read as written, without a box', async () => {
      const el = await diffOf({ [PERSIAN]: 1, '👩\u200D💻': 1 }, { [PERSIAN]: 2, '👩\u200D💻': 2 }, mode);
      expect(keys(el)).to.deep.equal([PERSIAN, '👩\u200D💻']);
      expect(marks(el.shadowRoot!.querySelector('[part~="rows"]')!)).to.deep.equal([]);
    });
  });
}

describe('<ev-json-diff> the "First difference" note below the depth limit', () => {
  it('marks the hidden characters of the keys in its path and of the values it names', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await diffOf(nest(70, { 'a\u202Eb': 'x' }), nest(70, { 'a\u202Eb': 'x\u200B', 'is_\u200Bsuperuser': true }), 'inline', theme);
      const note = el.shadowRoot!.querySelector<HTMLElement>('[part~="deep-difference"]')!;
      expect(text(note), theme).to.contain('["a\\u202Eb"]: "x" → "x\\u200B"');
      expect(marks(note)).to.deep.equal(['\\u202E', '\\u200B']);
      expect(HIDDEN.test(note.textContent!)).to.equal(false);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });

  it('marks an added key’s value and keeps Persian as written', async () => {
    const el = await diffOf(nest(70, { a: 1 }), nest(70, { a: 1, [PERSIAN]: 'ro\u200Bot' }));
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part~="deep-difference"]')!;
    expect(text(note)).to.contain(`["${PERSIAN}"]: added "ro\\u200Bot"`);
    expect(marks(note)).to.deep.equal(['\\u200B']);
    expect(HIDDEN.test(note.textContent!)).to.equal(false);
  });
});
