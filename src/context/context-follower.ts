import { type Context, ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the value of a context from the closest provider above `host`, across shadow roots:
 * `set(value)` on every answer (the provider's value now and whenever it changes). Unlike
 * `@consume`, which keeps its last value when the element is put back where no provider answers,
 * it calls `set(undefined)` then: an element moved out of every `<ev-source>` stops using the last
 * one's client and store. A provider answers at once, inside the `context-request` dispatch, so a
 * move within one provider calls `set` with the same value (nothing changes) and a move to
 * another calls it once with the new one. A provider upgraded later (the document's `ContextRoot`
 * re-asks) still reaches the host.
 */
export class ContextFollower<T> implements ReactiveController {
  #unsubscribe?: () => void;
  #answered = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: Context<unknown, T>,
    private readonly set: (value: T | undefined) => void,
  ) {
    host.addController(this);
  }

  /** Stable identity: the `ContextRoot` and providers de-duplicate requests by callback. */
  #callback = (value: T, unsubscribe?: () => void): void => {
    // Another provider answers (moved, or an inner one upgraded): leave the old one.
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#answered = true;
    this.set(value);
  };

  hostConnected(): void {
    this.#answered = false;
    this.host.dispatchEvent(new ContextEvent(this.context, this.host, this.#callback, true));
    if (!this.#answered) this.set(undefined);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
