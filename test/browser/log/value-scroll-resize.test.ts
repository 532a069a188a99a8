/**
 * Guard (passed before it was written): a summary box is a tab stop only while it scrolls, also
 * when a resize of the log (or of what holds it) changes that, not only when it is rendered. A
 * narrow log widened so the value fits: the box is no tab stop and has no name of its own; narrowed
 * again so it scrolls: it is a tab stop named by its term, Tab reaches it, axe
 * (`scrollable-region-focusable`) passes. `scroll-focus.ts` measures every box it marks when the
 * box is resized (a ResizeObserver on the boxes rendered, unobserved when they go).
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 * One column (Action) keeps the rows' minimum width below the widths used: the summary's terms are
 * then laid out in one column as wide as the log.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { expandedSummary, waitFor } from './summary-helpers.js';

/** A user-agent-like text of `n` characters (words, so it wraps over many lines). */
function agent(n: number): string {
  const words = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 ';
  return words.repeat(Math.ceil(n / words.length)).slice(0, n);
}

const scrolls = (box: HTMLElement) => box.scrollHeight > box.clientHeight;
const isStop = (box: HTMLElement, name: string) => box.getAttribute('tabindex') === '0' && box.getAttribute('aria-label') === name;
const isNoStop = (box: HTMLElement) => !box.hasAttribute('tabindex') && !box.hasAttribute('aria-label');

async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** `event`'s row expanded in a log showing only the Action column, `width` wide. */
async function narrowLog(event: EventRecord, width: string): Promise<{ el: EvLog; summary: HTMLElement; dd: (label: string) => HTMLElement }> {
  const { el, summary } = await expandedSummary(event, { height: 700 });
  el.columns = ['action'];
  el.style.width = width;
  await el.updateComplete;
  await frames();
  const dd = (label: string) => [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label)!.querySelector<HTMLElement>('dd')!;
  return { el, summary, dd };
}

describe('<ev-log> summary: a resize that changes whether a value box scrolls (guard)', () => {
  it('the log widened: the App box fits and is no tab stop; narrowed again: it scrolls, is a tab stop named "App", Tab reaches it; axe passes each time', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, dd } = await narrowLog({ ...e!, app: agent(200), user: { username: 'alice' } as EventRecord['user'] }, '300px');
    const app = dd('App');
    expect(scrolls(app), 'narrow: the App value scrolls').to.equal(true);
    await waitFor(() => isStop(app, 'App'), 'narrow: the App box is a tab stop named "App"');

    el.style.width = '480px';
    await waitFor(() => !scrolls(app), 'wide: the App value fits');
    await waitFor(() => isNoStop(app), 'wide: the App box is no tab stop and has no name of its own');
    await expect(el).to.be.accessible();

    el.style.width = '300px';
    await waitFor(() => scrolls(app), 'narrow again: the App value scrolls');
    await waitFor(() => isStop(app, 'App'), 'narrow again: the App box is a tab stop named "App"');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="collapse-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab from the panel bar reaches the App value').to.equal(app);
    await expect(el).to.be.accessible();
  });

  it('the box holding the log resized: the Context follows (a tab stop named "Context" only while it scrolls); axe passes', async () => {
    const [e] = makeEvents({ count: 1 });
    const box = await fixture<HTMLElement>(html`<div style="width: 480px"></div>`);
    const { el, summary } = await narrowLog({ ...e!, context: { note: agent(400) } }, '100%');
    box.append(el);
    await frames();
    const context = summary.querySelector<HTMLElement>('[part~="context"]')!;
    await waitFor(() => !scrolls(context) && isNoStop(context), 'wide: the Context fits and is no tab stop');

    box.style.width = '300px';
    await waitFor(() => scrolls(context), 'narrow: the Context scrolls');
    await waitFor(() => isStop(context, 'Context'), 'narrow: the Context is a tab stop named "Context"');
    await expect(el).to.be.accessible();

    box.style.width = '480px';
    await waitFor(() => !scrolls(context) && isNoStop(context), 'wide again: the Context fits and is no tab stop');
    await expect(el).to.be.accessible();
  });
});
