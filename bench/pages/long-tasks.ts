/**
 * Long tasks a bench page sees, for its "longest long task" rows: the Long Tasks API reports tasks
 * over 50 ms after they end, and keeps no timeline (without `buffered`, only tasks from `observe`
 * on), so a page that measures from its start watches from module load.
 */

/** One long task: when it started (`performance.now()` time) and how long it ran (ms). */
export interface LongTask {
  start: number;
  duration: number;
}

/** The longest of `durations` (ms), 0 when there is none (no task over 50 ms). */
export const longestOf = (durations: readonly number[]): number => Math.max(0, ...durations);

/** Long tasks reported from its creation on (or, `buffered`, also those the browser kept from before). */
export class LongTasks {
  readonly #tasks: LongTask[] = [];
  readonly #observer = new PerformanceObserver((list) => this.#add(list.getEntries()));

  constructor(options: { buffered?: boolean } = {}) {
    this.#observer.observe({ type: 'longtask', buffered: options.buffered ?? false });
  }

  #add(entries: PerformanceEntryList): void {
    for (const e of entries) this.#tasks.push({ start: e.startTime, duration: e.duration });
  }

  /** Durations (ms) of the tasks reported so far. */
  get durations(): number[] {
    return this.#tasks.map((t) => t.duration);
  }

  /** Durations (ms) of the tasks reported so far that started in [from, to). */
  between(from: number, to: number): number[] {
    return this.#tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);
  }

  /** Forgets the tasks reported so far. */
  clear(): void {
    this.#tasks.length = 0;
  }

  /** Takes the tasks that have ended but are not reported yet. */
  flush(): void {
    this.#add(this.#observer.takeRecords());
  }

  /** Stops watching (tasks not reported yet are not taken: see `flush`). */
  stop(): void {
    this.#observer.disconnect();
  }
}
