/**
 * The expanded row's summary (the log's own, when `<ev-detail>` is not defined) shows at most
 * 20,000 characters of the event's Context JSON. A longer one is cut honestly: at the end of a line
 * where there is one (never inside a value's text when a line ends nearby, never inside a
 * surrogate pair), followed by a visible note saying how many characters are not shown (numbers in
 * the page's language), and a "Copy whole context" button that copies the FULL JSON, which parses
 * back to the very same values. Selecting the shown text copies only the shown text (the note is
 * not part of it). Before, the text ended in "…" mid-string with no sign how much was missing, and
 * there was no way to get the rest from the summary.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect } from '@open-wc/testing';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { copied, expandedSummary, waitFor } from './summary-helpers.js';

const MAX = 20_000;

async function expanded(event: EventRecord, lang = 'en'): Promise<{ el: EvLog; summary: HTMLElement; pre: HTMLElement }> {
  const { el, summary } = await expandedSummary(event, { lang });
  return { el, summary, pre: summary.querySelector<HTMLElement>('[part~="context"]')! };
}

function note(summary: HTMLElement): HTMLElement | null {
  return summary.querySelector<HTMLElement>('[part~="context-cut"]');
}

function copyButton(summary: HTMLElement): HTMLButtonElement | undefined {
  return [...summary.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy whole context');
}

/** Code points in `text` (an emoji is one character to a reader). */
const chars = (text: string) => [...text].length;

describe('<ev-log> summary: a long Context cut honestly', () => {
  it('cuts at a line end, says how many characters are not shown, and copies the whole JSON', async () => {
    const [e] = makeEvents({ count: 1 });
    const context: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) context[`key${String(i).padStart(4, '0')}`] = `value "${i}" \\ ${'x'.repeat(i % 17)}`;
    const full = JSON.stringify(context, null, 2);
    expect(full.length).to.be.greaterThan(MAX + 10_000);
    const { el, summary, pre } = await expanded({ ...e!, context });
    const shown = pre.textContent!;
    expect(shown.length).to.be.at.most(MAX);
    expect(shown.length).to.be.greaterThan(MAX - 200);
    expect(full.startsWith(shown), 'the first part, as written').to.equal(true);
    expect(full[shown.length], 'cut at the end of a line').to.equal('\n');
    expect(shown.endsWith('…')).to.equal(false);
    const cut = note(summary);
    expect(cut, 'a note says the text is cut').to.not.equal(null);
    const missing = (chars(full) - chars(shown)).toLocaleString('en');
    expect(cut!.textContent).to.contain(`${missing} more characters not shown`);
    expect(cut!.getBoundingClientRect().height, 'the note is visible').to.be.greaterThan(0);
    expect(pre.contains(cut), 'the note is not part of the JSON text').to.equal(false);
    const button = copyButton(summary);
    expect(button, 'a button copies the whole context').to.not.equal(undefined);
    const text = await copied(button!);
    expect(text).to.equal(full);
    expect(JSON.parse(text)).to.deep.equal(context);
    await waitFor(() => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent === 'Context copied', '"Context copied" said');
    await expect(el).to.be.accessible();
  });

  it('one long line: cut never inside a surrogate pair; invisible characters still marked; German numbers', async () => {
    const [e] = makeEvents({ count: 1 });
    // `{\n  "s": "` is 10 characters: the 20,000th code unit is the first half of an emoji.
    const context = { s: `${'a'.repeat(8)}\u202E${'😀'.repeat(20_000)}` };
    expect(/[\uD800-\uDBFF]/.test(JSON.stringify(context, null, 2).charAt(MAX - 1))).to.equal(true);
    const full = JSON.stringify(context, null, 2);
    const { el, summary, pre } = await expanded({ ...e!, context }, 'de');
    const shown = pre.textContent!.replace('\\u202E', '\u202E');
    expect(full.startsWith(shown)).to.equal(true);
    expect(shown.length).to.be.within(MAX - 2, MAX);
    expect(/[\uD800-\uDBFF]$/.test(shown), 'no half of an emoji at the end').to.equal(false);
    expect([...pre.querySelectorAll('[part~="invisible-mark"]')].map((m) => m.textContent)).to.deep.equal(['\\u202E']);
    const missing = (chars(full) - chars(shown)).toLocaleString('de');
    expect(missing).to.contain('.');
    expect(note(summary)!.textContent).to.contain(missing);
    expect(note(summary)!.querySelector('button')!.textContent!.trim()).to.equal('Gesamten Kontext kopieren');
    await expect(el).to.be.accessible();
  });

  it('one long line: cut never inside an escape (`\\"`)', async () => {
    const [e] = makeEvents({ count: 1 });
    // `{\n  "s": "a` is 11 characters, then `\"` escapes: the 20,000th character is a backslash.
    const context = { s: `a${'"'.repeat(20_000)}` };
    const full = JSON.stringify(context, null, 2);
    expect(full.charAt(MAX - 1)).to.equal('\\');
    const { summary, pre } = await expanded({ ...e!, context });
    const shown = pre.textContent!;
    expect(full.startsWith(shown)).to.equal(true);
    expect(shown.length).to.equal(MAX - 1);
    expect(shown.endsWith('a\\"') || shown.endsWith('\\"\\"'), 'ends with a whole escape').to.equal(true);
    expect(note(summary)!.textContent).to.contain(`${(full.length - shown.length).toLocaleString('en')} more characters not shown`);
  });

  it('a Context within the limit is shown whole, with no note', async () => {
    const [e] = makeEvents({ count: 1 });
    const context = { note: 'done', list: [1, 2, 3] };
    const { summary, pre } = await expanded({ ...e!, context });
    expect(pre.textContent).to.equal(JSON.stringify(context, null, 2));
    expect(note(summary)).to.equal(null);
    expect(copyButton(summary)).to.equal(undefined);
  });
});
