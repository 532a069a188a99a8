/**
 * Text diffs the user asks to see more of are shown a page at a time: "Show all N characters" of
 * a megabyte text, and a diff with thousands of small edits, would otherwise render everything on
 * one click (one long task, a frozen tab). Asserted on what is rendered and where focus is, not on
 * timing (the bench's detail-render page measures the long tasks).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';

const $$ = (el: EvJsonDiff, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: EvJsonDiff, label: RegExp) => $$(el, 'button').find((b) => label.test(text(b)));

/** Characters one click may add to the page (with a little room for cues and ellipses). */
const PAGE = 50_000;
const MORE_TEXT = /^Show more \([\d,]+ characters? left\)$/;
const MORE_CHANGES = /^Show [\d,]+ more changes? \([\d,]+ left\)$/;

async function diffOf(oldValue: unknown, newValue: unknown, mode = 'inline'): Promise<EvJsonDiff> {
  const el = await fixture<EvJsonDiff>(html`<ev-json-diff .oldValue=${oldValue} .newValue=${newValue} mode=${mode}></ev-json-diff>`);
  await el.updateComplete;
  return el;
}

/** The text of the diffed value as a reader sees it (without the screen-reader cues). */
function shown(el: EvJsonDiff): string {
  const value = $$(el, '.v-text bdi')[0]!.cloneNode(true) as HTMLElement;
  value.querySelectorAll('.visually-hidden, .elided').forEach((n) => n.remove());
  return value.textContent ?? '';
}

/** The whole diffed text (every run) of the one changed field. */
function whole(el: EvJsonDiff): string {
  const root = el.diff as { entries: Array<{ diff: { segments: Array<{ text: string }> } }> };
  return root.entries[0]!.diff.segments.map((s) => s.text).join('');
}

/** Where `a` and `b` first differ, with a little context (equal strings give ''). */
function difference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 20))} vs ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 20))}`;
}

/** Presses Enter on the focused button and waits for the render. */
async function enter(el: EvJsonDiff): Promise<void> {
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<ev-json-diff> long text diffs, a page at a time', function () {
  this.timeout(60_000);

  it('"Show all N characters" of a megabyte text shows one page per click; Enter on "Show more" keeps focus there to the end', async () => {
    const before = 'word '.repeat(200_000);
    const after = `${before.slice(0, 500_000)}CHANGED ${before.slice(500_000)}`;
    const el = await diffOf({ d: before }, { d: after });
    button(el, /^Show all 1,000,008 characters$/)!.click();
    await el.updateComplete;
    expect(shown(el).length, 'first page').to.be.at.most(PAGE);
    const more = button(el, MORE_TEXT)!;
    expect(text(more)).to.equal(`Show more (${(after.length - PAGE).toLocaleString('en-US')} characters left)`);

    more.focus();
    let clicks = 0;
    while (button(el, MORE_TEXT)) {
      const length = shown(el).length;
      await enter(el);
      expect(shown(el).length - length, 'one click').to.be.within(1, PAGE);
      if (button(el, MORE_TEXT)) expect(el.shadowRoot!.activeElement, 'focus stays on "Show more"').to.equal(button(el, MORE_TEXT));
      clicks++;
    }
    expect(clicks).to.be.within(19, 21);
    // Everything is there now, once: the unchanged text and the inserted word.
    expect(difference(shown(el), whole(el))).to.equal('');
    expect(text(el.shadowRoot!.activeElement)).to.equal('Show less');
    await expect(el).to.be.accessible();

    // "Show less" and "Show all" again start from the first page.
    await enter(el);
    button(el, /^Show all/)!.click();
    await el.updateComplete;
    expect(shown(el).length).to.be.at.most(PAGE);
  });

  it('thousands of small edits: a page of changes at a time, inline and side by side', async () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${i}`);
    const before = words.join(' ');
    const after = words.map((w, i) => (i % 5 === 2 ? `${w}x` : w)).join(' ');
    const el = await diffOf({ d: before }, { d: after });
    const edits = () => $$(el, '.v-text del, .v-text ins').length;
    expect(edits(), 'first render').to.be.within(100, 400);
    const more = button(el, MORE_CHANGES)!;
    expect(text(more)).to.match(/^Show \d+ more changes \(2,\d{3} left\)$/);
    more.focus();
    const first = edits();
    await enter(el);
    expect(edits()).to.be.within(first + 100, first + 400);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, MORE_CHANGES));
    while (button(el, MORE_CHANGES)) await enter(el);
    expect(edits()).to.equal(2400);
    // The diff reads whole, and focus went back to the text it extended.
    expect(difference(shown(el), whole(el))).to.equal('');
    expect(el.shadowRoot!.activeElement?.matches('.v-text')).to.equal(true);
    await expect(el).to.be.accessible();

    const side = await diffOf({ d: before }, { d: after }, 'side-by-side');
    expect($$(side, 'td.before del').length).to.be.within(100, 200);
    expect($$(side, 'td.after ins').length).to.be.within(100, 200);
    expect($$(side, 'button').filter((b) => MORE_CHANGES.test(text(b)))).to.have.length(2);
    await expect(side).to.be.accessible();
  });

  it('"Show all N characters" states the length of what it shows: each column its own value, inline the whole diff', async () => {
    // A previous value 2,000 characters shorter than the new one, with text deleted and inserted.
    const before = 'word '.repeat(77_778);
    const after = `${before.slice(0, 100_000)}${'NEW '.repeat(1_000)}${before.slice(102_000)}`;
    expect([before.length, after.length]).to.deep.equal([388_890, 390_890]);
    const count = (n: number) => `Show all ${n.toLocaleString('en-US')} characters`;

    const side = await diffOf({ d: before }, { d: after }, 'side-by-side');
    const showAll = (column: string) => $$(side, `td.${column} button`).filter((b) => /^Show all/.test(text(b))).map(text);
    expect(showAll('before'), 'Previous column').to.deep.equal([count(before.length)]);
    expect(showAll('after'), 'New column').to.deep.equal([count(after.length)]);

    const inline = await diffOf({ d: before }, { d: after });
    // Inline shows the deleted and the inserted text: every run, as "Show more" counts them.
    const total = whole(inline).length;
    expect(total).to.be.above(after.length);
    expect(text(button(inline, /^Show all [\d,]+ characters$/))).to.equal(count(total));
  });
});
