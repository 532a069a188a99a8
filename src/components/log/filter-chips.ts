/**
 * Filters of the shared state that the filter bar has no field for — the brand, the authorized
 * application and the map's area, set by other elements or by the URL — shown as chips with a
 * remove button, so every filter that narrows the table is visible and can be undone here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clampArea } from '../../client/query.js';
import type { EventFilter, GeoArea } from '../../client/types.js';
import { formatNumber } from '../../format/time.js';
import type { Translation } from '../../i18n/translation.js';
import { clip } from './columns.js';
import { type ShownPart, shownName } from '../../format/invisible.js';
import { nameView } from '../../base/name-view.js';

type ChipField = 'brand_name' | 'context_authorized_app' | 'area';

/** `47.3° N – 55.1° N, 5.9° E – 15° E` in the page's language. */
export function areaText(stored: GeoArea, t: Translation, lang: string): string {
  // The area as it filters (latitudes past a pole as the pole, longitudes folded): as sent to servers.
  const area = clampArea(stored);
  const c = t.log.filters.compass;
  const deg = (n: number, positive: string, negative: string) =>
    `${formatNumber(Math.abs(n), lang, { maximumFractionDigits: 1 })}° ${n < 0 ? negative : positive}`;
  const lat = (n: number) => deg(n, c.north, c.south);
  const long = (n: number) => deg(n, c.east, c.west);
  return `${lat(area.south)} – ${lat(area.north)}, ${long(area.west)} – ${long(area.east)}`;
}

export function filterChips(filter: EventFilter, t: Translation, lang: string, remove: (field: ChipField, shown: readonly ChipField[]) => void): TemplateResult | typeof nothing {
  const f = t.log.filters;
  const chips: Array<{ field: ChipField; name: string; value: readonly ShownPart[] }> = [];
  // Values from a link or another element: cut like a cell's text, shown and in the remove button's name,
  // as names are shown ("Ac⟨U+200B⟩me" is not "Acme"); the filter keeps the value as it is.
  const named = (value: string) => shownName(clip(value), t.log.invisibleName);
  if (filter.brand_name) chips.push({ field: 'brand_name', name: f.brand, value: named(filter.brand_name) });
  if (filter.context_authorized_app) chips.push({ field: 'context_authorized_app', name: f.authorizedApp, value: named(filter.context_authorized_app) });
  if (filter.area) chips.push({ field: 'area', name: f.area, value: [{ text: areaText(filter.area, t, lang), mark: false }] });
  if (chips.length === 0) return nothing;
  const shown = chips.map((c) => c.field);
  return html`${chips.map(
    (chip) => html`<span class="filter-chip" part="filter-chip" data-field=${chip.field}>
      <span class="filter-chip-name">${chip.name}</span> <span class="filter-chip-value">${nameView(chip.value)}</span>
      <button type="button" part="filter-chip-remove" aria-label=${f.remove(`${chip.name} ${chip.value.map((p) => p.text).join('')}`)} @click=${() => remove(chip.field, shown)}>×</button>
    </span>`,
  )}`;
}
