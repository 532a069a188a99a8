// Scrolls / pages through every row of an <ev-log> and compares with a log handed all events.
import { expect, fixture, html } from '@open-wc/testing';
import { isoMs } from '../../../src/client/filter-match.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord, EventsClient } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { ControlledClient, dataRows, grid, rowText, settle, shadow, sincelessClient, waitFor } from './helpers.js';

export const banner = (el: EvLog) => shadow(el).querySelector<HTMLButtonElement>('[part="new-events"]');
const status = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;
const pagerButton = (el: EvLog, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="pager"] button')].find((b) => b.textContent!.trim() === label)!;

/**
 * What each of `events` shows as a row, in the source's order, from a log handed them all (tall
 * enough for every row). A log shows an array as given: newest first, ties in the order added.
 */
export async function expectedRows(events: readonly EventRecord[], ordering = '-created'): Promise<string[]> {
  const time = (e: EventRecord) => isoMs(e.created) || -Infinity;
  const sorted = ordering === '-created' ? [...events].sort((a, b) => time(b) - time(a)) : events;
  const el = await fixture<EvLog>(
    html`<ev-log lang="en" time-zone="UTC" ordering=${ordering} style="height: 3000px; width: 1000px" .events=${sorted}></ev-log>`,
  );
  await waitFor(() => dataRows(el).length === events.length, 'every reference row');
  await settle(el);
  return dataRows(el).map(rowText);
}

/** The text of every row of the grid, scrolled through from the top, by row index. */
export async function everyRow(el: EvLog): Promise<string[]> {
  const seen = new Map<number, string>();
  grid(el).scrollTop = 0;
  await settle(el);
  for (let y = 0; y < 10_000; y += 150) {
    grid(el).scrollTop = y;
    await settle(el);
    await waitFor(() => !dataRows(el).some((r) => r.getAttribute('aria-busy')), 'rows loaded');
    await settle(el);
    for (const row of dataRows(el)) seen.set(Number(row.getAttribute('aria-rowindex')), rowText(row));
    if (grid(el).scrollTop + grid(el).clientHeight >= grid(el).scrollHeight - 1 && seen.size >= el.total!) break;
  }
  return [...seen].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}

/** Every row of every page, from the first page on, through the pager's "Next page". */
export async function everyPage(el: EvLog): Promise<string[]> {
  const rows: string[] = [];
  if (el.page !== 1) {
    pagerButton(el, 'First page').click();
    await waitFor(() => el.page === 1 && el.matches(':state(ready)'), 'the first page');
  }
  for (;;) {
    await settle(el);
    rows.push(...(await everyRow(el)));
    const next = pagerButton(el, 'Next page');
    if (next.getAttribute('aria-disabled') === 'true') return rows;
    const page = el.page;
    next.click();
    await waitFor(() => el.page === page + 1 && el.matches(':state(ready)'), `page ${page + 1}`);
  }
}

/** Each of `expected` once among `rows`, nothing else. */
export function expectEachOnce(rows: readonly string[], expected: readonly string[]): void {
  const missing = expected.filter((t) => !rows.includes(t));
  const twice = rows.filter((t, i) => rows.indexOf(t) !== i);
  expect({ missing, twice }, 'rows left out, rows shown twice').to.deep.equal({ missing: [], twice: [] });
  expect([...rows].sort()).to.deep.equal([...expected].sort());
}

export type LiveSource = 'live channel' | 'polling, no since';

/**
 * An `<ev-log live>` over an in-memory client holding `events`, in pages of ten, from a source with a
 * live channel (it honours `since`) or from one the log polls that ignores `since`; open, and (polling)
 * the catch-up and a few ticks answered.
 */
export async function liveLog(
  source: LiveSource,
  events: readonly EventRecord[],
  attrs: { mode?: 'scroll' | 'pages'; ordering?: string; style: string },
) {
  const memory = createMemoryClient({ events });
  const client: EventsClient = source === 'live channel' ? memory : sincelessClient(memory);
  const el = await fixture<EvLog>(
    html`<ev-log live lang="en" time-zone="UTC" style=${attrs.style} mode=${attrs.mode ?? 'scroll'} ordering=${attrs.ordering ?? '-created'}
      page-size="10" .client=${client} .pollInterval=${50}></ev-log>`,
  );
  const open = source === 'live channel' ? 'Live' : 'Live (polling)';
  await waitFor(() => el.matches(':state(ready)') && status(el) === open, open);
  if (client instanceof ControlledClient) {
    // The catch-up and a few ticks have answered.
    const ticks = () => client.calls.filter((c) => c.query.since && c.settled).length;
    await waitFor(() => ticks() >= 3, 'the first ticks');
  }
  await settle(el);
  return { el, memory };
}
