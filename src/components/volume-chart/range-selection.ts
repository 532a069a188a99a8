/**
 * Writes a chosen range into the shared filter (after a cancelable `ev-range-select`) and takes
 * it out again. A segment click also sets the action; clearing the range undoes that action,
 * and only that one, so a filter the user set elsewhere survives.
 */
import type { EventFilter } from '../../client/types.js';
import type { EvStore } from '../../context/store.js';
import { EvRangeSelectEvent, type EvRangeSelectDetail } from '../../events/ev-range-select.js';

export class RangeSelection {
  #actionsBefore?: { previous: string[] | undefined; set: string };

  constructor(
    private readonly store: () => EvStore,
    private readonly emit: (event: EvRangeSelectEvent) => boolean,
  ) {}

  /** Returns false when a listener cancelled the change. */
  select(since: number, until: number, action: string | undefined, trigger: EvRangeSelectDetail['trigger']): boolean {
    const detail = { since: new Date(since).toISOString(), until: new Date(until).toISOString(), action: action ?? null, trigger };
    if (!this.emit(new EvRangeSelectEvent(detail))) return false;
    const store = this.store();
    const patch: Partial<EventFilter> = { since: detail.since, until: detail.until };
    if (action) {
      const current = store.filter.actions;
      const ours = this.#ours(current);
      this.#actionsBefore = { previous: ours ? this.#actionsBefore!.previous : current, set: action };
      patch.actions = [action];
    }
    store.patchFilter(patch);
    return true;
  }

  /** Returns false when a listener cancelled the change. */
  clear(): boolean {
    if (!this.emit(new EvRangeSelectEvent({ since: null, until: null, action: null, trigger: 'clear' }))) return false;
    const store = this.store();
    const patch: Partial<EventFilter> = { since: undefined, until: undefined };
    if (this.#ours(store.filter.actions)) patch.actions = this.#actionsBefore!.previous;
    this.#actionsBefore = undefined;
    store.patchFilter(patch);
    return true;
  }

  #ours(actions: string[] | undefined): boolean {
    return !!this.#actionsBefore && actions?.length === 1 && actions[0] === this.#actionsBefore.set;
  }
}
