// <ev-log live>: events arriving together are put at the top newest first; one whose `created` is
// no time goes below every one with a time (as the lists of the sources put it: last). Before, one
// created "5" was sorted as May 2001 (V8's Date.parse), above an event of 1999 that came with it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { manyEvents, rowText, settle, shadow, waitFor } from './helpers.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const rows = (el: EvLog) => [...shadow(el).querySelectorAll<HTMLElement>('.data-row')];
/** The Created cell (the third column) of a row. */
const created = (row: HTMLElement) => rowText(row.querySelectorAll('[role="gridcell"]')[2]!);
const event = (pk: string, at: unknown) => ({ ...manyEvents(1, NOW)[0]!, pk, created: at }) as EventRecord;

describe('<ev-log live>: a batch of new events with one whose created is no time', () => {
  for (const noTime of ['5', '12.5', 'garbage', null]) {
    it(`created ${JSON.stringify(noTime)} comes below the one of 1999 that arrived with it`, async () => {
      const memory = createMemoryClient({ events: manyEvents(20, NOW) });
      const el = await fixture<EvLog>(html`<ev-log live lang="en" time-zone="UTC" style="height: 480px; width: 1000px" .client=${memory}></ev-log>`);
      await waitFor(() => el.matches(':state(ready)'), 'ready');
      await settle(el);
      memory.addEvents([event('no-time', noTime), event('y1999', '1999-06-01T10:00:00Z')]);
      await waitFor(() => el.total === 22, 'the two new rows');
      await settle(el);
      const [first, second] = rows(el);
      expect(created(first!)).to.contain('1999');
      expect(created(second!)).to.equal('Time unknown');
    });
  }
});
