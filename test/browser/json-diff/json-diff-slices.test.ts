/**
 * Long strings inside the compared values (a model change whose field is an object holding a
 * megabyte text, "Compare versions" of such objects) are text-diffed in slices after the first
 * render: the element says "Comparing…", the page keeps running (timers fire) meanwhile, and the
 * diff it then shows is the one `diffJson` gives. Ordinary values are diffed by the first render,
 * as before. Asserted on what is shown and on timers, not on durations (the bench's detail-render
 * page measures the long tasks).
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { diffJson, diffJsonAsync } from '../../../src/diff/index.js';
import type { JsonValue } from '../../../src/diff/types.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const loading = (el: EvJsonDiff) => el.shadowRoot!.querySelector('[part="loading"]')?.textContent ?? null;

/** Two megabyte texts, one word in 40 edited (~3,300 edits). */
function megabyteTexts(): [string, string] {
  const words: string[] = [];
  for (let size = 0, i = 0; size < 1_000_000; i++) {
    words.push(`word${i % 50_000}`);
    size += words.at(-1)!.length + 1;
  }
  return [words.join(' '), words.map((w, i) => (i % 40 === 7 ? `${w}x` : w)).join(' ')];
}

/**
 * Mounts a diff of `oldValue` → `newValue` and counts the `setTimeout(0)` callbacks that ran
 * while it said "Comparing…" (a diff computed in one task lets none run).
 */
async function mountCounting(oldValue: JsonValue, newValue: JsonValue) {
  const el = document.createElement('ev-json-diff');
  el.oldValue = oldValue;
  el.newValue = newValue;
  let ticks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    if (loading(el) !== null) ticks++;
    setTimeout(tick, 0);
  };
  document.body.append(el);
  await nextFrame();
  const first = loading(el);
  setTimeout(tick, 0);
  await el.updateComplete;
  running = false;
  return { el, first, ticks: () => ticks };
}

describe('<ev-json-diff> with long strings', function () {
  this.timeout(60_000);

  it('a nested megabyte text: "Comparing…", timers keep running, then the same diff as diffJson', async () => {
    const [before, after] = megabyteTexts();
    const oldValue = { name: 'Corporate LDAP', settings: { description: before, enabled: true } };
    const newValue = { name: 'Corporate LDAP', settings: { description: after, enabled: false } };
    const { el, first, ticks } = await mountCounting(oldValue, newValue);
    expect(first, 'first render').to.equal('Comparing…');
    expect(ticks(), 'timers that ran while comparing').to.be.at.least(3);
    expect(loading(el)).to.equal(null);
    expect(el.diff).to.deep.equal(diffJson(oldValue, newValue));
    expect(el.shadowRoot!.querySelectorAll('ins').length, 'insertions shown').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('two megabyte texts as the values themselves, side by side: the same', async () => {
    const [before, after] = megabyteTexts();
    const el = document.createElement('ev-json-diff');
    el.mode = 'side-by-side';
    el.oldValue = before;
    el.newValue = after;
    document.body.append(el);
    await nextFrame();
    expect(loading(el)).to.equal('Comparing…');
    await el.updateComplete;
    expect(el.diff).to.deep.equal(diffJson(before, after));
    expect(el.shadowRoot!.querySelectorAll('ins').length).to.be.greaterThan(0);
    el.remove();
  });

  it('ordinary values (a few kB of text) are diffed by the first render, with no "Comparing…"', async () => {
    const before = 'The quick brown fox jumps over the lazy dog. '.repeat(100);
    const oldValue = { description: before, tags: [{ id: 1, name: 'a' }] };
    const newValue = { description: before.replace('lazy', 'sleepy'), tags: [{ id: 1, name: 'b' }] };
    const { el, first, ticks } = await mountCounting(oldValue, newValue);
    expect(first).to.equal(null);
    expect(ticks()).to.equal(0);
    expect(el.diff).to.deep.equal(diffJson(oldValue, newValue));
    expect(el.shadowRoot!.textContent).to.contain('sleepy');
    el.remove();
  });

  it('diffJsonAsync with many long strings also slices the text diffs: same result as diffJson', async () => {
    const [before, after] = megabyteTexts();
    const oldValue = Array.from({ length: 3 }, (_, i) => ({ id: i, text: before.slice(i * 1000, i * 1000 + 300_000) }));
    const newValue = Array.from({ length: 3 }, (_, i) => ({ id: i, text: after.slice(i * 1000, i * 1000 + 300_000) }));
    let ticks = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      ticks++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const diff = await diffJsonAsync(oldValue, newValue);
    running = false;
    expect(ticks, 'timers that ran during the diff').to.be.at.least(3);
    expect(diff).to.deep.equal(diffJson(oldValue, newValue));
  });
});
