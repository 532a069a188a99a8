/**
 * The open popup of `<ev-map>` (one place, or the places of a dense cluster), kept in step with
 * the data: new data (a filter change, more pages, another `max-events`) rebuilds it with what the
 * data holds now at the places it was opened on (fewer events, or none of some places, and back
 * again when they return), or closes it, saying so, when none of them is left; it closes when a
 * reload fails (its counts would contradict the error shown). While a load still streams its pages
 * in, the popup is not judged by the pages in so far: it only grows (a place on a later page is not
 * closed and reopened a moment later), and follows the complete data once the last page is in.
 * Places are known by their coordinates, since place ids are renumbered with every new set of data.
 * A change of language or direction remakes it at once from what it shows (not from the data shown,
 * which may be the first pages of a load that do not hold it yet).
 * Focus goes back to what opened it (a list button or a marker of the same place, looked up on
 * close), else to the map.
 */
import type * as Leaflet from 'leaflet';
import type { EventRecord } from '../../client/types.js';
import type { ShownPart } from '../../format/invisible.js';
import type { Translation } from '../../i18n/translation.js';
import type { Place, PlaceIndex } from './locations.js';
import type { MapStage } from './map-stage.js';
import type { PlaceIds } from './map-view.js';
import { isolateText } from '../../format/bidi.js';
import { coordinatesOf, placesAt } from './place-match.js';
import { buildPopup } from './popup.js';

/** Events listed in a place's popup. */
const POPUP_EVENTS = 5;
/** The places a popup looks for names in: a dense cluster may hold 20,000 places of 100 events each. */
const SAMPLE_PLACES = 200;

/** The ids of `ids` that are places of `index` (`ids` itself when all are: a dense cluster's 100,000 are not copied). */
function shownPlaces(ids: PlaceIds, index: PlaceIndex): PlaceIds {
  for (let i = 0; i < ids.length; i++) if (!index.places[ids[i]!]) return [...ids].filter((p) => index.places[p]);
  return ids;
}

/** The events at `places` of `index` in all (the places' counts, the cluster index's). */
function totalAt(index: PlaceIndex, places: PlaceIds): number {
  let total = 0;
  for (let i = 0; i < places.length; i++) total += index.places[places[i]!]!.count;
  return total;
}

/** `places` of `index` hold at least the events and places a popup shows. */
function holdsAsMuch(index: PlaceIndex, places: PlaceIds, shows: Shown): boolean {
  return places.length >= shows.places && totalAt(index, places) >= shows.total;
}

export interface PlacePopupHost {
  stage: MapStage;
  /** The element's shadow root (where focus is read and list buttons are found). */
  root: () => ShadowRoot;
  /** The map area: focus goes there when no list button can take it. */
  canvas: () => HTMLElement | undefined;
  /** Text and formats of the moment. */
  context: () => { t: Translation; lang: string; dir: 'ltr' | 'rtl'; timeZone: string; eventHref?: string };
  /** A place's name in the words of the moment, in parts (marks for what draws nothing). */
  name: (place: Place) => readonly ShownPart[];
  onSelect: (event: EventRecord) => void;
  /** Says `text` in a polite live region (the popup closed because its places left the data). */
  announce: (text: string) => void;
}

interface OpenPopup {
  popup: Leaflet.Popup;
  content: HTMLElement;
  /** What it shows: its events in all and the places they are at (a streaming load only adds to them). */
  shows: Shown;
  /**
   * The places it was opened on, for good: their coordinates (`[lat0, long0, …]`), found in new data
   * by `placesAt`; a place left out of one set of data is shown again when a later one has it. Made
   * on the first refresh from `opened` (the ids of the data it was opened in), not on the click.
   */
  at?: Float64Array;
  opened?: { index: PlaceIndex; places: PlaceIds };
  /** Where focus returns on close, when opened by keyboard (the list button or marker of its place). */
  opener?: () => HTMLElement | null | undefined;
}

/** Names are told apart by their text, marks included ("Ber⟨U+200B⟩lin" is not "Berlin"). */
const nameKey = (name: readonly ShownPart[]): string => name.map((part) => part.text).join('');

const FOCUSABLE = 'button, a[href]';

/** What a popup shows, kept to remake it in other words: it holds no data it does not show. */
interface Shown {
  /** Its events in all. */
  total: number;
  /** The places they are at. */
  places: number;
  /** The first places of distinct names (up to 4: a fourth is shown as ` …`), named in its heading. */
  named: readonly Place[];
  /** Its newest events, listed. */
  events: readonly EventRecord[];
}

export class PlacePopup {
  #open?: OpenPopup;

  constructor(readonly host: PlacePopupHost) {}

  /** Opens the popup of one or more places of the data shown; with an `opener` (keyboard), focus moves into the popup and goes back to `opener()` on close. */
  open(placeIds: PlaceIds, at: { lat: number; lng: number } | undefined, opener?: () => HTMLElement | null | undefined): void {
    const { shown: index, view } = this.host.stage;
    if (!index || !view) return;
    // Only places of the data shown (a click is never resolved against other data).
    const places = shownPlaces(placeIds, index);
    if (places.length === 0) return;
    const first = index.places[places[0]!]!;
    const shows = this.#gather(index, places);
    const content = this.#make(shows);
    const popup = view.openPopup(at?.lat ?? first.lat, at?.lng ?? first.long, content);
    this.#open = { popup, content, shows, opened: { index, places }, opener };
    if (opener !== undefined) content.querySelector<HTMLElement>('[part=popup-button]')?.focus();
  }

  /**
   * New data is shown: the open popup shows what it holds at the places it was opened on, or closes
   * (and says so) when it holds none of them. `partial` data (the first pages of a load still
   * streaming) only makes it grow: with fewer events or places than it shows, it stays as it is.
   */
  refresh(index: PlaceIndex, partial = false): void {
    const open = this.#open;
    if (!open) return;
    if (!open.popup.isOpen()) {
      this.#open = undefined;
      return;
    }
    if (!open.at) {
      open.at = coordinatesOf(open.opened!.index, open.opened!.places);
      // The data it was opened in is not held on to.
      open.opened = undefined;
    }
    const places = placesAt(open.at, index);
    if (partial && !holdsAsMuch(index, places, open.shows)) return;
    if (places.length === 0) {
      const hadFocus = this.#focusAt(open) !== -2;
      this.#open = undefined;
      this.host.stage.view?.closePopup();
      if (hadFocus) this.host.canvas()?.focus();
      // Its heading names the places (as the data before had them): told, not only seen.
      const names = open.content.querySelector('.popup-place')?.textContent ?? '';
      this.host.announce(this.host.context().t.map.popupGone(isolateText(names)));
      return;
    }
    this.#show(open, this.#gather(index, places));
  }

  /**
   * Remakes the open popup from what it shows, in the words and direction of now (the language or
   * direction changed), also while a load streams in and the pages in so far do not hold what it
   * shows; focus stays where it was in it.
   */
  rebuild(): void {
    const open = this.#open;
    if (!open) return;
    if (!open.popup.isOpen()) {
      this.#open = undefined;
      return;
    }
    this.#show(open, open.shows);
  }

  /** Closes the popup; focus goes back to what opened it, else to the map. */
  close(): void {
    const opener = this.#open?.opener;
    this.#open = undefined;
    this.host.stage.view?.closePopup();
    (opener?.() ?? this.host.canvas())?.focus();
  }

  /**
   * Closes the popup because its data is no longer shown (a reload failed). Focus moves only if
   * it was inside the popup: to `focusTo()` (the error's Retry), else to the map.
   */
  dismiss(focusTo: () => HTMLElement | null | undefined): void {
    const open = this.#open;
    if (!open) return;
    this.#open = undefined;
    const active = this.host.root().activeElement;
    const hadFocus = active !== null && open.content.contains(active);
    if (open.popup.isOpen()) this.host.stage.view?.closePopup();
    if (hadFocus) (focusTo() ?? this.host.canvas())?.focus();
  }

  /** Where focus is in the open popup: the index of its focused button or link, -2 when focus is not in it. */
  #focusAt(open: OpenPopup): number {
    const active = this.host.root().activeElement;
    return active && open.content.contains(active) ? [...open.content.querySelectorAll(FOCUSABLE)].indexOf(active) : -2;
  }

  /** Puts `shows`, made now, in the open popup in place of what it showed; focus in it stays on the same control. */
  #show(open: OpenPopup, shows: Shown): void {
    const focusAt = this.#focusAt(open);
    const content = this.#make(shows);
    // Same place, same spot: no auto-pan (it would undo the fit to the new data).
    const { autoPan } = open.popup.options;
    open.popup.options.autoPan = false;
    open.popup.setContent(content);
    open.popup.options.autoPan = autoPan;
    open.content = content;
    open.shows = shows;
    if (focusAt !== -2) {
      const focusable = [...content.querySelectorAll<HTMLElement>(FOCUSABLE)];
      (focusable[Math.max(0, Math.min(focusAt, focusable.length - 1))] ?? content).focus();
    }
  }

  /** What the popup of `places` of `index` shows. */
  #gather(index: PlaceIndex, places: PlaceIds): Shown {
    // The first places of distinct names (a dense cluster may hold thousands of places, looked for
    // among the first SAMPLE_PLACES): three are named, a fourth says there are more.
    const named = new Map<string, Place>();
    for (const p of places.slice(0, SAMPLE_PLACES)) {
      const place = index.places[p]!;
      const key = nameKey(this.host.name(place));
      if (!named.has(key)) named.set(key, place);
      if (named.size > 3) break;
    }
    return {
      // The count from the places' counts (the cluster index's); the events shown are the newest of
      // them all, in any data order, from the times read when the data was added (no event is read again).
      total: totalAt(index, places),
      places: places.length,
      named: [...named.values()],
      events: index.newestAt(places, POPUP_EVENTS).map((i) => index.events[i]!),
    };
  }

  /** The popup's content for `shows`, in the words and direction of now. */
  #make(shows: Shown): HTMLElement {
    const names = new Map<string, readonly ShownPart[]>();
    for (const place of shows.named) {
      const name = this.host.name(place);
      names.set(nameKey(name), name);
    }
    return buildPopup({
      ...this.host.context(),
      places: [...names.values()].slice(0, 3),
      morePlaces: names.size > 3,
      events: shows.events,
      total: shows.total,
      onSelect: this.host.onSelect,
      onClose: () => this.close(),
    });
  }
}
