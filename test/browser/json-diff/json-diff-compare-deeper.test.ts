/**
 * Below the diff's depth limit (64 levels) two containers are shown as one replaced value with a
 * "First difference …" note. "Compare from here" diffs them with a fresh depth budget: the row
 * becomes an open container with every change below it (not just the first), reachable and
 * named for keyboard and screen-reader users, and bounded on hostile input (10,000 levels: one
 * more window of 64 levels per press; huge objects: computed in slices, "Comparing…" meanwhile).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import '../../../src/i18n/locales/de.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { level: value };
  return value;
}

async function diffOf(before: unknown, after: unknown, mode: string, lang = 'en'): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${before} .newValue=${after} mode=${mode} lang=${lang}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

const deeperButtons = (el: EvJsonDiff) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~=deeper-button]')];
const rowsOf = (el: EvJsonDiff, part: string) => [...el.shadowRoot!.querySelectorAll(`[part~=${part}]`)].map(text);

/** Focuses the only "Compare from here" button and presses Enter, as a keyboard user does. */
async function compareDeeper(el: EvJsonDiff): Promise<void> {
  const buttons = deeperButtons(el);
  expect(buttons.length, 'one "Compare from here" button').to.equal(1);
  buttons[0]!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

for (const mode of ['inline', 'side-by-side'] as const) {
  describe(`<ev-json-diff mode=${mode}> compare from below the depth limit`, function () {
    // Huge values are compared in slices: slow on a loaded machine, never stuck.
    this.timeout(60_000);
    it('shows every change below the replaced row, and focus lands on the now open row', async () => {
      const before = nest(100, { a: [1, 2, { b: 1 }], z: true, gone: 'x' });
      const after = nest(100, { a: [1, 2, { b: 2 }], z: true, fresh: 'y' });
      const el = await diffOf(before, after, mode);
      const button = deeperButtons(el)[0];
      expect(button, 'the replaced row offers to compare further').to.exist;
      expect(text(button)).to.contain('Compare from here');
      expect(text(button), 'its name says which value').to.contain('level');
      expect(text(el.shadowRoot!.querySelector('[part~=row-replace]'))).to.contain(text(button));
      await expect(el).to.be.accessible();

      await compareDeeper(el);
      const replaced = rowsOf(el, 'row-replace');
      expect(replaced.length, replaced.join('\n')).to.equal(1);
      expect(replaced[0]).to.match(/b:.*1.*2/);
      expect(rowsOf(el, 'row-removed').join(' ')).to.contain('gone');
      expect(rowsOf(el, 'row-added').join(' ')).to.contain('fresh');
      expect(deeperButtons(el), 'nothing left to compare').to.have.length(0);

      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(active?.getAttribute('part'), 'focus stays in the row (its toggle)').to.equal('toggle');
      expect(active!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(active), 'the toggle names the key and the changes below').to.match(/level.*3 changes/);
      await expect(el).to.be.accessible();

      // The opened row closes and opens like any container.
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(rowsOf(el, 'row-replace')).to.have.length(0);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(rowsOf(el, 'row-replace')).to.have.length(1);
    });

    it('10,000 levels deep: each press compares one more window, the last shows the values', async () => {
      const el = await diffOf(nest(200, 1), nest(200, 2), mode);
      await compareDeeper(el);
      // 64 + 64 levels now: the next window's row has its own note and button.
      expect(rowsOf(el, 'deep-difference')[0]).to.contain('72 levels below');
      await compareDeeper(el);
      await compareDeeper(el);
      expect(deeperButtons(el)).to.have.length(0);
      const replaced = rowsOf(el, 'row-replace');
      expect(replaced.length).to.equal(1);
      expect(replaced[0]).to.match(/level:.*1.*2/);

      const hostile = await diffOf(nest(10_000, 1), nest(10_000, 2), mode);
      await compareDeeper(hostile);
      expect(rowsOf(hostile, 'deep-difference')[0]).to.contain('9,872 levels below');
      await expect(hostile).to.be.accessible();
    });

    it('a huge object (60,000 values) below the limit is compared in slices and shows its one change', async () => {
      const wide = (last: number) => {
        const o: Record<string, unknown> = {};
        for (let i = 0; i < 30_000; i++) o[`k${i}`] = i;
        o.k29999 = last;
        return nest(70, o);
      };
      const el = await diffOf(wide(1), wide(2), mode);
      await compareDeeper(el);
      const replaced = rowsOf(el, 'row-replace');
      expect(replaced.length, replaced.join('\n')).to.equal(1);
      expect(replaced[0]).to.contain('k29999');
      expect(rowsOf(el, 'unchanged-button').join(' ')).to.contain('29,999 unchanged entries');
    });

    it('new values drop what was compared', async () => {
      const el = await diffOf(nest(70, 1), nest(70, 2), mode);
      await compareDeeper(el);
      expect(deeperButtons(el)).to.have.length(0);
      el.oldValue = nest(70, 3) as never;
      await el.updateComplete;
      expect(deeperButtons(el)).to.have.length(1);
    });

    it('in German', async () => {
      const el = await diffOf(nest(70, 1), nest(70, 2), mode, 'de');
      expect(text(deeperButtons(el)[0])).to.contain('Ab hier vergleichen');
    });
  });
}

describe('<ev-json-diff> compare from here, while a huge comparison runs', function () {
  this.timeout(60_000);
  it('says "Comparing…" on the button, keeps focus there, and is dropped when the element is removed', async () => {
    const wide = (last: number) => {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < 30_000; i++) o[`k${i}`] = i;
      o.k29999 = last;
      return nest(70, o);
    };
    const el = await diffOf(wide(1), wide(2), 'inline');
    const button = deeperButtons(el)[0]!;
    button.focus();
    // The comparison yields to the page before it can finish: its "Comparing…" render comes first.
    const comparing = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!text(button).includes('Comparing…')) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    });
    button.click();
    await comparing;
    const busy = deeperButtons(el)[0];
    expect(busy, 'the same button').to.equal(button);
    expect(text(busy)).to.contain('Comparing…');
    expect(busy!.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(button);

    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    // Re-attached: offered again (nothing half computed is shown).
    expect(text(deeperButtons(el)[0])).to.contain('Compare from here');
  });
});
