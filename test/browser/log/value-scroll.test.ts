/**
 * The expanded row's summary (the log's own, when `<ev-detail>` is not defined) shows each value in
 * a box at most 6rem high that scrolls. A value within the 2,000-character cut can still be taller
 * than that (a 1,500-character user-agent-like app name), and its box scrolled for a mouse but not
 * for a keyboard: no tab stop, so the rest could not be read, and axe's
 * `scrollable-region-focusable` failed. Now a value box that overflows is a tab stop named by its
 * term ("App"), and the arrow keys scroll it; a box whose value fits is not a tab stop.
 * The Context was a tab stop (named "Context") even when it fit: a stop with nothing to scroll.
 * Now it is one only when it scrolls, as the values.
 *
 * Only <ev-log> is defined here (not src/define.js), so an expanded row shows the log's summary.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/i18n/locales/de.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { expandedSummary, waitFor } from './summary-helpers.js';

/** A user-agent-like text of `n` characters (words, so it wraps over many lines). */
function agent(n: number): string {
  const words = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 ';
  return words.repeat(Math.ceil(n / words.length)).slice(0, n);
}

async function expanded(event: EventRecord, lang = 'en'): Promise<{ el: EvLog; summary: HTMLElement; dd: (label: string) => HTMLElement }> {
  const { el, summary } = await expandedSummary(event, { lang, height: 700 });
  const dd = (label: string) => [...summary.querySelectorAll('dl > div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label)!.querySelector<HTMLElement>('dd')!;
  return { el, summary, dd };
}

const focused = (el: EvLog) => el.shadowRoot!.activeElement;

describe('<ev-log> summary: a value that scrolls is reachable from the keyboard', () => {
  it('a 1,500-character app: Tab reaches its box (named "App"), ArrowDown scrolls it; values that fit are no tab stops', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, summary, dd } = await expanded({ ...e!, app: agent(1_500), user: { username: 'alice' } as EventRecord['user'] });
    const app = dd('App');
    expect(app.querySelector('[part~="value-cut"]'), 'within the cut: no note').to.equal(null);
    expect(app.scrollHeight, 'the value scrolls in its box').to.be.greaterThan(app.clientHeight);

    el.shadowRoot!.querySelector<HTMLElement>('[part~="collapse-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab from the panel bar: the app value (ID, Created, Action fit)').to.equal(app);
    expect(app.getAttribute('aria-label')).to.equal('App');
    expect(app.scrollTop).to.equal(0);
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => app.scrollTop > 0, 'ArrowDown scrolls the value');
    expect(focused(el), 'focus stays on the value').to.equal(app);

    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'next: the Context (User, Client IP, Brand fit; the Context of this event scrolls)').to.equal(summary.querySelector('[part~="context"]'));
    for (const label of ['ID', 'Created', 'Action', 'User', 'Client IP', 'Brand']) {
      expect(dd(label).scrollHeight, `${label} fits`).to.be.at.most(dd(label).clientHeight);
      expect(dd(label).hasAttribute('tabindex'), `${label} is no tab stop`).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('German: a long username box is named "Benutzer"; axe passes', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, dd } = await expanded({ ...e!, user: { username: agent(1_500) } as EventRecord['user'] }, 'de');
    const user = dd('Benutzer');
    await waitFor(() => user.tabIndex === 0, 'the username box becomes a tab stop');
    expect(user.getAttribute('aria-label')).to.equal('Benutzer');
    expect(dd('App').hasAttribute('tabindex')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a value cut at 2,000 characters: its scroll box is named by its term too', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, dd } = await expanded({ ...e!, brand: { ...(e!.brand ?? {}), name: agent(50_000) } as EventRecord['brand'] });
    const box = dd('Brand').querySelector<HTMLElement>('.value')!;
    await waitFor(() => box.tabIndex === 0, 'the cut value is a tab stop');
    expect(box.getAttribute('aria-label')).to.equal('Brand');
    await expect(el).to.be.accessible();
  });

  it('a short Context that fits is no tab stop and has no name of its own; axe passes', async () => {
    const [e] = makeEvents({ count: 1 });
    const { el, summary } = await expanded({ ...e!, context: { a: 1 } });
    const context = summary.querySelector<HTMLElement>('[part~="context"]')!;
    expect(context.scrollHeight, 'the Context fits').to.be.at.most(context.clientHeight);
    expect(context.hasAttribute('tabindex'), 'no tab stop').to.equal(false);
    expect(context.hasAttribute('aria-label'), 'no name of its own').to.equal(false);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="collapse-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(summary.contains(focused(el)), 'Tab from the panel bar passes the summary (every value and the Context fit)').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a Context that scrolls: Tab reaches it (named "Context"), ArrowDown scrolls it; axe passes', async () => {
    const [e] = makeEvents({ count: 1 });
    const long = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`key${i}`, `value ${i}`]));
    const { el, summary } = await expanded({ ...e!, context: long });
    const context = summary.querySelector<HTMLElement>('[part~="context"]')!;
    expect(context.scrollHeight, 'the Context scrolls in its box').to.be.greaterThan(context.clientHeight);
    await waitFor(() => context.tabIndex === 0, 'the Context becomes a tab stop');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="collapse-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab from the panel bar: the Context (every value fits)').to.equal(context);
    expect(context.getAttribute('aria-label')).to.equal('Context');
    expect(context.scrollTop).to.equal(0);
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => context.scrollTop > 0, 'ArrowDown scrolls the Context');
    expect(focused(el), 'focus stays on the Context').to.equal(context);
    await expect(el).to.be.accessible();
  });
});
