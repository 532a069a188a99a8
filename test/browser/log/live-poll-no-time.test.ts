// <ev-log live> polling a source (its client has no live channel) that hands over events whose
// `created` is no time, as a REST API without a `since` parameter does (it lists its newest page
// every tick). Such an event arrives like any new one, once: before, one created "5" (which V8's
// Date.parse reads as May 2001) never showed, and one created "garbage" was announced as new again
// on every tick ("1 new event" came back after every click). In-memory source.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { type ControlledClient, sincelessClient, manyEvents, rowText, settle, shadow, waitFor } from './helpers.js';

// In this run's past on any date (EV_TEST_CLOCK_OFFSET_DAYS): a poll's marker never passes the
// client's clock, so data dated after it is not "since" anything.
const NOW = Date.now() - 3 * 3_600_000;
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');
const rows = (el: EvLog) => [...shadow(el).querySelectorAll<HTMLElement>('.data-row')];
const noTime = (pk: string, created: unknown) => ({ ...manyEvents(1, NOW)[0]!, pk, created }) as EventRecord;

/** `pageSize` 10 in explicit pages: the event without a time is on the last page, not the one shown. */
async function pollingLog(mode: string, pageSize = 100) {
  const memory = createMemoryClient({ events: manyEvents(30, NOW) });
  const client = sincelessClient(memory);
  const el = await fixture<EvLog>(
    html`<ev-log live lang="en" style="height: 480px; width: 1000px" mode=${mode} page-size=${pageSize} .client=${client} .pollInterval=${50}></ev-log>`,
  );
  await waitFor(() => el.matches(':state(ready)') && status(el) === 'Live (polling)', 'polling');
  await ticks(client, 2);
  await settle(el);
  return { el, client, memory };
}

/** Waits for `n` more poll ticks (their requests carry `since`). */
async function ticks(client: ControlledClient, n: number): Promise<void> {
  const since = () => client.calls.filter((c) => c.query.since && c.settled).length;
  const target = since() + n;
  await waitFor(() => since() >= target, `${n} more ticks`);
}

describe('<ev-log live> polling: events whose created is no time', () => {
  it('one created "5" shows at the top, once, its time unknown', async () => {
    const { el, client, memory } = await pollingLog('scroll');
    memory.addEvents([noTime('five', '5')]);
    await waitFor(() => el.total === 31, 'the new row', 4000);
    await ticks(client, 3);
    await settle(el);
    expect(el.total).to.equal(31);
    // The Created cell (the third column) of the top row: no date made of "5".
    const created = rows(el)[0]!.querySelectorAll('[role="gridcell"]')[2]!;
    expect(rowText(created)).to.equal('Time unknown');
    await expect(el).to.be.accessible();
  });

  it('in explicit pages, one created "garbage" is announced once: after "Show" the button does not come back', async () => {
    const { el, client, memory } = await pollingLog('pages', 10);
    memory.addEvents([noTime('garbage', 'garbage')]);
    await waitFor(() => banner(el) !== null, 'the button');
    expect(banner(el)!.textContent!.trim()).to.equal('1 new event');
    banner(el)!.click();
    // The rows reload; the ticks go on.
    await ticks(client, 4);
    await waitFor(() => el.matches(':state(ready)'), 'reloaded');
    await settle(el);
    expect(banner(el)?.textContent?.trim(), 'the button after 4 more ticks').to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
