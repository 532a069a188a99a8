// <ev-log live> left open at the top of a busy log: the live events shown on top are not all kept
// (memory, and each new event's duplicate check, would grow without bound). Beyond a limit (lowered
// here) the older ones are let go quietly: the rows on screen, their order and keyboard focus stay,
// nothing is listed twice or left out when scrolling down, and no request is made to do it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import { headLimit } from '../../../src/components/log/log-live.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { PushClient, activeCell, dataRows, manyEvents, settle, visibleRows, waitFor } from './helpers.js';
import { everyRow, expectedRows } from './every-row.js';
import { liveStatus } from './live-helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const live = (i: number): EventRecord => ({ ...manyEvents(1)[0]!, pk: `live-${i}`, created: new Date(NOW + (i + 1) * 1000).toISOString() });
const pks = (el: EvLog) => visibleRows(el).map((r) => r.querySelector('time')!.getAttribute('datetime'));
const focusedTime = (el: EvLog) => activeCell(el)?.closest('[role="row"]')?.querySelector('time')?.getAttribute('datetime') ?? null;

describe('<ev-log live>: live events kept on top are bounded', () => {
  const saved = { ...headLimit };
  afterEach(() => Object.assign(headLimit, saved));

  it('lets the older ones go past the limit; rows on screen, order and focus stay', async () => {
    Object.assign(headLimit, { max: 20, keep: 8 });
    const rows = manyEvents(20);
    const memory = createMemoryClient({ events: rows });
    const client = new PushClient(memory);
    const el = await fixture<EvLog>(html`<ev-log live lang="en" time-zone="UTC" page-size="10" style="height: 480px; width: 1000px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'rows');
    client.push({ type: 'status', status: 'open' });
    await waitFor(() => liveStatus(el) === 'Live', 'live');
    await waitFor(() => client.calls.every((c) => c.settled), 'the first catch-up');
    await settle(el);
    dataRows(el)[0]!.querySelector<HTMLElement>('[role="gridcell"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el, 1);
    const requests = client.calls.length;
    const pushed: EventRecord[] = [];
    let maxHead = 0;
    for (let i = 0; i < 35; i++) {
      const event = live(i);
      pushed.unshift(event);
      memory.addEvents([event]);
      const before = pks(el);
      const focus = focusedTime(el);
      client.push({ type: 'event', event });
      await waitFor(() => el.total === rows.length + i + 1, `live ${i}`);
      await settle(el, 1);
      maxHead = Math.max(maxHead, el.liveHead);
      // The new row on top, the rows on screen one lower, focus on the same event.
      expect(pks(el).slice(1), `rows after live ${i}`).to.deep.equal(before.slice(0, -1));
      expect(focusedTime(el), `focus after live ${i}`).to.equal(focus);
      expect(el.matches(':state(ready)')).to.equal(true);
    }
    expect(maxHead, 'live events kept on top').to.be.at.most(20);
    expect(el.liveHead).to.be.at.most(20);
    expect(client.calls.length, 'no reload').to.equal(requests);
    // Every row once, newest first, when scrolled down (those let go are listed again by page).
    const all = await everyRow(el);
    expect(all).to.deep.equal(await expectedRows([...pushed, ...rows]));
  });
});
