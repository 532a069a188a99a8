/**
 * The expanded row's Context (the log's own summary) is JSON people copy. A value's invisible
 * characters and bidi controls are shown as their JSON escape ("sync\u202Edone" reads
 * `"sync\u202Edone"`, the `\u202E` set apart in a dotted box) instead of acting on the text (an
 * override turned the rest of the line around) or passing unseen. Marks in the `⟨U+202E⟩` form
 * would change the values when copied; the escape is valid JSON that parses back to the very same
 * values. Persian with ZWNJ and visible values read as written.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect } from '@open-wc/testing';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { expandedSummary } from './summary-helpers.js';

/** Any character that draws nothing and is neither white space nor kept for a script or emoji. */
const HIDDEN = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0001}]/u;
const PERSIAN = 'می\u200Cخواهم';
const marks = (node: Element) => [...node.querySelectorAll<HTMLElement>('[part~="invisible-mark"]')].map((m) => m.textContent);

async function contextOf(event: EventRecord, theme: string): Promise<{ el: EvLog; pre: HTMLElement }> {
  const { el, summary } = await expandedSummary(event, { theme });
  const pre = summary.querySelector<HTMLElement>('[part~="context"]');
  expect(pre, 'the log’s own summary').to.not.equal(null);
  return { el, pre: pre! };
}

describe('<ev-log> summary Context with invisible characters', () => {
  it('shows each as its JSON escape in a dotted box; the text stays JSON of the same values', async () => {
    const [e] = makeEvents({ count: 1 });
    const context = { note: 'sync\u202Edone', 'ke\u200By': ['a\u2066b\u2069', '\u{E0001}x'], fa: PERSIAN, plain: 'a ⟨U+200B⟩ b' };
    for (const theme of ['light', 'dark']) {
      const { el, pre } = await contextOf({ ...e!, context }, theme);
      expect(marks(pre), theme).to.deep.equal(['\\u202E', '\\u200B', '\\u2066', '\\u2069', '\\uDB40\\uDC01']);
      expect(getComputedStyle(pre.querySelector('[part~="invisible-mark"]')!).borderTopStyle).to.equal('dotted');
      expect(pre.textContent).to.contain('"note": "sync\\u202Edone"');
      expect(HIDDEN.test(pre.textContent!)).to.equal(false);
      expect(JSON.parse(pre.textContent!)).to.deep.equal(context);
      expect(pre.textContent).to.contain(PERSIAN);
      await expect(el, theme).to.be.accessible();
      el.remove();
    }
  });

  it('a context of visible values has no box and reads as JSON.stringify writes it', async () => {
    const [e] = makeEvents({ count: 1 });
    const context = { note: 'done', fa: PERSIAN, plain: 'a ⟨U+200B⟩ b' };
    const { pre } = await contextOf({ ...e!, context }, 'light');
    expect(marks(pre)).to.deep.equal([]);
    expect(pre.textContent).to.equal(JSON.stringify(context, null, 2));
  });
});
