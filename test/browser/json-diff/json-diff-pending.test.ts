/**
 * A large diff is computed after the first render, in slices that each end with a turn of the
 * event loop. Those turns are fresh tasks (a MessageChannel message), not nested `setTimeout(0)`:
 * HTML clamps a timer nested five deep to at least 4 ms, so a timer-driven diff sat idle 4 ms
 * per slice from the fifth on and showed its result that much later. Asserted on what the page
 * sees (the timers the diff sets, its own timers still running, the result) rather than on
 * durations; the bench's detail page reports time-to-result.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/json-diff/ev-json-diff.js';
import type { EvJsonDiff } from '../../../src/components/json-diff/json-diff.js';
import { diffJson, diffJsonAsync } from '../../../src/diff/index.js';
import type { JsonValue } from '../../../src/diff/types.js';
import { editedCopy, hugeContext } from '../../fixtures/detail-events.js';

const loading = (el: EvJsonDiff) => el.shadowRoot!.querySelector('[part="loading"]')?.textContent ?? null;
/**
 * Where keyboard focus is, as `part: text` (inside `el`), `page` (anywhere else) or `nowhere`
 * (the page's body). Strings, so a failure never serialises a megabyte value through the DOM.
 */
function focusOf(el: EvJsonDiff): string {
  const inside = el.shadowRoot!.activeElement;
  if (inside) return `${inside.getAttribute('part')}: ${inside.textContent!.trim()}`;
  return !document.activeElement || document.activeElement === document.body ? 'nowhere' : 'page';
}

const big = hugeContext(1_500_000) as JsonValue;
const bigNext = JSON.parse(JSON.stringify(editedCopy(hugeContext(1_500_000)))) as JsonValue;

/**
 * Runs `work` while counting the `setTimeout` calls made by anything but this helper, and the
 * page's own zero-delay timer chain (which must keep running: the work is sliced).
 */
async function watchTimers<T>(work: () => Promise<T>): Promise<{ result: T; timersSet: number; pageTicks: number }> {
  const original = window.setTimeout;
  let timersSet = 0;
  let pageTicks = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    pageTicks++;
    original(tick, 0);
  };
  window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    timersSet++;
    return original(...args);
  }) as typeof setTimeout;
  try {
    original(tick, 0);
    const result = await work();
    return { result, timersSet, pageTicks };
  } finally {
    running = false;
    window.setTimeout = original;
  }
}

describe('<ev-json-diff> while a large diff is computed', function () {
  this.timeout(60_000);

  it('diffJsonAsync yields in fresh tasks, never timers: many slices, the page keeps running, same result', async () => {
    const { result, timersSet, pageTicks } = await watchTimers(() => diffJsonAsync(big, bigNext, { sliceMs: 1 }));
    expect(timersSet, 'timers set by the diff (nested ones are clamped to 4 ms)').to.equal(0);
    expect(pageTicks, "the page's timers that ran meanwhile").to.be.at.least(3);
    expect(result).to.deep.equal(diffJson(big, bigNext));
  });

  it('the element: "Comparing…", then the diff, with no timer set from mount to result', async () => {
    const el = document.createElement('ev-json-diff');
    el.oldValue = big;
    el.newValue = bigNext;
    const shown: Array<string | null> = [];
    const { timersSet } = await watchTimers(async () => {
      document.body.append(el);
      const observer = new MutationObserver(() => shown.push(loading(el)));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await el.updateComplete;
      observer.disconnect();
    });
    expect(shown[0], 'first render').to.equal('Comparing…');
    expect(timersSet, 'timers set from mount to result').to.equal(0);
    expect(loading(el)).to.equal(null);
    expect(el.diff).to.deep.equal(diffJson(big, bigNext));
    el.remove();
  });
});

describe('<ev-json-diff> inputs changed while comparing', function () {
  this.timeout(60_000);

  it('superseded: the new values are diffed and shown, the abandoned diff stops (no more tasks)', async () => {
    const el = document.createElement('ev-json-diff');
    el.oldValue = big;
    el.newValue = bigNext;
    document.body.append(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const Channel = window.MessageChannel;
    let channels = 0;
    window.MessageChannel = class extends Channel {
      constructor() {
        super();
        channels++;
      }
    };
    try {
      el.oldValue = { name: 'LDAP' };
      el.newValue = { name: 'Corporate LDAP' };
      await el.updateComplete;
      expect(loading(el)).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('Corporate LDAP');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(channels, 'tasks the abandoned diff scheduled').to.equal(0);
      expect(el.diff).to.deep.equal(diffJson({ name: 'LDAP' }, { name: 'Corporate LDAP' }));
    } finally {
      window.MessageChannel = Channel;
      el.remove();
    }
  });

  it('keyboard focus on its toolbar survives "Comparing…" (on the status) and returns to the same button with the result', async () => {
    const el = document.createElement('ev-json-diff');
    el.oldValue = { a: 1 };
    el.newValue = { a: 2 };
    document.body.append(el);
    await el.updateComplete;
    const sideBySide = () => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="layout-button"]')[1]!;
    sideBySide().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.mode).to.equal('side-by-side');
    // The focus as the first render of the new values leaves it (a frame later, the diff may be done).
    const whileComparing: string[] = [];
    const observer = new MutationObserver(() => {
      if (whileComparing.length === 0 && loading(el) !== null) whileComparing.push(`${loading(el)} / focus on ${focusOf(el)}`);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.oldValue = big;
    el.newValue = bigNext;
    await el.updateComplete;
    observer.disconnect();
    expect(whileComparing, 'focus while comparing').to.deep.equal(['Comparing… / focus on loading: Comparing…']);
    expect(focusOf(el), 'focus with the result').to.equal('layout-button: Side by side');
    expect(el.shadowRoot!.activeElement === sideBySide()).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('keyboard focus inside when the new values turn out equal: it goes to "No differences.", not to the page', async () => {
    const el = document.createElement('ev-json-diff');
    el.oldValue = { a: 1 };
    el.newValue = { a: 2 };
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all-button"]')!.focus();
    el.oldValue = big;
    el.newValue = JSON.parse(JSON.stringify(big)) as JsonValue;
    await el.updateComplete;
    expect(focusOf(el)).to.equal('empty: No differences.');
    el.remove();
  });
});
