/**
 * Containers nested deeper than the diff's depth limit (64) are shown as one replaced value,
 * `{1 key}` → `{1 key}`. The row also says where below them the values first differ, so the user
 * does not have to open dozens of levels on both sides to find out; on hostile input (thousands
 * of levels, huge objects) the search is bounded and says when it gave up.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

async function diffOf(before: unknown, after: unknown, mode: string): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${before} .newValue=${after} mode=${mode}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

/** The text of the replaced row(s) and of their "first difference" notes. */
function replaced(el: EvJsonDiff): { rows: string[]; notes: string[] } {
  const root = el.shadowRoot!;
  return {
    rows: [...root.querySelectorAll('[part~=row-replace]')].map(text),
    notes: [...root.querySelectorAll('[part~=deep-difference]')].map(text),
  };
}

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff mode=${mode}> a change below the depth limit`, () => {
    it('the replaced row says where the values first differ, and both values', async () => {
      const el = await diffOf(nest(100, { a: [1, 2, { b: 1 }], z: true }), nest(100, { a: [1, 2, { b: 2 }], z: true }), mode);
      const { rows, notes } = replaced(el);
      expect(rows.length).to.equal(1);
      expect(notes.length, rows[0]).to.equal(1);
      expect(notes[0]).to.contain('First difference, 39 levels below');
      expect(notes[0]).to.contain('a[2].b');
      expect(notes[0]).to.contain('1 → 2');
      expect(rows[0], 'the note is part of the row').to.contain(notes[0]);
      await expect(el).to.be.accessible();
    });

    it('a key only one side has, with an awkward name and a long string value', async () => {
      const long = 'x'.repeat(5000);
      const el = await diffOf(nest(70, { same: 1 }), nest(70, { same: 1, 'odd key': long }), mode);
      const { notes } = replaced(el);
      expect(notes.length).to.equal(1);
      expect(notes[0]).to.contain('["odd key"]');
      expect(notes[0]).to.contain('added');
      expect(notes[0]!.length, 'long values are cut').to.be.below(400);
    });

    it('10,000 levels deep: the path is shortened, the level count and the values are given', async () => {
      const el = await diffOf(nest(10_000, 1), nest(10_000, 2), mode);
      const { notes } = replaced(el);
      expect(notes.length).to.equal(1);
      expect(notes[0]).to.contain('9,936 levels below');
      expect(notes[0]).to.contain('…');
      expect(notes[0]).to.contain('1 → 2');
      expect(notes[0]!.length, notes[0]).to.be.below(300);
      await expect(el).to.be.accessible();
    });

    it('a huge object below the limit: the search stops and says so', async function () {
      // A few passes over two objects of 100,000+ keys (each subtree is counted once, not at each
      // of the 64 levels the diff descends: see test/node/diff/diff-work.test.ts); generous for a
      // loaded 2-core CI runner.
      this.timeout(60_000);
      // The only difference is the last key, just past the search's 100,000 values.
      const size = 100_100;
      const wide = (last: number) => {
        const o: Record<string, unknown> = {};
        for (let i = 0; i < size; i++) o[`k${i}`] = i;
        o[`k${size - 1}`] = last;
        return nest(70, o);
      };
      const el = await diffOf(wide(1), wide(2), mode);
      const { notes } = replaced(el);
      expect(notes.length).to.equal(1);
      expect(notes[0]).to.contain('No difference found in the first 100,000 values compared');
      await expect(el).to.be.accessible();
    });
  });
}
