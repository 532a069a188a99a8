import { expect } from '@open-wc/testing';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { policyExceptionEvent } from '../../fixtures/detail-events.js';
import { $, buttonOf, detailOf } from './helpers.js';

/** The texts the live region shows, in order (empty included), as assistive technology sees them change. */
function watchStatus(el: EvDetail): string[] {
  const status = $(el, '[part="status"]')!;
  const seen: string[] = [];
  new MutationObserver(() => {
    const now = (status.textContent ?? '').trim();
    if (seen.at(-1) !== now) seen.push(now);
  }).observe(status, { childList: true, subtree: true, characterData: true });
  return seen;
}

async function until(condition: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('<ev-detail> announces every copy', () => {
  let original: typeof navigator.clipboard.writeText;
  let fail = false;
  beforeEach(() => {
    original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => {
      if (fail) throw new Error('denied');
    };
  });
  afterEach(() => {
    navigator.clipboard.writeText = original;
    fail = false;
  });

  it('copying the id, then the traceback, then the JSON: "Copied" is said three times, not once', async () => {
    const el = await detailOf(policyExceptionEvent());
    const seen = watchStatus(el);
    $(el, '[part="event-id"] button')!.click();
    await until(() => seen.at(-1) === 'Copied', 'the first "Copied"');
    buttonOf(el, 'Copy traceback')!.click();
    // The same words again change nothing in a live region: it must empty and then say them anew.
    await until(() => seen.length >= 3, 'a second announcement');
    await until(() => seen.at(-1) === 'Copied', 'the second "Copied"');
    buttonOf(el, 'Raw JSON')!.click();
    await el.updateComplete;
    buttonOf(el, 'Copy JSON')!.click();
    await until(() => seen.length >= 5, 'a third announcement');
    await until(() => seen.at(-1) === 'Copied', 'the third "Copied"');
    expect(seen).to.deep.equal(['Copied', '', 'Copied', '', 'Copied']);
    await expect(el).to.be.accessible();
  });

  it('a failure after a failure is said again too', async () => {
    const el = await detailOf(policyExceptionEvent());
    const seen = watchStatus(el);
    const copyId = $(el, '[part="event-id"] button')!;
    copyId.click();
    await until(() => seen.at(-1) === 'Copied', '"Copied"');
    fail = true;
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      copyId.click();
      await until(() => /^Copying failed/.test(seen.at(-1) ?? ''), 'the first failure');
      const count = seen.length;
      copyId.click();
      await until(() => seen.length >= count + 2 && /^Copying failed/.test(seen.at(-1) ?? ''), 'the second failure');
    } finally {
      document.execCommand = execCommand;
    }
  });
});
