// <ev-log live> with 30 events (e0 newest … e29, a second apart) in pages of ten, and a new event
// whose `created` is a real time but not newer than the newest row (created at the same instant as
// e0 and listed after it; between e0 and e1; between e14 and e15; in 1999): two events created
// concurrently on different workers, the older delivered second. The sources list it at its place.
// In scroll mode it shows on top (like every new event), and scrolled through, every other event
// shows exactly once, in the source's order (its place left out); paged, or in another ordering, it
// shows at its place. Before, in scroll mode, it was counted as listed on top: the pages loaded
// after it were shifted by one, a row never showed (e9) and the new event showed twice.
// From the in-memory client's live channel, and from polling a source that ignores `since`: polling
// only delivers an event not older than the newest it has seen, so only the one created with e0.
import { expect } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import { banner, everyPage, everyRow, expectedRows, expectEachOnce, type LiveSource as Source, liveLog as shared } from './every-row.js';
import { dataRows, grid, manyEvents, rowText, settle, visibleRows, waitFor } from './helpers.js';

// Dated by the clock (not a fixed day): polling takes no `since` from events ahead of the client's clock.
const NOW = Date.now() - 3_600_000;
// Short enough that the rows of the second and third pages are not loaded until scrolled to.
const style = 'height: 300px; width: 1000px';

const liveLog = (source: Source, attrs: { mode?: 'scroll' | 'pages'; ordering?: string; style?: string } = {}) =>
  shared(source, manyEvents(30, NOW), { style, ...attrs });

/** A new event (another event's fields, so its row reads differently) created `ago` ms before e0. */
const late = (ago: number | string): EventRecord => ({
  ...manyEvents(4, NOW)[3]!,
  pk: 'late',
  created: typeof ago === 'string' ? ago : new Date(NOW - ago).toISOString(),
});

const cases = [
  { name: 'created with the newest row (listed after it)', ago: 0, sources: ['live channel', 'polling, no since'] as Source[] },
  { name: 'between the first two rows', ago: 500, sources: ['live channel'] as Source[] },
  { name: 'in the second page (between e14 and e15)', ago: 14_500, sources: ['live channel'] as Source[] },
  { name: 'in the third page (between e24 and e25)', ago: 24_500, sources: ['live channel'] as Source[] },
  { name: 'in 1999 (after every row)', ago: '1999-06-01T10:00:00.000Z', sources: ['live channel'] as Source[] },
];

/** The rows a newest-first log shows once `text` (a new event's row) is on top: the others in order. */
const onTop = (expected: readonly string[], text: string) => [text, ...expected.filter((t) => t !== text)];

describe('<ev-log live>: a new event older than the newest row shows once, every other row too', () => {
  for (const { name, ago, sources } of cases) {
    for (const source of sources) {
      it(`scroll mode, ${source}, ${name}: at the top, on top, every row once in order`, async () => {
        const { el, memory } = await liveLog(source);
        const event = late(ago);
        const expected = await expectedRows([...memory.events, event]);
        const [text] = await expectedRows([event]);
        memory.addEvents([event]);
        await waitFor(() => el.total === 31, 'the new row');
        await settle(el);
        expect(rowText(dataRows(el)[0]!)).to.equal(text);
        const rows = await everyRow(el);
        expectEachOnce(rows, expected);
        expect(rows).to.deep.equal(onTop(expected, text!));
        expect(banner(el)).to.equal(null);
        expect(el.total).to.equal(31);
        grid(el).scrollTop = 0;
        await settle(el);
        await expect(el).to.be.accessible();
      });

      it(`scroll mode, ${source}, ${name}: scrolled down, the first row on screen stays, "1 new event", shown on top: every row once in order`, async () => {
        const { el, memory } = await liveLog(source);
        const event = late(ago);
        const expected = await expectedRows([...memory.events, event]);
        const [text] = await expectedRows([event]);
        grid(el).scrollTop = 150;
        await settle(el);
        const before = visibleRows(el).map(rowText);
        memory.addEvents([event]);
        await waitFor(() => banner(el) !== null, 'the button');
        await settle(el);
        expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
        // Until shown on top it shows at its place: the rows above the view stay where they were.
        const now = visibleRows(el).map(rowText);
        expect(now[0], 'the first row on screen').to.equal(before[0]);
        banner(el)!.click();
        await waitFor(() => banner(el) === null && el.total === 31 && el.matches(':state(ready)'), 'shown');
        await settle(el);
        expect(grid(el).scrollTop).to.equal(0);
        expect(rowText(dataRows(el)[0]!)).to.equal(text);
        const rows = await everyRow(el);
        expectEachOnce(rows, expected);
        expect(rows).to.deep.equal(onTop(expected, text!));
      });
    }
  }

  for (const show of [false, true]) {
    it(`pages, live channel, in the middle${show ? ', "Show" activated' : ''}: every page has every row once, in order`, async () => {
      const { el, memory } = await liveLog('live channel', { mode: 'pages' });
      const event = late(14_500);
      const expected = await expectedRows([...memory.events, event]);
      memory.addEvents([event]);
      await waitFor(() => banner(el) !== null, 'the button');
      expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
      if (show) {
        banner(el)!.click();
        await waitFor(() => banner(el) === null && el.matches(':state(ready)'), 'shown');
      }
      const rows = await everyPage(el);
      expectEachOnce(rows, expected);
      expect(rows).to.deep.equal(expected);
    });
  }

  it('scroll mode, oldest first, live channel, in the middle: behind the button, shown (a reload): every row once, in order', async () => {
    // Taller: at 300px a row entering the view at a page's start is not asked for until the next scroll (left alone here).
    const { el, memory } = await liveLog('live channel', { ordering: 'created', style: 'height: 480px; width: 1000px' });
    const event = late(14_500);
    const expected = await expectedRows([...memory.events, event], 'created');
    memory.addEvents([event]);
    await waitFor(() => banner(el) !== null, 'the button');
    expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
    banner(el)!.click();
    await waitFor(() => banner(el) === null && el.total === 31 && el.matches(':state(ready)'), 'shown');
    const rows = await everyRow(el);
    expectEachOnce(rows, expected);
    expect(rows).to.deep.equal(expected);
  });
});
