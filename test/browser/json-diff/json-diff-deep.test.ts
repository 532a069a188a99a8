/**
 * A change deep in nested objects: each level indents, but never so far that the values are
 * pushed out of the element (or squeezed to nothing) in a narrow card.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

for (const mode of ['inline', 'side-by-side'] as const) {
  for (const width of [600, 320]) {
    describe(`<ev-json-diff mode=${mode}> ${width} px wide, a change 40 levels deep`, () => {
      it('the old and the new value are inside the element, each with at least a third of its column; the levels still indent', async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
          <ev-json-diff .oldValue=${nest(40, 'before')} .newValue=${nest(40, 'after')} mode=${mode}></ev-json-diff>
        </div>`);
        const el = wrapper.querySelector<EvJsonDiff>('ev-json-diff')!;
        await el.updateComplete;
        const host = el.getBoundingClientRect();
        expect(host.width).to.equal(width);
        const values = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=value-string]')];
        expect(values.map((v) => v.textContent)).to.deep.equal(['"before"', '"after"']);
        const column = mode === 'inline' ? width : width / 2;
        for (const value of values) {
          const box = value.getBoundingClientRect();
          expect(box.left, `${value.textContent} starts at ${box.left}`).to.be.at.least(host.left);
          expect(box.right, `${value.textContent} ends at ${box.right}, the element at ${host.right}`).to.be.at.most(host.right + 0.5);
          const columnEnd = mode === 'side-by-side' && value.closest('td.before') ? host.left + column : host.right;
          // Inline, the new value follows the old one on its line (or wraps under it).
          if (mode === 'inline' && value !== values[0]) continue;
          expect(columnEnd - box.left, `${value.textContent} has ${columnEnd - box.left} px of its ${column} px column`).to.be.at.least(column / 3);
        }
        // Indentation still shows the nesting near the top.
        const toggles = [...el.shadowRoot!.querySelectorAll<HTMLElement>(mode === 'inline' ? '[part~=row] button.toggle' : 'td.before button.toggle')];
        const lefts = toggles.slice(0, 3).map((t) => t.getBoundingClientRect().left);
        expect(lefts[1]! - lefts[0]!, 'level 2 indents').to.be.above(8);
        expect(lefts[2]! - lefts[1]!, 'level 3 indents').to.be.above(8);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
      });
    });
  }
}
