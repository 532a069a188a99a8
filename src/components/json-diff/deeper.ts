/**
 * "Compare from here": two containers the diff replaced whole at its depth limit, diffed again
 * with a fresh depth budget when the user asks, keyed by the row's path. Each press costs one
 * more window of depth (64 levels; below it the next row offers the same), so hostile nesting is
 * paid for a window at a time. Small values are diffed at once; large ones (20,000+ values, or long
 * texts) in slices, the row saying "Comparing…" meanwhile. New values, `reset()`, drop everything; a
 * removed element stops its comparisons (the row offers them again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonValue } from '../../client/types.js';
import { nextTask } from '../../client/next-task.js';
import { diffJsonAsync, diffJsonStart } from '../../diff/diff.js';
import { ValueCounter } from '../../diff/equal.js';
import type { DiffNode } from '../../diff/types.js';

/** Values (both sides) from which a comparison runs in slices. */
const LARGE = 20_000;

/** Milliseconds of text diffing a press may spend; longer text diffs go on in slices. */
const FIRST_TEXT_MS = 12;

/** What a row's comparison is: running, or its diff (null: equal after all). */
export type Deeper = { pending: true } | { pending: false; diff: DiffNode | null };

const PENDING: Deeper = { pending: true };

export class DeeperDiffs implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #keys: () => readonly string[];
  #done = new Map<string, Deeper>();
  #abort = new AbortController();
  #running = new Set<Promise<void>>();
  /** Comparisons were dropped by a removal: the rows show their buttons again when re-attached. */
  #dropped = false;

  constructor(host: ReactiveControllerHost, keys: () => readonly string[]) {
    this.#host = host;
    this.#keys = keys;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Half-done comparisons are dropped: their rows offer them again once re-attached.
    this.#abort.abort();
    this.#abort = new AbortController();
    for (const [path, deeper] of this.#done) {
      if (!deeper.pending) continue;
      this.#done.delete(path);
      this.#dropped = true;
    }
    this.#running.clear();
  }

  hostConnected(): void {
    if (this.#dropped) this.#host.requestUpdate();
    this.#dropped = false;
  }

  get(path: string): Deeper | undefined {
    return this.#done.get(path);
  }

  /** Settles when every comparison running now has finished (or stopped). */
  get settled(): Promise<void> | undefined {
    return this.#running.size ? Promise.all(this.#running).then(() => undefined) : undefined;
  }

  /**
   * Diffs `before` and `after` (the row at `path`) with a fresh depth budget; `shown` is called
   * right before the render that shows the result.
   */
  compare(path: string, before: JsonValue, after: JsonValue, shown: () => void = () => {}): void {
    if (this.#done.has(path)) return;
    const keys = this.#keys();
    // One counter for the check and the sliced diff: no wide object is listed twice to size it.
    const sizes = new ValueCounter(LARGE);
    if (sizes.count(before) < LARGE && sizes.count(before) + sizes.count(after) < LARGE) {
      const start = diffJsonStart(before, after, { keys, firstMs: FIRST_TEXT_MS });
      if (!start.rest) {
        shown();
        this.#done.set(path, { pending: false, diff: start.diff });
        this.#host.requestUpdate();
        return;
      }
      // Long strings below: their text diffs go on in slices.
      this.#later(path, (signal) => start.rest!({ signal }), shown);
      return;
    }
    this.#later(path, (signal) => diffJsonAsync(before, after, { keys, signal, sizes }), shown);
  }

  #later(path: string, compute: (signal: AbortSignal) => Promise<DiffNode | null>, shown: () => void): void {
    const signal = this.#abort.signal;
    this.#done.set(path, PENDING);
    this.#host.requestUpdate();
    const run = compute(signal).then(
      async (diff) => {
        // A fresh task (after the slices' tasks a timer would be clamped to 4 ms).
        await nextTask();
        if (signal.aborted || this.#done.get(path) !== PENDING) return;
        shown();
        this.#done.set(path, { pending: false, diff });
        this.#host.requestUpdate();
      },
      () => undefined,
    );
    const tracked: Promise<void> = run.finally(() => this.#running.delete(tracked));
    this.#running.add(tracked);
  }

  /** Forgets every comparison (new values). */
  reset(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#done.clear();
    this.#running.clear();
  }
}
