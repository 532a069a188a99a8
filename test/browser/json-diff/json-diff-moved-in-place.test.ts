/**
 * A reversed list: the item in the middle keeps its index. It is not "moved from [2] to [2]"
 * (a move that names the same place twice reads as nonsense); it stays with the unchanged
 * entries, and its own changes show as a change at its index.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: EvJsonDiff, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map(text);

async function diffOf(before: unknown, after: unknown, mode: string): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${before} .newValue=${after} mode=${mode}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

/** The moves said in the diff, as [from, to]. */
function moves(el: EvJsonDiff): Array<[number, number]> {
  return rows(el, '[part~=moved]').map((note) => {
    const [from, to] = [...note.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    return [from!, to!];
  });
}

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff mode=${mode}> an item that kept its index in a reordered list`, () => {
    it('plain values: every move names two different places; the middle item is not one', async () => {
      const el = await diffOf([1, 2, 3, 4, 5], [5, 4, 3, 2, 1], mode);
      const said = moves(el);
      expect(said.length, rows(el, '[part~=moved]').join(' / ')).to.be.above(0);
      for (const [from, to] of said) expect(from, `moved from [${from}] to [${to}]`).to.not.equal(to);
      expect(said.map(([, to]) => to)).to.not.include(2);
      await expect(el).to.be.accessible();
    });

    it('items matched by id: the one that kept its place and changed is a change at its index, not a move', async () => {
      const el = await diffOf(
        [{ id: 1, n: 'a' }, { id: 2, n: 'b' }, { id: 3, n: 'c' }],
        [{ id: 3, n: 'c' }, { id: 2, n: 'B' }, { id: 1, n: 'a' }],
        mode,
      );
      for (const [from, to] of moves(el)) expect(from, `moved from [${from}] to [${to}]`).to.not.equal(to);
      expect(moves(el).map(([, to]) => to)).to.not.include(1);
      expect(rows(el, '.row-replace .cell, .row-replace td').join(' / ')).to.contain('"b"');
      await expect(el).to.be.accessible();
    });
  });
}
