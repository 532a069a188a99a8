/**
 * Moves of `<ev-map>`'s view asked for from outside the map itself — `setView`, the selected
 * event's place, a place of the list of top locations, the area filter buttons — and where focus
 * goes when what held it is gone (Retry when an error covers the map, else the map).
 */
import type { EvStore } from '../../context/store.js';
import { areaOfView } from './map-frame.js';
import { placeKey } from './place-match.js';
import type { MapStage } from './map-stage.js';
import type { Viewport } from './map-view.js';

export interface MapMovesHost {
  stage: MapStage;
  root: () => ShadowRoot;
  canvas: () => HTMLElement | undefined;
  store: () => EvStore;
  /** Resolves once the element has rendered its latest changes. */
  updated: () => Promise<unknown>;
  /** The view moved: its new viewport. */
  onMoved: (viewport: Viewport) => void;
  /** Opens a place's popup; focus returns to `opener` when it closes. */
  openPlace: (placeId: number, opener: () => HTMLElement | undefined) => void;
}

export class MapMoves {
  constructor(readonly host: MapMovesHost) {}

  /** Where focus goes when what held it is gone: Retry (or the error itself) when an error covers the map, else the map. */
  focusFallback(): HTMLElement | undefined {
    return this.host.root().querySelector<HTMLElement>('[part=retry-button], [part=error][tabindex="-1"]') ?? this.host.canvas();
  }

  /** Moves the map to `[lat, long]` and `zoom` (without animation when `exact`); resolves once the clusters are redrawn. */
  async to(center: readonly [number, number], zoom: number, exact = false): Promise<void> {
    const view = await this.host.stage.ensureView();
    await view.focusOn(center[0], center[1], zoom, exact);
    this.host.onMoved(view.viewport);
  }

  /** Centres a place of the list (known by its coordinates: the list may be of older data than the map) and opens its popup. */
  async toPlace(key: string): Promise<void> {
    const { shown, view } = this.host.stage;
    const placeId = shown?.places.findIndex((p) => placeKey(p) === key) ?? -1;
    const place = shown?.places[placeId];
    if (!place || !view) return;
    await view.focusOn(place.lat, place.long, 6);
    this.host.onMoved(view.viewport);
    this.host.openPlace(placeId, () => [...this.host.root().querySelectorAll<HTMLElement>('[part=location]')].find((b) => b.dataset.place === key));
  }

  /** "Filter to this area": the shared filter takes the area in view. */
  filterToArea(): void {
    const bounds = this.host.stage.view?.viewport.bounds;
    if (bounds) this.host.store().patchFilter({ area: areaOfView(bounds) });
  }

  /** "Clear area filter" goes with the filter: focus on it moves to "Filter to this area" (else the map), not to the page. */
  clearArea(event: Event): void {
    const hadFocus = this.host.root().activeElement === event.currentTarget;
    this.host.store().patchFilter({ area: undefined });
    if (hadFocus) void this.host.updated().then(() => (this.host.root().querySelector<HTMLButtonElement>('[part=area-button]:not(:disabled)') ?? this.focusFallback())?.focus());
  }
}
