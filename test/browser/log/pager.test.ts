// <ev-log mode="pages">: the pager for keyboard and screen-reader users. The activated pager
// button keeps focus while the next page loads (and after, also at the first or last page), and
// the new page is announced politely.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createAuthentikClient } from '../../../src/client/adapters/authentik.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { control, referenceServer } from '../reference.js';
import { ControlledClient, dataRows, settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);

const pager = (el: EvLog) => shadow(el).querySelector<HTMLElement>('[part="pager"]');
const pagerText = (el: EvLog) => pager(el)?.querySelector('.page-status')?.textContent?.trim();
const pagerButton = (el: EvLog, name: string) => [...pager(el)!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const region = (el: EvLog) => shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
/** The focused element's text, and whether it is `button` (compared as such: a failed comparison of elements would print whole DOM trees). */
const focusOn = (el: EvLog, button: HTMLElement) => ({ text: shadow(el).activeElement?.textContent?.trim() ?? null, same: shadow(el).activeElement === button });

async function pagedLog(client: EventsClient, attrs: { page?: string; size?: string } = {}): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log mode="pages" page=${attrs.page ?? '1'} page-size=${attrs.size ?? '10'} style="height: 480px" .client=${client}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)'), 'ready', 8000);
  await settle(el);
  return el;
}

describe('<ev-log mode="pages"> pager', () => {
  it('the activated button keeps focus while the next page loads and after; the new page is announced', async () => {
    const client = new ControlledClient(createMemoryClient({ events: makeEvents({ count: 30, now: NOW }) }));
    const el = await pagedLog(client);
    expect(pagerText(el)).to.equal('Page 1 of 3');
    const next = pagerButton(el, 'Next page');
    next.focus();
    client.hold = true;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Loading: the pager and the button are still there, with focus on it.
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(pagerButton(el, 'Next page') === next, 'the same button').to.equal(true);
    expect(focusOn(el, next)).to.deep.equal({ text: 'Next page', same: true });
    expect(pagerText(el)).to.equal('Page 2 of 3');
    client.hold = false;
    client.release();
    await waitFor(() => el.matches(':state(ready)'), 'page 2');
    await settle(el);
    expect(focusOn(el, next)).to.deep.equal({ text: 'Next page', same: true });
    await waitFor(() => region(el).textContent!.trim() === 'Page 2 of 3', 'the announcement');
    // Onto the last page: Next can go no further, and still has focus (it says it is unavailable).
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.matches(':state(ready)') && el.page === 3, 'page 3');
    await settle(el);
    expect(focusOn(el, next)).to.deep.equal({ text: 'Next page', same: true });
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    await waitFor(() => region(el).textContent!.trim() === 'Page 3 of 3', 'the announcement of page 3');
    // Activating it does nothing.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.page).to.equal(3);
    expect(focusOn(el, next)).to.deep.equal({ text: 'Next page', same: true });
    await expect(el).to.be.accessible();
  });

  it('over HTTP (reference server): First keeps focus while page 1 loads, and page 1 is announced', async () => {
    await control('/reset', { method: 'POST' });
    const { apiUrl, token } = await referenceServer();
    const el = await pagedLog(createAuthentikClient({ baseUrl: apiUrl, token, live: 'none', retries: 0 }), { page: '2', size: '20' });
    const last = pagerText(el)!.replace(/^Page 2 of /, '');
    const first = pagerButton(el, 'First page');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusOn(el, first), 'while loading').to.deep.equal({ text: 'First page', same: true });
    await waitFor(() => el.matches(':state(ready)') && dataRows(el).length > 0, 'page 1', 8000);
    await settle(el);
    expect(focusOn(el, first)).to.deep.equal({ text: 'First page', same: true });
    expect(first.getAttribute('aria-disabled')).to.equal('true');
    await waitFor(() => region(el).textContent!.trim() === `Page 1 of ${last}`, 'the announcement');
  });
});
