/** The toolbar, the legend and the list of top locations (plain Lit templates, text only). */
import { type TemplateResult, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { actionColorVar, actionLabel } from '../../format/actions.js';
import { countryName, formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import type { LoadResult } from './load.js';
import type { Place, PlaceIndex } from './locations.js';
import { placeKey } from './map-popup.js';
import { clipLabel } from './popup.js';

export interface MapData {
  index: PlaceIndex;
  loaded: number;
  total: number | null;
  /** `max-events` capped the data (the source or the handed events had more). */
  capped: boolean;
}

/** A place's name: city and country, else the country, else its coordinates. City and country each isolated (`isolateText`). */
export function placeLabel(place: Place, lang: string, t: Translation): string {
  const city = place.city ? isolateText(place.city) : undefined;
  const country = place.country ? isolateText(countryName(place.country, lang)) : undefined;
  if (city && country) return `${city}, ${country}`;
  if (city || country) return (city ?? country)!;
  const coordinate = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 2 });
  return t.map.coordinates(coordinate(place.lat), coordinate(place.long));
}

/** Explicit bidi formatting characters: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A piece of untrusted text set apart from the text around it, in any context (an element's text,
 * an accessible name, a title): an embedding, override or isolate it opens ends with it, and a
 * pop it has no opener for is dropped (a stray pop-isolate would close the `<bdi>` it is shown
 * in, letting its override reach the words after it). Text without such controls is returned as is.
 */
export function isolateText(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const ch of text) {
    if (ch === '\u202C') {
      // PDF closes an embedding or override, never an isolate.
      if (open.length === 0 || open[open.length - 1] === '\u2069') continue;
      open.pop();
    } else if (ch === '\u2069') {
      // PDI closes the innermost isolate and what was opened inside it.
      const at = open.lastIndexOf('\u2069');
      if (at < 0) continue;
      open.length = at;
    } else if (ch >= '\u202A' && ch <= '\u202E') open.push('\u202C');
    else if (ch >= '\u2066' && ch <= '\u2068') open.push('\u2069');
    out += ch;
  }
  // First strong isolate … pop directional isolate around it, its own openers closed inside.
  return `\u2068${out}${open.reverse().join('')}\u2069`;
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

/** `format(name)` with the name isolated (text only: Lit bindings). */
export function withName(format: (name: string) => string, name: string): NamedText {
  const parts = format(NAME_SLOT).split(NAME_SLOT);
  return { text: parts.join(name), html: html`${parts.map((part, i) => (i === 0 ? part : html`<bdi>${name}</bdi>${part}`))}` };
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
  clearArea: () => void;
  filterToArea: () => void;
  /** The selected event's place button, if any. */
  selected?: unknown;
}

export function renderToolbar({ t, lang, data, progress, area, canFilter, clearArea, filterToArea, selected = nothing }: ToolbarOptions) {
  const located = data?.index.events.length ?? 0;
  const places = data?.index.places.length ?? 0;
  const capped = data?.capped && data.total !== null;
  return html`<div part="toolbar" class="toolbar">
    <span part="summary" class="summary" role="status">
      ${data && places > 0 ? t.map.summary(located, formatNumber(located, lang), places, formatNumber(places, lang)) : nothing}
      ${progress ? t.map.loadingProgress(formatNumber(progress.loaded, lang), formatNumber(progress.total ?? progress.loaded, lang)) : nothing}
    </span>
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
          <span class="legend-label">${clipLabel(actionLabel(a.action, t))}</span>
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
  const top = index.topPlaces(Math.max(0, limit));
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
            <bdi class="place-name">${placeLabel(place, lang, t)}</bdi>
            <span class="place-count">${t.map.eventCount(count, formatNumber(count, lang))}</span>
          </button>
        </li>`;
      })}
    </ol>
  </div>`;
}
