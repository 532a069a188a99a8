/** The legend and the list of top locations below the map (plain Lit templates, text only). */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { actionColorVar, actionLabel } from '../../format/actions.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import type { PlaceIndex } from './locations.js';

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
          <span class="legend-label">${actionLabel(a.action, t)}</span>
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
  name: (place: number) => string,
  open: (place: number, button: HTMLElement) => void,
) {
  const top = index.topPlaces(Math.max(0, limit));
  if (top.length === 0) return nothing;
  return html`<div class="places-block">
    <p class="list-title" id="places-title">${t.map.topLocations}</p>
    <ol part="locations" class="places" aria-labelledby="places-title">
      ${top.map((id) => {
        const count = index.places[id]!.count;
        return html`<li>
          <button part="location" type="button" class="place" @click=${(e: Event) => open(id, e.currentTarget as HTMLElement)}>
            <bdi class="place-name">${name(id)}</bdi>
            <span class="place-count">${t.map.eventCount(count, formatNumber(count, lang))}</span>
          </button>
        </li>`;
      })}
    </ol>
  </div>`;
}
