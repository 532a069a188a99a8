// Shared by the <ev-log live> catch-up tests against the reference server.
import type { EvLog } from '../../../src/components/log/log.js';
import { control, referenceServer } from '../reference.js';
import { visibleRows } from './helpers.js';

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
