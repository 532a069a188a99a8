/**
 * A chain of thousands of exceptions ("During handling of the above exception, another exception
 * occurred", 5,000 times: a hostile or looping message): the first and the last 20 earlier
 * exceptions are shown, the rest behind "Show 20 more exceptions (N hidden)", a page at a time,
 * focus going to the first exception revealed. The page never gets one "Caused by" per exception
 * of a 5,000-exception chain.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/i18n/locales/de.js';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, buttonOf, detailOf, text } from './helpers.js';

function chain(count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `Traceback (most recent call last):\n  File "/authentik/a.py", line ${i + 1}, in f\n    x()\nValueError: ${i}\n\nDuring handling of the above exception, another exception occurred:\n\n`;
  }
  return `${out}Traceback (most recent call last):\n  File "/authentik/b.py", line 1, in g\n    y()\nRuntimeError: last`;
}

const causeButtons = (el: Element) => $$(el, '[part~=cause] > button');
const causeMessages = (el: Element) => causeButtons(el).map((b) => text(b));

describe('<ev-detail> a chain of 5,000 exceptions', () => {
  it('shows the first and the last 20 earlier exceptions, the rest a page at a time; focus on the first revealed', async () => {
    const el = await detailOf(detailEvent('policy_exception', { message: chain(5_000) }));
    expect(text($$(el, '[part~=error-line]')[0])).to.contain('RuntimeError: last');
    expect(causeButtons(el)).to.have.length(40);
    expect(el.shadowRoot!.querySelectorAll('*').length, 'elements').to.be.below(2_000);

    const more = buttonOf(el, /^Show 20 more exceptions \(4,960 hidden\)$/);
    expect(more, $$(el, 'button').map(text).slice(0, 30).join(' | ')).to.exist;
    more!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(causeButtons(el)).to.have.length(60);
    expect(buttonOf(el, /^Show 20 more exceptions \(4,940 hidden\)$/)).to.exist;
    const active = el.shadowRoot!.activeElement;
    expect(active, 'focus on the first exception revealed').to.equal(causeButtons(el)[20]);
    // Oldest first: the 21st exception of the chain is the first one revealed.
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-expanded')).to.equal('false');
    (active as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(causeButtons(el)[20]!.parentElement)).to.contain('ValueError: 20');
    await expect(el).to.be.accessible();
  });

  it('40 earlier exceptions or fewer are all shown', async () => {
    const el = await detailOf(detailEvent('policy_exception', { message: chain(40) }));
    expect(causeMessages(el)).to.have.length(40);
    expect(buttonOf(el, /more exceptions/)).to.equal(undefined);
  });

  it('in German', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail lang="de" .event=${detailEvent('policy_exception', { message: chain(1_000) })}></ev-detail>`);
    await el.updateComplete;
    expect(buttonOf(el, /^20 weitere Ausnahmen zeigen \(960 ausgeblendet\)$/), $$(el, 'button').map(text).slice(0, 50).join(' | ')).to.exist;
  });
});
