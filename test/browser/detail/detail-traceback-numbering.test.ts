/**
 * A long traceback's "Show more frames" button sits between two lists, not inside one: a screen
 * reader counts only frames as list items, and the second list starts at the number of its first
 * frame, so "item 19,901" is the 19,901st frame.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, buttonOf, detailOf, text } from './helpers.js';

function traceback(count: number): string {
  const frames = Array.from({ length: count }, (_, i) => `  File "/authentik/app.py", line ${i + 1}, in fn${i}\n    call_next(${i})`).join('\n');
  return `Traceback (most recent call last):\n${frames}\nRecursionError: maximum recursion depth exceeded`;
}

/** Each frame list as [start, item texts]. */
function lists(el: Element): Array<[number, string[]]> {
  return $$(el, 'ol[part~=frames]').map((ol) => [(ol as HTMLOListElement).start, [...ol.children].map((li) => `${li.tagName}:${text(li.querySelector('[part~=frame-function]'))}`)]);
}

describe('<ev-detail> numbering of a long traceback', () => {
  it('lists hold only frames; the list after "Show more frames" starts at its first frame\'s number', async () => {
    const el = await detailOf(detailEvent('policy_exception', { message: traceback(20_000) }));
    const more = buttonOf(el, /^Show 100 more frames/)!;
    expect(more.closest('ol, li'), 'the button is outside the lists').to.equal(null);
    let [first, second] = lists(el);
    expect(first![0]).to.equal(1);
    expect(first![1]).to.have.length(100);
    expect(first![1].every((item) => item.startsWith('LI:, in fn'))).to.equal(true);
    expect(second![0]).to.equal(19_901);
    expect(second![1][0]).to.equal('LI:, in fn19900');
    expect(second![1]).to.have.length(100);

    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    [first, second] = lists(el);
    expect(first![1]).to.have.length(200);
    expect(second![0]).to.equal(19_901);
    expect(text(el.shadowRoot!.activeElement)).to.contain('fn100');
    expect(buttonOf(el, /^Show 100 more frames/)!.closest('ol, li')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
