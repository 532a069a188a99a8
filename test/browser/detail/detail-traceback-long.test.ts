/**
 * A traceback of thousands of frames (a RecursionError has about 1,000; a hostile message any
 * number): the first 100 and the last 100 frames are shown (where it started, where it failed),
 * the rest behind "Show 100 more frames (N hidden)", a page at a time, focus going to the first
 * frame revealed. The page never gets one element per frame of a 20,000-frame message.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/i18n/locales/de.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, buttonOf, detailOf, text } from './helpers.js';

function traceback(count: number): string {
  const frames = Array.from({ length: count }, (_, i) => `  File "/authentik/app${i % 7}.py", line ${i + 1}, in fn${i}\n    call_next(${i})`).join('\n');
  return `Traceback (most recent call last):\n${frames}\nRecursionError: maximum recursion depth exceeded`;
}

const frameNames = (el: Element) => $$(el, '[part~=frame-function]').map((f) => text(f).replace(/^, in /, ''));

describe('<ev-detail> a traceback of 20,000 frames', () => {
  it('shows the first and the last 100 frames, the rest a page at a time; focus on the first frame revealed', async () => {
    const el = await detailOf(detailEvent('policy_exception', { message: traceback(20_000) }));
    expect(text($$(el, '[part~=frames-toggle]')[0])).to.contain('20,000 frames');
    let names = frameNames(el);
    expect(names).to.have.length(200);
    expect(names.slice(0, 2)).to.deep.equal(['fn0', 'fn1']);
    expect(names.slice(-2)).to.deep.equal(['fn19998', 'fn19999']);
    expect(el.shadowRoot!.querySelectorAll('*').length, 'elements').to.be.below(3_000);

    const more = buttonOf(el, /^Show 100 more frames \(19,800 hidden\)$/);
    expect(more, $$(el, 'button').map(text).join(' | ')).to.exist;
    more!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    names = frameNames(el);
    expect(names).to.have.length(300);
    expect(names[100]).to.equal('fn100');
    expect(names.slice(-1)).to.deep.equal(['fn19999']);
    expect(buttonOf(el, /^Show 100 more frames \(19,700 hidden\)$/)).to.exist;
    const active = el.shadowRoot!.activeElement;
    expect(text(active), 'focus on the first frame revealed').to.contain('fn100');
    await expect(el).to.be.accessible();
  });

  it('200 frames or fewer are all shown', async () => {
    const el = await detailOf(detailEvent('policy_exception', { message: traceback(200) }));
    expect(frameNames(el)).to.have.length(200);
    expect(buttonOf(el, /more frames/)).to.equal(undefined);
  });

  it('in German', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail lang="de" .event=${detailEvent('policy_exception', { message: traceback(1_000) })}></ev-detail>`);
    await el.updateComplete;
    expect(buttonOf(el, /^100 weitere Einträge zeigen \(800 ausgeblendet\)$/), $$(el, 'button').map(text).join(' | ')).to.exist;
  });
});
