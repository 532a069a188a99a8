// <ev-log live> whose newest row was created in the far future ("9999-12-31…": data is hostile):
// when the stream re-opens after a drop it cannot replay, the catch-up still shows what was created
// meanwhile. Before, it asked for the events `since` 9999 and found none. In-memory source with a
// live channel the test drives.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { PushClient, manyEvents, settle, shadow, waitFor } from './helpers.js';

// Rows end a minute before this run's clock, so the one created "meanwhile" is the newest of them
// on any date (EV_TEST_CLOCK_OFFSET_DAYS).
const NOW = Date.now() - 60_000;
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const at = (pk: string, created: string) => ({ ...manyEvents(1, NOW)[0]!, pk, created }) as EventRecord;

describe('<ev-log live>: the newest row created in 9999', () => {
  it('after a stream drop, what was created meanwhile is still caught up on and shown', async () => {
    const memory = createMemoryClient({ events: [at('far', '9999-12-31T23:59:59Z'), ...manyEvents(30, NOW)] });
    const client = new PushClient(memory);
    const el = await fixture<EvLog>(html`<ev-log live lang="en" style="height: 480px; width: 1000px" .client=${client}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)'), 'rows');
    client.push({ type: 'status', status: 'open' });
    await waitFor(() => status(el) === 'Live', 'live');
    await settle(el);
    expect(el.total).to.equal(31);
    // The stream drops; one is created meanwhile, unheard; the stream comes back without replay.
    client.push({ type: 'status', status: 'connecting' });
    memory.addEvents([at('missed', new Date(Date.now() - 1000).toISOString())]);
    client.push({ type: 'status', status: 'open' });
    await waitFor(() => el.total === 32, 'the missed one');
    await settle(el);
    expect(client.calls.filter((c) => c.query.since?.startsWith('9999'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
