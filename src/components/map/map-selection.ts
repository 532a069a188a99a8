/**
 * The shared selection on the map: where the selected event is (when it has a location) and
 * the toolbar button naming its place, which centres the map on it. Text only.
 */
import { html, nothing } from 'lit';
import { eventLatLng } from '../../client/geo.js';
import type { EventRecord } from '../../client/types.js';
import { SelectedEventController, type SelectedEventHost } from '../../controllers/selected-event.js';
import type { Translation } from '../../i18n/translation.js';
import { placeText } from './locations.js';
import { placeParts, withName } from './map.parts.js';
import { partsText } from '../../format/invisible.js';
import type { ShownPart } from '../../format/invisible.js';

export interface SelectedPlace {
  pk: string;
  at: [number, number];
  /** The place's name in parts (`placeParts`: marks for what draws nothing). */
  name: ShownPart[];
}

/** The selected event's location and place name, or undefined when it has no valid location. */
export function selectedPlace(event: EventRecord | undefined, lang: string, t: Translation): SelectedPlace | undefined {
  const at = event ? eventLatLng(event) : undefined;
  if (!event || !at) return undefined;
  const geo = event.context.geo as Record<string, unknown>;
  return { pk: event.pk, at, name: placeParts({ lat: at[0], long: at[1], count: 1, city: placeText(geo.city), country: placeText(geo.country) }, lang, t) };
}

/** The shared selection on the map: the selected event (found in the data shown, else fetched) and its place. */
export class MapSelection {
  readonly #selected: SelectedEventController;

  constructor(
    readonly host: SelectedEventHost,
    readonly options: { lookup: (pk: string) => EventRecord | undefined; lang: () => string; t: () => Translation },
  ) {
    this.#selected = new SelectedEventController(host, { lookup: options.lookup });
  }

  /** The data shown changed: the selected event is looked up in it again. */
  invalidate(): void {
    this.#selected.invalidate();
  }

  /** The selected event's place, when it is known and located. */
  get place(): SelectedPlace | undefined {
    const event = this.#selected.event;
    return event?.pk === this.host.store.selection ? selectedPlace(event, this.options.lang(), this.options.t()) : undefined;
  }
}

export function renderSelected(place: SelectedPlace | undefined, t: Translation, show: (place: SelectedPlace) => void) {
  if (!place) return nothing;
  return html`<button part="selected-place" type="button" title=${t.map.showSelected(partsText(place.name))} @click=${() => show(place)}>
    <span class="ring" aria-hidden="true"></span>${withName(t.map.selectedEvent, place.name).html}
  </button>`;
}
