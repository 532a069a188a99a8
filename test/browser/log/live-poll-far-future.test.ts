// <ev-log live> polling a source (its client has no live channel) that hands over an event created
// in the far future ("9999-12-31…": data is hostile). It shows once, and live updates go on: an
// event created after it still shows (before, the far one stayed "the newest seen": every later
// tick asked for events `since` 9999 and nothing new ever showed). In-memory source.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, LiveMessage, SubscribeOptions } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { ControlledClient, manyEvents, settle, shadow, waitFor } from './helpers.js';

// In this run's past on any date (EV_TEST_CLOCK_OFFSET_DAYS): a poll's marker never passes the
// client's clock, so data dated after it is not "since" anything.
const NOW = Date.now() - 3 * 3_600_000;
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const at = (pk: string, created: string) => ({ ...manyEvents(1, NOW)[0]!, pk, created }) as EventRecord;

/** No live channel: the log polls. */
class PolledClient extends ControlledClient {
  override subscribe(_onMessage: (m: LiveMessage) => void, _options?: SubscribeOptions): () => void {
    throw new Error('no live channel');
  }
}

/** Waits for `n` more poll ticks (their requests carry `since`). */
async function ticks(client: ControlledClient, n: number): Promise<void> {
  const since = () => client.calls.filter((c) => c.query.since && c.settled).length;
  const target = since() + n;
  await waitFor(() => since() >= target, `${n} more ticks`);
}

describe('<ev-log live> polling: an event created in 9999', () => {
  it('shows once, and an event created after it still shows', async () => {
    const memory = createMemoryClient({ events: manyEvents(30, NOW) });
    const client = new PolledClient(memory);
    const el = await fixture<EvLog>(html`<ev-log live lang="en" style="height: 480px; width: 1000px" .client=${client} .pollInterval=${50}></ev-log>`);
    await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling');
    await ticks(client, 2);
    memory.addEvents([at('far', '9999-12-31T23:59:59Z')]);
    await waitFor(() => el.total === 31, 'the far one');
    await ticks(client, 2);
    memory.addEvents([at('later', new Date(Date.now() - 1000).toISOString())]);
    await waitFor(() => el.total === 32, 'the later one', 4000);
    await ticks(client, 3);
    await settle(el);
    expect(el.total).to.equal(32);
    const sinces = client.calls.map((c) => c.query.since ?? '');
    expect(sinces.filter((s) => s.startsWith('9999'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
