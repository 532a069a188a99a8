/**
 * The Leaflet side of `<ev-map>` (loaded on demand with Leaflet): the map, the base layer
 * (map-base.ts), the cluster layer (map-clusters.ts: circle markers with counts on a canvas
 * renderer), which view is queried and when, and what a marker's activation does.
 * Builds no HTML from strings.
 */
import type * as Leaflet from 'leaflet';
import { unsafeCSS } from 'lit';
import { leafletCss } from '../../generated/leaflet-css.js';
import type { Clusterer } from './cluster-client.js';
import { CLUSTER_MAX_ZOOM } from './cluster-core.js';
import type { MapPalette } from './colors.js';
import type { LeafletNS } from './leaflet-loader.js';
import { BaseLayer, canvasRenderer } from './map-base.js';
import { ClusterLayer, type CountMarker, MAX_MARKER_RADIUS, type VisibleMarker } from './map-clusters.js';

/**
 * Leaflet's stylesheet for the shadow root (static package CSS, not data), in a sub-layer of
 * `ev` so the component's own rules and the page's ::part rules win over it.
 */
export const leafletStyles = unsafeCSS(`@layer ev.leaflet {\n${leafletCss}\n}`);

/** Place ids: a list, or a typed array from the cluster worker (every place of a dense cluster). */
export type PlaceIds = readonly number[] | Uint32Array;

export interface MapViewHost {
  /** The element Leaflet takes over. */
  container: HTMLElement;
  palette: () => MapPalette;
  /** Palette slot (0–12) of an action id. */
  slotOf: (action: number) => number;
  /** Short count label drawn inside a cluster, e.g. `1.2K`. */
  formatCount: (count: number) => string;
  /** A single place was clicked. */
  onPlace: (place: number) => void;
  /** A cluster that cannot be split any further was clicked. */
  onDenseCluster: (places: PlaceIds, at: Leaflet.LatLng) => void;
  /** A cluster was clicked and the map zoomed into it (and is redrawn). */
  onClusterZoom: () => void;
  /** The view moved or zoomed (after the clusters are redrawn). */
  onViewChange: () => void;
}

export interface Viewport {
  zoom: number;
  center: [number, number];
  bounds: { north: number; south: number; east: number; west: number };
}

const MAX_ZOOM = 18;

/** The copy of a longitude (± whole turns) nearest `center`: the side of the antimeridian a view is on. */
export function nearCopy(long: number, center: number): number {
  return long + 360 * Math.round((center - long) / 360);
}

/** `setView` options without animation (Leaflet's `true` means a reset, which never animates). */
function still(options: Leaflet.ZoomPanOptions | undefined): Leaflet.ZoomPanOptions | undefined {
  if ((options as unknown) === true) return options;
  const o = options as (Leaflet.ZoomPanOptions & { zoom?: Leaflet.ZoomOptions; pan?: Leaflet.PanOptions }) | undefined;
  return { ...o, animate: false, zoom: { ...o?.zoom, animate: false }, pan: { ...o?.pan, animate: false } } as Leaflet.ZoomPanOptions;
}

/** What activating a marker did: opened a place, zoomed into a cluster, or found a cluster that cannot split. */
export type Activation = { kind: 'place'; place: number } | { kind: 'zoomed' } | { kind: 'dense'; places: PlaceIds; at: Leaflet.LatLng } | undefined;

export class MapView {
  readonly map: Leaflet.Map;
  #clusters: ClusterLayer;
  #selectionRenderer: Leaflet.Canvas;
  #selected?: Leaflet.CircleMarker;
  #selectedKey = '';
  #base: BaseLayer;
  #clusterer?: Clusterer;
  /** Sequence number of the latest query sent: only its answer is drawn. */
  #seq = 0;
  /** The redraw requested in this task, not sent yet: later requests join it. */
  #queued?: Promise<void>;
  #removed = false;
  /** The view when the map was removed (a move that ends after it, `setView`, `focusOn`, reads it). */
  #lastViewport?: Viewport;
  #fitting = false;
  #movedSinceFit = false;
  /** A fit asked for while the map had no size (hidden: display none, an inactive tab): done once it has one. */
  #pendingFit?: { bounds: Parameters<MapView['fit']>[0] };
  #drawn: Promise<void> = Promise.resolve();
  /** The data set (bumped with every new one): markers drawn for an older one do nothing. */
  #generation = 0;
  /** The user's reduced-motion setting, followed while the map exists. */
  #motion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(
    readonly L: LeafletNS,
    readonly host: MapViewHost,
  ) {
    this.map = L.map(host.container, {
      zoomControl: false,
      attributionControl: false,
      preferCanvas: true,
      minZoom: 1,
      maxZoom: MAX_ZOOM,
      worldCopyJump: false,
      maxBounds: L.latLngBounds([-90, -400], [90, 400]),
      maxBoundsViscosity: 1,
      fadeAnimation: false,
      keyboard: true,
      zoomSnap: 1,
    });
    // Reduced motion (read at every move, so a change of the setting applies at once): every zoom
    // (buttons, keys, wheel, a fit) and every pan (arrow keys, a popup's auto-pan) jumps to where
    // it ends, and a drag stops where it is let go (no inertia).
    const setView = this.map.setView.bind(this.map);
    this.map.setView = (center, zoom, options) => setView(center, zoom, this.#motion.matches ? still(options) : options);
    const panBy = this.map.panBy.bind(this.map);
    this.map.panBy = (offset, options) => panBy(offset, this.#motion.matches ? { ...options, animate: false } : options);
    this.#followMotion();
    this.#motion.addEventListener('change', this.#followMotion);
    this.map.setView([20, 0], 2, { animate: false });
    this.#base = new BaseLayer(L, this.map, () => this.host.palette(), MAX_ZOOM);
    this.#clusters = new ClusterLayer(L, this.map, {
      palette: () => this.host.palette(),
      slotOf: (action) => this.host.slotOf(action),
      formatCount: (count) => this.host.formatCount(count),
      onClick: (marker) => void this.#activate(marker).then((done) => this.#report(done)),
    });
    // The selected event's ring, above the clusters; it never takes pointer events.
    const selectionPane = this.map.createPane('evSelection');
    selectionPane.style.zIndex = '450';
    selectionPane.style.pointerEvents = 'none';
    this.#selectionRenderer = canvasRenderer(L, { pane: 'evSelection', padding: 0.1 });
    this.map.on('moveend', this.#onMoveEnd);
    // Any move but a fit (drag, wheel, keys, buttons, a popup's auto-pan, setView) is the user's.
    this.map.on('movestart', () => (this.#movedSinceFit ||= !this.#fitting));
  }

  /** The current centre, zoom and visible bounds (once removed: the last ones; Leaflet throws on a removed map). */
  get viewport(): Viewport {
    if (this.#lastViewport) return this.#lastViewport;
    const c = this.map.getCenter();
    const b = this.map.getBounds();
    return {
      zoom: this.map.getZoom(),
      center: [c.lat, c.lng],
      bounds: { north: Math.min(90, b.getNorth()), south: Math.max(-90, b.getSouth()), east: b.getEast(), west: b.getWest() },
    };
  }

  /** Resolves when the clusters of the latest view are drawn. */
  get drawn(): Promise<void> {
    return this.#drawn;
  }

  /** The bundled world outline (no network), or a tile server when `tileUrl` is set. */
  setBase(tileUrl: string | undefined, tileOptions: { maxZoom?: number } = {}): Promise<void> {
    return this.#base.set(tileUrl, tileOptions);
  }

  /** Rings the selected event's location (undefined removes the ring). */
  highlight(at: [number, number] | undefined): void {
    const key = at ? at.join(',') : '';
    if (key === this.#selectedKey) return;
    this.#selectedKey = key;
    this.#selected?.remove();
    this.#selected = undefined;
    if (!at) return;
    const palette = this.host.palette();
    this.#selected = this.L.circleMarker(at, { renderer: this.#selectionRenderer, radius: 13, color: palette.selection, weight: 3, opacity: 1, fill: false, interactive: false }).addTo(
      this.map,
    );
  }

  /**
   * Re-applies resolved colours (theme change) to what is drawn, in place: the clusters are
   * the same, so no new query. Counts take the new colour when the canvas repaints.
   */
  restyle(): void {
    const palette = this.host.palette();
    this.#base.restyle();
    this.#selected?.setStyle({ color: palette.selection });
    this.#clusters.restyle(palette);
    // Leaflet repaints its canvases in the next frame.
    const drawn = this.#drawn;
    this.#drawn = new Promise<void>((resolve) => requestAnimationFrame(() => resolve(drawn)));
  }

  /** Re-formats the counts drawn in the clusters (the language changed); resolves `drawn` once repainted. */
  relabel(): void {
    this.#clusters.relabel();
    const drawn = this.#drawn;
    this.#drawn = new Promise<void>((resolve) => requestAnimationFrame(() => resolve(drawn)));
  }

  /** Uses a (loaded) cluster index; the next redraw queries it. */
  setClusterer(clusterer: Clusterer | undefined): void {
    this.#clusterer = clusterer;
    this.#generation++;
  }

  /** Fits the view to the data's bounds (the move requests a redraw; see `redraw`). */
  fit(bounds: { south: number; west: number; north: number; east: number } | undefined): void {
    this.#fitting = true;
    try {
      // Leaflet fits a 0 × 0 map at the data's centre at zoom 10 (all of it out of view once shown).
      const size = this.map.getSize();
      this.#pendingFit = size.x === 0 || size.y === 0 ? { bounds } : undefined;
      if (this.#pendingFit) return;
      this.#fitWorld();
      if (!bounds) {
        this.map.setView([20, 0], 2, { animate: false });
        return;
      }
      const L = this.L;
      const box = L.latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]);
      if (box.getNorth() - box.getSouth() < 0.01 && box.getEast() - box.getWest() < 0.01) {
        this.map.setView(box.getCenter(), 10, { animate: false });
      } else {
        this.map.fitBounds(box, { padding: [28, 28], maxZoom: 10, animate: false });
      }
    } finally {
      this.#fitting = false;
      this.#movedSinceFit = false;
    }
  }

  /** Puts a rebuilt map where the previous one was, keeping whether the user had moved it. */
  restore(center: [number, number], zoom: number, movedSinceFit: boolean): void {
    this.#fitting = true;
    try {
      this.map.setView(center, zoom, { animate: false });
    } finally {
      this.#fitting = false;
      this.#movedSinceFit = movedSinceFit;
    }
  }

  /** The view was moved (not by `fit`) since the last fit. */
  get movedSinceFit(): boolean {
    return this.#movedSinceFit;
  }

  #onMoveEnd = (): void => {
    void this.redraw().then(() => this.#removed || this.host.onViewChange());
  };

  /**
   * Queries the clusters of the current view and draws them; resolves once drawn. Every request
   * made in the same task shares one query, sent at the end of that task (a microtask) for the
   * view as it is then: a fit moves the map, Leaflet fires `moveend` at once (one request) and
   * the caller asks for the new data (another), and the view before the fit is never queried.
   * An answer that arrives after a newer query was sent is not drawn.
   */
  redraw(): Promise<void> {
    this.#queued ??= this.#query().catch(() => undefined);
    this.#drawn = this.#queued;
    return this.#queued;
  }

  async #query(): Promise<void> {
    await Promise.resolve();
    this.#queued = undefined;
    if (this.#removed) return;
    const seq = ++this.#seq;
    const clusterer = this.#clusterer;
    const b = this.#queryBounds();
    const zoom = this.map.getZoom();
    const center = b.getCenter().lng;
    const found = clusterer ? await clusterer.query([b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())], zoom) : [];
    if (seq !== this.#seq || this.#removed) return;
    // Places past ±180 in a view across the antimeridian are drawn on its side, not a world away.
    const items = found.map((item) => {
      const long = nearCopy(item.long, center);
      return long === item.long ? item : { ...item, long };
    });
    this.#clusters.draw(items, Math.round(zoom), this.#generation);
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }

  /**
   * The view's bounds and a marker's radius around them: a marker whose circle shows at the edge
   * is drawn (and is in `visibleMarkers`), also one at the map's top or bottom edge (a pole),
   * which the view can come within a pixel of but not past.
   */
  #queryBounds(): Leaflet.LatLngBounds {
    const { map } = this;
    const pixels = map.getPixelBounds();
    const pad = this.L.point(MAX_MARKER_RADIUS, MAX_MARKER_RADIUS);
    return this.L.latLngBounds(map.unproject(pixels.min!.subtract(pad)), map.unproject(pixels.max!.add(pad)));
  }

  /**
   * Activates a marker: a place opens, a cluster zooms in (or, when it cannot split any further,
   * gives its places). Its place and cluster ids belong to the data it was drawn for: a marker
   * still drawn for older data (new data is set, its redraw not in yet) does nothing.
   */
  async #activate(marker: CountMarker): Promise<Activation> {
    const { item, generation } = marker;
    const clusterer = this.#clusterer;
    if (generation !== this.#generation || !clusterer) return undefined;
    if (item.place >= 0) return { kind: 'place', place: item.place };
    const maxZoom = Math.min(CLUSTER_MAX_ZOOM, MAX_ZOOM);
    // One round trip: the zoom it splits at, and its places if it cannot split in this view.
    const opening = await clusterer.open(item.cluster, this.map.getZoom(), maxZoom);
    if (generation !== this.#generation) return undefined;
    const { zoom } = opening;
    if (zoom <= maxZoom && zoom > this.map.getZoom()) {
      // Without animation Leaflet fires moveend synchronously, which starts the redraw.
      this.map.setView([item.lat, item.long], zoom, { animate: false });
      await this.#drawn;
      return { kind: 'zoomed' };
    }
    // Every place of it (a typed array handed over by the worker): the popup counts all their
    // events, as the marker does. The view zoomed in while it was asked: its places now.
    const places = opening.places ?? (await clusterer.open(item.cluster, Infinity, maxZoom)).places!;
    return generation === this.#generation ? { kind: 'dense', places, at: this.L.latLng(item.lat, item.long) } : undefined;
  }

  /** A click's activation, told to the host. */
  #report(done: Activation): void {
    if (done?.kind === 'place') this.host.onPlace(done.place);
    else if (done?.kind === 'dense') this.host.onDenseCluster(done.places, done.at);
    else if (done?.kind === 'zoomed') this.host.onClusterZoom();
  }

  /** Activates a drawn marker by its key (the keyboard's way to click it); the caller handles a place or a dense cluster. */
  activate(key: string): Promise<Activation> {
    const marker = this.#clusters.get(key);
    return marker ? this.#activate(marker) : Promise.resolve(undefined);
  }

  /**
   * The markers drawn inside the visible part of the map, with their positions in the container
   * (markers of older data too, until the new data is drawn: activating them does nothing).
   */
  visibleMarkers(): VisibleMarker[] {
    return this.#clusters.visible(this.#generation);
  }

  /** Centres a place (zooming in to at least `zoom`, or exactly `zoom`) and resolves once redrawn. */
  async focusOn(lat: number, long: number, zoom: number, exact = false): Promise<void> {
    // Without animation Leaflet fires moveend synchronously, which starts the redraw.
    this.map.setView([lat, nearCopy(long, this.map.getCenter().lng)], exact ? zoom : Math.max(this.map.getZoom(), zoom), { animate: false });
    await this.#drawn;
  }

  openPopup(lat: number, long: number, content: HTMLElement): Leaflet.Popup {
    return this.L.popup({ closeButton: false, autoPan: true, maxWidth: 340, minWidth: 220, className: 'ev-map-popup', autoPanPadding: [16, 16] })
      .setLatLng([lat, nearCopy(long, this.map.getCenter().lng)])
      .setContent(content)
      .openOn(this.map);
  }

  closePopup(): void {
    this.map.closePopup();
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta);
  }

  /** The least zoom shows the whole world: zoom 1 (512 px) where it fits, zoom 0 in a narrower map (a sidebar, a phone). */
  #fitWorld(): void {
    const width = this.map.getSize().x;
    if (width > 0) this.map.setMinZoom(width < 512 ? 0 : 1);
  }

  /** Call after the container's size changed. */
  resize(): void {
    this.map.invalidateSize({ animate: false });
    this.#fitWorld();
    const size = this.map.getSize();
    const pending = this.#pendingFit;
    if (pending && size.x > 0 && size.y > 0 && !this.#movedSinceFit) this.fit(pending.bounds);
  }

  /** Inertia (read when a drag ends) follows the reduced-motion setting. */
  #followMotion = (): void => {
    this.map.options.inertia = !this.#motion.matches;
  };

  destroy(): void {
    this.#motion.removeEventListener('change', this.#followMotion);
    this.#lastViewport = this.viewport;
    this.#removed = true;
    this.map.off('moveend', this.#onMoveEnd);
    // Leaflet 1.9 ends a zoom animation 250 ms after it starts, on a removed map too, and then
    // throws (Leaflet#9575): mark the animation over so that late callback does nothing.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.map.remove();
  }
}
