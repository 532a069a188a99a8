/**
 * The expanded row's own summary (shown when `<ev-detail>` is not registered) keeps each value
 * apart: a right-to-left override in a username (or a stray pop-isolate before it) stays inside
 * that name, so "(on behalf of …)" after it, and the country after a city, read left to right as
 * written. Before, the username and its suffix were one text, and the override reversed the suffix.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';

const RLO = '\u202E';
const PDI = '\u2069';

async function settle(el: EvLog): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
}

/** The summary's value for `term`, with the event's row expanded. */
async function summaryValue(event: EventRecord, term: string): Promise<HTMLElement> {
  const el = await fixture<EvLog>(html`<ev-log lang="en" style="height: 480px; width: 1000px" .events=${[event]}></ev-log>`);
  await settle(el);
  el.shadowRoot!.querySelector<HTMLElement>('.data-row [role="gridcell"]')!.click();
  await settle(el);
  const summary = el.shadowRoot!.querySelector('[part="summary"]');
  expect(summary, 'the log’s own summary').to.not.equal(null);
  const row = [...summary!.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === term)!;
  return row.querySelector('dd')!;
}

/** True when `word` in `root`'s text is laid out left to right (each character right of the one before, lines top to bottom). */
function readsLeftToRight(root: Element, word: string): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const box = (i: number) => {
      const range = document.createRange();
      range.setStart(node!, at + i);
      range.setEnd(node!, at + i + 1);
      return range.getBoundingClientRect();
    };
    // Each character right of the one before on the same line (a long name may wrap the words onto the next).
    for (let i = 1; i < word.length; i++) {
      const [a, b] = [box(i - 1), box(i)];
      if (Math.abs(a.top - b.top) < 1 && !(b.left > a.left)) return false;
      if (b.top < a.top - 1) return false;
    }
    return true;
  }
  throw new Error(`"${word}" not in ${JSON.stringify(root.textContent)}`);
}

const base = makeEvents({ count: 1 })[0]!;

describe('<ev-log> summary without <ev-detail>: each value isolated', () => {
  it('ev-detail is not registered in this file', () => {
    expect(customElements.get('ev-detail')).to.equal(undefined);
  });

  for (const [name, username] of [
    ['an override', `${RLO}mallory`],
    ['a stray pop-isolate, then an override', `${PDI}${RLO}mallory`],
  ] as const) {
    it(`a username with ${name}: "(on behalf of alice)" after it reads left to right`, async () => {
      const dd = await summaryValue({ ...base, user: { pk: 1, username, on_behalf_of: { pk: 2, username: 'alice' } } }, 'User');
      expect(readsLeftToRight(dd, 'on behalf of alice')).to.equal(true);
      expect(dd.textContent).to.contain('mallory');
    });

    it(`a username with ${name}: "(as alice)" after it reads left to right`, async () => {
      const dd = await summaryValue({ ...base, user: { pk: 1, username, authenticated_as: { pk: 2, username: 'alice' } } }, 'User');
      expect(readsLeftToRight(dd, 'as alice')).to.equal(true);
    });
  }

  it('an override in the on-behalf-of name stays in it: the closing parenthesis stays last', async () => {
    const dd = await summaryValue({ ...base, user: { pk: 1, username: 'bob', on_behalf_of: { pk: 2, username: `${RLO}alice` } } }, 'User');
    expect(readsLeftToRight(dd, 'on behalf of')).to.equal(true);
    const text = dd.textContent!;
    const close = document.createRange();
    const node = [...dd.querySelectorAll('*'), dd].flatMap((e) => [...e.childNodes]).find((n): n is Text => n instanceof Text && n.data.includes(')'))!;
    close.setStart(node, node.data.lastIndexOf(')'));
    close.setEnd(node, node.data.lastIndexOf(')') + 1);
    const all = document.createRange();
    all.selectNodeContents(dd);
    expect(Math.round(close.getBoundingClientRect().right), text).to.equal(Math.round(all.getBoundingClientRect().right));
  });

  it('an override in the city: the country after it reads left to right', async () => {
    const dd = await summaryValue({ ...base, context: { ...base.context, geo: { city: `${RLO}Berlin`, country: 'Germany', lat: 52.5, long: 13.4 } } }, 'Location');
    expect(readsLeftToRight(dd, 'Germany')).to.equal(true);
  });

  it('an override in an unknown action: its code after its label reads in order (label, then code)', async () => {
    const dd = await summaryValue({ ...base, action: `${RLO}custom_thing` }, 'Action');
    // The code's own span (the label's override is now a mark, a span of its own, before it). The
    // code may wrap onto the next line: its first piece starts right of the label's end, or below it.
    const codeSpan = dd.querySelector('span.muted')!;
    const code = codeSpan.getClientRects()[0]!;
    const label = document.createRange();
    label.setStart(dd, 0);
    label.setEndBefore(codeSpan);
    const rects = [...label.getClientRects()];
    const end = rects[rects.length - 1]!;
    if (code.top < end.bottom - 1) expect(code.left, 'the code right of the label').to.be.at.least(end.right - 1);
    else expect(code.top, 'the code below the label').to.be.at.least(end.bottom - 1);
  });
});
