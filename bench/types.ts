/** One row of `npm run bench`. Pages and node benches report arrays of these. */
export interface BenchRow {
  /** Which issue / component the row belongs to, e.g. `foundation`, `server`, `ev-log`. */
  group: string;
  /** What was measured. */
  name: string;
  value: number;
  unit: string;
  /** The goal, e.g. `<= 30`. Rows without a goal are informational. */
  goal?: string;
  /** The baseline measured in the same run, for the ratio column. */
  baseline?: { name: string; value: number };
  /** Free text shown in the notes column. */
  note?: string;
}

export type BenchModule = { default: () => Promise<BenchRow[]> };

declare global {
  interface Window {
    /** Set by every bench page: runs the measurements and resolves with rows. */
    evBench?: () => Promise<BenchRow[]>;
    /** Set by the runner: a Chrome DevTools Protocol command (`Performance.getMetrics`, `HeapProfiler.collectGarbage` …). */
    evBenchCdp?: (method: string, params?: object) => Promise<unknown>;
  }
}
