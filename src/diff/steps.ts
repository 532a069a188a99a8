/**
 * Long computations written as generators that `yield` at checkpoints (every few thousand
 * elements or work units, well under a millisecond apart). `finish` runs one to the end in the
 * calling task; `advance` runs it for a time slice; `finishAsync` runs it in slices, giving the
 * event loop a turn in between, so a megabyte diff never holds the page in one long task.
 */

import { nextTask } from '../client/next-task.js';

/** A computation that yields at checkpoints and returns `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end in this task. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs `steps` for about `ms` milliseconds: `{ done: true, value }` when it finished. */
export function advance<T>(steps: Steps<T>, ms: number): IteratorResult<void, T> {
  const end = performance.now() + ms;
  for (;;) {
    const r = steps.next();
    if (r.done || performance.now() >= end) return r;
  }
}

export interface SliceOptions {
  /** Longest stretch of work between two turns of the event loop (ms). Default 8. */
  sliceMs?: number;
  /** Aborting rejects with the signal's reason (checked between slices). */
  signal?: AbortSignal;
}

/** Runs `steps` to the end in slices of `sliceMs`, each its own task (the first one too). */
export async function finishAsync<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const ms = options.sliceMs ?? 8;
  for (;;) {
    await nextTask();
    options.signal?.throwIfAborted();
    const r = advance(steps, ms);
    if (r.done) return r.value;
  }
}
