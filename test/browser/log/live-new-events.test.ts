// <ev-log live>: the "N new events" button for keyboard and screen-reader users. Its first
// appearance is said in the polite live region (the same words again are said again), and
// activating it puts focus on the first new row (or the grid, when showing them reloads)
// instead of dropping it to the page when the button goes away.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, type MemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { makeEvents } from '../../fixtures/events.js';
import { activeCell, grid, manyEvents, settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
let serial = 0;

/** New events, newer than anything in the fixtures. */
function fresh(count: number): EventRecord[] {
  return makeEvents({ count, seed: 500 + serial, actions: ['login'], now: NOW + 3_600_000 + serial * 60_000 }).map((e) => ({ ...e, pk: `new-${serial++}` }));
}

async function liveLog(client: EventsClient, attrs: { mode?: string } = {}): Promise<EvLog> {
  const el = await fixture<EvLog>(html`<ev-log live mode=${attrs.mode ?? 'scroll'} style="height: 480px" .client=${client} .pollInterval=${50}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)'), 'ready');
  await settle(el);
  return el;
}

const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');
const region = (el: EvLog) => shadow(el).querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;

/** The texts the polite live region shows, in order (empty included), as assistive technology sees them change. */
function watchRegion(el: EvLog): string[] {
  const node = region(el);
  const seen: string[] = [];
  new MutationObserver(() => {
    const now = (node.textContent ?? '').trim();
    if (seen.at(-1) !== now) seen.push(now);
  }).observe(node, { childList: true, subtree: true, characterData: true });
  return seen;
}

async function scrollAway(el: EvLog): Promise<void> {
  grid(el).scrollTop = 100 * 48;
  await nextFrame();
  await settle(el);
}

describe('<ev-log live> "N new events" button', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient({ events: manyEvents(3000, NOW) });
  });

  it('activated from the keyboard, focus goes to the first new row, not to the page', async () => {
    const el = await liveLog(client);
    await scrollAway(el);
    const added = fresh(2);
    client.addEvents(added);
    await waitFor(() => Boolean(banner(el)), 'the button');
    await settle(el);
    banner(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(banner(el)).to.equal(null);
    const focused = activeCell(el);
    expect(focused, 'focus stays in the log').to.not.equal(null);
    expect(focused!.getAttribute('role')).to.equal('gridcell');
    const row = focused!.closest('[role="row"]')!;
    expect(row.getAttribute('aria-rowindex'), 'the first data row').to.equal('2');
    expect(row.querySelector('time')!.getAttribute('datetime')).to.equal([added[0]!.created, added[1]!.created].sort().at(-1));
    await expect(el).to.be.accessible();
  });

  it('in explicit pages (showing them reloads the first page), focus goes to the grid', async () => {
    const el = await liveLog(client, { mode: 'pages' });
    client.addEvents(fresh(1));
    await waitFor(() => Boolean(banner(el)), 'the button');
    await settle(el);
    banner(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitFor(() => el.matches(':state(ready)'), 'reloaded');
    await settle(el);
    expect(banner(el)).to.equal(null);
    const focused = activeCell(el);
    expect(focused, 'focus stays in the log').to.not.equal(null);
    expect(grid(el).contains(focused), 'focus is in the grid').to.equal(true);
    expect(shadow(el).querySelector('[part="pager"]')!.textContent).to.contain('Page 1 of');
  });

  it('its first appearance is announced politely; the same words the next time are said again', async () => {
    const el = await liveLog(client);
    const seen = watchRegion(el);
    await scrollAway(el);
    client.addEvents(fresh(1));
    await waitFor(() => Boolean(banner(el)), 'the button');
    await waitFor(() => seen.at(-1) === '1 new event', 'the announcement');
    banner(el)!.click();
    await settle(el);
    await scrollAway(el);
    client.addEvents(fresh(1));
    await waitFor(() => Boolean(banner(el)), 'the button again');
    // Unchanged words are not read again: the region empties first, then says them anew.
    await waitFor(() => seen.length >= 3 && seen.at(-1) === '1 new event', 'the second announcement');
    expect(seen).to.deep.equal(['1 new event', '', '1 new event']);
    await expect(el).to.be.accessible();
  });
});
