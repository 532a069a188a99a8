/**
 * The shared state of one page (or one `<ev-source>`): the filter every view follows, the time
 * zone every timestamp uses, and the selected event. Components read it, change it through
 * the methods here, and re-render on `change`. Plain EventTarget: no DOM nodes, no Lit.
 */
import { isValidArea } from '../client/geo.js';
import type { EventFilter } from '../client/types.js';

export interface SharedState {
  filter: EventFilter;
  /** `local`, `UTC` or an IANA zone name. */
  timeZone: string;
  /** pk of the selected event, or null. */
  selection: string | null;
}

export type StateChange = 'filter' | 'timeZone' | 'selection';

export class StoreChangeEvent extends Event {
  constructor(
    readonly changed: ReadonlySet<StateChange>,
    readonly state: SharedState,
    /** Restored from the URL (a link opened, Back / Forward), not a new choice: e.g. a log keeps the page the URL names. */
    readonly restored = false,
  ) {
    super('change');
  }
}

/** A filter value that filters nothing: empty, only spaces, an empty list. */
const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * The filter without fields that filter nothing (empty or whitespace-only text, empty lists, an
 * area that is not one: south above north, NaN), so no view shows them as active.
 */
function cleanFilter(filter: EventFilter): EventFilter {
  const out: EventFilter = {};
  for (const [key, value] of Object.entries(filter) as Array<[keyof EventFilter, unknown]>) {
    const kept = Array.isArray(value) ? value.filter((v) => !blank(v)) : value;
    if (blank(kept) || (key === 'area' && !isValidArea(kept))) continue;
    (out as Record<string, unknown>)[key] = kept;
  }
  return out;
}

/** JSON with object keys sorted at every level (an array replacer would drop nested keys such as `area.north`). */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function sameFilter(a: EventFilter, b: EventFilter): boolean {
  return stableJson(cleanFilter(a)) === stableJson(cleanFilter(b));
}

export class EvStore extends EventTarget {
  #state: SharedState;

  constructor(initial: Partial<SharedState> = {}) {
    super();
    this.#state = { filter: cleanFilter(initial.filter ?? {}), timeZone: initial.timeZone ?? 'local', selection: initial.selection ?? null };
  }

  /** The current state (immutable: every change makes a new object). */
  get state(): SharedState {
    return this.#state;
  }

  get filter(): EventFilter {
    return this.#state.filter;
  }

  get timeZone(): string {
    return this.#state.timeZone;
  }

  get selection(): string | null {
    return this.#state.selection;
  }

  /**
   * Applies a change; fires one `change` event naming what changed (none when nothing did).
   * `restored`: the state comes back from the URL (see `StoreChangeEvent.restored`).
   */
  update(patch: Partial<SharedState>, { restored = false }: { restored?: boolean } = {}): void {
    const changed = new Set<StateChange>();
    const next = { ...this.#state };
    if (patch.filter !== undefined && !sameFilter(patch.filter, next.filter)) {
      next.filter = cleanFilter(patch.filter);
      changed.add('filter');
    }
    if (patch.timeZone !== undefined && patch.timeZone !== next.timeZone) {
      next.timeZone = patch.timeZone;
      changed.add('timeZone');
    }
    if (patch.selection !== undefined && patch.selection !== next.selection) {
      next.selection = patch.selection;
      changed.add('selection');
    }
    if (changed.size === 0) return;
    this.#state = next;
    this.dispatchEvent(new StoreChangeEvent(changed, next, restored));
  }

  /** Replaces the filter. */
  setFilter(filter: EventFilter): void {
    this.update({ filter });
  }

  /** Changes some filter fields; `undefined` removes a field. */
  patchFilter(patch: Partial<EventFilter>): void {
    this.update({ filter: { ...this.#state.filter, ...patch } });
  }

  clearFilter(): void {
    this.update({ filter: {} });
  }
}
