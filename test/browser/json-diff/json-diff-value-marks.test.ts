/**
 * String values that hide characters (Trojan-Source-style: a bidi override in a changed value
 * makes the audit trail lie). A value is shown as a quoted JSON string, so what draws nothing is
 * shown as its JSON escape in a dotted box (`"admin\u202E"`), as the log's Context JSON does: no
 * raw override or zero-width character is left in what is shown, and the text diff still shows
 * which characters changed ("…admin" → "…admin\u202E…" is an inserted mark). Persian with ZWNJ
 * reads as written; a value that spells an escape out is no mark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const PERSIAN = 'می\u200Cخواهم';
const $$ = (el: EvJsonDiff, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);
/** What a reader sees of a node (without the screen-reader cues). */
function seen(node: Element): string {
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden, .elided').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function diffOf(oldValue: unknown, newValue: unknown, mode: string, theme = 'light'): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${oldValue} .newValue=${newValue} mode=${mode} theme=${theme}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

const LONG = 'Members of this group may approve access requests for ';

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff mode=${mode}> string values that hide characters`, () => {
    it('a replaced value shows its bidi override and zero-width space as JSON escapes in a dotted box', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await diffOf({ role: 'admin', tag: 'a', same: 'x' }, { role: 'admin\u202E', tag: 'b\u200Bc', same: 'x' }, mode, theme);
        const strings = $$(el, '[part~="value-string"]');
        expect(strings.map((s) => text(s)), theme).to.deep.equal(mode === 'inline' ? ['"admin"', '"admin\\u202E"', '"a"', '"b\\u200Bc"'] : ['"admin"', '"admin\\u202E"', '"a"', '"b\\u200Bc"']);
        const all = $$(el, '[part~="rows"]')[0]!;
        expect(marks(all)).to.deep.equal(['\\u202E', '\\u200B']);
        expect(getComputedStyle(all.querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
        expect(HIDDEN.test(all.textContent!)).to.equal(false);
        await expect(el, theme).to.be.accessible();
        el.remove();
      }
    });

    it('a text diff shows the inserted override as an inserted mark, and no raw override', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await diffOf({ note: `${LONG}admin` }, { note: `${LONG}admin\u202E, ro\u200Bot` }, mode, theme);
        const inserted = $$(el, '[part~="inserted-text"]');
        expect(inserted.length, theme).to.be.greaterThan(0);
        expect(inserted.flatMap((i) => marks(i))).to.deep.equal(['\\u202E', '\\u200B']);
        expect(inserted.map((i) => seen(i)).join('')).to.equal('\\u202E, ro\\u200Bot');
        const values = $$(el, '.v-text');
        expect(seen(values[values.length - 1]!)).to.equal(`"${LONG}admin\\u202E, ro\\u200Bot"`);
        expect(HIDDEN.test($$(el, '[part~="rows"]')[0]!.textContent!)).to.equal(false);
        await expect(el, theme).to.be.accessible();
        el.remove();
      }
    });

    it('a removed override in a text diff is a deleted mark; a value tree (added object) shows marks too', async () => {
      const el = await diffOf({ note: `${LONG}\u2066admin\u2069` }, { note: `${LONG}admin`, added: { who: 'ro\u200Bot' } }, mode);
      const deleted = $$(el, '[part~="deleted-text"]');
      expect(deleted.flatMap((d) => marks(d))).to.deep.equal(['\\u2066', '\\u2069']);
      const rows = $$(el, '[part~="rows"]')[0]!;
      for (const toggle of $$(el, '[part~="toggle"][aria-expanded="false"]')) toggle.click();
      await el.updateComplete;
      expect(marks(rows)).to.include('\\u200B');
      expect(HIDDEN.test(rows.textContent!)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('Persian with ZWNJ, an emoji sequence and a value that spells an escape out read as written, without a box', async () => {
      const el = await diffOf({ a: 'x', b: 'y', c: 'z' }, { a: PERSIAN, b: '👩\u200D💻', c: 'admin\\u202E' }, mode);
      const rows = $$(el, '[part~="rows"]')[0]!;
      expect(marks(rows)).to.deep.equal([]);
      expect(rows.textContent).to.contain(`"${PERSIAN}"`);
      expect(rows.textContent).to.contain('"👩\u200D💻"');
      expect(rows.textContent).to.contain('"admin\\u202E"');
    });
  });
}
