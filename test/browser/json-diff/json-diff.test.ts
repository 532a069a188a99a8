import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { hostileStrings, pwned } from '../../fixtures/hostile.js';
import { typicalModelPair, worstCaseArrays } from '../../fixtures/detail-events.js';

const $ = (el: EvJsonDiff, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: EvJsonDiff, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: EvJsonDiff, label: string | RegExp) =>
  $$(el, 'button').find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));

async function diffOf(oldValue: unknown, newValue: unknown, extra = ''): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${oldValue} .newValue=${newValue} mode=${extra || 'inline'}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

describe('<ev-json-diff>', () => {
  it('shows false, 0, "", null, [] and {} exactly and distinctly', async () => {
    const el = await diffOf({ a: true, b: 1, c: 'x', d: 'null', e: [1], f: { k: 1 } }, { a: false, b: 0, c: '', d: null, e: [], f: {} });
    const rows = $$(el, '.row-replace .cell').map(text);
    expect(rows).to.deep.equal([
      'changed, a: Previous, true → New, false',
      'changed, b: Previous, 1 → New, 0',
      'changed, c: Previous, "x" → New, "" (empty string)',
      'changed, d: Previous, "null" → New, null',
    ]);
    // Emptying a list or an object is a structural change: the removed item / key is shown.
    expect($$(el, '.row-removed .cell').map(text)).to.deep.equal(['removed, [0]: 1', 'removed, k: 1']);
    // The string "null" and the value null are told apart by quotes and by part.
    expect($$(el, '[part~="value-null"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('collapses unchanged entries and opens them on request or with show-unchanged', async () => {
    const el = await diffOf({ a: 1, b: 2, c: 3, d: 4 }, { a: 1, b: 2, c: 30, d: 4 });
    expect($$(el, '.row-unchanged').map(text)).to.deep.equal(['2 unchanged entries', '1 unchanged entry']);
    button(el, '2 unchanged entries')!.click();
    await el.updateComplete;
    expect($$(el, '.row-same').map(text)).to.deep.equal(['a: 1', 'b: 2']);
    button(el, 'Show all')!.click();
    await el.updateComplete;
    expect(el.showUnchanged).to.equal(true);
    expect($$(el, '.row-unchanged')).to.have.length(0);
    expect($$(el, '.row-same')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('matches list items by pk and shows reordering as moves', async () => {
    const el = await diffOf([{ pk: 1, n: 'a' }, { pk: 2, n: 'b' }, { pk: 3, n: 'c' }], [{ pk: 3, n: 'c' }, { pk: 1, n: 'a' }, { pk: 2, n: 'B' }]);
    expect(text($(el, '.row-moved'))).to.contain('moved from [2] to [0]');
    expect(text($(el, '.key-note'))).to.equal('items matched by pk');
    const changed = $$(el, '.row-text .cell, .row-replace .cell').map(text);
    expect(changed).to.deep.equal(['changed, n: Previous, "b" → New, "B"']);
  });

  it('diffs long strings by word', async () => {
    const el = await diffOf({ d: 'The quick brown fox jumps over the lazy dog' }, { d: 'The quick red fox jumps over the lazy dog' });
    expect(text($(el, '.row-text del'))).to.equal('deleted text: brown');
    expect(text($(el, '.row-text ins'))).to.equal('inserted text: red');
  });

  it('side by side: Previous and New columns, blanks for added / removed', async () => {
    const el = await diffOf({ keep: 1, gone: 'x' }, { keep: 1, born: true }, 'side-by-side');
    expect($$(el, 'th').map(text)).to.deep.equal(['Previous', 'New']);
    const removed = $(el, 'tr.row-removed')!;
    expect(text(removed.querySelector('td.before'))).to.equal('removed, gone: "x"');
    expect(removed.querySelector('td.after')!.classList.contains('blank')).to.equal(true);
    expect(text($(el, 'tr.row-added td.after'))).to.equal('added, born: true');
    await expect(el).to.be.accessible();
  });

  it('side by side in forced colours: changed values stay marked when the row backgrounds are dropped', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture<EvJsonDiff>(
        html`<ev-json-diff mode="side-by-side" show-unchanged .oldValue=${{ a: 1, b: 2, c: 5 }} .newValue=${{ a: 1, b: 3, d: 4 }}></ev-json-diff>`,
      );
      const marks = (row: string) =>
        ['before', 'after'].map((side) => {
          const v = $(el, `tr.row-${row} td.${side} .v`);
          return v ? getComputedStyle(v).textDecorationLine : 'blank';
        });
      expect(marks('same')).to.deep.equal(['none', 'none']);
      expect(marks('replace')).to.deep.equal(['line-through', 'underline']);
      expect(marks('removed')).to.deep.equal(['line-through', 'blank']);
      expect(marks('added')).to.deep.equal(['blank', 'underline']);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('switches layout from its toolbar', async () => {
    const el = await diffOf({ a: 1 }, { a: 2 });
    expect($(el, 'table')).to.equal(null);
    button(el, 'Side by side')!.click();
    await el.updateComplete;
    expect(el.mode).to.equal('side-by-side');
    expect(el.getAttribute('mode')).to.equal('side-by-side');
    expect($(el, 'table')).not.to.equal(null);
  });

  it('opens and closes containers from the keyboard', async () => {
    const el = await diffOf({ outer: { inner: { v: 1 } } }, { outer: { inner: { v: 2 } } });
    const toggle = () => $$(el, 'button.toggle').find((b) => text(b).startsWith('inner'))!;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    toggle().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(text(el.shadowRoot!)).not.to.contain('v:');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    expect(text(el.shadowRoot!)).to.contain('v:');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(toggle().getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('keyboard: "N unchanged entries" and "Show more" keep focus in the diff, on the first entry they revealed', async () => {
    const focused = (el: EvJsonDiff) => text(el.shadowRoot!.activeElement);
    const el = await diffOf({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 30 });
    button(el, '2 unchanged entries')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal('a: 1');
    await expect(el).to.be.accessible();

    const before = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`k${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`k${i}`, i + 1]));
    for (const mode of ['inline', 'side-by-side']) {
      const big = await diffOf(before, after, mode);
      button(big, 'Show 200 more (250 left)')!.focus();
      await sendKeys({ press: 'Enter' });
      await big.updateComplete;
      expect(focused(big), mode).to.match(/changed, k200: /);
      button(big, 'Show 50 more (50 left)')!.focus();
      await sendKeys({ press: 'Space' });
      await big.updateComplete;
      expect(focused(big), mode).to.match(/changed, k400: /);
    }
  });

  it('says so when there are no differences', async () => {
    const el = await diffOf({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
    expect(text($(el, '[part="empty"]'))).to.equal('No differences.');
    await expect(el).to.be.accessible();
  });

  it('renders hostile keys and values as text only, in dark mode and RTL', async () => {
    const before = Object.fromEntries(hostileStrings.map((s, i) => [s.slice(0, 60), i]));
    const after = Object.fromEntries(hostileStrings.map((s) => [s.slice(0, 60), s]));
    const el = await fixture<EvJsonDiff>(html`<div dir="rtl"><ev-json-diff theme="dark" .oldValue=${before} .newValue=${after}></ev-json-diff></div>`).then(
      (d) => d.querySelector('ev-json-diff')!,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script, svg')).to.equal(null);
    expect(text(el.shadowRoot!)).to.contain('<img src=x onerror=');
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('handles the 8,000 × 8,000 worst case, flags the match as approximate and pages its rows', async () => {
    const [a, b] = worstCaseArrays(8000);
    const el = await diffOf(a, b);
    expect(el.diff?.kind).to.equal('array');
    expect(text($(el, '[part="approximate"]'))).to.contain('approximate');
    // One page of 200 entries (a changed item is a few rows), not 16,000.
    const first = $$(el, '.row').length;
    expect(first).to.be.within(200, 800);
    button(el, /^Show 200 more/)!.click();
    await el.updateComplete;
    expect($$(el, '.row').length).to.be.greaterThan(first);
  });

  it('"Show N more" on a last page shorter than a page shows those N rows, never fewer than before', async () => {
    // 250 changed keys: a page of 200 rows, then "Show 50 more (50 left)".
    const before = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`k${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`k${i}`, i + 1]));
    for (const mode of ['inline', 'side-by-side']) {
      const el = await diffOf(before, after, mode);
      expect($$(el, '.row-replace')).to.have.length(200);
      button(el, 'Show 50 more (50 left)')!.click();
      await el.updateComplete;
      expect($$(el, '.row-replace'), mode).to.have.length(250);
      expect($(el, '[part="more-button"]'), mode).to.equal(null);
    }
  });

  it('diffs a typical model change: moves, nested text change, added item', async () => {
    const [a, b] = typicalModelPair();
    const el = await diffOf(a, b);
    expect(text($(el, '.summary-text'))).to.match(/^\d+ changes$/);
    expect(text(el.shadowRoot!)).to.contain('moved from [7] to [0]');
    expect($$(el, 'ins').map(text)).to.include('inserted text: fourteen');
  });
});

describe('<ev-json-diff> with large values', () => {
  it('renders at once, computes the diff in slices, then shows it (updateComplete waits)', async () => {
    const { hugeContext, editedCopy } = await import('../../fixtures/detail-events.js');
    const big = hugeContext(1_500_000);
    const next = JSON.parse(JSON.stringify(editedCopy(big)));
    const el = document.createElement('ev-json-diff');
    el.oldValue = big;
    el.newValue = next;
    document.body.append(el);
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot!.querySelector('[part="loading"]')?.textContent).to.equal('Comparing…');
    await el.updateComplete;
    expect(el.diff?.kind).to.equal('object');
    expect(el.shadowRoot!.textContent).to.contain('changes');
    await expect(el).to.be.accessible();
    el.remove();
  });
});
