/**
 * The frame of `<ev-map>`'s map as a plain Lit template (text only): the canvas Leaflet takes over
 * (focusable, with its keyboard help), the markers' container, the zoom buttons (aria-disabled at
 * their limits), the attribution and the overlay of the loading / empty / error / no-client states
 * (`mapOverlay`: which one, with the element's shared state views); and the area its view covers
 * ("Filter to this area").
 */
import { TaskStatus } from '@lit/task';
import { type TemplateResult, html, nothing } from 'lit';
import type { ViewState } from '../../base/ev-data-element.js';
import { isAbortError } from '../../client/errors.js';
import { foldLongitude } from '../../client/geo.js';
import type { GeoArea } from '../../client/types.js';
import type { Translation } from '../../i18n/translation.js';
import { MARKERS_CONTAINER } from './map-markers.js';
import type { Viewport } from './map-view.js';
import type { MapData } from './map.parts.js';

/** The area a view covers, rounded to 4 decimals: real longitudes (a view across 180° has west > east), every one for a view wider than the world. */
export function areaOfView(bounds: Viewport['bounds']): GeoArea {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  const whole = bounds.east - bounds.west >= 360;
  const [west, east] = whole ? [-180, 180] : [foldLongitude(round(bounds.west)), foldLongitude(round(bounds.east))];
  return { north: round(bounds.north), south: round(bounds.south), east: round(east), west: round(west) };
}

/**
 * The loading state with the load's progress, as the shared loading view looks but no live region:
 * every page would be said. The progress of a slow load is said sparingly instead (`ViewAnnouncer.loadProgress`).
 */
export function renderLoadProgress(label: string) {
  return html`<div part="loading" class="ev-state ev-loading"><span class="ev-spinner" aria-hidden="true"></span><span>${label}</span></div>`;
}

export interface MapFrameOptions {
  t: Translation;
  /** The loading / empty / error state over the map, or `nothing` when the map shows data. */
  overlay: TemplateResult | typeof nothing;
  /** An error covers the map: the map area and its zoom buttons are inert. */
  inert: boolean;
  /** The map is drawn (the zoom buttons work). */
  ready: boolean;
  /** The map's zoom and its limits, when known. */
  zoom?: { zoom: number; min: number; max: number };
  tileUrl?: string;
  onKeyDown: (event: KeyboardEvent) => void;
  zoomBy: (delta: number) => void;
}

export function renderMapFrame({ t, overlay, inert, ready, zoom, tileUrl, onKeyDown, zoomBy }: MapFrameOptions) {
  const m = t.map;
  // A zoom button at its limit says so (aria-disabled: focus stays on it, as in Leaflet's own control).
  const limit = zoom ? (zoom.zoom >= zoom.max ? 'max' : zoom.zoom <= zoom.min ? 'min' : undefined) : undefined;
  return html`<div class="stage">
    <div part="map" class="canvas" dir="ltr" role="application" aria-label=${m.label} aria-describedby="keyboard-help" .inert=${inert} @keydown=${onKeyDown}></div>
    <p id="keyboard-help" class="visually-hidden">${m.keyboardHelp}</p>
    ${overlay === nothing ? html`<div class=${MARKERS_CONTAINER}></div>` : nothing}
    <div class="zoom" .inert=${inert}>
      <button part="zoom-in" type="button" aria-label=${m.zoomIn} title=${m.zoomIn} ?disabled=${!ready} aria-disabled=${limit === 'max' ? 'true' : 'false'} @click=${() => zoomBy(1)}>+</button>
      <button part="zoom-out" type="button" aria-label=${m.zoomOut} title=${m.zoomOut} ?disabled=${!ready} aria-disabled=${limit === 'min' ? 'true' : 'false'} @click=${() => zoomBy(-1)}>−</button>
    </div>
    <div part="attribution" class="attribution"><slot name="attribution">${tileUrl ? nothing : m.naturalEarth}</slot></div>
    ${overlay === nothing ? nothing : html`<div class="overlay">${overlay}</div>`}
  </div>`;
}

export interface OverlayInput {
  t: Translation;
  status: TaskStatus;
  /** The task's error (aborts are no error). */
  taskError: unknown;
  /** The map (Leaflet, its base layer) could not be built. */
  viewError: unknown;
  data: MapData | undefined;
  /** Events are handed (`.events`) or a client is there: something is to come. */
  hasSource: boolean;
  /** The load's progress as shown, while pages arrive. */
  progress: string | undefined;
  /** An area filter is in effect (the empty state offers to clear it). */
  area: boolean;
  clearArea: () => void;
  /** The element's shared state views. */
  views: {
    error: (error: unknown) => TemplateResult;
    loading: () => TemplateResult;
    noClient: () => TemplateResult;
    empty: (message: string, action?: { label: string; run: () => void }) => TemplateResult;
  };
}

export interface Overlay {
  state: ViewState;
  template: TemplateResult | typeof nothing;
}

export function mapOverlay(o: OverlayInput): Overlay {
  const t = o.t.map;
  const error = o.viewError ?? (o.status === TaskStatus.ERROR && !isAbortError(o.taskError) ? o.taskError : undefined);
  if (error) return { state: 'error', template: o.views.error(error) };
  const data = o.data;
  if (o.status === TaskStatus.PENDING || (o.status === TaskStatus.INITIAL && o.hasSource)) {
    return { state: 'loading', template: o.progress !== undefined && !data ? renderLoadProgress(o.progress) : data ? nothing : o.views.loading() };
  }
  if (!o.hasSource) return { state: 'no-client', template: o.views.noClient() };
  if (!data || data.index.places.length === 0) {
    return { state: 'empty', template: o.views.empty(t.noLocatedEvents, o.area ? { label: t.clearArea, run: o.clearArea } : undefined) };
  }
  return { state: 'ready', template: nothing };
}
