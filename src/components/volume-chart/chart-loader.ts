/**
 * Loads the Chart.js part on first use. The dynamic import is the only reference to Chart.js
 * from the element, so bundlers split it into its own chunk, fetched when a chart first renders.
 * A failed load (offline, a removed chunk after a deploy) is not cached: retrying loads again.
 */
import type * as Runtime from './chart-runtime.js';

export type ChartRuntime = typeof Runtime;

let pending: Promise<ChartRuntime> | undefined;

export function loadChartRuntime(): Promise<ChartRuntime> {
  pending ??= import('./chart-runtime.js').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
