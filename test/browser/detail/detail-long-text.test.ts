/**
 * Asking for the whole of a megabyte string (a Context-tree value's "Show all N characters", the
 * raw JSON of an event with a megabyte field) shows it a page at a time: all of it in one click
 * was one long task (a frozen tab). Copy and download still give the whole value. Asserted on
 * what is rendered and where focus is; the bench's detail-render page measures the long tasks.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $, $$, buttonOf, detailOf, text } from './helpers.js';

const MB = 1_000_000;
/** Characters one click may add (plus a line or two of JSON around a cut). */
const PAGE = 50_000;
const MORE_TEXT = /^Show more \([\d,]+ characters? left\)$/;

async function enter(el: EvDetail): Promise<void> {
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** What the copy button puts on the clipboard. */
async function copied(el: EvDetail, button: HTMLElement): Promise<string> {
  let value = '';
  const original = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (v: string) => void (value = v);
  try {
    button.click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  } finally {
    navigator.clipboard.writeText = original;
  }
  return value;
}

describe('<ev-detail> shows a megabyte string a page at a time when asked for all of it', function () {
  this.timeout(60_000);

  it('Context tree: "Show all 1,000,000 characters" shows a page; Enter on "Show more" keeps focus to the last page', async () => {
    const value = `${'z'.repeat(MB - 1)}!`;
    const el = await detailOf(detailEvent('custom_thing', { blob: value }));
    buttonOf(el, 'Context')!.click();
    await el.updateComplete;
    // The Details section shows the key too; this is the Context tree's.
    const context = () => $(el, '[part="section section-context"]')!;
    const within = (label: string | RegExp) =>
      [...context().querySelectorAll('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));
    const shown = () => text(context().querySelector('[part~="value-string"] bdi')).length;
    expect(shown()).to.equal(401);
    within('Show all 1,000,000 characters')!.click();
    await el.updateComplete;
    expect(shown(), 'first page').to.be.at.most(PAGE);
    const more = within(MORE_TEXT)!;
    expect(text(more)).to.equal(`Show more (${(MB - PAGE).toLocaleString('en-US')} characters left)`);

    more.focus();
    let clicks = 0;
    while (within(MORE_TEXT)) {
      const before = shown();
      await enter(el);
      expect(shown() - before, 'one click').to.be.within(1, PAGE);
      if (within(MORE_TEXT)) expect(el.shadowRoot!.activeElement).to.equal(within(MORE_TEXT));
      clicks++;
    }
    expect(clicks).to.equal(19);
    expect(context().querySelector('[part~="value-string"] bdi')!.textContent === value, 'the whole value').to.equal(true);
    expect(text(el.shadowRoot!.activeElement)).to.equal('Show less');
    await expect(el).to.be.accessible();

    // "Show less", then "Show all" again: back to one page.
    await enter(el);
    expect(shown()).to.equal(401);
    within('Show all 1,000,000 characters')!.click();
    await el.updateComplete;
    expect(shown()).to.be.at.most(PAGE);
  });

  it('Raw JSON of an event with a megabyte field: a page per click, focus kept, copy gives the whole event', async () => {
    const event = detailEvent('custom_thing', { before: 'x', blob: 'b'.repeat(MB), after: Array.from({ length: 600 }, (_, i) => i) });
    const el = await detailOf(event);
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    const pre = () => $(el, '[part="raw-json"]')!;
    expect(pre().textContent!.length, 'opening').to.be.at.most(PAGE + 1_000);
    const json = JSON.stringify(event, null, 2);
    expect(JSON.parse(await copied(el, buttonOf(el, 'Copy JSON')!))).to.deep.equal(event);

    buttonOf(el, MORE_TEXT)!.focus();
    while (buttonOf(el, MORE_TEXT)) {
      const before = pre().textContent!.length;
      await enter(el);
      expect(pre().textContent!.length - before, 'one click').to.be.within(1, PAGE + 1_000);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('more-button');
    }
    // After the megabyte line, pages of lines again; the last one leaves focus on the text.
    expect(text(buttonOf(el, /more lines/))).to.match(/^Show \d+ more lines \(\d+ left\)$/);
    while (buttonOf(el, /more lines/)) await enter(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('raw-json');
    // Every character is there, in order (a page is a block: line breaks between pages).
    expect(pre().innerText.replace(/\n/g, '') === json.replace(/\n/g, ''), 'the whole JSON').to.equal(true);
    expect(JSON.parse(await copied(el, buttonOf(el, 'Copy JSON')!))).to.deep.equal(event);
    expect($$(el, '[part="raw-json"] .text-page').length).to.be.at.least(20);
    await expect(el).to.be.accessible();
  });
});
