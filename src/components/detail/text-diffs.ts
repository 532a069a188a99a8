/**
 * The text diffs of the change table. A diff that finishes within a first slice of a few
 * milliseconds (any ordinary text) is shown by the render that asked for it, as always. A longer
 * one (megabyte texts, tens of thousands of edits: event data is hostile) goes on after that
 * render in slices, each its own task, so opening the event never freezes the page; the row shows
 * both values meanwhile and the diff once it is ready. Finished diffs are kept per change record,
 * which is read once per event (event-data.ts): a re-render of the same event diffs nothing again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { advance, finishAsync } from '../../diff/steps.js';
import { textDiffSteps } from '../../diff/text.js';
import type { TextNode } from '../../diff/types.js';

/** Milliseconds of diffing a render may spend before the rest moves to later tasks. */
const FIRST_SLICE_MS = 12;

const finished = new WeakMap<object, TextNode>();
let finishedCount = 0;

/** @internal For tests: how many text diffs the change table has computed so far. */
export function textDiffsComputed(): number {
  return finishedCount;
}

interface Job {
  abort: AbortController;
  done: Promise<void>;
}

export class TextDiffs implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #running = new Map<object, Job>();
  #interrupted = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The diff of `before` → `after` for the change `key`, or undefined while it is being computed. */
  get(key: object, before: string, after: string): TextNode | undefined {
    const known = finished.get(key);
    if (known || this.#running.has(key)) return known;
    const steps = textDiffSteps(before, after);
    const first = advance(steps, FIRST_SLICE_MS);
    if (first.done) return this.#keep(key, first.value);
    const abort = new AbortController();
    const done = finishAsync(steps, { signal: abort.signal }).then(
      (node) => {
        this.#running.delete(key);
        this.#keep(key, node);
        this.#host.requestUpdate();
      },
      () => undefined,
    );
    this.#running.set(key, { abort, done });
    return undefined;
  }

  #keep(key: object, node: TextNode): TextNode {
    finished.set(key, node);
    finishedCount++;
    return node;
  }

  /** Settles once every diff running now has finished or stopped; undefined when none runs. */
  get settled(): Promise<unknown> | undefined {
    return this.#running.size ? Promise.all([...this.#running.values()].map((job) => job.done)) : undefined;
  }

  /** Stops the running diffs (another event is shown). */
  reset(): void {
    for (const job of this.#running.values()) job.abort.abort();
    this.#running.clear();
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#host.requestUpdate();
  }

  /** A diff for a removed element is wasted work: stopped, and started again if it comes back. */
  hostDisconnected(): void {
    if (this.#running.size === 0) return;
    this.reset();
    this.#interrupted = true;
  }
}
