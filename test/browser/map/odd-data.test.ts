import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvMap } from '../../../src/components/map/map.js';
import { $, $$, BERLIN, drawn, eventsAt, text } from './helpers.js';

const popup = (el: EvMap) => $(el, '[part=popup]');

/** Errors thrown anywhere on the page (unhandled rejections too) while `run` runs. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => (errors.push(String(e.error ?? e.message)), e.preventDefault());
  const onRejection = (e: PromiseRejectionEvent) => (errors.push(String(e.reason)), e.preventDefault());
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

describe('<ev-map> with odd event data', () => {
  it('a place whose events have no valid time or a non-string action opens its popup; a garbage time is cut short', async () => {
    const [a, b, c, d, e] = eventsAt(5, BERLIN, 1);
    const events = [
      { ...a, created: null },
      { ...b, created: 1_700_000_000_000 },
      { ...c, created: `not a time ${'x'.repeat(10_000)}` },
      { ...d, action: null },
      { ...e, action: 42 },
    ] as unknown as EventRecord[];
    const el = await fixture<EvMap>(html`<ev-map .events=${events}></ev-map>`);
    await drawn(el);
    const errors = await pageErrors(async () => {
      $$(el, '[part=location]')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popup(el) !== null, 'Enter on the place opened no popup', { timeout: 3000 }).catch(() => undefined);
    });
    expect(errors).to.deep.equal([]);
    expect(popup(el), 'no popup for the place').to.not.equal(null);
    expect(text(popup(el)!.querySelector('.popup-count'))).to.equal('5 events');
    expect($$(el, '.popup-event').length).to.equal(5);
    const times = $$(el, '.popup-event time').map((t) => t.textContent ?? '');
    expect(Math.max(...times.map((t) => t.length)), 'a 10,000-character time is shown whole').to.be.at.most(210);
    expect(popup(el)!.contains(el.shadowRoot!.activeElement), 'the focus did not move into the popup').to.equal(true);
    await expect(el).to.be.accessible();
  });
});
