/**
 * Mirrors a store into the page URL with authentik's own query parameter names (plus
 * `geo_bounds` for the area, `tz` for the time zone and `event` for the selection), so a view is
 * shareable and back / forward work. Parameters it does not own are left untouched.
 */
import { GEO_BOUNDS_PARAM, PLAIN_FILTER_KEYS, SINCE_PARAM, UNTIL_PARAM, filterToParams, paramsToFilter } from '../client/query.js';
import { isValidTimeZone } from '../format/time.js';
import type { EvStore, StoreChangeEvent } from './store.js';

/** Every parameter the sync owns: the filter's (as `paramsToFilter` reads them), time zone, selection. */
const OWN = ['actions', 'action', ...PLAIN_FILTER_KEYS, SINCE_PARAM, UNTIL_PARAM, GEO_BOUNDS_PARAM, 'tz', 'event'];

/**
 * Reads the store's state from a query string. A `tz` that Intl does not know (a typo, or any text
 * a link puts there) is left out: it would be shown as the zone's name and mix zones.
 */
export function stateFromSearch(search: string) {
  const params = new URLSearchParams(search);
  const tz = params.get('tz');
  return {
    filter: paramsToFilter(params),
    timeZone: tz && isValidTimeZone(tz) ? tz : undefined,
    selection: params.get('event') ?? null,
  };
}

/**
 * Writes the store's state into a query string, keeping foreign parameters. The time zone is
 * left out when it is `defaultTimeZone` (the zone a URL without `tz` stands for).
 */
export function searchFromState(current: string, store: EvStore, defaultTimeZone = 'local'): string {
  const params = new URLSearchParams(current);
  for (const key of OWN) params.delete(key);
  for (const [key, value] of Object.entries(filterToParams(store.filter))) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (store.timeZone !== defaultTimeZone) params.set('tz', store.timeZone);
  if (store.selection) params.set('event', store.selection);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The syncs connected on this page, first one first. Only the first owns the URL: every sync
 * writes the same parameters, so two would overwrite each other's state in the URL and back /
 * forward would hand one source's filter to the other. The next one takes over when it leaves.
 */
const connected: UrlSync[] = [];

/**
 * How a sync's owner reads the URL's zone, when a fixed default is not enough (a nested
 * `<ev-source>` follows the outer zone until it has one of its own).
 */
export interface UrlZone {
  /** The zone a URL without `tz` stands for now (left out of the URL while it is in effect). */
  readonly default: () => string;
  /** Takes the URL's `tz` (undefined: the URL names none) and gives the zone to show. */
  readonly fromUrl: (tz: string | undefined) => string;
}

export class UrlSync {
  #applying = false;
  #owning = false;
  readonly #zone: UrlZone;

  /**
   * @param zone The zone of a URL without `tz` (e.g. the one `<ev-source time-zone>` names), so
   *   the page's own zone is not reset to `local` by a URL that does not mention one; or hooks
   *   for an owner whose zone without `tz` changes.
   */
  constructor(
    readonly store: EvStore,
    zone: string | UrlZone = 'local',
  ) {
    this.#zone = typeof zone === 'string' ? { default: () => zone, fromUrl: (tz) => tz ?? zone } : zone;
  }

  connect(): void {
    if (connected.includes(this)) return;
    connected.push(this);
    if (connected[0] === this) this.#own();
    else console.warn('event-elements: another element already syncs the URL (sync-url); this one follows it only once that one is removed.');
  }

  disconnect(): void {
    const index = connected.indexOf(this);
    if (index >= 0) connected.splice(index, 1);
    if (!this.#owning) return;
    this.#owning = false;
    this.store.removeEventListener('change', this.#onChange);
    window.removeEventListener('popstate', this.#onPopState);
    const next = connected[0];
    if (next) next.#own();
  }

  #own(): void {
    this.#owning = true;
    this.#fromUrl();
    this.store.addEventListener('change', this.#onChange);
    window.addEventListener('popstate', this.#onPopState);
  }

  #fromUrl(): void {
    const state = stateFromSearch(location.search);
    this.#applying = true;
    try {
      this.store.update({ filter: state.filter, selection: state.selection, timeZone: this.#zone.fromUrl(state.timeZone) }, { restored: true });
    } finally {
      this.#applying = false;
    }
  }

  #onPopState = (): void => this.#fromUrl();

  #onChange = (event: Event): void => {
    if (this.#applying) return;
    const search = searchFromState(location.search, this.store, this.#zone.default());
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    // Filter and selection changes are navigations (back undoes them); a time-zone switch is not.
    const { changed } = event as StoreChangeEvent;
    if (changed.has('filter') || changed.has('selection')) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  };
}
