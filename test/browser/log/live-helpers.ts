// Shared by the <ev-log live> catch-up tests (against the reference server, or an in-memory source).
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/log/ev-log.js';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventRecord } from '../../../src/client/types.js';
import type { EvLog } from '../../../src/components/log/log.js';
import { control, referenceServer } from '../reference.js';
import { PushClient, manyEvents, settle, shadow, visibleRows, waitFor } from './helpers.js';

/** Creates `count` events on the server; their `created` times (a row shows its event's as `datetime`). */
export async function emit(count = 1): Promise<string[]> {
  const { apiUrl, token } = await referenceServer();
  const { pks } = (await control('/emit', { body: { kind: 'event', count } })) as { pks: string[] };
  return Promise.all(
    pks.map(async (pk) => {
      const response = await fetch(`${apiUrl}/events/events/${pk}/`, { headers: { authorization: `Bearer ${token}` } });
      return ((await response.json()) as { created: string }).created;
    }),
  );
}

/** The `created` times of the rows on screen, top to bottom. */
export const shown = (el: EvLog): string[] => visibleRows(el).map((row) => row.querySelector('time')!.getAttribute('datetime')!);

/** How many rows on screen show each of `times`. */
export const copies = (el: EvLog, times: readonly string[]): number[] => times.map((t) => shown(el).filter((s) => s === t).length);

/** A promise the test opens when it wants (`open()`). */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** The live status text. */
export const liveStatus = (el: EvLog) => shadow(el).querySelector('[part="live-status"]')!.textContent;

/** An event `pk` created at `created` (ms). */
export const eventAt = (pk: string, created: number) => ({ ...manyEvents(1)[0]!, pk, created: new Date(created).toISOString() }) as EventRecord;

/**
 * A live `<ev-log>` over `rows` (in-memory source, a live channel the test drives) with `pageSize`:
 * the stream opened, its first catch-up done, then C (1 s before the clock) arrived live on top.
 */
export async function liveWithC(rows: EventRecord[], pageSize: number) {
  const memory = createMemoryClient({ events: rows });
  const client = new PushClient(memory);
  const el = await fixture<EvLog>(html`<ev-log live lang="en" page-size=${pageSize} style="height: 480px; width: 1000px" .client=${client}></ev-log>`);
  await waitFor(() => el.matches(':state(ready)'), 'rows');
  client.push({ type: 'status', status: 'open' });
  await waitFor(() => liveStatus(el) === 'Live', 'live');
  await waitFor(() => client.calls.every((c) => c.settled), 'the first catch-up');
  await settle(el);
  const c = eventAt('C', Date.now() - 1000);
  memory.addEvents([c]);
  client.push({ type: 'event', event: c });
  await waitFor(() => el.total === rows.length + 1, 'C');
  return { el, client, memory, c };
}
