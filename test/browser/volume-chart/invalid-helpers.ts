// Shared by the chart's bad-data tests (invalid-actions.test.ts, invalid-times.test.ts).
import { waitUntil } from '@open-wc/testing';
import { createMemoryClient } from '../../../src/client/adapters/memory.js';
import type { EventsClient, VolumeBucket, VolumeResult } from '../../../src/client/types.js';
import type { EvVolumeChart } from '../../../src/components/volume-chart/volume-chart.js';
import { HOUR } from './helpers.js';

/** Waits for the chart's error state and its render. */
export async function errored(el: EvVolumeChart): Promise<void> {
  await waitUntil(() => el.matches(':state(error)'), 'error state');
  await el.updateComplete;
}

/** The last 3 whole hours (an answer for the chart's default window, whatever the date). */
export const recent = (): number => Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;

/** A custom client (nothing validated its answers) whose volume answers are `answer(start)`, hourly from `start`. */
export function clientAnswering(answer: (start: number) => VolumeBucket[]): EventsClient {
  const memory = createMemoryClient({ events: [] });
  return {
    ...memory,
    volume: async (): Promise<VolumeResult> => {
      const start = recent();
      return { buckets: answer(start), bucketMs: HOUR, since: new Date(start).toISOString(), until: new Date(start + 3 * HOUR).toISOString() };
    },
  };
}
