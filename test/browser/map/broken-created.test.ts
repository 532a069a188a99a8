import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvSource } from '../../../src/components/source/source.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { $, BERLIN, TOKYO, drawn, eventsAt, pageErrors, text } from './helpers.js';

describe('events whose created is no time (null, a number), from a memory source', () => {
  it('the map and the chart show the data; nothing throws', async () => {
    // In the last hour: the chart's default range (the last 7 days) shows them whatever today is.
    const recent = (events: EventRecord[]) => events.map((e, i) => ({ ...e, created: new Date(Date.now() - 3_600_000 - i * 60_000).toISOString() }));
    const good = recent([...eventsAt(3, BERLIN, 1), ...eventsAt(2, TOKYO, 2)]);
    const broken = eventsAt(2, BERLIN, 3).map((e, i) => ({ ...e, pk: `broken-${i}`, created: i === 0 ? null : 1_700_000_000_000 })) as unknown as EventRecord[];
    let source!: EvSource;
    const errors = await pageErrors(async () => {
      source = await fixture<EvSource>(html`<ev-source .client=${createMemoryClient({ events: [...good, ...broken] })}>
        <ev-map style="width: 640px; height: 400px"></ev-map>
        <ev-volume-chart></ev-volume-chart>
      </ev-source>`);
      const map = source.querySelector('ev-map')!;
      const chart = source.querySelector<EvVolumeChart>('ev-volume-chart')!;
      await drawn(map);
      expect(text($(map, '[part=summary]'))).to.equal('7 events at 2 places');
      await waitUntil(() => chart.matches(':state(ready)') || chart.matches(':state(error)'), 'the chart never settled', { timeout: 8000 });
      expect(chart.matches(':state(ready)'), 'the chart shows an error').to.equal(true);
      // A time range: the events without a time are in none.
      source.store.patchFilter({ since: '2000-01-01T00:00:00Z' });
      await waitUntil(() => text($(map, '[part=summary]')) === '5 events at 2 places', `the map shows ${text($(map, '[part=summary]'))}`, { timeout: 8000 });
    });
    expect(errors).to.deep.equal([]);
  });
});
