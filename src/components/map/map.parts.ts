/** The toolbar, the legend and the list of top locations (plain Lit templates, text only). */
import { type TemplateResult, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { actionColorVar } from '../../format/actions.js';
import { countryName, formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import type { ClusterItem } from './cluster-core.js';
import type { LoadResult } from './load.js';
import type { Place, PlaceIndex } from './locations.js';
import { placeKey } from './place-match.js';
import { placeLimit } from './map-data.js';
import { isolateText } from '../../format/bidi.js';
import { partsText, type ShownPart, shownName } from '../../format/invisible.js';
import { nameView } from '../../base/name-view.js';
import { actionParts } from './popup.js';

export { isolateText };

export interface MapData {
  index: PlaceIndex;
  loaded: number;
  total: number | null;
  /** `max-events` capped the data (the source or the handed events had more). */
  capped: boolean;
}

/**
 * A place's name as shown, in parts: city and country, else the country, else its coordinates.
 * City and country as names are shown (`shownName`): each character that draws nothing is a mark
 * (`Ber⟨U+200B⟩lin`), so a look-alike does not pass for the place it imitates, and the bidi
 * controls of a name (marks too) never reach the text around it.
 */
export function placeParts(place: Place, lang: string, t: Translation): ShownPart[] {
  const names = [place.city, place.country === undefined ? undefined : countryName(place.country, lang)].filter((n): n is string => n !== undefined);
  if (names.length === 0) {
    const coordinate = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 2 });
    return [{ text: t.map.coordinates(coordinate(place.lat), coordinate(place.long)), mark: false }];
  }
  return names.flatMap((name, i) => [...(i > 0 ? [{ text: ', ', mark: false }] : []), ...shownName(name, t.map.invisibleName)]);
}

/** Stands in for a name while a translation's text is made, to find where the name goes. */
const NAME_SLOT = '\uFFFC';

/** A translation's text around a name: as a string, and rendered with the name isolated. */
export interface NamedText {
  /** The plain text (accessible names, titles). */
  text: string;
  /** The text with the name in its own `<bdi>`: a right-to-left override (or a strong direction) in the name does not reorder the words around it. */
  html: TemplateResult;
}

/** `format(name)` with the name isolated (text only: Lit bindings); a name in parts shows its marks in their dotted box (`nameView`). */
export function withName(format: (name: string) => string, name: readonly ShownPart[]): NamedText {
  const parts = format(NAME_SLOT).split(NAME_SLOT);
  const shown = nameView(name);
  return { text: parts.join(partsText(name)), html: html`${parts.map((part, i) => (i === 0 ? part : html`<bdi>${shown}</bdi>${part}`))}` };
}

/** A marker's name: its place (a cluster: its biggest place, `top`, and how many more) and event count; the place isolated when shown. */
export function markerName(item: ClusterItem, place: readonly ShownPart[], t: Translation, lang: string): NamedText {
  const events = t.map.eventCount(item.count, formatNumber(item.count, lang));
  const more = item.places - 1;
  return withName((name) => (more > 0 ? t.map.markerCluster(name, more, formatNumber(more, lang), events) : t.map.markerPlace(name, events)), place);
}

export interface ToolbarOptions {
  t: Translation;
  lang: string;
  data: MapData | undefined;
  /** Loading progress while more pages arrive (the map already shows the first ones). */
  progress: LoadResult | undefined;
  /** An area filter is in effect. */
  area: boolean;
  canFilter: boolean;
  clearArea: (event: Event) => void;
  filterToArea: () => void;
  /** The selected event's place button, if any. */
  selected?: unknown;
}

/** The count of events and places shown, e.g. "5 events at 2 places" (undefined without places). */
export function summaryText(data: MapData | undefined, t: Translation, lang: string): string | undefined {
  const located = data?.index.events.length ?? 0;
  const places = data?.index.places.length ?? 0;
  return places > 0 ? t.map.summary(located, formatNumber(located, lang), places, formatNumber(places, lang)) : undefined;
}

/** Loading progress, e.g. "Loading events… 2,000 of 10,000". */
export function progressText(p: LoadResult, t: Translation, lang: string): string {
  return t.map.loadingProgress(formatNumber(p.loaded, lang), formatNumber(p.total ?? p.loaded, lang));
}

export function renderToolbar({ t, lang, data, progress, area, canFilter, clearArea, filterToArea, selected = nothing }: ToolbarOptions) {
  const capped = data?.capped && data.total !== null;
  // Shown, not live: the outcome of every load is said by the map's load-status region (`LoadOutcome`), also when it reads as before.
  return html`<div part="toolbar" class="toolbar">
    <span part="summary" class="summary">${summaryText(data, t, lang) ?? nothing}</span>
    ${progress
      ? // Shown, not live: every page would be said (a slow load's progress is said sparingly elsewhere).
        html`<span class="summary">${progressText(progress, t, lang)}</span>`
      : nothing}
    ${capped ? html`<span part="notice" class="notice">${t.map.capped(formatNumber(data.loaded, lang), formatNumber(Math.max(data.total!, data.loaded), lang))}</span>` : nothing}
    <span class="spacer"></span>
    ${selected}
    ${area ? html`<button part="area-button" type="button" @click=${clearArea}>${t.map.clearArea}</button>` : nothing}
    <button part="area-button" type="button" ?disabled=${!canFilter} @click=${filterToArea}>${t.map.filterToArea}</button>
  </div>`;
}

/** Actions listed by name in the legend; the rest are summed as "Other actions". */
const LEGEND_ACTIONS = 8;

export function renderLegend(index: PlaceIndex, t: Translation, lang: string) {
  const totals = index.actionTotals();
  const shown = totals.slice(0, LEGEND_ACTIONS);
  const other = totals.slice(LEGEND_ACTIONS).reduce((sum, a) => sum + a.count, 0);
  return html`<div class="legend-block">
    <p class="list-title" id="legend-title">${t.map.legend}</p>
    <ul part="legend" class="legend" aria-labelledby="legend-title">
      ${shown.map(
        (a) => html`<li>
          <span class="swatch" style=${styleMap({ '--swatch': actionColorVar(a.action) })} aria-hidden="true"></span>
          <bdi class="legend-label">${nameView(actionParts(a.action, t))}</bdi>
          <span class="legend-count">${formatNumber(a.count, lang)}</span>
        </li>`,
      )}
      ${other > 0
        ? html`<li>
            <span class="swatch other" aria-hidden="true"></span>
            <span class="legend-label">${t.map.otherActions}</span>
            <span class="legend-count">${formatNumber(other, lang)}</span>
          </li>`
        : nothing}
    </ul>
  </div>`;
}

export function renderPlaces(
  index: PlaceIndex,
  limit: number,
  t: Translation,
  lang: string,
  open: (place: string) => void,
) {
  const top = index.topPlaces(placeLimit(limit));
  if (top.length === 0) return nothing;
  return html`<div class="places-block">
    <p class="list-title" id="places-title">${t.map.topLocations}</p>
    <ol part="locations" class="places" aria-labelledby="places-title">
      ${top.map((id) => {
        // Names, counts and identities all from this index (the map may already show newer data).
        const place = index.places[id]!;
        const count = place.count;
        const key = placeKey(place);
        return html`<li>
          <button part="location" type="button" class="place" data-place=${key} @click=${() => open(key)}>
            <bdi class="place-name">${nameView(placeParts(place, lang, t))}</bdi>
            <span class="place-count">${t.map.eventCount(count, formatNumber(count, lang))}</span>
          </button>
        </li>`;
      })}
    </ol>
  </div>`;
}
