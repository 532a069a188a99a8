/**
 * What a keyboard or screen-reader user is told after moving `<ev-map>`'s view: once the view
 * settles after a key on the map (arrows pan; + / − and the other keys Leaflet zooms with), a
 * zoom button or a zoom into a cluster, a polite live region says the zoom and how many places
 * are in view (e.g. "Zoom 5 of 18, 12 places in view"). Moves in a row (a held key, presses
 * during an animation) are said once, for the view they end in. Moves not made that way (a fit to new data, a drag, the wheel,
 * `setView`, a top location's button, which opens its popup) are not said. The same region says
 * the progress of a slow load (see `loadProgress`): never every page; and that an open popup
 * closed because new data has none of its places (`say`). Text only.
 */
import { type ReactiveController, type ReactiveControllerHost, html } from 'lit';
import { LiveText } from '../../controllers/live-text.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import type { LoadResult } from './load.js';
import type { MapView } from './map-view.js';

/**
 * Keys Leaflet moves a focused map with, by the `keyCode` its keyboard handler reads: the arrows,
 * zoom in (`=` / `+`, numpad +, Firefox's codes) and zoom out (`-` / `_`, numpad −, `6` — the −
 * key of AZERTY keyboards — and Firefox's code). Read the same way, every key that moves the
 * map (in any layout, with Shift for a bigger step) is said, and no other is.
 */
const MOVE_KEY_CODES = new Set([37, 38, 39, 40, 187, 107, 61, 171, 189, 109, 54, 173]);

/** A view that settles this long after the move was made is not that move's (the key did nothing). */
const EXPECT_MS = 2000;

/** How long the view stays put before it is said. */
const SETTLE_MS = 600;

/** The least time between the start of a load, or its progress said last, and the next progress said. */
export const PROGRESS_SPOKEN_EVERY_MS = 5000;

/**
 * Says the outcome of every completed load (the summary, e.g. "5 events at 2 places") in a polite
 * region of its own, also when the words are those of the load before (a filter change to other
 * events with the same counts): the region is emptied first (`LiveText`).
 */
export class LoadOutcome implements ReactiveController {
  readonly #live: LiveText;

  constructor(element: ReactiveControllerHost) {
    element.addController(this);
    this.#live = new LiveText(() => element.requestUpdate(), { gapMs: 50 });
  }

  hostDisconnected(): void {
    this.#live.cancel();
  }

  /** A load completed with this outcome (undefined: nothing to say, e.g. the empty state says itself). */
  say(text: string | undefined): void {
    if (text) this.#live.say(text);
  }

  render() {
    return html`<div class="visually-hidden load-status" role="status" aria-live="polite">${this.#live.text}</div>`;
  }
}

/** The view as it is said: the zoom and how many places are in view (undefined without a map). */
export function describeView(view: MapView | undefined, t: Translation, lang: string): string | undefined {
  if (!view) return undefined;
  const places = view.visibleMarkers().reduce((sum, m) => sum + (m.current ? m.item.places : 0), 0);
  return t.map.viewChanged(formatNumber(view.map.getZoom(), lang), formatNumber(view.map.getMaxZoom(), lang), places, formatNumber(places, lang));
}

export interface ViewAnnouncerHost {
  /** What to say about the view as it is now (undefined: nothing, e.g. the map is gone). */
  text: () => string | undefined;
}

export class ViewAnnouncer implements ReactiveController {
  /** The live region's text; emptied first, so the same words (a pan that kept the same places in view) are said again. */
  readonly #live: LiveText;
  /** Until when a settled view is the user's move (`performance.now()` time; 0: no move made). */
  #until = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** The load under way: when it started or its progress was said last (`Date.now()`), and the quarter of the total said. */
  #load?: { at: number; quarter: number };

  constructor(
    readonly element: ReactiveControllerHost,
    readonly host: ViewAnnouncerHost,
  ) {
    element.addController(this);
    this.#live = new LiveText(() => element.requestUpdate(), { gapMs: 50 });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#live.cancel();
    this.#until = 0;
    this.#load = undefined;
  }

  /**
   * A load started (`progress` undefined) or a page of it arrived. The progress (`text()`) is said
   * only for a slow load: at most every `PROGRESS_SPOKEN_EVERY_MS` and, with a known total, at a new
   * quarter of it; the last page is left to the outcome (said by `LoadOutcome`).
   */
  loadProgress(progress: LoadResult | undefined, text: () => string): void {
    const now = Date.now();
    if (!progress) {
      this.#load = { at: now, quarter: 0 };
      return;
    }
    const load = (this.#load ??= { at: now, quarter: 0 });
    const { loaded, total } = progress;
    const quarter = total ? Math.floor((4 * loaded) / total) : load.quarter + 1;
    if (now - load.at < PROGRESS_SPOKEN_EVERY_MS || quarter <= load.quarter || (total !== null && loaded >= total)) return;
    this.#load = { at: now, quarter };
    this.#live.say(text());
  }

  /** A key on the map area (not inside a popup on it): one that moves the map is said once the view settles. */
  onKeyDown = (event: KeyboardEvent): void => {
    // `keyCode`, not `key`: what Leaflet's handler reads (see MOVE_KEY_CODES).
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey || !MOVE_KEY_CODES.has(event.keyCode)) return;
    this.moved();
  };

  /** The user moved the view (a key, a zoom button, a zoom into a cluster): it is said once it settles. */
  moved(): void {
    this.#until = performance.now() + EXPECT_MS;
    // A move under way puts off what was about to be said (its view is about to change).
    if (this.#timer !== undefined || this.#live.pending) this.#schedule();
  }

  /** The user moved the view and it has settled already (a zoom into a cluster, done once redrawn). */
  movedAndSettled(): void {
    this.moved();
    this.settled();
  }

  /** The view settled (moved and redrawn): said after a pause, if the user moved it. */
  settled(): void {
    if (performance.now() <= this.#until) this.#schedule();
  }

  /** Says the view after a pause (words still waiting to be said are dropped: the view moved on). */
  #schedule(): void {
    this.#live.cancel();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#say(), SETTLE_MS);
  }

  #say(): void {
    this.#timer = undefined;
    this.#until = 0;
    const text = this.host.text();
    if (text) this.#live.say(text);
  }

  /** Says `text` now: a change to the map the user did not make (a popup closed by new data). */
  say(text: string): void {
    this.#live.say(text);
  }

  /** The live region (always rendered, so that a screen reader watches it before it speaks). */
  render() {
    return html`<div class="visually-hidden view-status" role="status" aria-live="polite">${this.#live.text}</div>`;
  }
}
