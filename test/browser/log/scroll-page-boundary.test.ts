// Every row the grid draws is asked for: scrolled to a position where drawn rows reach into a
// page the viewport does not touch, that page is still requested and its rows show their events.
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { expectedRows } from './every-row.js';
import { ControlledClient, dataRows, grid, manyEvents, rowText, settle, waitFor } from './helpers.js';

const events = manyEvents(30);

async function mount(client: ControlledClient, ordering: string, height: number, pageSize = 10): Promise<EvLog> {
  const el = await fixture<EvLog>(
    html`<ev-log lang="en" time-zone="UTC" page-size=${pageSize} ordering=${ordering} style="height: ${height}px; width: 1000px" .client=${client}></ev-log>`,
  );
  await waitFor(() => el.matches(':state(ready)') && dataRows(el).length > 0, 'the first rows');
  await settle(el);
  return el;
}

/** Waits until nothing is asked for any more: no request in flight, none started while settling. */
async function quiet(el: EvLog, client: ControlledClient): Promise<void> {
  for (;;) {
    await waitFor(() => client.inFlight === 0, 'requests answered');
    const calls = client.calls.length;
    await settle(el);
    if (client.inFlight === 0 && client.calls.length === calls) return;
  }
}

/** Each drawn row as `aria-rowindex: text`. */
const drawn = (el: EvLog) => dataRows(el).map((r) => `${r.getAttribute('aria-rowindex')}: ${r.getAttribute('aria-busy') ? 'loading' : rowText(r)}`);
/** What each drawn row should show: its event. */
const wanted = (el: EvLog, expected: readonly string[]) => dataRows(el).map((r) => `${r.getAttribute('aria-rowindex')}: ${expected[Number(r.getAttribute('aria-rowindex')) - 2]}`);

/** Sets the scroller's position and waits for its scroll event (none when it is there already). */
async function scrollTo(el: EvLog, top: number): Promise<void> {
  const g = grid(el);
  if (Math.abs(g.scrollTop - top) >= 1) {
    const scrolled = new Promise((resolve) => g.addEventListener('scroll', resolve, { once: true }));
    g.scrollTop = top;
    await scrolled;
  }
  await settle(el);
}

async function scrollAndWait(el: EvLog, client: ControlledClient, top: number): Promise<void> {
  await scrollTo(el, top);
  await quiet(el, client);
}

describe('<ev-log> rows drawn at a page boundary', () => {
  for (const ordering of ['-created', 'created', 'action']) {
    it(`ordering ${ordering}, page-size 10, 300px, scrolled to 150: the drawn rows of page 2 (from row 11) show their events, no row stays loading`, async () => {
      const expected = await expectedRows(events, ordering);
      const client = new ControlledClient(createMemoryClient({ events }));
      const el = await mount(client, ordering, 300);
      await scrollAndWait(el, client, 150);
      expect(grid(el).scrollTop).to.equal(150);
      // The first row of page 2 is drawn (below the viewport, in the accessibility tree).
      expect(drawn(el).some((r) => r.startsWith('12: '))).to.equal(true);
      expect(drawn(el)).to.deep.equal(wanted(el, expected));
      expect(client.calls.map((c) => c.query.page)).to.include(2);
      await expect(el).to.be.accessible();
    });
  }

  it('an array in its given order (paged synchronously), scrolled to 150: no row stays loading', async () => {
    const expected = await expectedRows(events);
    const el = await fixture<EvLog>(html`<ev-log lang="en" time-zone="UTC" page-size="10" style="height: 300px; width: 1000px" .events=${events}></ev-log>`);
    await settle(el);
    await scrollTo(el, 150);
    expect(drawn(el)).to.deep.equal(wanted(el, expected));
  });

  for (const [height, pageSize] of [[150, 10], [200, 10], [300, 10], [300, 7], [480, 10], [480, 4]] as const) {
    it(`${height}px, page-size ${pageSize}: at every scroll position every drawn row shows its event`, async () => {
      const expected = await expectedRows(events, 'created');
      const failures: string[] = [];
      for (let top = 0; ; top += 30) {
        const client = new ControlledClient(createMemoryClient({ events }));
        const el = await mount(client, 'created', height, pageSize);
        const max = grid(el).scrollHeight - grid(el).clientHeight;
        const at = Math.min(top, max);
        await scrollAndWait(el, client, at);
        const stuck = drawn(el).filter((r) => r.endsWith(': loading'));
        if (stuck.length) failures.push(`scrollTop ${at}: ${stuck.map((r) => r.split(':')[0]).join(', ')}`);
        else expect(drawn(el), `scrollTop ${at}`).to.deep.equal(wanted(el, expected));
        el.remove();
        if (at >= max) break;
      }
      expect(failures, 'rows left loading (aria-rowindex)').to.deep.equal([]);
    });
  }
});
