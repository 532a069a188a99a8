// <ev-log live> with 30 events in pages of ten, and a new event whose `created` is no time (null, "5",
// "soon": data is hostile) arriving live, from a source with a live channel (it honours `since`) and
// from one the log polls that ignores `since`. The sources list such an event last. Scrolled (and
// paged) through from the top, every event shows exactly once. Before, in scroll mode, the event
// was put on top and counted as one the source lists on top, so the pages loaded after it were
// shifted by one: e9 never showed, and the new event showed twice (on top and again at the bottom).
// The same with an older event whose created is no time in the data (the new one is listed after it).
// In-memory source.
import { expect } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import type { EventRecord } from '../../../src/client/types.js';
import { dataRows, grid, manyEvents, rowText, settle, waitFor } from './helpers.js';
import { banner, everyPage, everyRow, expectEachOnce, expectedRows, type LiveSource, liveLog as shared } from './every-row.js';

// Dated by the clock (not a fixed day): polling takes no `since` from events ahead of the client's clock.
const NOW = Date.now() - 3_600_000;
const style = 'height: 480px; width: 1000px';

const liveLog = (source: LiveSource, mode: 'scroll' | 'pages', extra: readonly EventRecord[] = []) =>
  shared(source, [...manyEvents(30, NOW), ...extra], { mode, style });

describe('<ev-log live>: a new event whose created is no time shows once, every other row too', () => {
  for (const source of ['live channel', 'polling, no since'] as const) {
    for (const created of [null, '5', 'soon']) {
      const noTime = { ...manyEvents(1, NOW)[0]!, pk: 'no-time', created } as EventRecord;

      it(`scroll mode, ${source}, created ${JSON.stringify(created)}: at the top, then every row once`, async () => {
        const { el, memory } = await liveLog(source, 'scroll');
        const expected = await expectedRows([...memory.events, noTime]);
        memory.addEvents([noTime]);
        await waitFor(() => el.total === 31, 'the new row');
        await settle(el);
        expect(rowText(dataRows(el)[0]!)).to.include('Time unknown');
        expectEachOnce(await everyRow(el), expected);
        expect(banner(el)).to.equal(null);
        expect(el.total).to.equal(31);
        grid(el).scrollTop = 0;
        await settle(el);
        await expect(el).to.be.accessible();
      });

      it(`scroll mode, ${source}, created ${JSON.stringify(created)}: scrolled down, behind the button, then shown: every row once`, async () => {
        const { el, memory } = await liveLog(source, 'scroll');
        const expected = await expectedRows([...memory.events, noTime]);
        grid(el).scrollTop = 150;
        await settle(el);
        memory.addEvents([noTime]);
        await waitFor(() => banner(el) !== null, 'the button');
        expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
        banner(el)!.click();
        await waitFor(() => banner(el) === null && el.total === 31 && el.matches(':state(ready)'), 'shown');
        await settle(el);
        expect(rowText(dataRows(el)[0]!)).to.include('Time unknown');
        expectEachOnce(await everyRow(el), expected);
        expect(el.total).to.equal(31);
      });

      for (const show of [false, true]) {
        it(`pages, ${source}, created ${JSON.stringify(created)}${show ? ', "Show" activated' : ''}: every page has every row once`, async () => {
          const { el, memory } = await liveLog(source, 'pages');
          const expected = await expectedRows([...memory.events, noTime]);
          memory.addEvents([noTime]);
          await waitFor(() => banner(el) !== null, 'the button');
          expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
          if (show) {
            banner(el)!.click();
            await waitFor(() => banner(el) === null && el.matches(':state(ready)'), 'shown');
          }
          expectEachOnce(await everyPage(el), expected);
          await expect(el).to.be.accessible();
        });
      }
    }

    it(`scroll mode, ${source}: with an older event whose created is no time in the data, the new one on top, every row once`, async () => {
      const older = { ...manyEvents(2, NOW)[1]!, pk: 'older-no-time', created: 'never' } as EventRecord;
      const noTime = { ...manyEvents(1, NOW)[0]!, pk: 'no-time', created: null as unknown } as EventRecord;
      const { el, memory } = await liveLog(source, 'scroll', [older]);
      const expected = await expectedRows([...memory.events, noTime]);
      memory.addEvents([noTime]);
      await waitFor(() => el.total === 32, 'the new row');
      await settle(el);
      expect(rowText(dataRows(el)[0]!)).to.equal(expected.at(-1));
      const rows = await everyRow(el);
      expectEachOnce(rows, expected);
      expect(rows.filter((t) => t.includes('Time unknown')).length).to.equal(2);
    });
  }
});
